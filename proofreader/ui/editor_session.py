"""One open document: the document, its checker, its undo stack, its files and dirty state.

The window shows one EditorSession at a time; the autosaver, the status bar and the file
commands all read it. "Modified" means the translation differs from what is on disk (or in the
HeyGen session): the undo stack is away from its clean index, or the document was restored
from a draft and not saved since.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from proofreader.subtitles.checks import Checker
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.file_state import FileState
from proofreader.ui.editor.undo import DocumentUndo
from proofreader.workspace.document_source import DocumentSource
from proofreader.workspace.loading import LoadedDocument

#: Rows of a deferred first check per event-loop turn (about 10 ms).
CHECK_SLICE_ROWS = 1000


class EditorSession(QObject):
    """Owns the DocumentUndo; the document and checker live as long as the session."""

    modified_changed = Signal(bool)
    source_changed = Signal()

    def __init__(
        self, loaded: LoadedDocument, *, restored: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = loaded.source
        self.document: ProofreadDocument = loaded.document
        self.checker: Checker = loaded.checker
        # The translation file as last read or written here (None: none, or not ours to watch).
        self.disk: FileState | None = loaded.disk
        self.undo = DocumentUndo(self.document, self)
        self._restored = restored
        self._closed = False
        self._modified = self.is_modified()
        self.undo.stack.cleanChanged.connect(self._on_clean_changed)

    @property
    def source(self) -> DocumentSource:
        return self._source

    @property
    def key(self) -> str:
        """The draft key of this document."""
        return self._source.key

    @property
    def title(self) -> str:
        return self._source.title

    @property
    def restored(self) -> bool:
        """True while the document holds restored draft changes not yet saved."""
        return self._restored

    def is_modified(self) -> bool:
        return self._restored or not self.undo.stack.isClean()

    def mark_saved(self, source: DocumentSource | None = None) -> None:
        """The translation is now on disk (under `source`, after Save As)."""
        if source is not None and source != self._source:
            self._source = source
            self.source_changed.emit()
        self._restored = False
        self.undo.stack.setClean()
        self._refresh_modified()

    def set_source(self, source: DocumentSource) -> None:
        """Change the files (e.g. a video chosen later) without touching the translation."""
        if source != self._source:
            self._source = source
            self.source_changed.emit()

    def close(self) -> None:
        """Stop the checker following the document (the window drops the session next)."""
        if self._closed:
            return
        self._closed = True
        self.undo.stack.cleanChanged.disconnect(self._on_clean_changed)
        self.checker.close()

    def check_in_slices(self) -> None:
        """Finish a big file's deferred checks in slices, one per event-loop turn (the opener
        calls this once the table is painted)."""
        if self.checker.pending:
            QTimer.singleShot(0, self._check_slice)

    @Slot()
    def _check_slice(self) -> None:
        """About 10 ms of checks per event-loop turn, so typing is never held up."""
        if not self._closed and self.checker.check_pending(CHECK_SLICE_ROWS):
            QTimer.singleShot(0, self._check_slice)

    @Slot(bool)
    def _on_clean_changed(self, _clean: bool) -> None:
        self._refresh_modified()

    def _refresh_modified(self) -> None:
        modified = self.is_modified()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)
