"""An observable, Qt-free registry of long operations: what the jobs panel shows.

Each job is one asyncio task made by a coroutine factory, so it can be cancelled (the task is
cancelled) and retried (the factory runs again under the same job id). Listeners get an
immutable `Job` after every change; progress and status changes are throttled to about ten
notifications a second per job so a fast transfer never floods the GUI, while the start and
the end of a job are always delivered at once. Failures become one user sentence in
`Job.error`; the traceback goes to the log only.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import functools
import itertools
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from proofreader.heygen import HeyGenError, NetworkError, ServerError
from proofreader.library import LibraryError
from proofreader.workflow.errors import JobFailed, OutcomeUnknown, WorkflowError

T = TypeVar("T")

logger = logging.getLogger("proofreader.workflow.jobs")

NOTIFY_INTERVAL_S = 0.1
"""At most one progress/status notification per job per this many seconds."""


class JobKind(enum.Enum):
    UPLOAD = "upload"
    PROCESS = "process"
    RENDER = "render"
    DOWNLOAD = "download"
    PUSH = "push"
    OTHER = "other"


class JobState(enum.Enum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Job:
    """One snapshot of a job. `started_at`/`finished_at` come from the board's clock
    (wall-clock seconds by default); `done`/`total` are bytes or steps, None when unknown."""

    id: str
    kind: JobKind
    title: str
    state: JobState
    done: int | None
    total: int | None
    status_text: str
    error: str | None
    started_at: float
    finished_at: float | None
    can_cancel: bool
    can_retry: bool
    proofread_id: str | None

    @property
    def finished(self) -> bool:
        return self.state is not JobState.RUNNING

    @property
    def fraction(self) -> float | None:
        """done / total in 0..1 when both are known, for a progress bar."""
        if self.done is None or not self.total:
            return None
        return max(0.0, min(1.0, self.done / self.total))


class JobCancelled(WorkflowError):
    """Raised from an awaited service method whose job was cancelled (from the jobs panel)."""

    def __init__(self, title: str) -> None:
        super().__init__(f"{title} was cancelled; start it again when you are ready.")
        self.title = title


def _outcome_unknown_sentence(exc: OutcomeUnknown) -> str:
    cause = exc.__cause__
    if isinstance(cause, ServerError):
        why = f"HeyGen answered with a server error (HTTP {cause.status})"
    elif isinstance(cause, NetworkError):
        why = "The connection to HeyGen failed"
    else:
        why = "The request was interrupted"
    return (
        f"{why} before HeyGen confirmed the {exc.what}, so it may have been created: doing the "
        "same again within 24 hours sends the same Idempotency-Key, so HeyGen answers with the "
        "first result instead of charging twice."
    )


def error_sentence(exc: BaseException) -> str:
    """The one sentence a user sees for a failure; never a traceback."""
    if isinstance(exc, OutcomeUnknown):
        return _outcome_unknown_sentence(exc)
    if isinstance(exc, HeyGenError | WorkflowError | LibraryError):
        return str(exc)
    if isinstance(exc, OSError):
        return (
            f"A file could not be read or written ({exc.strerror or exc}): check the folder, "
            "its permissions and the free space, then try again."
        )
    return (
        f"Something unexpected went wrong ({type(exc).__name__}): try again, and report it "
        "if it keeps happening (the log has the details)."
    )


def is_retryable(exc: BaseException) -> bool:
    """False for failures a retry cannot fix or must not repeat blindly.

    A create whose outcome is unknown could be paid twice; a job the service reported as
    failed stays failed. Exceptions may also carry `retryable = False` themselves.
    """
    if isinstance(exc, OutcomeUnknown | JobFailed):
        return False
    return getattr(exc, "retryable", True) is not False


class JobHandle:
    """What a job's coroutine uses to report progress and status.

    Safe to call from a worker thread too: the change is then handed to the event loop, so
    listeners are always called on the loop's thread (the GUI thread under qasync).
    """

    def __init__(self, board: JobBoard, job_id: str, run: int) -> None:
        self._board = board
        self._job_id = job_id
        self._run = run

    @property
    def job_id(self) -> str:
        return self._job_id

    def progress(self, done: int, total: int | None) -> None:
        self._board._update(self._job_id, self._run, done=done, total=total)

    def status(self, text: str) -> None:
        self._board._update(self._job_id, self._run, status_text=text)

    def set_retryable(self, retryable: bool) -> None:
        """Change whether a failure of this job may be retried (e.g. once a create was sent)."""
        self._board._set_retryable(self._job_id, self._run, retryable)


@dataclass
class _Entry:
    job: Job
    factory: Callable[[JobHandle], Awaitable[Any]]
    retryable: bool
    run: int = 0
    task: asyncio.Task[Any] | None = None
    last_sent: float = float("-inf")
    timer: asyncio.TimerHandle | None = None


JobListener = Callable[[Job], None]


def _in(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


class JobBoard:
    """Runs and remembers jobs; listeners see every change (throttled for progress)."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        notify_interval_s: float = NOTIFY_INTERVAL_S,
    ) -> None:
        self._clock = clock
        self._interval = notify_interval_s
        self._entries: dict[str, _Entry] = {}
        self._listeners: list[JobListener] = []
        self._removed_listeners: list[JobListener] = []
        self._ids = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- listeners --------------------------------------------------------------------------

    def add_listener(self, cb: JobListener) -> None:
        self._listeners.append(cb)

    def remove_listener(self, cb: JobListener) -> None:
        if cb in self._listeners:
            self._listeners.remove(cb)

    def add_removed_listener(self, cb: JobListener) -> None:
        """Called with each job clear_finished() forgets (its last snapshot)."""
        self._removed_listeners.append(cb)

    def remove_removed_listener(self, cb: JobListener) -> None:
        if cb in self._removed_listeners:
            self._removed_listeners.remove(cb)

    # -- queries ----------------------------------------------------------------------------

    def jobs(self) -> list[Job]:
        """Every job, oldest first."""
        return [entry.job for entry in self._entries.values()]

    def get(self, job_id: str) -> Job:
        """The job's latest snapshot; KeyError when the board does not know it."""
        return self._entries[job_id].job

    def task(self, job_id: str) -> asyncio.Task[Any] | None:
        """The task of the job's current (or last) run."""
        entry = self._entries.get(job_id)
        return None if entry is None else entry.task

    def jobs_for(self, proofread_id: str) -> list[Job]:
        return [e.job for e in self._entries.values() if e.job.proofread_id == proofread_id]

    async def wait(self, job_id: str) -> Job:
        """Wait until the job is finished (done, failed or cancelled); its final snapshot."""
        while True:
            entry = self._entries[job_id]
            task = entry.task
            if entry.job.finished or task is None:
                return entry.job
            await asyncio.wait({task})
            await asyncio.sleep(0)  # let the done callback record the outcome

    # -- actions ----------------------------------------------------------------------------

    def run(
        self,
        kind: JobKind,
        title: str,
        factory: Callable[[JobHandle], Awaitable[T]],
        *,
        proofread_id: str | None = None,
        retryable: bool = True,
    ) -> asyncio.Task[T]:
        """Start a job now (needs a running event loop); the task of its first run."""
        job_id = f"job-{next(self._ids)}"
        job = Job(
            id=job_id,
            kind=kind,
            title=title,
            state=JobState.RUNNING,
            done=None,
            total=None,
            status_text="",
            error=None,
            started_at=self._clock(),
            finished_at=None,
            can_cancel=True,
            can_retry=False,
            proofread_id=proofread_id,
        )
        entry = _Entry(job=job, factory=factory, retryable=retryable)
        self._entries[job_id] = entry
        task: asyncio.Task[T] = self._start(entry)
        self._send(entry)
        return task

    def cancel(self, job_id: str) -> None:
        """Cancel the task behind a running job; nothing happens for a finished one."""
        entry = self._entries[job_id]
        if entry.task is not None and not entry.task.done():
            entry.task.cancel()

    def retry(self, job_id: str) -> None:
        """Run a failed or cancelled job's factory again under the same id (if can_retry)."""
        entry = self._entries[job_id]
        if not entry.job.can_retry or not entry.job.finished:
            logger.info("job %s cannot be retried now (%s)", job_id, entry.job.state.value)
            return
        entry.job = dataclasses.replace(
            entry.job,
            state=JobState.RUNNING,
            done=None,
            total=None,
            status_text="",
            error=None,
            started_at=self._clock(),
            finished_at=None,
            can_cancel=True,
            can_retry=False,
        )
        self._start(entry)
        self._send(entry)

    def clear_finished(self) -> None:
        """Forget every job that is no longer running (removed listeners are told)."""
        gone = [entry for entry in self._entries.values() if entry.job.finished]
        for entry in gone:
            del self._entries[entry.job.id]
            if entry.timer is not None:
                entry.timer.cancel()
        for entry in gone:
            for cb in list(self._removed_listeners):
                self._call(cb, entry.job)

    async def cancel_and_wait(self, job_ids: Iterable[str]) -> None:
        """Cancel these jobs and return once every one of them has finished."""
        tasks = []
        for job_id in job_ids:
            entry = self._entries.get(job_id)
            if entry is None or entry.task is None or entry.task.done():
                continue
            entry.task.cancel()
            tasks.append(entry.task)
        if tasks:
            await asyncio.wait(tasks)
            await asyncio.sleep(0)

    # -- internals --------------------------------------------------------------------------

    def _start(self, entry: _Entry) -> asyncio.Task[Any]:
        entry.run += 1
        handle = JobHandle(self, entry.job.id, entry.run)
        factory = entry.factory

        async def body() -> Any:
            return await factory(handle)

        self._loop = asyncio.get_running_loop()
        task = self._loop.create_task(body(), name=entry.job.id)
        entry.task = task
        run = entry.run
        task.add_done_callback(lambda t: self._finished(entry.job.id, run, t))
        return task

    def _finished(self, job_id: str, run: int, task: asyncio.Task[Any]) -> None:
        entry = self._entries.get(job_id)
        if task.cancelled():
            changes: dict[str, Any] = {"state": JobState.CANCELLED}
            can_retry = True
        elif (exc := task.exception()) is not None:
            sentence = error_sentence(exc)
            if isinstance(exc, HeyGenError | WorkflowError | LibraryError):
                logger.info("job %s failed: %s", job_id, sentence)
            else:
                logger.error("job %s failed unexpectedly", job_id, exc_info=exc)
            changes = {"state": JobState.FAILED, "error": sentence}
            can_retry = is_retryable(exc)
        else:
            changes = {"state": JobState.DONE}
            can_retry = False
        if entry is None or entry.run != run:
            return
        job = entry.job
        if changes["state"] is JobState.DONE and job.total is not None:
            changes["done"] = job.total
        entry.job = dataclasses.replace(
            job,
            **changes,
            finished_at=self._clock(),
            can_cancel=False,
            can_retry=can_retry and entry.retryable,
        )
        self._send(entry)

    def _live(self, job_id: str, run: int) -> _Entry | None:
        entry = self._entries.get(job_id)
        if entry is None or entry.run != run or entry.job.finished:
            return None
        return entry

    def _update(self, job_id: str, run: int, **changes: Any) -> None:
        loop = self._loop
        if loop is not None and not _in(loop):  # a worker thread: hop onto the loop
            loop.call_soon_threadsafe(functools.partial(self._update, job_id, run, **changes))
            return
        entry = self._live(job_id, run)
        if entry is None:
            return
        updated = dataclasses.replace(entry.job, **changes)
        if updated == entry.job:
            return
        entry.job = updated
        self._throttled(entry)

    def _set_retryable(self, job_id: str, run: int, retryable: bool) -> None:
        entry = self._live(job_id, run)
        if entry is not None:
            entry.retryable = retryable

    def _throttled(self, entry: _Entry) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._send(entry)
            return
        wait = entry.last_sent + self._interval - loop.time()
        if wait <= 0:
            self._send(entry)
        elif entry.timer is None:
            entry.timer = loop.call_later(wait, self._flush, entry.job.id)

    def _flush(self, job_id: str) -> None:
        entry = self._entries.get(job_id)
        if entry is not None:
            entry.timer = None
            self._send(entry)

    def _send(self, entry: _Entry) -> None:
        if entry.timer is not None:
            entry.timer.cancel()
            entry.timer = None
        try:
            entry.last_sent = asyncio.get_running_loop().time()
        except RuntimeError:
            entry.last_sent = float("-inf")
        for cb in list(self._listeners):
            self._call(cb, entry.job)

    @staticmethod
    def _call(cb: JobListener, job: Job) -> None:
        try:
            cb(job)
        except Exception:
            logger.exception("a job listener failed")
