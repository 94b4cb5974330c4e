"""The review round trip: fetch the SRT files once, upload corrections, start the render.

A session's files live in `cache_dir/<id>/`: the working copy the editor opens
(`<title>_proofread.srt`), the source transcript (`<title>_proofread_original.srt`) and
`machine.srt`, the translation exactly as the service made it, never overwritten, so the
editor can always show the machine text beside the corrections. Reopening uses the cached
files without the network.
"""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from proofreader.heygen import GenerateResult, NotFoundError, VideoTranslation
from proofreader.library import Session, SessionStatus
from proofreader.workflow.errors import WorkflowError
from proofreader.workflow.jobs import JobHandle, JobKind
from proofreader.workflow.naming import proofread_srt_names
from proofreader.workflow.proofreads import pull_srts
from proofreader.workflow.push import push_srt
from proofreader.workflow.renders import GenerateOptions, render_action
from proofreader.workflow.renders import generate as start_render
from proofreader.workflow.service_core import ServiceCore
from proofreader.workflow.service_tracking import SessionTracker

MACHINE_NAME = "machine.srt"
_EDITABLE = frozenset(
    {SessionStatus.READY, SessionStatus.EDITING, SessionStatus.UPLOADED, SessionStatus.DONE}
)


@dataclass(frozen=True)
class ReviewFiles:
    """The cached files of a session: `translated` is the working copy the editor opens."""

    translated: Path
    original: Path | None
    machine: Path


def cached_files(session: Session) -> ReviewFiles | None:
    """The files downloaded earlier, for opening without a connection."""
    translated = session.translated_srt_path
    if translated is None or not translated.is_file():
        return None
    machine = translated.parent / MACHINE_NAME
    original = session.original_srt_path
    return ReviewFiles(
        translated,
        original if original is not None and original.is_file() else None,
        machine if machine.is_file() else translated,
    )


class ReviewFlow:
    """open_for_review, mark_editing, upload_corrections and generate."""

    def __init__(self, core: ServiceCore, tracker: SessionTracker) -> None:
        self._core = core
        self._tracker = tracker

    def paths(self, session: Session) -> tuple[Path, Path, Path]:
        """(translated, original, machine) in the session's cache folder."""
        project = self._core.store.get_project(session.project_id)
        title = project.title if project is not None else None
        translated, original = proofread_srt_names(title, session.proofread_id)
        folder = self._core.session_folder(session.proofread_id)
        return folder / translated, folder / original, folder / MACHINE_NAME

    async def open_for_review(self, proofread_id: str) -> ReviewFiles:
        core = self._core
        session = core.session(proofread_id)
        translated, original, machine = self.paths(session)
        if machine.exists():
            if not translated.exists():
                await asyncio.to_thread(shutil.copyfile, machine, translated)
            return self._remember(proofread_id, translated, original, machine)

        async def job(handle: JobHandle) -> ReviewFiles:
            handle.status("Downloading the subtitles")
            await asyncio.to_thread(machine.parent.mkdir, parents=True, exist_ok=True)
            try:
                pulled = await pull_srts(
                    core.client,
                    proofread_id,
                    out=machine,
                    original=original,
                    progress=handle.progress,
                )
            except NotFoundError:
                raise self._tracker.mark_expired(proofread_id) from None
            self._tracker.apply_proofread(pulled.proofread)
            if not translated.exists():
                await asyncio.to_thread(shutil.copyfile, machine, translated)
            handle.status("Downloaded")
            return self._remember(proofread_id, translated, original, machine)

        task = core.run(
            JobKind.DOWNLOAD,
            f"Downloading the subtitles of {core.label(session)}",
            job,
            proofread_id=proofread_id,
        )
        return await core.result(task)

    def _remember(
        self, proofread_id: str, translated: Path, original: Path, machine: Path
    ) -> ReviewFiles:
        files = ReviewFiles(translated, original if original.exists() else None, machine)
        session = self._core.session(proofread_id)
        if (session.translated_srt_path, session.original_srt_path) != (
            files.translated,
            files.original,
        ):
            self._core.store.set_session_srt_paths(proofread_id, files.translated, files.original)
            self._core.emit(proofread_id)
        return files

    def mark_editing(self, proofread_id: str) -> None:
        """The editor has the session open with changes (ready/uploaded/done → editing)."""
        core = self._core
        session = core.session(proofread_id)
        editable = session.status in _EDITABLE or (
            session.status is SessionStatus.FAILED and session.video_translation_id is not None
        )
        if editable:
            core.set_status(proofread_id, SessionStatus.EDITING)

    async def upload_corrections(self, proofread_id: str, srt_path: Path) -> Session:
        core = self._core
        session = core.session(proofread_id)
        source = Path(srt_path)
        translated, original, machine = self.paths(session)

        async def job(handle: JobHandle) -> Session:
            handle.status("Checking and uploading")
            try:
                result = await push_srt(core.client, proofread_id, source, progress=handle.progress)
            except NotFoundError:
                raise self._tracker.mark_expired(proofread_id) from None
            if source.resolve() != translated.resolve():
                await asyncio.to_thread(translated.parent.mkdir, parents=True, exist_ok=True)
                await asyncio.to_thread(shutil.copyfile, source, translated)
            self._remember(proofread_id, translated, original, machine)
            core.keys.retire_matching(render_action(proofread_id))  # the next render is new
            core.set_status(proofread_id, SessionStatus.UPLOADED)
            route = "as an asset" if result.route == "asset" else "by direct upload"
            handle.status(f"Uploaded {route}")
            return core.session(proofread_id)

        task = core.run(
            JobKind.PUSH,
            f"Uploading the corrections of {core.label(session)}",
            job,
            proofread_id=proofread_id,
        )
        return await core.result(task)

    async def generate(self, proofread_id: str, options: GenerateOptions | None) -> str:
        """Start the render in a RENDER job; its id as soon as the service gave one.

        A retry of the job after the render was started only polls again.
        """
        core = self._core
        session = core.session(proofread_id)
        started: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        render: list[str | None] = [None]

        async def job(handle: JobHandle) -> VideoTranslation:
            translation_id = render[0]
            if translation_id is None:
                handle.status("Starting the render")

                def record(result: GenerateResult) -> None:  # before its key is retired
                    render[0] = result.video_translation_id
                    core.store.set_session_render(
                        proofread_id, result.video_translation_id, result.status.value
                    )

                try:
                    result = await start_render(
                        core.client, proofread_id, options, keys=core.keys, then=record
                    )
                except NotFoundError:
                    raise self._tracker.mark_expired(proofread_id) from None
                translation_id = result.video_translation_id
                if not core.set_status(proofread_id, SessionStatus.GENERATING):
                    core.emit(proofread_id)
                if not started.done():
                    started.set_result(translation_id)
            return await self._tracker.follow_render(handle, proofread_id, translation_id)

        task = core.run(
            JobKind.RENDER, f"Rendering {core.label(session)}", job, proofread_id=proofread_id
        )
        self._tracker.remember_render(proofread_id, task)
        waiting: set[asyncio.Future[Any]] = {started, task}
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        if started.done():
            return started.result()
        await core.result(task)
        raise WorkflowError("HeyGen did not start the render: try again.")
