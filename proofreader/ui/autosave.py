"""Autosave: every change of the open document reaches the library store within a second.

A change starts a short debounce (typing a word is one save, not five); continuous typing still
saves at least every `max_delay_ms`. On the GUI thread only the immutable rows are collected
(a tuple of references: microseconds); encoding the snapshot and the SQLite write happen on one
worker thread, in order, so a later save or discard never overtakes an earlier one. The store
commits before returning, so once `saved` is emitted a crash or kill -9 loses nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from proofreader.library import LibraryError, LibraryStore
from proofreader.subtitles.events import DocumentEvent
from proofreader.subtitles.snapshot import SnapshotEncoder
from proofreader.ui.editor_session import EditorSession

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400
MAX_DELAY_MS = 900


class Autosaver(QObject):
    """Keeps the draft of the watched session current in `store`."""

    saved = Signal(str, float)  # draft key, milliseconds the worker spent (encode + write)
    discarded = Signal(str)
    failed = Signal(str)  # a sentence for the status bar
    _finished = Signal(object)  # from the worker thread: a callable to run on the GUI thread

    def __init__(
        self,
        store: LibraryStore,
        parent: QObject | None = None,
        *,
        delay_ms: int = DEBOUNCE_MS,
        max_delay_ms: int = MAX_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._delay_ms = delay_ms
        self._max_delay_ms = max_delay_ms
        self._session: EditorSession | None = None
        self._encoder = SnapshotEncoder()
        self._first_pending: float | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._last_job: Future[None] | None = None
        self._failing = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.save_now)
        self._finished.connect(lambda done: done())

    @property
    def store(self) -> LibraryStore:
        return self._store

    def watch(self, session: EditorSession | None) -> None:
        """Follow `session` (None: nothing); anything pending for the previous one is written."""
        if self._session is session:
            return
        self.flush()
        if self._session is not None:
            self._session.document.remove_listener(self._on_change)
        self._session = session
        self._encoder = SnapshotEncoder()
        if session is not None:
            session.document.add_listener(self._on_change)
            if session.restored:
                self.schedule()  # a restored draft is re-saved under its (possibly new) key
            else:
                self._prime(session)

    def _prime(self, session: EditorSession) -> None:
        """Encode the document once on the worker now, while the user reads: the first save
        after a keystroke then re-encodes one chunk instead of 20,000 rows."""
        encoder, document = self._encoder, session.document
        rows, originals = tuple(document.rows), document.originals
        self._worker.submit(encoder.encode, rows, originals)

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def schedule(self) -> None:
        """Save soon: after the debounce, and never later than max_delay_ms after the first
        unsaved change."""
        now = time.monotonic()
        if self._first_pending is None:
            self._first_pending = now
        left_ms = self._max_delay_ms - (now - self._first_pending) * 1000
        self._timer.start(max(0, min(self._delay_ms, round(left_ms))))

    def _on_change(self, _event: DocumentEvent) -> None:
        self.schedule()

    def save_now(self) -> None:
        """Hand the current state to the worker: a draft when modified, else no draft."""
        self._timer.stop()
        self._first_pending = None
        session = self._session
        if session is None:
            return
        key = session.key
        if not session.is_modified():
            self.discard(key)
            return
        document = session.document
        rows, originals = tuple(document.rows), document.originals
        meta, changes = session.source.to_meta(), document.edited_count
        encoder, store = self._encoder, self._store

        def job() -> Callable[[], None]:
            started = time.perf_counter()
            payload = encoder.encode(rows, originals, meta)
            store.save_draft(key, payload, changes)
            spent = (time.perf_counter() - started) * 1000
            return lambda: self._saved(key, spent)

        self._submit(job)

    def discard(self, key: str) -> None:
        """Forget the draft of `key` (after Save, or when the user discards the changes)."""

        def job() -> Callable[[], None]:
            self._store.discard_draft(key)
            return lambda: self.discarded.emit(key)

        self._submit(job)

    def flush(self, timeout_s: float = 10.0) -> None:
        """Write anything pending now and wait for the worker (before closing or quitting)."""
        if self._timer.isActive():
            self.save_now()
        job = self._last_job
        if job is not None:
            try:
                job.result(timeout=timeout_s)
            except Exception:  # already reported through `failed`
                log.debug("autosave job failed during flush", exc_info=True)

    def shutdown(self) -> None:
        """Flush and stop the worker; the autosaver cannot be used afterwards."""
        self.flush()
        self.watch(None)
        self._worker.shutdown(wait=True)

    def _submit(self, job: Callable[[], Callable[[], None]]) -> None:
        def run() -> None:
            try:
                done = job()
            except (LibraryError, OSError) as exc:
                message = str(exc)
                self._finished.emit(lambda: self._failed(message))
                raise
            self._finished.emit(done)

        self._last_job = self._worker.submit(run)

    def _saved(self, key: str, spent_ms: float) -> None:
        self._failing = False
        self.saved.emit(key, spent_ms)

    def _failed(self, message: str) -> None:
        log.warning("Autosave failed: %s", message)
        if not self._failing:  # one sentence per failure streak, not one per keystroke
            self._failing = True
            self.failed.emit(
                self.tr(
                    "Autosave failed ({reason}); your changes are still open here, save them "
                    "with File ▸ Save."
                ).format(reason=message)
            )
