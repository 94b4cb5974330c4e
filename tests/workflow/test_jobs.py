"""The job board: what the jobs panel shows, how cancel and retry behave, and throttling."""

from __future__ import annotations

import asyncio
import threading

import pytest

from proofreader.heygen import ServerError
from proofreader.workflow import (
    Job,
    JobBoard,
    JobHandle,
    JobKind,
    JobState,
    OutcomeUnknown,
    error_sentence,
)
from tests.workflow.test_service_helpers import until


def recording(board: JobBoard) -> list[Job]:
    seen: list[Job] = []
    board.add_listener(seen.append)
    return seen


async def test_a_job_reports_its_progress_and_ends_done() -> None:
    board = JobBoard(clock=lambda: 100.0)
    seen = recording(board)
    go = asyncio.Event()

    async def work(handle: JobHandle) -> str:
        handle.status("Uploading")
        handle.progress(5, 10)
        await go.wait()
        return "asset-1"

    task = board.run(JobKind.UPLOAD, "Uploading talk.mp4", work, proofread_id="pr-1")
    job_id = task.get_name()
    await until(lambda: board.get(job_id).done == 5)
    running = board.get(job_id)
    assert (running.state, running.status_text) == (JobState.RUNNING, "Uploading")
    assert running.total == 10
    assert running.can_cancel and not running.can_retry and running.fraction == 0.5
    go.set()
    assert await task == "asset-1"
    final = board.get(job_id)
    assert (final.state, final.done, final.finished_at) == (JobState.DONE, 10, 100.0)
    assert not final.can_cancel and not final.can_retry
    assert seen[0].state is JobState.RUNNING and seen[-1] == final
    assert board.jobs_for("pr-1") == [final]


async def test_progress_is_throttled_but_the_last_value_arrives() -> None:
    board = JobBoard()
    seen = recording(board)
    go = asyncio.Event()

    async def work(handle: JobHandle) -> None:
        for done in range(1, 1001):
            handle.progress(done, 1000)
        await go.wait()

    task = board.run(JobKind.DOWNLOAD, "Downloading", work)
    await until(lambda: bool(seen) and seen[-1].done == 1000)
    assert len(seen) <= 4  # added, first progress, the trailing one (not 1000)
    go.set()
    await task


async def test_a_failure_is_one_sentence_and_can_be_retried() -> None:
    board = JobBoard()
    attempts: list[int] = []

    async def work(handle: JobHandle) -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise ServerError(status=503)
        return len(attempts)

    task = board.run(JobKind.PROCESS, "Processing", work)
    with pytest.raises(ServerError):
        await task
    job_id = task.get_name()
    failed = board.get(job_id)
    assert failed.state is JobState.FAILED and failed.can_retry
    assert failed.error == "HeyGen had a server error (HTTP 503): try again in a few minutes."

    board.retry(job_id)
    final = await board.wait(job_id)
    assert (final.state, final.error, final.id) == (JobState.DONE, None, job_id)
    assert board.task(job_id) is not task and len(attempts) == 2


async def test_unknown_outcomes_and_bugs_are_not_retried_blindly_nor_shown_as_tracebacks() -> None:
    board = JobBoard()

    async def lost_create(handle: JobHandle) -> None:
        try:
            raise ServerError(status=502)
        except ServerError as exc:
            raise OutcomeUnknown("proofread create", "HeyGen answered", "key") from exc

    async def bug(handle: JobHandle) -> None:
        raise ZeroDivisionError("division by zero")

    for factory in (lost_create, bug):
        task = board.run(JobKind.OTHER, "Create", factory)
        await asyncio.wait({task})
    unknown, crashed = board.jobs()
    assert unknown.error is not None and "same Idempotency-Key" in unknown.error
    assert not unknown.can_retry
    board.retry(unknown.id)  # refused quietly: the panel greys the button out
    assert board.get(unknown.id).state is JobState.FAILED
    assert crashed.error == error_sentence(ZeroDivisionError())
    assert "Traceback" not in crashed.error and "ZeroDivisionError" in crashed.error


async def test_cancel_clear_and_listeners_that_fail() -> None:
    board = JobBoard()
    removed: list[Job] = []
    board.add_removed_listener(removed.append)

    def broken(job: Job) -> None:
        raise RuntimeError("a listener bug")

    board.add_listener(broken)
    started = asyncio.Event()

    async def forever(handle: JobHandle) -> None:
        started.set()
        await asyncio.Event().wait()

    task = board.run(JobKind.RENDER, "Rendering", forever, retryable=False)
    await started.wait()
    board.cancel(task.get_name())
    await board.cancel_and_wait([task.get_name()])
    cancelled = board.get(task.get_name())
    assert cancelled.state is JobState.CANCELLED and not cancelled.can_retry
    assert task.cancelled()

    board.clear_finished()
    assert board.jobs() == [] and removed == [cancelled]
    board.remove_listener(broken)


async def test_progress_from_a_worker_thread_reaches_listeners_on_the_loop_thread() -> None:
    board = JobBoard()
    threads: list[int] = []
    board.add_listener(lambda job: threads.append(threading.get_ident()))

    async def work(handle: JobHandle) -> None:
        await asyncio.to_thread(handle.progress, 3, 4)

    task = board.run(JobKind.UPLOAD, "Hashing", work)
    await task
    await until(lambda: board.get(task.get_name()).done == 4)
    assert set(threads) == {threading.get_ident()}
