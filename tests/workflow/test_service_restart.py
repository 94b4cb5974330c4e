"""Closing the app mid-way and starting it again on the same library: work carries on."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from proofreader.heygen import RetryPolicy
from proofreader.library import SessionStatus, TransferKind, TransferState
from proofreader.sandbox import SandboxServer
from proofreader.workflow import GenerateOptions, JobCancelled, JobKind, JobState, OutcomeUnknown
from tests.workflow.helpers import LANGUAGES, TALK, running_sandbox, sha256_of
from tests.workflow.test_service_helpers import Harness, service_on, until


async def test_sessions_processing_at_close_are_followed_after_a_restart(tmp_path: Path) -> None:
    with running_sandbox(proofread_delay_s=2.0) as sandbox:
        async with service_on(sandbox, tmp_path) as first:
            ids = await first.service.start_proofreads(
                sandbox.sample_video_url, LANGUAGES, "Restart", None
            )
        assert {job.state for job in first.jobs(JobKind.PROCESS)} == {JobState.CANCELLED}
        assert not first.notices

        async with service_on(sandbox, tmp_path) as second:
            assert {second.status(pid) for pid in ids} == {SessionStatus.PROCESSING}
            second.service.resume()
            assert len(second.jobs(JobKind.PROCESS)) == 2
            for proofread_id in ids:
                await second.until_status(proofread_id, SessionStatus.READY)
            assert sorted(n.proofread_id or "" for n in second.notices) == sorted(ids)
        assert sandbox.created_counts()["proofreads"] == 2


async def test_an_upload_interrupted_by_closing_restarts_and_creates_the_sessions(
    tmp_path: Path,
) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path, chunk_size=64 << 10) as first:
            sandbox.faults.delay_s = 1.0  # the upload's answer is still to come at close
            start = asyncio.ensure_future(
                first.service.start_proofreads(TALK, ["Spanish (Spain)"], "Big upload", None)
            )
            await until(lambda: any(j.done for j in first.jobs(JobKind.UPLOAD)))
            await first.service.close()
            with pytest.raises(JobCancelled, match="was cancelled"):
                await start
            (transfer,) = first.store.unfinished_transfers()
            assert transfer.kind is TransferKind.UPLOAD
        sandbox.faults.delay_s = 0.0
        assert sandbox.created_counts()["proofreads"] == 0

        async with service_on(sandbox, tmp_path) as second:
            second.service.resume()
            await until(lambda: bool(second.store.list_projects()))
            (project,) = second.store.list_projects()
            (session,) = project.sessions
            assert project.project.title == "Big upload"
            await second.until_status(session.proofread_id, SessionStatus.READY)
            (upload,) = second.jobs(JobKind.UPLOAD)
            assert upload.state is JobState.DONE
            assert second.store.unfinished_transfers() == []
            assert not list((tmp_path / "cache" / "pending").iterdir())
        assert sandbox.created_counts()["proofreads"] == 1


async def test_a_download_interrupted_by_closing_resumes_with_a_range_request(
    tmp_path: Path,
) -> None:
    with running_sandbox() as sandbox:
        slow_resume = RetryPolicy(max_retries=3, base_delay_s=60.0, max_delay_s=60.0)
        async with service_on(sandbox, tmp_path, download_retry=slow_resume) as first:
            folder = tmp_path / "out"
            video = folder / "Resume_Spanish (Spain).mp4"
            partial = folder / ".Resume_Spanish (Spain).mp4.part"
            proofread_id, downloading = await _download_cut_short(first, sandbox, "Resume", folder)
            await first.service.close()
            with pytest.raises(JobCancelled):
                await downloading
            assert not video.exists()
            unfinished = {t.dest: t for t in first.store.unfinished_transfers()}
            transfer = unfinished[str(video)]
            assert transfer.bytes_done == 300_000

        async with service_on(sandbox, tmp_path) as second:
            second.service.resume()
            jobs = second.jobs(JobKind.DOWNLOAD)
            assert len(jobs) == len(unfinished)
            for job in jobs:
                final = await second.board.wait(job.id)
                assert final.state is JobState.DONE, final.error
            assert sha256_of(video) == sha256_of(TALK)
            assert not partial.exists()
            ranges = [r.headers.get("range") for r in sandbox.requests if r.method == "GET"]
            assert "bytes=300000-" in ranges
            assert second.store.unfinished_transfers() == []
            done = second.store.get_transfer(transfer.id)
            assert done is not None and done.state is TransferState.DONE
            render_id = second.session(proofread_id).video_translation_id or ""
            outputs = second.store.get_outputs(render_id)
            assert outputs is not None and video in outputs.files


async def test_downloading_again_while_a_download_runs_does_not_start_a_second_writer(
    tmp_path: Path,
) -> None:
    """A second click (or a download resumed after a restart) on the same output must join
    the running download, not write the same .part file from a second job."""
    with running_sandbox() as sandbox:
        slow_resume = RetryPolicy(max_retries=3, base_delay_s=60.0, max_delay_s=60.0)
        async with service_on(sandbox, tmp_path, download_retry=slow_resume) as app:
            folder = tmp_path / "out"
            proofread_id, first = await _download_cut_short(app, sandbox, "Twice", folder)
            render_id = app.session(proofread_id).video_translation_id or ""

            def lookups() -> int:  # the render asked for, as each download request begins
                return sum(1 for r in sandbox.requests if r.path.endswith(render_id))

            asked = lookups()
            second = asyncio.ensure_future(app.service.download_outputs(proofread_id, folder))
            await until(lambda: lookups() > asked)
            for _ in range(20):  # the answer reaches the service, which sets up its downloads
                await asyncio.sleep(0.01)
            dests = [t.dest for t in app.store.unfinished_transfers()]
            assert str(folder / "Twice_Spanish (Spain).mp4") in dests
            assert len(dests) == len(set(dests))  # one unfinished transfer per file
            running = [job.title for job in app.jobs(JobKind.DOWNLOAD) if not job.finished]
            assert running.count("Downloading Twice_Spanish (Spain).mp4") == 1  # joined
            assert len(running) == len(set(running))
            await app.service.close()
            for waiting in (first, second):
                with pytest.raises(JobCancelled):
                    await waiting


async def _download_cut_short(
    app: Harness, sandbox: SandboxServer, title: str, folder: Path
) -> tuple[str, asyncio.Future[list[Path]]]:
    """A rendered session whose video download is cut after 300,000 bytes and then waits a
    minute (the harness's slow retry) before resuming: (proofread id, the download)."""
    (proofread_id,) = await app.service.start_proofreads(
        sandbox.sample_video_url, ["Spanish (Spain)"], title, None
    )
    await app.until_status(proofread_id, SessionStatus.READY)
    await app.service.generate(proofread_id, GenerateOptions())
    await app.until_status(proofread_id, SessionStatus.DONE)
    sandbox.faults.drop_download_after_bytes = 300_000
    sandbox.faults.drop_download_times = 1
    partial = folder / f".{title}_Spanish (Spain).mp4.part"
    downloading = asyncio.ensure_future(app.service.download_outputs(proofread_id, folder))
    await until(lambda: partial.exists() and partial.stat().st_size == 300_000)
    return proofread_id, downloading


async def test_generate_again_after_a_failed_render_starts_a_new_render(tmp_path: Path) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path) as h:
            [pid] = await h.service.start_proofreads(
                sandbox.sample_video_url, ["Spanish (Spain)"], "Again", None
            )
            await h.until_status(pid, SessionStatus.READY)
            first = await h.service.generate(pid, GenerateOptions(captions=True))
            sandbox.fail_render(first, "The render failed on HeyGen's side")
            await h.until_status(pid, SessionStatus.FAILED)
            again = await h.service.generate(pid, GenerateOptions(captions=True))
            assert again != first
            await h.until_status(pid, SessionStatus.DONE)
        assert sandbox.created_counts()["generates"] == 2


async def test_a_generate_with_a_lost_answer_is_repeated_with_its_key_after_a_restart(
    tmp_path: Path,
) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path) as first:
            [pid] = await first.service.start_proofreads(
                sandbox.sample_video_url, ["Spanish (Spain)"], "Lost", None
            )
            await first.until_status(pid, SessionStatus.READY)
            sandbox.faults.drop_after_create_next = 1
            with pytest.raises(OutcomeUnknown):
                await first.service.generate(pid, None)
        async with service_on(sandbox, tmp_path) as second:  # the app started again
            render = await second.service.generate(pid, None)
            await second.until_status(pid, SessionStatus.DONE)
            assert second.session(pid).video_translation_id == render
        assert sandbox.created_counts()["generates"] == 1
