"""Downloading a finished render's files: one DOWNLOAD job per file, remembered in the store.

Each file is a transfer record whose source names the render and the file
(`heygen:video-translation/<id>/<which>`) rather than a presigned link, which expires: a
resumed or retried download asks the API for a fresh link and continues the `.part` file
with a Range request. Each finished file is added to the render's outputs record.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from proofreader.library import Transfer, TransferKind, TransferState, UnknownRecord
from proofreader.workflow.errors import InputError, NotReady
from proofreader.workflow.jobs import JobHandle, JobKind, error_sentence
from proofreader.workflow.naming import render_stem
from proofreader.workflow.output_names import output_suffix, part_path, rename_audio
from proofreader.workflow.renders import OUTPUTS, require_rendered
from proofreader.workflow.service_core import ServiceCore, TransferProgress

if TYPE_CHECKING:
    from proofreader.heygen import TranslationFile
    from proofreader.heygen.downloads import DownloadRoute

SOURCE_PREFIX = "heygen:video-translation/"
_FILES = frozenset(which for which, _ in OUTPUTS)


def output_ref(translation_id: str, which: TranslationFile) -> str:
    return f"{SOURCE_PREFIX}{translation_id}/{which}"


def parse_output_ref(source: str) -> tuple[str, TranslationFile] | None:
    if not source.startswith(SOURCE_PREFIX):
        return None
    translation_id, _, which = source.removeprefix(SOURCE_PREFIX).rpartition("/")
    if not translation_id or which not in _FILES:
        return None
    return translation_id, which


class OutputDownloads:
    """Starts, resumes and records the downloads of render outputs."""

    def __init__(self, core: ServiceCore, route: DownloadRoute) -> None:
        self._core = core
        self._route = route
        self._running: dict[Path, asyncio.Task[Path]] = {}  # by destination: one .part each

    async def download(
        self, translation_id: str, folder: Path, *, proofread_id: str | None = None
    ) -> list[Path]:
        """Every file the completed render offers, into `folder`; waits for all of them."""
        core = self._core
        translation = require_rendered(await core.client.get_translation(translation_id))
        try:
            await asyncio.to_thread(folder.mkdir, parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(
                f"Cannot create the folder {folder} ({exc.strerror or exc}): choose another one."
            ) from exc
        stem = render_stem(translation.title, translation.output_language, translation.id)
        tasks: list[asyncio.Task[Path]] = []
        for which, default in OUTPUTS:
            url: str | None = getattr(translation, which)
            if not url:
                continue
            dest = folder / f"{stem}{output_suffix(url, default)}"
            running = self._running.get(dest)
            if running is not None and not running.done():  # say, resumed after a restart
                tasks.append(running)  # a second writer would share its .part file
                continue
            transfer = core.store.add_transfer(
                TransferKind.DOWNLOAD,
                output_ref(translation_id, which),
                str(dest),
                proofread_id=proofread_id,
            )
            tasks.append(self._start(transfer, translation_id, which, url))
        results = await asyncio.gather(*(core.result(t) for t in tasks), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return [cast(Path, result) for result in results]

    def resume(self, transfer: Transfer) -> asyncio.Task[Path] | None:
        """Continue a download the app was closed during; None when it cannot be."""
        ref = parse_output_ref(transfer.source)
        if ref is None:
            self._core.store.finish_transfer(
                transfer.id,
                TransferState.FAILED,
                f"Downloading {Path(transfer.dest).name} was interrupted and cannot be resumed: "
                "download it again.",
            )
            return None
        return self._start(transfer, ref[0], ref[1], None)

    def _start(
        self, transfer: Transfer, translation_id: str, which: TranslationFile, url: str | None
    ) -> asyncio.Task[Path]:
        core = self._core
        dest = Path(transfer.dest)
        link: list[str | None] = [url]  # the first run may use the link it was given

        async def fresh() -> str:
            again = await core.client.get_translation(translation_id)
            found: str | None = getattr(again, which)
            if not found:
                raise NotReady(
                    f"The video translation {translation_id} no longer offers "
                    f"{which.removesuffix('_url').replace('_', ' ')}: refresh it and try again."
                )
            return found

        async def job(handle: JobHandle) -> Path:
            current = core.store.get_transfer(transfer.id)
            if current is None:
                raise InputError(f"The download of {dest.name} was removed from the library.")
            if current.state is not TransferState.RUNNING:
                core.store.restart_transfer(transfer.id)
            core.active_transfers.add(transfer.id)
            progress = TransferProgress(core.store, transfer.id, handle)
            handle.status("Downloading")
            try:
                from proofreader.heygen.downloads import download  # httpx: load on first use

                start, link[0] = link[0], None
                path = await download(
                    self._route,
                    start or await fresh(),
                    dest,
                    refresh=fresh,
                    progress=progress,
                    part=part_path(dest),
                )
                path = await _finish_file(path, which)
            except asyncio.CancelledError:
                self._stopped(transfer.id, dest, progress, None)
                raise
            except Exception as exc:
                self._stopped(transfer.id, dest, progress, exc)
                raise
            finally:
                core.active_transfers.discard(transfer.id)
            _finish(core, transfer.id, TransferState.DONE)
            self._record(translation_id, path, transfer.proofread_id)
            handle.status("Downloaded")
            return path

        task = core.run(
            JobKind.DOWNLOAD, f"Downloading {dest.name}", job, proofread_id=transfer.proofread_id
        )
        self._running[dest] = task
        task.add_done_callback(lambda done: self._forget(dest, done))
        return task

    def _forget(self, dest: Path, task: asyncio.Task[Path]) -> None:
        if self._running.get(dest) is task:
            del self._running[dest]

    def _stopped(
        self, transfer_id: str, dest: Path, progress: TransferProgress, exc: Exception | None
    ) -> None:
        """Closing the app keeps the partial file to resume; a user's cancel removes it;
        a failure keeps it so that a retry continues where it stopped."""
        core = self._core
        with contextlib.suppress(OSError):  # the bytes on disk are what a resume continues from
            progress.done = part_path(dest).stat().st_size
        progress.flush()
        if exc is None and core.closing:
            return  # still "running" in the store: resume() continues it next time
        if exc is None:
            part_path(dest).unlink(missing_ok=True)
            _finish(core, transfer_id, TransferState.CANCELLED)
        else:
            _finish(core, transfer_id, TransferState.FAILED, error_sentence(exc))

    def _record(self, translation_id: str, path: Path, proofread_id: str | None) -> None:
        store = self._core.store
        existing = store.get_outputs(translation_id)
        files: list[Path] = []
        if existing is not None and existing.folder == path.parent:
            files = [f for f in existing.files if f != path and f.exists()]
        files.append(path)
        # The session may have been removed while its files downloaded.
        with contextlib.suppress(UnknownRecord):
            store.record_outputs(
                translation_id, path.parent, _ordered(files), proofread_id=proofread_id
            )


def _finish(
    core: ServiceCore, transfer_id: str, state: TransferState, error: str | None = None
) -> None:
    with contextlib.suppress(UnknownRecord):
        core.store.finish_transfer(transfer_id, state, error)


def _ordered(files: Sequence[Path]) -> list[Path]:
    """Captions, audio, video: the order the outputs are listed in."""
    rank = {".srt": 0, ".vtt": 1, ".mp4": 3, ".mov": 3, ".webm": 3}
    return sorted(files, key=lambda f: rank.get(f.suffix.lower(), 2))


async def _finish_file(path: Path, which: TranslationFile) -> Path:
    if which != "audio_url":
        return path
    return await asyncio.to_thread(rename_audio, path)
