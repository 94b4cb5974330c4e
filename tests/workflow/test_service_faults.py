"""The service against a flaky sandbox: it completes, and nothing is created twice."""

from __future__ import annotations

import hashlib
from pathlib import Path

from proofreader.heygen import RetryPolicy
from proofreader.library import SessionStatus
from proofreader.workflow import GenerateOptions, JobKind, JobState
from tests.workflow.helpers import LANGUAGES, TALK, as_a_user, edit_srt, running_sandbox, sha256_of
from tests.workflow.test_service_helpers import service_on


async def test_the_flow_completes_through_faults_and_pays_once(tmp_path: Path) -> None:
    with running_sandbox() as sandbox:
        faults = sandbox.faults
        async with service_on(sandbox, tmp_path) as h:
            service = h.service
            faults.seed = 7
            faults.error_rate = 0.2
            faults.rate_limit_next = 2
            faults.retry_after_s = 0.01

            ids = await as_a_user(lambda: service.start_proofreads(TALK, LANGUAGES, "Flaky", None))
            faults.drop_next = 1  # the next request is a status GET
            for proofread_id in ids:
                await h.until_status(proofread_id, SessionStatus.READY)

            spanish = ids[0]
            files = await as_a_user(lambda: service.open_for_review(spanish))
            edited = edit_srt(files.translated)
            await as_a_user(lambda: service.upload_corrections(spanish, files.translated))
            faults.drop_after_create_next = 1  # the first generate's answer is lost
            await as_a_user(lambda: service.generate(spanish, GenerateOptions(captions=True)))
            faults.drop_next = 1
            await h.until_status(spanish, SessionStatus.DONE)

            faults.drop_download_after_bytes = 300_000
            faults.drop_download_times = 2
            paths = await as_a_user(lambda: service.download_outputs(spanish, tmp_path / "out"))

        by_suffix = {path.suffix: path for path in paths}
        assert sha256_of(by_suffix[".srt"]) == hashlib.sha256(edited).hexdigest()
        assert sha256_of(by_suffix[".mp4"]) == sha256_of(TALK)
        counts = sandbox.created_counts()
        assert (counts["proofreads"], counts["generates"]) == (len(LANGUAGES), 1)
        assert faults.drop_after_create_next == 0, "the lost generate answer did not happen"
        assert faults.drop_download_times == 0, "the cut downloads did not happen"
        errors = [job.error for job in h.board.jobs() if job.error]
        assert errors, "no fault reached a job: the test proves nothing"
        assert not any("Traceback" in e or "\n" in e for e in errors)
        unknown = [j for j in h.board.jobs() if j.error and "may have been created" in j.error]
        assert all(not job.can_retry for job in unknown)
        assert any("same Idempotency-Key" in job.error for job in unknown if job.error)


async def test_a_failed_download_job_is_retried_and_continues_where_it_stopped(
    tmp_path: Path,
) -> None:
    with running_sandbox() as sandbox:
        no_resume = RetryPolicy(max_retries=0)
        async with service_on(sandbox, tmp_path, download_retry=no_resume) as h:
            (proofread_id,) = await h.service.start_proofreads(
                sandbox.sample_video_url, ["Spanish (Spain)"], "Cut", None
            )
            await h.until_status(proofread_id, SessionStatus.READY)
            await h.service.generate(proofread_id, GenerateOptions(captions=True))
            await h.until_status(proofread_id, SessionStatus.DONE)

            sandbox.faults.drop_download_after_bytes = 400_000
            sandbox.faults.drop_download_times = 1  # only the video is longer than that
            try:
                await h.service.download_outputs(proofread_id, tmp_path / "out")
            except Exception as exc:
                assert "Could not reach HeyGen" in str(exc) or "connection" in str(exc).lower()
            else:
                raise AssertionError("the cut download did not fail")
            (failed,) = [j for j in h.jobs(JobKind.DOWNLOAD) if j.state is JobState.FAILED]
            assert failed.can_retry and failed.error and failed.title.endswith(".mp4")

            h.board.retry(failed.id)
            final = await h.board.wait(failed.id)

            assert final.state is JobState.DONE, final.error
            video = tmp_path / "out" / "Cut_Spanish (Spain).mp4"
            assert sha256_of(video) == sha256_of(TALK)
            ranges = [r.headers.get("range") for r in sandbox.requests if r.method == "GET"]
            assert "bytes=400000-" in ranges
            outputs = h.store.get_outputs(h.session(proofread_id).video_translation_id or "")
            assert outputs is not None and video in outputs.files and len(outputs.files) == 4
