"""The translations browser's service: create directly, follow, list by page, rename, delete."""

from __future__ import annotations

from pathlib import Path

from proofreader.heygen import TranslationOptions
from proofreader.workflow import JobKind, JobState
from tests.workflow.helpers import LANGUAGES, running_sandbox, sha256_of
from tests.workflow.test_service_helpers import service_on, until


async def test_direct_translations_are_followed_listed_renamed_downloaded_and_deleted(
    tmp_path: Path,
) -> None:
    with running_sandbox() as sandbox:
        async with service_on(sandbox, tmp_path) as h:
            translations = h.service.translations
            ids = await translations.create(
                sandbox.sample_video_url,
                LANGUAGES,
                TranslationOptions(title="Direct", enable_caption=True),
            )
            assert len(ids) == 2
            renders = h.jobs(JobKind.RENDER)
            assert len(renders) == 2
            for job in renders:
                assert (await h.board.wait(job.id)).state is JobState.DONE
            await until(lambda: len([n for n in h.notices if n.kind == "rendered"]) == 2)
            assert {n.video_translation_id for n in h.notices} == set(ids)
            assert all(n.proofread_id is None and "'Direct'" in n.message for n in h.notices)

            pages = [page async for page in translations.pages(page_size=1)]
            assert len(pages) == 2
            assert [item.id for page in pages for item in page.items] == ids[::-1]

            renamed = await translations.rename(ids[0], "  Renamed  ")
            assert renamed.title == "Renamed"
            assert (await translations.get(ids[0])).title == "Renamed"

            paths = await translations.download_outputs(ids[0], tmp_path / "out")
            assert {p.suffix for p in paths} >= {".mp4", ".srt"}
            video = next(p for p in paths if p.suffix == ".mp4")
            assert video.name.startswith("Renamed_")
            assert sha256_of(video)
            outputs = h.store.get_outputs(ids[0])
            assert outputs is not None and outputs.proofread_id is None

            await translations.delete(ids[1])
            remaining = [item.id async for page in translations.pages() for item in page.items]
            assert remaining == [ids[0]]
        assert sandbox.created_counts()["video_translations"] == 2
