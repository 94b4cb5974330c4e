"""Edits that change the rows themselves: split, merge, insert, delete."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.display import format_time
from proofreader.subtitles.document import DocumentCue, EditError, ProofreadDocument, ReviewState
from proofreader.subtitles.edits.base import (
    CompositeEdit,
    Edit,
    ReplaceRange,
    check_times,
    normalize_text,
)

_STYLE_TAG = re.compile(r"<(/?)([biu])>", re.IGNORECASE)


def _balance_styles(first: str, second: str) -> tuple[str, str]:
    """Close <i>/<b>/<u> left open by a split in the first half and reopen them in the second."""
    open_tags: list[str] = []
    for match in _STYLE_TAG.finditer(first):
        name = match.group(2).lower()
        if not match.group(1):
            open_tags.append(name)
        elif name in open_tags:
            open_tags.remove(name)
    if not open_tags:
        return first, second
    closing = "".join(f"</{t}>" for t in reversed(open_tags))
    opening = "".join(f"<{t}>" for t in open_tags)
    return first + closing, opening + second


def suggest_split(cue: Cue) -> tuple[int, int]:
    """A natural split point (character position, time) for the split shortcut.

    Prefers the line break, else the space, nearest the middle of the text; the time is placed
    in proportion to the characters before the split.
    """
    text = cue.text
    middle = len(text) // 2
    position = -1
    for separator in ("\n", " "):
        candidates = [i for i, ch in enumerate(text) if ch == separator and 0 < i < len(text) - 1]
        if candidates:
            position = min(candidates, key=lambda i: (abs(i - middle), i))
            break
    if position < 0:
        position = max(1, middle)
    duration = max(cue.end_ms - cue.start_ms, 2)
    at = cue.start_ms + round(duration * position / max(len(text), 1))
    return position, min(max(at, cue.start_ms + 1), cue.start_ms + duration - 1)


@dataclass(frozen=True, slots=True)
class SplitCue:
    """Split a cue at a character position and a time; `gap_ms` leaves a gap after the first.

    Whitespace at the cut is dropped and open <i>/<b>/<u> tags are closed and reopened. Both
    halves keep the cue's original (the checks then compare the two together with it).
    """

    row: int
    position: int
    at_ms: int
    gap_ms: int = 0

    @property
    def description(self) -> str:
        return f"Split cue {self.row + 1}"

    def apply(self, document: ProofreadDocument) -> Edit:
        document.check_row(self.row)
        old = document[self.row]
        text, start, end = old.text, old.start_ms, old.end_ms
        if not 0 < self.position < len(text):
            raise EditError("Place the cursor inside the text to split the cue there.")
        if not start < self.at_ms < end or self.at_ms + self.gap_ms >= end or self.gap_ms < 0:
            raise EditError(
                f"The split time must fall inside the cue, between {format_time(start)} "
                f"and {format_time(end)}."
            )
        first_text = text[: self.position].rstrip()
        second_text = text[self.position :].lstrip()
        if not first_text or not second_text:
            raise EditError("Splitting there would leave an empty cue; move the cursor.")
        first_text, second_text = _balance_styles(first_text, second_text)
        first = replace(old, cue=Cue(start, self.at_ms, first_text))
        second = DocumentCue(
            Cue(self.at_ms + self.gap_ms, end, second_text), old.original, None, old.review
        )
        document._splice(self.row, 1, (first, second))
        return ReplaceRange(self.row, 2, (old,), self.description)


def _join(a: Cue | None, b: Cue | None) -> Cue | None:
    """One cue standing for two consecutive ones (for merged originals and machine cues)."""
    if a is None or b is None or a == b:
        return b if a is None else a
    return Cue(min(a.start_ms, b.start_ms), max(a.end_ms, b.end_ms), f"{a.text}\n{b.text}")


@dataclass(frozen=True, slots=True)
class MergeWithNext:
    """Merge a cue with the following one: texts on separate lines, times from first to last."""

    row: int

    @property
    def description(self) -> str:
        return f"Merge cues {self.row + 1} and {self.row + 2}"

    def apply(self, document: ProofreadDocument) -> Edit:
        document.check_row(self.row)
        if self.row + 1 >= len(document):
            raise EditError(
                f"Cue {self.row + 1} is the last cue; there is nothing to merge it with."
            )
        a, b = document[self.row], document[self.row + 1]
        text = "\n".join(t for t in (a.text.strip(), b.text.strip()) if t)
        if a.review is b.review:
            review = a.review
        elif ReviewState.FLAGGED in (a.review, b.review):
            review = ReviewState.FLAGGED
        else:
            review = ReviewState.UNREVIEWED
        merged = DocumentCue(
            Cue(a.start_ms, max(a.end_ms, b.end_ms), text),
            _join(a.original, b.original),
            _join(a.machine, b.machine),
            review,
            "\n".join(n for n in (a.note, b.note) if n),
        )
        document._splice(self.row, 2, (merged,))
        return ReplaceRange(self.row, 1, (a, b), self.description)


@dataclass(frozen=True, slots=True)
class InsertCues:
    """Insert new cues before `row` (row == len(document) appends).

    Each new cue pairs with the original it overlaps most, so a line the machine missed can be
    translated beside its original.
    """

    row: int
    cues: tuple[Cue, ...]

    @property
    def description(self) -> str:
        n = len(self.cues)
        return f"Insert cue {self.row + 1}" if n == 1 else f"Insert {n} cues"

    def apply(self, document: ProofreadDocument) -> Edit:
        if not 0 <= self.row <= len(document):
            raise EditError(
                f"Cannot insert at cue {self.row + 1}; the document has {len(document)}."
            )
        if not self.cues:
            raise EditError("There is no cue to insert.")
        new = []
        for cue in self.cues:
            check_times(cue.start_ms, cue.end_ms)
            original = document.original_for(cue.start_ms, cue.end_ms)
            new.append(
                DocumentCue(Cue(cue.start_ms, cue.end_ms, normalize_text(cue.text)), original)
            )
        document._splice(self.row, 0, new)
        return ReplaceRange(self.row, len(new), (), self.description)


@dataclass(frozen=True, slots=True)
class DeleteCues:
    """Delete cues (any selection, contiguous or not) as one undo step."""

    rows: tuple[int, ...]

    @property
    def description(self) -> str:
        rows = set(self.rows)
        return f"Delete cue {min(rows) + 1}" if len(rows) == 1 else f"Delete {len(rows)} cues"

    def apply(self, document: ProofreadDocument) -> Edit:
        rows = sorted(set(self.rows))
        if not rows:
            raise EditError("Select the cues to delete first.")
        for row in rows:
            document.check_row(row)
        runs: list[tuple[int, int]] = []  # (first, count), applied bottom-up
        for row in rows:
            if runs and runs[-1][0] + runs[-1][1] == row:
                runs[-1] = (runs[-1][0], runs[-1][1] + 1)
            else:
                runs.append((row, 1))
        inverses: list[Edit] = []
        for first, count in reversed(runs):
            removed = document._splice(first, count, ())
            inverses.append(ReplaceRange(first, 0, tuple(removed), self.description))
        if len(inverses) == 1:
            return inverses[0]
        return CompositeEdit(tuple(reversed(inverses)), self.description)


def insert_cue(row: int, cue: Cue) -> InsertCues:
    """The edit inserting a single cue before `row`."""
    return InsertCues(row, (cue,))


def delete_cues(rows: Sequence[int]) -> DeleteCues:
    """The edit deleting the given rows."""
    return DeleteCues(tuple(rows))
