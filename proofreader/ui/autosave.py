"""Autosave: every change of the open document is durable before the next user event.

Two layers. Each change event is appended at once to the edit journal (one line, one write(2)
on the GUI thread: microseconds), which a kill -9 cannot outrun. A short debounce later a full
snapshot goes to the library store on one worker thread (typing a word is one snapshot, not
five; continuous typing still snapshots at least every `max_delay_ms`), and the journal
generations it covers are deleted. Restore = newest snapshot or base + the journal after it.

On the GUI thread only the immutable rows are collected (a tuple of references); encoding and
the SQLite write happen on the worker, in order, so a later save or discard never overtakes an
earlier one. The open document's draft lock is held here too: one draft, one owner.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal

from proofreader.library import LibraryError, LibraryStore
from proofreader.library.draft_lock import DraftLock, DraftLocked
from proofreader.library.edit_journal import (
    JOURNAL_GEN,
    JournalFolder,
    JournalWriter,
    generation_of,
)
from proofreader.subtitles.events import DocumentEvent
from proofreader.subtitles.journal_records import JournalRecorder
from proofreader.subtitles.snapshot import (
    JsonScalar,
    SnapshotEncoder,
    SnapshotError,
    read_snapshot_meta,
)
from proofreader.ui.editor_session import EditorSession

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400
MAX_DELAY_MS = 900
# An opened document's base waits this long: encoding 20,000 rows holds the GIL for tens of
# milliseconds, which would slow the window painting the document. A journal line or a flush
# sends it at once.
BASE_DELAY_MS = 500


class Autosaver(QObject):
    """Keeps the draft of the watched session current in `store` and its journal."""

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
        self._journal = JournalFolder(store.journal_dir)
        self._delay_ms = delay_ms
        self._max_delay_ms = max_delay_ms
        self._session: EditorSession | None = None
        self._encoder = SnapshotEncoder()
        self._writer: JournalWriter | None = None
        self._recorder: JournalRecorder | None = None
        self._lock: DraftLock | None = None
        self._base_job: Future[None] | None = None
        self._pending_base: Callable[[], None] | None = None
        self._pending_base_waits = False
        self._base_timer = QTimer(self, singleShot=True, interval=BASE_DELAY_MS)
        self._base_timer.timeout.connect(self._submit_base)
        self._first_pending: float | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._last_job: Future[None] | None = None
        self._failing = False
        # Milliseconds each journal line took on the GUI thread, when a list (benchmarks).
        self.journal_timings: list[float] | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.save_now)
        self._finished.connect(lambda done: done())

    @property
    def store(self) -> LibraryStore:
        return self._store

    @property
    def journal(self) -> JournalFolder:
        return self._journal

    def watch(self, session: EditorSession | None) -> None:
        """Follow `session` (None: nothing); anything pending for the previous one is written,
        and a previous one without unsaved changes leaves no draft behind."""
        if self._session is session:
            return
        self.flush()
        previous = self._session
        if previous is not None:
            previous.document.remove_listener(self._on_change)
            self._stop_journal(previous)
        self._session = session
        self._encoder = SnapshotEncoder()
        if session is None:
            return
        session.document.add_listener(self._on_change)
        if self._take_lock(session.key):  # else another window owns it: no draft here
            draft_gen = self._draft_generation(session.key)
            self._writer = self._journal.writer(session.key, after=draft_gen or 0)
            self._recorder = JournalRecorder(session.document)
            # With a draft on disk, the draft and its journal already give every state until
            # the new base is written; without one, the first line must wait for the base.
            self._write_base(session, first_lines_wait=draft_gen is None, later=True)
            if session.restored:
                self.schedule()  # a restored draft is re-saved under its (possibly new) key

    def _draft_generation(self, key: str) -> int | None:
        """The journal generation of the library's draft of `key` (None: it has no draft)."""
        try:
            draft = self._store.load_draft(key)
            if draft is None:
                return None
            return generation_of(read_snapshot_meta(draft.payload))
        except (LibraryError, SnapshotError) as exc:
            log.warning("The draft of %s cannot be read: %s", key, exc)
            return 0

    def _take_lock(self, key: str) -> bool:
        """Own the draft of `key` (the old one's lock is let go only once this one is held)."""
        if self._lock is not None and self._lock.key == key:
            return True
        try:
            lock = DraftLock.acquire(self._store.journal_dir, key)
        except (DraftLocked, OSError) as exc:  # the opener checked: a race, or a read-only disk
            log.warning("The draft of %s is not ours (%r): it is not journaled here", key, exc)
            self._failed(
                self.tr("another window has this document open, so its edits are not kept here")
            )
            return False
        self._release_lock()
        self._lock = lock
        return True

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _stop_journal(self, session: EditorSession) -> None:
        self._submit_base()
        writer, self._writer, self._recorder, self._base_job = self._writer, None, None, None
        if writer is not None:
            writer.close()
        lock, self._lock = self._lock, None
        if lock is None:
            return
        if session.is_modified():
            lock.release()
            return
        key = session.key
        self._submit(lambda: self._forget_owned(key, lock))  # let go once the files are gone

    def _write_base(
        self, session: EditorSession, *, first_lines_wait: bool, later: bool = False
    ) -> None:
        """Keep the document as it is now as the journal's base, on the worker (`later`: after
        BASE_DELAY_MS). It also primes the encoder: the first snapshot after a keystroke then
        re-encodes one chunk."""
        assert self._writer is not None
        self._submit_base()  # an older base goes first
        key, gen = session.key, self._writer.generation
        encoder, journal = self._encoder, self._journal
        rows, originals = tuple(session.document.rows), session.document.originals
        meta = _meta(session, gen)

        def job() -> None:
            journal.write_base(key, gen, encoder.encode(rows, originals, meta))
            journal.drop_before(key, gen)

        self._pending_base, self._pending_base_waits = job, first_lines_wait
        if later:
            self._base_timer.start()
        else:
            self._submit_base()

    def _submit_base(self) -> None:
        """Hand the waiting base, if any, to the worker (before any later job)."""
        job, self._pending_base = self._pending_base, None
        if job is None:
            return
        self._base_timer.stop()
        self._last_job = self._worker.submit(job)
        self._base_job = self._last_job if self._pending_base_waits else None

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

    def _on_change(self, event: DocumentEvent) -> None:
        recorder, writer = self._recorder, self._writer
        if recorder is not None and writer is not None:
            started = time.perf_counter()
            line = recorder.line_for(event)
            if line is not None:
                self._append(writer, line)
            if self.journal_timings is not None:
                self.journal_timings.append((time.perf_counter() - started) * 1000)
        self.schedule()

    def _append(self, writer: JournalWriter, line: bytes) -> None:
        self._submit_base()
        base = self._base_job
        try:
            if base is not None:  # the base must be on disk before the first line needs it
                self._base_job = None
                base.result()
            writer.append(line)
        except (OSError, LibraryError) as exc:
            self._failed(str(exc))

    def save_now(self) -> None:
        """Hand the current state to the worker: a draft when modified, else only a base."""
        self._timer.stop()
        self._first_pending = None
        session, writer = self._session, self._writer
        if session is None or writer is None:
            return
        if not session.is_modified() or writer.key != session.key:
            self._rebase(session, writer)
            return
        key = session.key
        document = session.document
        rows, originals = tuple(document.rows), document.originals
        gen = writer.start_generation()
        meta = _meta(session, gen)
        changes = document.edited_count
        encoder, store, journal = self._encoder, self._store, self._journal

        def job() -> Callable[[], None]:
            started = time.perf_counter()
            payload = encoder.encode(rows, originals, meta)
            store.save_draft(key, payload, changes)
            journal.drop_before(key, gen)
            spent = (time.perf_counter() - started) * 1000
            return lambda: self._saved(key, spent)

        self._submit(job)

    def _rebase(self, session: EditorSession, writer: JournalWriter) -> None:
        """The document matches its file again (saved, or undone to it), possibly under a new
        key (Save As): no draft; the journal restarts from the current state."""
        old_key, key = writer.key, session.key
        old_lock: DraftLock | None = None
        if old_key != key:
            old_lock = self._lock
            self._lock = None  # handed to the job below, which lets go once the files are gone
            writer.close()
            if not self._take_lock(key):
                self._writer = self._recorder = None
                if old_lock is not None:
                    self._submit(lambda: self._forget_owned(old_key, old_lock))
                return
            self._writer = writer = self._journal.writer(
                key, after=self._draft_generation(key) or 0
            )
        else:
            writer.start_generation()
        self._write_base(session, first_lines_wait=False)

        def job() -> Callable[[], None]:
            self._store.discard_draft(key)
            if old_lock is not None:
                self._forget_owned(old_key, old_lock)
            return lambda: self._discarded(old_key, key)

        self._submit(job)

    def discard(self, key: str) -> None:
        """Forget the draft of `key` (after Save, or when the user discards the changes)."""
        session, writer = self._session, self._writer
        if session is not None and key == session.key and session.is_modified():
            log.warning("Not discarding the draft of %s: it is open with unsaved changes", key)
            return  # a stale question about it; its changes are live (callers save first)
        if session is not None and writer is not None and key in (writer.key, session.key):
            self._timer.stop()
            self._first_pending = None
            self._rebase(session, writer)
            return

        def job() -> Callable[[], None] | None:
            try:
                lock = DraftLock.acquire(self._store.journal_dir, key)
            except DraftLocked:  # restored meanwhile in another window: its draft is live
                log.info("Not discarding the draft of %s: another window has it open", key)
                return None
            self._forget_owned(key, lock)
            return lambda: self.discarded.emit(key)

        self._submit(job)

    def _forget_owned(self, key: str, lock: DraftLock) -> None:
        """Delete the draft and journal of `key`, whose lock we hold, then let go of it."""
        try:
            self._store.discard_draft(key)
            self._journal.discard(key)
        finally:
            lock.release()

    def _discarded(self, old_key: str, key: str) -> None:
        if old_key != key:
            self.discarded.emit(old_key)
        self.discarded.emit(key)

    def flush(self, timeout_s: float = 10.0) -> None:
        """Write anything pending now and wait for the worker (before closing or quitting)."""
        self._submit_base()
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
        self.flush()
        self._worker.shutdown(wait=True)

    def _submit(self, job: Callable[[], Callable[[], None] | None]) -> None:
        self._submit_base()

        def run() -> None:
            try:
                done = job()
            except (LibraryError, OSError) as exc:
                message = str(exc)
                self._finished.emit(lambda: self._failed(message))
                raise
            if done is not None:
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


def _meta(session: EditorSession, generation: int) -> dict[str, JsonScalar]:
    """A snapshot's meta: the document's files, and the journal generation that follows it."""
    return {**session.source.to_meta(), JOURNAL_GEN: generation}
