"""What the user sees when something goes wrong: a sentence, a status, a clean cancel."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from proofreader.heygen import AuthenticationError, NotFoundError
from proofreader.library import SessionStatus, SourceKind, TransferState
from proofreader.workflow import JobCancelled, JobKind, JobState, NotReady
from tests.workflow.helpers import TALK, running_sandbox
from tests.workflow.test_service_helpers import service_on, until


async def test_a_wrong_key_is_a_sentence_from_calls_and_from_jobs(tmp_path: Path) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path, api_key="sk-not-the-right-one") as h:
            with pytest.raises(AuthenticationError, match="did not accept the API key"):
                await h.service.account()
            with pytest.raises(AuthenticationError):
                await h.service.start_proofreads(TALK, ["Spanish (Spain)"], "No key", None)
            assert h.board.jobs() == []  # refused before anything was uploaded

            # A session remembered from before, polled with the wrong key.
            project = h.store.add_project("Remembered", SourceKind.URL, sandbox.sample_video_url)
            h.store.add_session("pr-remembered", project.id, "French (France)")
            h.service.resume()
            (job,) = h.jobs(JobKind.PROCESS)
            final = await h.board.wait(job.id)
            assert final.state is JobState.FAILED
            assert final.error is not None and "did not accept the API key" in final.error
            assert "\n" not in final.error and final.can_retry
            assert h.status("pr-remembered") is SessionStatus.PROCESSING


async def test_an_expired_session_is_shown_as_expired(tmp_path: Path) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path) as h:
            (ready,) = await h.service.start_proofreads(
                sandbox.sample_video_url, ["Spanish (Spain)"], "Old", None
            )
            await h.until_status(ready, SessionStatus.READY)
            sandbox.faults.reset()
            sandbox.expire_proofread(ready)

            session = await h.service.refresh(ready)

            assert session.status is SessionStatus.EXPIRED
            assert h.events[-1].session is not None
            assert h.events[-1].session.status is SessionStatus.EXPIRED
            with pytest.raises(NotReady):
                await h.service.download_outputs(ready, tmp_path / "out")


async def test_a_session_that_expires_while_processing_ends_its_job(tmp_path: Path) -> None:
    with running_sandbox(proofread_delay_s=60.0) as sandbox:
        async with service_on(sandbox, tmp_path) as h:
            (pid,) = await h.service.start_proofreads(
                sandbox.sample_video_url, ["Spanish (Spain)"], "Slow", None
            )
            sandbox.expire_proofread(pid)
            (job,) = h.jobs(JobKind.PROCESS)
            final = await h.board.wait(job.id)

            assert h.status(pid) is SessionStatus.EXPIRED
            assert final.state is JobState.FAILED and not final.can_retry
            assert final.error is not None and "has expired" in final.error
            with pytest.raises(NotFoundError):
                await h.service.open_session_by_id("pr-that-never-was")


async def test_cancelling_an_upload_leaves_nothing_behind(tmp_path: Path) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path, chunk_size=64 << 10) as h:
            sandbox.faults.delay_s = 0.5  # the upload's answer comes late enough to cancel
            start = asyncio.ensure_future(
                h.service.start_proofreads(TALK, ["Spanish (Spain)"], "Cancelled", None)
            )
            await until(lambda: any(j.done for j in h.jobs(JobKind.UPLOAD)))
            (upload,) = h.jobs(JobKind.UPLOAD)
            assert upload.can_cancel
            h.board.cancel(upload.id)

            with pytest.raises(JobCancelled, match=r"Uploading talk\.mp4"):
                await start
            job = h.board.get(upload.id)
            assert job.state is JobState.CANCELLED and job.can_retry and not job.can_cancel
            (transfer,) = h.store.list_transfers()
            assert transfer.state is TransferState.CANCELLED
            assert h.store.list_projects() == []
            leftovers = [
                p
                for p in tmp_path.rglob("*")
                if p.is_file() and not p.name.startswith(("library", "action-keys"))
            ]
            assert leftovers == []
        assert sandbox.created_counts()["proofreads"] == 0
