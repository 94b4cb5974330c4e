"""The proofread document: editable translated cues beside the read-only original.

Every row remembers the machine translation as downloaded (text and times), so the editor can
show what changed, revert a cue, and warn that its timing differs from the file the engine made.
The document changes only through edits (see edits.py), which call the two primitives at the
bottom of this class and get their inverse back; listeners hear about every change.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.events import (
    DocumentEvent,
    DocumentListener,
    Field,
    RowsAboutToBeInserted,
    RowsAboutToBeRemoved,
    RowsChanged,
    RowsInserted,
    RowsRemoved,
)
from proofreader.subtitles.pairing import OverlapIndex, pair_cues

if TYPE_CHECKING:
    from proofreader.subtitles.edits import Edit


class EditError(ValueError):
    """An edit cannot be applied; the message is a sentence for the user."""


class ReviewState(enum.Enum):
    """Where a cue stands in the human review."""

    UNREVIEWED = "unreviewed"
    REVIEWED = "reviewed"
    FLAGGED = "flagged"


@dataclass(frozen=True, slots=True)
class DocumentCue:
    """One row: the current translated cue, its original, its machine version and review marks.

    `machine` is the cue as the engine delivered it (None for a cue added while proofreading);
    `original` is the paired original-language cue (None when nothing pairs with it).
    """

    cue: Cue
    original: Cue | None = None
    machine: Cue | None = None
    review: ReviewState = ReviewState.UNREVIEWED
    note: str = ""

    @property
    def text(self) -> str:
        return self.cue.text

    @property
    def start_ms(self) -> int:
        return self.cue.start_ms

    @property
    def end_ms(self) -> int:
        return self.cue.end_ms

    @property
    def text_edited(self) -> bool:
        """The text differs from the machine translation (always true for an added cue)."""
        return self.machine is None or self.machine.text != self.cue.text

    @property
    def timing_edited(self) -> bool:
        """The times differ from the downloaded file, which the dubbing engine aligned to."""
        machine = self.machine
        return (
            machine is None
            or machine.start_ms != self.cue.start_ms
            or machine.end_ms != self.cue.end_ms
        )

    @property
    def is_edited(self) -> bool:
        machine = self.machine
        return machine is None or (machine is not self.cue and machine != self.cue)


def changed_fields(old: DocumentCue, new: DocumentCue) -> Field:
    """The fields that differ between two versions of a row."""
    fields = Field(0)
    if old.cue.text != new.cue.text:
        fields |= Field.TEXT
    if old.cue.start_ms != new.cue.start_ms or old.cue.end_ms != new.cue.end_ms:
        fields |= Field.TIMES
    if old.review is not new.review:
        fields |= Field.REVIEW
    if old.note != new.note:
        fields |= Field.NOTE
    if old.original != new.original:
        fields |= Field.ORIGINAL
    if old.machine != new.machine:
        fields |= Field.MACHINE
    return fields


class ProofreadDocument:
    """The translated cues (editable) paired with the original cues (read-only).

    Rows are addressed by 0-based position; the cue number shown to users is position + 1.
    Listeners are plain callables, called in registration order (those added with first=True
    ahead) after each change, and for insertions and removals also just before it.
    """

    def __init__(
        self,
        cues: Sequence[Cue],
        originals: Sequence[Cue] | None = None,
        machine: Sequence[Cue] | None = None,
    ) -> None:
        """Pair `cues` with `originals`, and with `machine` (the downloaded translation).

        Without `machine`, the cues themselves are taken as the machine version (a freshly
        downloaded file). Pairing is by index when counts agree, else by greatest time overlap.
        """
        self._originals: tuple[Cue, ...] = tuple(originals or ())
        original_of = pair_cues(cues, self._originals) if self._originals else None
        if machine is None:
            machine_of: list[Cue | None] = list(cues)
        else:
            machine_list = list(machine)
            machine_of = [
                None if i is None else machine_list[i] for i in pair_cues(cues, machine_list)
            ]
        originals = self._originals
        paired = (
            [None if j is None else originals[j] for j in original_of]
            if original_of is not None
            else [None] * len(cues)
        )
        self._init([DocumentCue(*row) for row in zip(cues, paired, machine_of, strict=True)])

    @classmethod
    def from_rows(
        cls, rows: Iterable[DocumentCue], originals: Sequence[Cue] = ()
    ) -> ProofreadDocument:
        """Rebuild a document exactly as saved (rows with their review marks and notes)."""
        document = cls.__new__(cls)
        document._originals = tuple(originals)
        document._init(list(rows))
        return document

    def _init(self, rows: list[DocumentCue]) -> None:
        self._rows = rows
        self._listeners: list[DocumentListener] = []
        self._overlap_index: OverlapIndex | None = None
        self._edited = sum(1 for r in rows if r.is_edited)
        reviews = [r.review for r in rows]  # list.count compares in C (hashing enums does not)
        self._review_counts = {state: reviews.count(state) for state in ReviewState}

    # ----- reading -----

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, row: int) -> DocumentCue:
        return self._rows[row]

    @property
    def rows(self) -> Sequence[DocumentCue]:
        """All rows, in order (a live read-only view; do not keep it across edits)."""
        return self._rows

    @property
    def originals(self) -> tuple[Cue, ...]:
        """Every original-language cue, in file order, including unpaired ones."""
        return self._originals

    @property
    def has_originals(self) -> bool:
        return bool(self._originals)

    def is_edited(self, row: int) -> bool:
        """True when the row's text or times differ from the machine version."""
        return self._rows[row].is_edited

    @property
    def edited_count(self) -> int:
        """How many rows differ from the machine version (kept up to date on every edit)."""
        return self._edited

    def review_count(self, state: ReviewState) -> int:
        """How many rows are in `state` (kept up to date on every edit)."""
        return self._review_counts[state]

    def to_cues(self) -> list[Cue]:
        """The current translation, for saving."""
        return [r.cue for r in self._rows]

    def original_for(self, start_ms: int, end_ms: int) -> Cue | None:
        """The original cue overlapping this time range most, to pair a newly inserted cue."""
        if not self._originals:
            return None
        if self._overlap_index is None:
            self._overlap_index = OverlapIndex(self._originals)
        index = self._overlap_index.best(start_ms, end_ms)
        return None if index is None else self._originals[index]

    def check_row(self, row: int) -> None:
        """Raise EditError unless `row` is an existing row."""
        if not 0 <= row < len(self._rows):
            raise EditError(f"There is no cue {row + 1}; the document has {len(self._rows)}.")

    # ----- changing -----

    def apply(self, edit: Edit) -> Edit:
        """Apply an edit and return its inverse (the same as `edit.apply(document)`)."""
        return edit.apply(self)

    def add_listener(self, listener: DocumentListener, *, first: bool = False) -> None:
        """Call `listener(event)` on every change. `first` puts it before the others: the
        Checker uses it so that its findings are current when a view reacts to the event."""
        if first:
            self._listeners.insert(0, listener)
        else:
            self._listeners.append(listener)

    def remove_listener(self, listener: DocumentListener) -> None:
        self._listeners.remove(listener)

    def _emit(self, event: DocumentEvent) -> None:
        for listener in tuple(self._listeners):
            listener(event)

    def _count(self, row: DocumentCue, sign: int) -> None:
        if row.is_edited:
            self._edited += sign
        self._review_counts[row.review] += sign

    def _set_rows(
        self, changes: Sequence[tuple[int, DocumentCue]]
    ) -> list[tuple[int, DocumentCue]]:
        """Replace rows in place; emit one RowsChanged per contiguous run. Returns the old rows.

        For edits only: call through an Edit so that the change can be undone.
        """
        rows = self._rows
        for index, _ in changes:
            self.check_row(index)
        old: list[tuple[int, DocumentCue]] = []
        run_first = run_last = -2
        run_fields = Field(0)
        for index, new in sorted(dict(changes).items()):  # a row given twice: the last wins
            previous = rows[index]
            old.append((index, previous))
            self._count(previous, -1)
            self._count(new, 1)
            rows[index] = new
            fields = changed_fields(previous, new)
            if index == run_last + 1:
                run_last = index
                run_fields |= fields
                continue
            if run_first >= 0 and run_fields:
                self._emit(RowsChanged(run_first, run_last, run_fields))
            run_first = run_last = index
            run_fields = fields
        if run_first >= 0 and run_fields:
            self._emit(RowsChanged(run_first, run_last, run_fields))
        return old

    def _splice(self, first: int, count: int, new_rows: Sequence[DocumentCue]) -> list[DocumentCue]:
        """Replace rows first..first+count-1 by `new_rows`; returns the rows taken out.

        Rows replaced one for one are reported as changed, the rest as inserted or removed, so
        a split is "changed + 1 inserted" and a merge "changed + 1 removed". For edits only.
        """
        rows = self._rows
        if not (0 <= first <= len(rows) and 0 <= count <= len(rows) - first):
            raise EditError(f"There is no cue {first + count}; the document has {len(rows)}.")
        removed = rows[first : first + count]
        common = min(count, len(new_rows))
        if common:
            self._set_rows([(first + i, new_rows[i]) for i in range(common)])
        if len(new_rows) > count:
            at, extra = first + common, new_rows[common:]
            self._emit(RowsAboutToBeInserted(at, len(extra)))
            rows[at:at] = extra
            for r in extra:
                self._count(r, 1)
            self._emit(RowsInserted(at, len(extra)))
        elif count > len(new_rows):
            at, gone = first + common, count - common
            self._emit(RowsAboutToBeRemoved(at, gone))
            for r in rows[at : at + gone]:
                self._count(r, -1)
            del rows[at : at + gone]
            self._emit(RowsRemoved(at, gone))
        return removed
