"""Helpers for the document, edit and check tests: a mirror that follows change events the way
the Qt table model will, and Gaupol-style reversion testing."""

from __future__ import annotations

from dataclasses import dataclass, field

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import DocumentCue, ProofreadDocument, ReviewState
from proofreader.subtitles.edits import Edit
from proofreader.subtitles.events import (
    DocumentEvent,
    RowsAboutToBeInserted,
    RowsAboutToBeRemoved,
    RowsChanged,
    RowsInserted,
    RowsRemoved,
)


def cues(*texts: str, length: int = 2000, gap: int = 500, start: int = 1000) -> list[Cue]:
    """Consecutive cues with the given texts."""
    result = []
    t = start
    for text in texts:
        result.append(Cue(t, t + length, text))
        t += length + gap
    return result


@dataclass
class Snapshot:
    rows: list[DocumentCue]
    edited: int
    reviews: dict[ReviewState, int]


def snapshot(document: ProofreadDocument) -> Snapshot:
    return Snapshot(
        list(document.rows),
        document.edited_count,
        {state: document.review_count(state) for state in ReviewState},
    )


@dataclass
class Mirror:
    """A copy of the rows kept only from change events, as a table model would keep its view.

    It checks Qt's ordering rules: "about to" events come while the old rows are still there.
    """

    document: ProofreadDocument
    rows: list[DocumentCue] = field(default_factory=list)
    events: list[DocumentEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rows = list(self.document.rows)
        self.document.add_listener(self.on_event)

    def on_event(self, event: DocumentEvent) -> None:
        self.events.append(event)
        doc = self.document
        if isinstance(event, RowsAboutToBeInserted | RowsAboutToBeRemoved):
            assert len(doc) == len(self.rows)
        elif isinstance(event, RowsInserted):
            assert len(doc) == len(self.rows) + event.count
            self.rows[event.first : event.first] = doc.rows[event.first : event.first + event.count]
        elif isinstance(event, RowsRemoved):
            assert len(doc) == len(self.rows) - event.count
            del self.rows[event.first : event.first + event.count]
        elif isinstance(event, RowsChanged):
            assert len(doc) == len(self.rows)
            assert 0 <= event.first <= event.last < len(doc)
            assert event.fields
            self.rows[event.first : event.last + 1] = doc.rows[event.first : event.last + 1]

    def in_sync(self) -> bool:
        return self.rows == list(self.document.rows)


def reversion_test(document: ProofreadDocument, edit: Edit) -> Edit:
    """Apply, undo (back to the original), redo (back to the changed); returns the inverse.

    A Mirror follows along, so the events were complete and correctly ordered.
    """
    mirror = Mirror(document)
    original = snapshot(document)
    inverse = document.apply(edit)
    changed = snapshot(document)
    assert changed != original, "the edit changed nothing"
    assert mirror.in_sync()
    redo = document.apply(inverse)
    assert snapshot(document) == original
    assert mirror.in_sync()
    document.apply(redo)
    assert snapshot(document) == changed
    assert mirror.in_sync()
    document.remove_listener(mirror.on_event)
    return inverse
