"""Edits that change fields of rows in place: text, times, review marks, notes."""

from __future__ import annotations

from dataclasses import dataclass, replace

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.display import format_duration, format_time
from proofreader.subtitles.document import EditError, ProofreadDocument, ReviewState
from proofreader.subtitles.edits.base import Edit, ReplaceRows, check_times, normalize_text


@dataclass(frozen=True, slots=True)
class SetText:
    """Replace the text of one cue. Its inverse is a SetText too, so typing can be merged."""

    row: int
    text: str

    @property
    def description(self) -> str:
        return f"Edit text of cue {self.row + 1}"

    def apply(self, document: ProofreadDocument) -> Edit:
        document.check_row(self.row)
        old = document[self.row]
        cue = old.cue
        document._set_rows(
            [
                (
                    self.row,
                    replace(old, cue=Cue(cue.start_ms, cue.end_ms, normalize_text(self.text))),
                )
            ]
        )
        return SetText(self.row, cue.text)


@dataclass(frozen=True, slots=True)
class SetTexts:
    """Replace the texts of several cues at once (replace-all): one undo step."""

    changes: tuple[tuple[int, str], ...]
    description: str = "Replace all"

    def apply(self, document: ProofreadDocument) -> Edit:
        rows = document.rows
        for row, _ in self.changes:
            document.check_row(row)
        new = []
        for row, text in self.changes:
            old = rows[row]
            new.append((row, replace(old, cue=Cue(old.start_ms, old.end_ms, normalize_text(text)))))
        previous = document._set_rows(new)
        return SetTexts(tuple((row, r.text) for row, r in previous), self.description)


@dataclass(frozen=True, slots=True)
class SetTimes:
    """Set the start and end of one cue (end <= start is allowed; the checks flag it)."""

    row: int
    start_ms: int
    end_ms: int

    @property
    def description(self) -> str:
        return f"Change timing of cue {self.row + 1}"

    def apply(self, document: ProofreadDocument) -> Edit:
        document.check_row(self.row)
        check_times(self.start_ms, self.end_ms)
        old = document[self.row]
        cue = Cue(self.start_ms, self.end_ms, old.text)
        document._set_rows([(self.row, replace(old, cue=cue))])
        return SetTimes(self.row, old.start_ms, old.end_ms)


@dataclass(frozen=True, slots=True)
class SetReviewState:
    """Mark cues unreviewed, reviewed or flagged."""

    rows: tuple[int, ...]
    state: ReviewState

    @property
    def description(self) -> str:
        what = f"cue {self.rows[0] + 1}" if len(self.rows) == 1 else f"{len(self.rows)} cues"
        return f"Mark {what} {self.state.value}"

    def apply(self, document: ProofreadDocument) -> Edit:
        rows = document.rows
        for row in self.rows:
            document.check_row(row)
        changes = [(row, replace(rows[row], review=self.state)) for row in dict.fromkeys(self.rows)]
        return ReplaceRows(tuple(document._set_rows(changes)), self.description)


@dataclass(frozen=True, slots=True)
class SetNote:
    """Set the reviewer's note on a cue."""

    row: int
    note: str

    @property
    def description(self) -> str:
        return f"Edit note of cue {self.row + 1}"

    def apply(self, document: ProofreadDocument) -> Edit:
        document.check_row(self.row)
        old = document[self.row]
        document._set_rows([(self.row, replace(old, note=self.note))])
        return SetNote(self.row, old.note)


@dataclass(frozen=True, slots=True)
class RevertToMachine:
    """Put back the machine translation's text (and, with `times`, its timing) on a cue."""

    row: int
    times: bool = False

    @property
    def description(self) -> str:
        return f"Revert cue {self.row + 1} to machine text"

    def apply(self, document: ProofreadDocument) -> Edit:
        document.check_row(self.row)
        old = document[self.row]
        machine = old.machine
        if machine is None:
            raise EditError(
                f"Cue {self.row + 1} was added while proofreading; it has no machine text."
            )
        cue = machine if self.times else Cue(old.start_ms, old.end_ms, machine.text)
        previous = document._set_rows([(self.row, replace(old, cue=cue))])
        return ReplaceRows(tuple(previous), self.description)


@dataclass(frozen=True, slots=True)
class ShiftTimes:
    """Move cues (the given rows, or all when `rows` is None) by `offset_ms`."""

    offset_ms: int
    rows: tuple[int, ...] | None = None

    @property
    def description(self) -> str:
        what = "all cues" if self.rows is None else f"{len(set(self.rows))} cues"
        return f"Shift {what} by {format_duration(self.offset_ms)}"

    def apply(self, document: ProofreadDocument) -> Edit:
        rows = document.rows
        targets = range(len(rows)) if self.rows is None else sorted(set(self.rows))
        offset = self.offset_ms
        changes = []
        for row in targets:
            document.check_row(row)
            old = rows[row]
            start, end = old.start_ms + offset, old.end_ms + offset
            if start < 0 or end < 0:
                raise EditError(
                    f"Shifting by {format_duration(offset)} would move cue {row + 1} "
                    f"(at {format_time(old.start_ms)}) before 0:00:00.000."
                )
            changes.append((row, replace(old, cue=Cue(start, end, old.text))))
        if changes:
            document._set_rows(changes)
        return ShiftTimes(-offset, self.rows)
