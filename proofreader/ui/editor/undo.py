"""DocumentUndo: the one QUndoStack every change of the proofread document goes through.

Each command wraps a reversible core edit. It is pushed already applied (so a refused edit
never reaches the stack and becomes a sentence instead), redo applies the edit again, undo applies
its inverse. Consecutive keystrokes on one cue's text (or note) merge into a single step.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from proofreader.subtitles.document import EditError, ProofreadDocument
from proofreader.subtitles.edits import CompositeEdit, Edit, SetNote, SetText, SetTexts
from proofreader.subtitles.edits.base import normalize_text

log = logging.getLogger(__name__)

_MERGE_ID = 0x5E7  # any id other than -1 makes QUndoStack ask mergeWith
MergeKey = tuple[str, int]


def _merge_key(edit: Edit) -> MergeKey | None:
    """Typing edits merge with the previous step on the same row and field."""
    if isinstance(edit, SetText):
        return ("text", edit.row)
    if isinstance(edit, SetNote):
        return ("note", edit.row)
    return None


def _changes_nothing(edit: Edit, document: ProofreadDocument) -> bool:
    """True for edits that would leave the document as it is (not worth an undo step)."""
    if isinstance(edit, SetText) and 0 <= edit.row < len(document):
        return document[edit.row].text == normalize_text(edit.text)
    if isinstance(edit, SetNote) and 0 <= edit.row < len(document):
        return document[edit.row].note == edit.note
    if isinstance(edit, SetTexts):
        return not edit.changes
    if isinstance(edit, CompositeEdit):
        return not edit.edits
    return False


class EditCommand(QUndoCommand):
    """One core edit on the stack. Created after the edit was applied; the first redo is skipped."""

    def __init__(self, owner: DocumentUndo, edit: Edit, inverse: Edit, merge: bool) -> None:
        super().__init__(edit.description)
        self._owner = owner
        self._forward = edit  # what redo applies
        self._backward = inverse  # what undo applies
        self._key = _merge_key(edit) if merge else None
        self._generation = owner._generation
        self._pushed = False
        self._sealed = False  # undone or redone once: later typing starts a new step

    def id(self) -> int:
        return _MERGE_ID if self._key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditCommand)
            or self._sealed
            or self._key is None
            or other._key != self._key
            or other._generation != self._generation
        ):
            return False
        # `other` is applied already; our inverse still restores the state before our first edit.
        self._forward = other._forward
        self.setObsolete(_changes_nothing(self._backward, self._owner.document))
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo() at once; the edit is applied already
            self._pushed = True
            return
        self._sealed = True
        self._owner.seal()  # typing after an undo or redo starts a new step
        self._backward = self._owner._apply(self._forward) or self._backward

    def undo(self) -> None:
        self._sealed = True
        self._owner.seal()
        self._forward = self._owner._apply(self._backward) or self._forward


class DocumentUndo(QObject):
    """The undo stack of one ProofreadDocument. Refused edits become `edit_failed(sentence)`."""

    edit_failed = Signal(str)

    def __init__(self, document: ProofreadDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._generation = 0
        self.stack = QUndoStack(self)

    @property
    def document(self) -> ProofreadDocument:
        return self._document

    def push(self, edit: Edit, *, merge: bool = True) -> bool:
        """Apply `edit` and put it on the stack; False if it changed nothing or was refused.

        With `merge`, consecutive SetText (or SetNote) edits of the same row become one step,
        until `seal()` is called or another step comes between them.
        """
        if _changes_nothing(edit, self._document):
            return False
        try:
            inverse = edit.apply(self._document)
        except EditError as exc:
            self.edit_failed.emit(str(exc))
            return False
        self.stack.push(EditCommand(self, edit, inverse, merge))
        return True

    def push_group(self, description: str, edits: Iterable[Edit]) -> bool:
        """Apply several edits as one undo step (all or nothing)."""
        group = CompositeEdit(tuple(edits), description)
        return self.push(group, merge=False)

    def seal(self) -> None:
        """End the current typing step: the next keystroke starts a new undo step."""
        self._generation += 1

    def _apply(self, edit: Edit) -> Edit | None:
        """Apply an undo or redo; the stack order makes a refusal unlikely, but never crash."""
        try:
            return edit.apply(self._document)
        except EditError as exc:
            log.warning("Undo/redo step refused: %s", exc)
            self.edit_failed.emit(str(exc))
            return None
