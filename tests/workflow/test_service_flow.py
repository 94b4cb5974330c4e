"""The whole workflow through ProofreadService, as the window drives it, over real HTTP."""

from __future__ import annotations

import hashlib
from pathlib import Path

from proofreader.heygen import Mode, ProofreadOptions
from proofreader.library import SessionStatus
from proofreader.subtitles.srt_io import read_subtitle_file
from proofreader.workflow import GenerateOptions, JobKind, JobState
from tests.workflow.helpers import LANGUAGES, TALK, edit_srt, running_sandbox, sha256_of
from tests.workflow.test_service_helpers import service_on, until


async def test_a_local_video_goes_from_upload_to_downloaded_render(tmp_path: Path) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path) as h:
            service = h.service
            ids = await service.start_proofreads(
                TALK, LANGUAGES, "Talk", ProofreadOptions(mode=Mode.PRECISION)
            )

            # The sessions are in the library at once, one per language, still processing.
            added = [e for e in h.events if e.kind == "added"]
            assert [e.proofread_id for e in added] == ids
            assert [e.session.language for e in added if e.session] == list(LANGUAGES)
            assert all(e.session and e.session.status is SessionStatus.PROCESSING for e in added)
            (project,) = h.store.list_projects()
            assert project.project.title == "Talk"
            assert project.project.asset_id
            assert project.project.source_ref == str(TALK)

            (upload,) = h.jobs(JobKind.UPLOAD)
            size = TALK.stat().st_size
            assert (upload.state, upload.done, upload.total) == (JobState.DONE, size, size)
            (transfer,) = h.store.list_transfers()
            assert (transfer.kind.value, transfer.state.value) == ("upload", "done")
            assert (transfer.bytes_done, transfer.total) == (size, size)

            for proofread_id in ids:
                await h.until_status(proofread_id, SessionStatus.READY)
            await until(lambda: all(j.finished for j in h.jobs(JobKind.PROCESS)))
            assert {j.state for j in h.jobs(JobKind.PROCESS)} == {JobState.DONE}
            ready = [n for n in h.notices if n.kind == "ready"]
            assert sorted(n.proofread_id or "" for n in ready) == sorted(ids)
            assert "Talk" in ready[0].message

            spanish = ids[0]
            files = await service.open_for_review(spanish)
            assert files.translated.parent == tmp_path / "cache" / spanish
            assert files.original is None, "created without an SRT: HeyGen gives no original"
            for path in (files.translated, files.machine):
                assert read_subtitle_file(path).cues, path
            assert files.machine.read_bytes() == files.translated.read_bytes()
            assert h.session(spanish).translated_srt_path == files.translated

            service.mark_editing(spanish)
            assert h.status(spanish) is SessionStatus.EDITING
            edited = edit_srt(files.translated)
            session = await service.upload_corrections(spanish, files.translated)
            assert session.status is SessionStatus.UPLOADED
            assert files.translated.read_bytes() == edited  # the local copy is kept
            assert files.machine.read_bytes() != edited  # the machine text is not touched
            (push,) = h.jobs(JobKind.PUSH)
            assert push.state is JobState.DONE

            render_id = await service.generate(spanish, GenerateOptions(captions=True))
            assert h.session(spanish).video_translation_id == render_id
            done = await h.until_status(spanish, SessionStatus.DONE)
            assert done.render_status == "completed"
            assert [n.kind for n in h.notices if n.proofread_id == spanish][-1] == "rendered"

            paths = await service.download_outputs(spanish, tmp_path / "out")
            by_suffix = {path.suffix: path for path in paths}
            assert set(by_suffix) == {".srt", ".vtt", ".m4a", ".mp4"}
            assert sha256_of(by_suffix[".srt"]) == hashlib.sha256(edited).hexdigest()
            assert sha256_of(by_suffix[".mp4"]) == sha256_of(TALK)
            assert not list((tmp_path / "out").glob(".*.part"))
            outputs = h.store.get_outputs(render_id)
            assert outputs is not None and set(outputs.files) == set(paths)
            assert outputs.proofread_id == spanish
            assert all(j.state is JobState.DONE for j in h.jobs(JobKind.DOWNLOAD))

            counts = sandbox.created_counts()
            assert (counts["proofreads"], counts["generates"]) == (2, 1)

            # Reopening works from the cache, without asking the service anything.
            before = len(sandbox.requests)
            again = await service.open_for_review(spanish)
            assert again == files
            assert len(sandbox.requests) == before


async def test_corrections_fall_back_to_a_direct_upload_when_srt_assets_are_refused(
    tmp_path: Path,
) -> None:
    with running_sandbox(refuse_srt_assets=True) as sandbox:
        async with service_on(sandbox, tmp_path) as h:
            (proofread_id,) = await h.service.start_proofreads(
                sandbox.sample_video_url, ["German (Germany)"], "Refused", None
            )
            assert sandbox.created_counts()["assets"] == 0  # a URL is passed through
            await h.until_status(proofread_id, SessionStatus.READY)
            files = await h.service.open_for_review(proofread_id)
            edited = edit_srt(files.translated)

            session = await h.service.upload_corrections(proofread_id, files.translated)

            assert session.status is SessionStatus.UPLOADED
            (push,) = h.jobs(JobKind.PUSH)
            assert push.status_text == "Uploaded by direct upload"
            render_id = await h.service.generate(proofread_id, GenerateOptions(captions=True))
            await h.until_status(proofread_id, SessionStatus.DONE)
            paths = await h.service.download_outputs(proofread_id, tmp_path / "out")
            caption = next(p for p in paths if p.suffix == ".srt")
            assert caption.read_bytes() == edited
            assert h.session(proofread_id).video_translation_id == render_id


async def test_a_session_made_elsewhere_is_opened_by_its_id_and_followed(tmp_path: Path) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path / "one") as elsewhere:
            (made,) = await elsewhere.service.start_proofreads(
                sandbox.sample_video_url, ["French (France)"], "Made elsewhere", None
            )
        async with service_on(sandbox, tmp_path / "two") as h:
            session = await h.service.open_session_by_id(f"  {made} ")
            assert session.language == "French (France)"
            assert [e.kind for e in h.events][:1] == ["added"]
            (project,) = h.store.list_projects()
            assert project.project.title == "Made elsewhere"
            await h.until_status(made, SessionStatus.READY)

            h.service.remove(made)
            assert h.store.list_projects() == []
            assert h.events[-1].kind == "removed"
            assert not (h.cache_dir / made).exists()
