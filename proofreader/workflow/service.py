"""ProofreadService: the whole HeyGen workflow for the window, as plain async methods.

Every remote operation runs as a job on the JobBoard (progress, cancel, retry, an error
sentence); awaited methods also raise that error. The library store is updated as things
happen and listeners hear about it: SessionEvent for the sidebar, Notice for the tray.
Nothing that costs credit is sent twice: creates are never retried automatically.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from proofreader.heygen import (
    Account,
    ProofreadOptions,
    RetryPolicy,
)
from proofreader.library import LibraryStore, Session, SessionStatus, TransferKind
from proofreader.workflow.errors import NotReady
from proofreader.workflow.jobs import JobBoard
from proofreader.workflow.renders import GenerateOptions
from proofreader.workflow.service_core import ServiceCore
from proofreader.workflow.service_events import Notice, SessionEvent
from proofreader.workflow.service_outputs import OutputDownloads
from proofreader.workflow.service_review import ReviewFiles, ReviewFlow
from proofreader.workflow.service_start import ProofreadStarter
from proofreader.workflow.service_tracking import SessionTracker
from proofreader.workflow.service_translations import TranslationsService
from proofreader.workflow.sources import MediaSource

if TYPE_CHECKING:
    import httpx

    from proofreader.heygen import HeyGenClient

logger = logging.getLogger("proofreader.workflow.service")


class ProofreadService:
    """One per signed-in client. Call resume() once at start-up and close() at the end.

    `clock` and `sleep` drive the polling (cadence `poll_interval_s`); `http` is used for
    presigned downloads (one is made, and closed by close(), when not given); `download_retry`
    is the retry budget of a dropped download before its job fails (it can then be retried).
    """

    def __init__(
        self,
        client: HeyGenClient,
        store: LibraryStore,
        jobs: JobBoard,
        *,
        poll_interval_s: float,
        cache_dir: Path,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        http: httpx.AsyncClient | None = None,
        download_retry: RetryPolicy | None = None,
    ) -> None:
        self._core = ServiceCore(
            client,
            store,
            jobs,
            poll_interval_s=poll_interval_s,
            cache_dir=cache_dir,
            clock=clock,
            sleep=sleep,
        )
        self._own_http = http is None
        if http is None:
            from proofreader.workflow.connection import downloads_http_client

            http = downloads_http_client()
        self._http = http
        from proofreader.heygen.downloads import StorageRoute  # httpx: not at module level

        route = StorageRoute(self._http, download_retry or RetryPolicy(), sleep=sleep)
        self._tracker = SessionTracker(self._core)
        self._outputs = OutputDownloads(self._core, route)
        self._starter = ProofreadStarter(self._core, self._tracker)
        self._review = ReviewFlow(self._core, self._tracker)
        self.translations = TranslationsService(self._core, self._outputs, self._tracker)
        self._languages: list[str] | None = None
        self._languages_lock = asyncio.Lock()
        self._closed = False

    @property
    def client(self) -> HeyGenClient:
        return self._core.client

    @property
    def store(self) -> LibraryStore:
        return self._core.store

    @property
    def jobs(self) -> JobBoard:
        return self._core.jobs

    # -- listeners --------------------------------------------------------------------------

    def add_listener(self, cb: Callable[[SessionEvent], None]) -> None:
        """Sessions added, changed or removed (the sidebar)."""
        self._core.sessions.add(cb)

    def remove_listener(self, cb: Callable[[SessionEvent], None]) -> None:
        self._core.sessions.remove(cb)

    def add_notice_listener(self, cb: Callable[[Notice], None]) -> None:
        """Ready to review, render finished, something failed (desktop notifications)."""
        self._core.notices.add(cb)

    def remove_notice_listener(self, cb: Callable[[Notice], None]) -> None:
        self._core.notices.remove(cb)

    # -- account and languages --------------------------------------------------------------

    async def languages(self) -> list[str]:
        """The output languages the service offers, fetched once per service."""
        async with self._languages_lock:
            if self._languages is None:
                self._languages = list(await self._core.client.list_languages())
            return list(self._languages)

    async def account(self) -> Account:
        return await self._core.client.get_account()

    # -- the lifecycle ----------------------------------------------------------------------

    async def start_proofreads(
        self,
        source: str | Path | MediaSource,
        languages: Sequence[str],
        title: str,
        options: ProofreadOptions | None = None,
    ) -> list[str]:
        """Upload (a local file), create one session per language, follow each; their ids."""
        return await self._starter.start(source, languages, title, options)

    def resume(self) -> None:
        """At start-up: poll what the service is still working on; restart or resume
        transfers the app was closed during (downloads continue with Range, uploads restart)."""
        core = self._core
        for session in core.store.sessions_needing_polling():
            if session.status is SessionStatus.PROCESSING:
                self._tracker.watch_processing(session.proofread_id)
            elif session.video_translation_id:
                self._tracker.watch_render(session.proofread_id, session.video_translation_id)
        for transfer in core.store.unfinished_transfers():
            if transfer.id in core.active_transfers:
                continue
            if transfer.kind is TransferKind.UPLOAD:
                self._starter.resume_upload(transfer)
            else:
                self._outputs.resume(transfer)

    async def open_session_by_id(self, proofread_id: str) -> Session:
        """Add a session made elsewhere (web app, CLI) to the library, and follow it."""
        return await self._tracker.open_by_id(proofread_id)

    async def refresh(self, proofread_id: str) -> Session:
        """Ask the service for the status now (a 404 marks the session expired)."""
        return await self._tracker.refresh(proofread_id)

    async def open_for_review(self, proofread_id: str) -> ReviewFiles:
        """The session's SRT files, downloaded once into cache_dir/<id>/ (then offline)."""
        return await self._review.open_for_review(proofread_id)

    def mark_editing(self, proofread_id: str) -> None:
        self._review.mark_editing(proofread_id)

    async def upload_corrections(self, proofread_id: str, srt_path: Path) -> Session:
        """Send the corrected SRT (a PUSH job); the session becomes uploaded."""
        return await self._review.upload_corrections(proofread_id, Path(srt_path))

    async def generate(self, proofread_id: str, options: GenerateOptions | None = None) -> str:
        """Start the final render; its video translation id. A RENDER job follows it."""
        return await self._review.generate(proofread_id, options)

    async def download_outputs(self, proofread_id: str, folder: Path) -> list[Path]:
        """The rendered video, audio and captions into `folder` (DOWNLOAD jobs, resumable)."""
        session = self._core.session(proofread_id)
        if not session.video_translation_id:
            raise NotReady(
                f"{self._core.label(session)} has not been rendered yet: generate it first."
            )
        return await self._outputs.download(
            session.video_translation_id, Path(folder), proofread_id=proofread_id
        )

    def remove(self, proofread_id: str) -> None:
        """Forget a session (its jobs are cancelled, its cached files deleted); its project
        goes too when it was the last session. Nothing is deleted on the service."""
        core = self._core
        session = core.store.get_session(proofread_id)
        if session is None:
            return
        for job in core.jobs.jobs_for(proofread_id):
            if not job.finished:
                core.jobs.cancel(job.id)
        core.store.remove_session(proofread_id)
        shutil.rmtree(core.session_folder(proofread_id), ignore_errors=True)
        for project in core.store.list_projects():
            if project.project.id == session.project_id and not project.sessions:
                core.store.remove_project(session.project_id)
        core.emit(proofread_id, "removed")

    async def close(self) -> None:
        """Stop every job of this service; transfers stay recorded, to resume next time."""
        if self._closed:
            return
        self._closed = True
        await self._core.close()
        if self._own_http:
            await self._http.aclose()
