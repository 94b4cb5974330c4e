"""The edit protocol and the low-level edits that inverses are made of."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from proofreader.subtitles.document import DocumentCue, EditError, ProofreadDocument


class Edit(Protocol):
    """Anything that changes a document and hands back the edit that undoes it."""

    @property
    def description(self) -> str:
        """Short text for the undo menu, e.g. "Split cue 12"."""
        ...

    def apply(self, document: ProofreadDocument) -> Edit:
        """Change `document`; return the inverse edit."""
        ...


def normalize_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_times(start_ms: int, end_ms: int) -> None:
    if start_ms < 0 or end_ms < 0:
        raise EditError("Times cannot be before 0:00:00.000.")


@dataclass(frozen=True, slots=True)
class ReplaceRows:
    """Put back whole rows at given positions (the inverse of field edits)."""

    changes: tuple[tuple[int, DocumentCue], ...]
    description: str = "Change cues"

    def apply(self, document: ProofreadDocument) -> Edit:
        old = document._set_rows(self.changes)
        return ReplaceRows(tuple(old), self.description)


@dataclass(frozen=True, slots=True)
class ReplaceRange:
    """Replace `count` rows from `first` by `rows` (the inverse of structural edits)."""

    first: int
    count: int
    rows: tuple[DocumentCue, ...]
    description: str = "Change cues"

    def apply(self, document: ProofreadDocument) -> Edit:
        removed = document._splice(self.first, self.count, self.rows)
        return ReplaceRange(self.first, len(self.rows), tuple(removed), self.description)


@dataclass(frozen=True, slots=True)
class CompositeEdit:
    """Several edits applied in order as one undo step."""

    edits: tuple[Edit, ...]
    description: str = "Change cues"

    def apply(self, document: ProofreadDocument) -> Edit:
        inverses: list[Edit] = []
        try:
            for edit in self.edits:
                inverses.append(edit.apply(document))
        except EditError:
            for inverse in reversed(inverses):  # all or nothing
                inverse.apply(document)
            raise
        return CompositeEdit(tuple(reversed(inverses)), self.description)
