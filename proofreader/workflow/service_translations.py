"""The translations browser's service: list page by page, rename, delete, download, create.

Direct translations (no proofread) are created in one job (uploading local media first) and
each resulting render is followed by its own RENDER job, with a notice when it ends. Renders
of direct translations are not in the library, so after a restart they are found again in
the list rather than followed by a job.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from proofreader.heygen import TranslationOptions, TranslationPage, VideoTranslation
from proofreader.workflow.errors import InputError, JobFailed
from proofreader.workflow.jobs import JobHandle, JobKind
from proofreader.workflow.proofreads import check_languages
from proofreader.workflow.renders import create_translations
from proofreader.workflow.service_core import ServiceCore
from proofreader.workflow.service_events import Notice
from proofreader.workflow.service_outputs import OutputDownloads
from proofreader.workflow.service_start import parse_source
from proofreader.workflow.service_tracking import SessionTracker
from proofreader.workflow.sources import MediaSource

DEFAULT_PAGE_SIZE = 50


class TranslationsService:
    """All video translations of the account. Get it as `ProofreadService.translations`."""

    def __init__(self, core: ServiceCore, outputs: OutputDownloads, tracker: SessionTracker):
        self._core = core
        self._outputs = outputs
        self._tracker = tracker
        self._following: dict[str, asyncio.Task[Any]] = {}

    async def page(
        self, token: str | None = None, *, limit: int = DEFAULT_PAGE_SIZE
    ) -> TranslationPage:
        """One page, newest first; pass the previous page's `next_token` for the next."""
        return await self._core.client.list_translations(limit=limit, token=token)

    async def pages(self, *, page_size: int = DEFAULT_PAGE_SIZE) -> AsyncIterator[TranslationPage]:
        """Page after page while the service says there are more (call anext() on scroll)."""
        token: str | None = None
        seen: set[str] = set()
        while True:
            page = await self.page(token, limit=page_size)
            yield page
            if not page.has_more or not page.next_token or page.next_token in seen:
                return
            seen.add(page.next_token)
            token = page.next_token

    async def get(self, translation_id: str) -> VideoTranslation:
        return await self._core.client.get_translation(translation_id)

    async def rename(self, translation_id: str, title: str) -> VideoTranslation:
        if not title.strip():
            raise InputError("Give the translation a title; it cannot be empty.")
        return await self._core.client.rename_translation(translation_id, title.strip())

    async def delete(self, translation_id: str) -> None:
        """Delete it on the service, permanently (the window asks for confirmation first)."""
        await self._core.client.delete_translation(translation_id)
        task = self._following.pop(translation_id, None)
        if task is not None and not task.done():
            task.cancel()

    async def download_outputs(self, translation_id: str, folder: Path) -> list[Path]:
        """Its video, audio and captions into `folder`, one DOWNLOAD job per file."""
        return await self._outputs.download(
            translation_id, Path(folder), proofread_id=self._session_of(translation_id)
        )

    async def create(
        self,
        source: str | Path | MediaSource,
        languages: Sequence[str],
        options: TranslationOptions | None = None,
        *,
        srt: str | Path | MediaSource | None = None,
        audio: str | Path | MediaSource | None = None,
    ) -> list[str]:
        """Start direct translations (one per language; they cost credit); their ids.

        Local files (video, SRT, audio) are uploaded first, in the same job. Each render is
        then followed by a RENDER job.
        """
        core = self._core
        video = parse_source(source)
        srt_source = None if srt is None else parse_source(srt, "SRT")
        audio_source = None if audio is None else parse_source(audio, "audio")
        names = await check_languages(core.client, languages)
        chosen = options or TranslationOptions()
        label = chosen.title or video.label

        async def job(handle: JobHandle) -> list[str]:
            handle.status("Uploading" if video.kind == "file" else "Starting")
            created = await create_translations(
                core.client,
                video,
                names,
                chosen,
                srt=srt_source,
                audio=audio_source,
                progress=handle.progress,
                keys=core.keys,
            )
            ids = list(created.video_translation_ids)
            for translation_id in ids:
                self.follow(translation_id, label)
            handle.status(f"Started {len(ids)} translation{'s' if len(ids) != 1 else ''}")
            return ids

        local = any(s is not None and s.kind == "file" for s in (video, srt_source, audio_source))
        kind = JobKind.UPLOAD if local else JobKind.OTHER
        title = f"Uploading {video.label} for a translation" if local else f"Translating {label}"
        return await core.result(core.run(kind, title, job))

    def follow(self, translation_id: str, title: str | None = None) -> None:
        """A RENDER job polling a translation until it is finished (one per translation)."""
        running = self._following.get(translation_id)
        if running is not None and not running.done():
            return
        core = self._core
        name = f"'{title}'" if title else translation_id

        async def job(handle: JobHandle) -> VideoTranslation:
            try:
                final = await self._tracker.follow_render(handle, None, translation_id)
            except JobFailed as exc:
                reason = exc.failure_message or "HeyGen gave no reason"
                message = f"The translation {name} failed: {reason}"
                core.notices.emit(Notice("Render failed", message, None, "failed", translation_id))
                raise
            language = f" ({final.output_language})" if final.output_language else ""
            core.notices.emit(
                Notice(
                    "Render finished",
                    f"The translation {name}{language} is finished.",
                    None,
                    "rendered",
                    translation_id,
                )
            )
            return final

        self._following[translation_id] = core.run(JobKind.RENDER, f"Rendering {name}", job)

    def _session_of(self, translation_id: str) -> str | None:
        """The library session whose render this is, if any (its outputs are linked to it)."""
        for project in self._core.store.list_projects():
            for session in project.sessions:
                if session.video_translation_id == translation_id:
                    return session.proofread_id
        return None
