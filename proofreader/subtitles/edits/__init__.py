"""Reversible edits: the one road by which a ProofreadDocument changes.

Each edit is a small immutable object; `edit.apply(document)` changes the document, makes it
emit precise change events, and returns the inverse edit. Undo applies the inverse; redo
applies the inverse's inverse. The Qt editor wraps each in a QUndoCommand on one QUndoStack.
Inverses restore whole rows, so they are exact as long as edits are undone in stack order.
"""

from __future__ import annotations

from proofreader.subtitles.document import EditError
from proofreader.subtitles.edits.base import CompositeEdit, Edit, ReplaceRange, ReplaceRows
from proofreader.subtitles.edits.fields import (
    RevertToMachine,
    SetNote,
    SetReviewState,
    SetText,
    SetTexts,
    SetTimes,
    ShiftTimes,
)
from proofreader.subtitles.edits.structure import (
    DeleteCues,
    InsertCues,
    MergeWithNext,
    SplitCue,
    delete_cues,
    insert_cue,
    suggest_split,
)

__all__ = [
    "CompositeEdit",
    "DeleteCues",
    "Edit",
    "EditError",
    "InsertCues",
    "MergeWithNext",
    "ReplaceRange",
    "ReplaceRows",
    "RevertToMachine",
    "SetNote",
    "SetReviewState",
    "SetText",
    "SetTexts",
    "SetTimes",
    "ShiftTimes",
    "SplitCue",
    "delete_cues",
    "insert_cue",
    "suggest_split",
]
