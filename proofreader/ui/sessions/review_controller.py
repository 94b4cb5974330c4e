"""Opening a HeyGen session in the editor, and telling the service when it is being edited.

A ready session's SRT files are downloaded once into the service's cache (a DOWNLOAD job) and
opened through the window's ordinary document path as a "session" document keyed by the
proofread id: autosave drafts, crash recovery and Save all work on it unchanged, Save writing
the cached working copy. Reopening reads the cache, so it works offline.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from proofreader.library import LibraryStore, Session, SessionStatus
from proofreader.ui.async_ops import run_async
from proofreader.workflow import ProofreadService, ReviewFiles
from proofreader.workflow.service_review import cached_files
from proofreader.workspace.heygen_session import is_session, session_source, session_title

if TYPE_CHECKING:
    from proofreader.ui.editor_session import EditorSession
    from proofreader.ui.window.host import WindowHost

log = logging.getLogger(__name__)


class ReviewController(QObject):
    """Opens sessions in `window` and marks them editing once changed."""

    message = Signal(str)
    error = Signal(str, str)  # title, sentence
    opening_changed = Signal()

    def __init__(self, window: WindowHost, store: LibraryStore) -> None:
        super().__init__(window.widget)
        self._window = window
        self._store = store
        self._service: ProofreadService | None = None
        self.opening: str | None = None  # the proofread id being downloaded
        window.session_changed.connect(self._on_session_changed)

    def attach(self, store: LibraryStore, service: ProofreadService | None) -> None:
        self._store = store
        self._service = service

    def current_proofread_id(self) -> str | None:
        """The proofread id of the open document when it is a session."""
        session = self._window.session
        return session.key if session is not None and is_session(session.source) else None

    # ----- opening -----

    def open_session(self, proofread_id: str) -> None:
        """Open a session for review (downloading its subtitles the first time)."""
        session = self._store.get_session(proofread_id)
        if session is None:
            self.error.emit(
                self.tr("Cannot open the session"),
                self.tr("This session is no longer in the library."),
            )
            return
        label = session_title(self._store, session)
        cached = cached_files(session)
        problem = self._unopenable(session, label, cached is not None)
        if problem is not None:
            self.error.emit(self.tr("Cannot open the session yet"), problem)
            return
        service = self._service
        if service is None:
            assert cached is not None  # _unopenable said so
            self._show(session, cached)
            return
        if self.opening == proofread_id:
            return
        self.opening = proofread_id
        self.opening_changed.emit()
        self.message.emit(self.tr("Opening {session}…").format(session=label))

        def done(files: ReviewFiles) -> None:
            self._finish_opening(proofread_id)
            fresh = self._store.get_session(proofread_id)
            if fresh is not None:
                self._show(fresh, files)

        def failed(sentence: str) -> None:
            self._finish_opening(proofread_id)
            self.error.emit(self.tr("Cannot open the session"), sentence)

        run_async(
            service.open_for_review(proofread_id),
            on_done=done,
            on_error=failed,
            parent=self,
            what="open a session for review",
        )

    def _finish_opening(self, proofread_id: str) -> None:
        if self.opening == proofread_id:
            self.opening = None
            self.opening_changed.emit()

    def _unopenable(self, session: Session, label: str, cached: bool) -> str | None:
        status = session.status
        if cached:
            return None
        if status is SessionStatus.PROCESSING:
            return self.tr(
                "HeyGen is still processing {session}: it opens once it is ready to review."
            ).format(session=label)
        if status is SessionStatus.FAILED and session.video_translation_id is None:
            reason = session.failure_message or self.tr("HeyGen gave no reason")
            return self.tr(
                "HeyGen could not process {session} ({reason}): start a new proofread."
            ).format(session=label, reason=reason)
        if status is SessionStatus.EXPIRED:
            return self.tr(
                "{session} has expired on HeyGen (sessions last about 24 hours) and was never "
                "downloaded here: start a new proofread of the video."
            ).format(session=label)
        if self._service is None:
            return self.tr(
                "The subtitles of {session} are not on this computer yet: sign in or start "
                "the demo to download them."
            ).format(session=label)
        return None

    def _show(self, session: Session, files: ReviewFiles) -> None:
        source = session_source(self._store, session, files)
        self._window.documents.open_source(source)
        self.message.emit(self.tr("Opened {session} for review.").format(session=source.title))

    # ----- editing -----

    def _on_session_changed(self, editor: EditorSession | None) -> None:
        if editor is None or not is_session(editor.source):
            return
        key = editor.key
        editor.modified_changed.connect(lambda modified: self._on_modified(key, modified))
        if editor.is_modified():
            self._on_modified(key, True)

    def _on_modified(self, proofread_id: str, modified: bool) -> None:
        service = self._service
        if not modified or service is None or self._store.get_session(proofread_id) is None:
            return
        try:
            service.mark_editing(proofread_id)
        except Exception as exc:  # the library may be gone (signed out meanwhile)
            log.info("could not mark %s as editing: %s", proofread_id, exc)
