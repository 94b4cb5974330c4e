"""What every part of the service shares: the client, the store, the job board, the listeners.

The store is called directly from the event loop: each call is one small SQLite transaction
(well under a millisecond in WAL mode), and transfer progress is written at most twice a
second. Keeping the calls on the loop keeps the order of writes and events simple, and no
write can land after close() returned.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from proofreader.library import LibraryStore, Session, SessionStatus, UnknownRecord, UnknownSession
from proofreader.library.action_keys import FILE_NAME as ACTION_KEYS_FILE
from proofreader.library.action_keys import ActionKeys
from proofreader.workflow.errors import WorkflowError
from proofreader.workflow.jobs import JobBoard, JobCancelled, JobHandle, JobKind
from proofreader.workflow.poller import Poller
from proofreader.workflow.service_events import Listeners, Notice, SessionEvent

if TYPE_CHECKING:
    from proofreader.heygen import HeyGenClient

T = TypeVar("T")

logger = logging.getLogger("proofreader.workflow.service")

Sleep = Callable[[float], Awaitable[None]]
STORE_PROGRESS_INTERVAL_S = 0.5
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,80}")


class ShuttingDown(WorkflowError):
    def __init__(self) -> None:
        super().__init__("Proofreader is shutting down, so nothing new can be started.")


class ServiceCore:
    """Shared state of one ProofreadService (and its TranslationsService)."""

    def __init__(
        self,
        client: HeyGenClient,
        store: LibraryStore,
        jobs: JobBoard,
        *,
        poll_interval_s: float,
        cache_dir: Path,
        clock: Callable[[], float],
        sleep: Sleep,
    ) -> None:
        self.client = client
        self.store = store
        self.jobs = jobs
        self.poll_interval_s = poll_interval_s
        self.cache_dir = Path(cache_dir)
        self.clock = clock
        self.sleep = sleep
        self.sessions: Listeners[SessionEvent] = Listeners()
        self.notices: Listeners[Notice] = Listeners()
        self.closing = False
        self.keys = ActionKeys(store.path.parent / ACTION_KEYS_FILE)
        """Idempotency keys of creates whose answer is not known yet (they survive a restart)."""
        self.active_transfers: set[str] = set()
        self._job_ids: set[str] = set()

    # -- jobs -------------------------------------------------------------------------------

    def poller(self) -> Poller:
        return Poller(self.poll_interval_s, clock=self.clock, sleep=self.sleep)

    def run(
        self,
        kind: JobKind,
        title: str,
        factory: Callable[[JobHandle], Awaitable[T]],
        *,
        proofread_id: str | None = None,
        retryable: bool = True,
    ) -> asyncio.Task[T]:
        """Start a job on the board and remember it, so close() can stop it."""
        if self.closing:
            raise ShuttingDown()
        task = self.jobs.run(kind, title, factory, proofread_id=proofread_id, retryable=retryable)
        self._job_ids.add(task.get_name())
        return task

    @staticmethod
    def job_id(task: asyncio.Task[Any]) -> str:
        """The id of the job a task runs (the board names each task after its job)."""
        return task.get_name()

    async def result(self, task: asyncio.Task[T]) -> T:
        """The job's result; its error re-raised; JobCancelled when it was cancelled.

        Cancelling the caller does not cancel the job: it goes on in the jobs panel.
        """
        await asyncio.wait({task})
        if task.cancelled():
            try:
                title = self.jobs.get(self.job_id(task)).title
            except KeyError:  # already cleared from the board
                title = "The operation"
            raise JobCancelled(title)
        return task.result()

    async def close(self) -> None:
        self.closing = True
        await self.jobs.cancel_and_wait(list(self._job_ids))
        self.keys.close()

    # -- sessions ---------------------------------------------------------------------------

    def session(self, proofread_id: str) -> Session:
        session = self.store.get_session(proofread_id)
        if session is None:
            raise UnknownSession(proofread_id)
        return session

    def label(self, session: Session) -> str:
        """'<project title>' (<language>): how messages name a session."""
        project = self.store.get_project(session.project_id)
        title = project.title if project is not None else session.proofread_id
        return f"'{title}' ({session.language})"

    def emit(self, proofread_id: str, kind: str = "changed") -> None:
        session = self.store.get_session(proofread_id)
        if kind == "removed":
            self.sessions.emit(SessionEvent(proofread_id, "removed", None))
        elif session is not None:
            self.sessions.emit(
                SessionEvent(proofread_id, "added" if kind == "added" else "changed", session)
            )

    def set_status(
        self,
        proofread_id: str,
        status: SessionStatus,
        failure_message: str | None = None,
        *,
        only_from: frozenset[SessionStatus] | None = None,
    ) -> bool:
        """Change a session's status (only from `only_from` when given); True if it changed.

        A session removed meanwhile is ignored: a job that ends late must not resurrect it.
        """
        session = self.store.get_session(proofread_id)
        if session is None:
            return False
        if only_from is not None and session.status not in only_from:
            return False
        if session.status is status and session.failure_message == failure_message:
            return False
        try:
            self.store.update_session_status(proofread_id, status, failure_message)
        except UnknownRecord:
            return False
        self.emit(proofread_id)
        return True

    def session_folder(self, proofread_id: str) -> Path:
        """cache_dir/<id>/ (a digest for ids that are not safe file names); not created."""
        name = proofread_id
        if not _SAFE_NAME.fullmatch(name):
            name = hashlib.sha256(proofread_id.encode("utf-8")).hexdigest()[:32]
        return self.cache_dir / name


class TransferProgress:
    """A progress callback that records bytes in the store at most twice a second."""

    def __init__(
        self,
        store: LibraryStore,
        transfer_id: str,
        handle: JobHandle | None = None,
        *,
        interval_s: float = STORE_PROGRESS_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._transfer_id = transfer_id
        self._handle = handle
        self._interval = interval_s
        self._clock = clock
        self._last = float("-inf")
        self.done = 0
        self.total: int | None = None

    def __call__(self, done: int, total: int | None) -> None:
        self.done, self.total = done, total
        if self._handle is not None:
            self._handle.progress(done, total)
        now = self._clock()
        if now - self._last >= self._interval or (total is not None and done >= total):
            self._last = now
            self.flush()

    def flush(self) -> None:
        # A removed session takes its transfers with it: nothing left to record then.
        with contextlib.suppress(UnknownRecord):
            self._store.update_transfer_progress(self._transfer_id, self.done, self.total)
