"""Following sessions on the service: PROCESS jobs until ready, RENDER jobs until rendered.

The local status moves only forward from what the service says: processing becomes ready or
failed, generating becomes done or failed, and a 404 means the session expired (after about
24 hours). Statuses the service cannot know (editing, uploaded) are left alone.
"""

from __future__ import annotations

import asyncio
from typing import Any

from proofreader.heygen import (
    NotFoundError,
    Proofread,
    ProofreadStatus,
    TranslationStatus,
    VideoTranslation,
)
from proofreader.library import Session, SessionStatus, UnknownRecord
from proofreader.workflow.errors import InputError, JobFailed, WorkflowError, format_duration
from proofreader.workflow.jobs import JobHandle, JobKind
from proofreader.workflow.poller import PollUpdate
from proofreader.workflow.proofreads import wait_proofread
from proofreader.workflow.renders import wait_translation
from proofreader.workflow.service_core import ServiceCore
from proofreader.workflow.service_events import Notice

_PROCESSING = frozenset({SessionStatus.PROCESSING})
_GENERATING = frozenset({SessionStatus.GENERATING})
_ALIVE = frozenset(SessionStatus) - {SessionStatus.EXPIRED}


class SessionExpired(WorkflowError):
    """The service answered 404 for a session it made: sessions last about 24 hours."""

    retryable = False

    def __init__(self, label: str) -> None:
        super().__init__(
            f"The proofread session {label} has expired on HeyGen (sessions last about 24 "
            "hours): start a new proofread of the video."
        )


class SessionTracker:
    """Polling jobs per session (at most one of each kind), refresh and open-by-id."""

    def __init__(self, core: ServiceCore) -> None:
        self._core = core
        self._watching: dict[tuple[str, JobKind], asyncio.Task[Any]] = {}

    # -- status from the service ------------------------------------------------------------

    def apply_proofread(self, proofread: Proofread) -> None:
        """Move a processing session to ready or failed, with the notice that goes with it."""
        core = self._core
        pid = proofread.id
        if proofread.status is ProofreadStatus.COMPLETED:
            if core.set_status(pid, SessionStatus.READY, only_from=_PROCESSING):
                label = core.label(core.session(pid))
                core.notices.emit(
                    Notice("Ready to review", f"{label} is ready to review.", pid, "ready")
                )
        elif proofread.status is ProofreadStatus.FAILED:
            reason = proofread.failure_message or "HeyGen gave no reason"
            if core.set_status(pid, SessionStatus.FAILED, reason, only_from=_PROCESSING):
                label = core.label(core.session(pid))
                core.notices.emit(
                    Notice("Proofread failed", f"{label} failed: {reason}", pid, "failed")
                )

    def apply_render(self, proofread_id: str, render: VideoTranslation) -> None:
        """Record the render's status; a generating session becomes done or failed."""
        core = self._core
        session = core.store.get_session(proofread_id)
        if session is None:
            return
        if (session.video_translation_id, session.render_status) != (
            render.id,
            render.status.value,
        ):
            try:
                core.store.set_session_render(proofread_id, render.id, render.status.value)
            except UnknownRecord:
                return
            if session.status is not SessionStatus.GENERATING or not render.status.is_final:
                core.emit(proofread_id)
        label = core.label(session)
        if render.status is TranslationStatus.COMPLETED:
            if core.set_status(proofread_id, SessionStatus.DONE, only_from=_GENERATING):
                core.notices.emit(
                    Notice(
                        "Render finished",
                        f"The render of {label} is finished.",
                        proofread_id,
                        "rendered",
                        render.id,
                    )
                )
        elif render.status is TranslationStatus.FAILED:
            reason = render.failure_message or "HeyGen gave no reason"
            if core.set_status(proofread_id, SessionStatus.FAILED, reason, only_from=_GENERATING):
                core.notices.emit(
                    Notice(
                        "Render failed",
                        f"The render of {label} failed: {reason}",
                        proofread_id,
                        "failed",
                        render.id,
                    )
                )

    def mark_expired(self, proofread_id: str) -> SessionExpired:
        """Mark the session expired; the error to raise."""
        core = self._core
        session = core.session(proofread_id)
        core.set_status(proofread_id, SessionStatus.EXPIRED, only_from=_ALIVE)
        return SessionExpired(core.label(session))

    async def refresh(self, proofread_id: str) -> Session:
        """Ask the service now; a 404 marks the session expired (and is not an error here)."""
        core = self._core
        session = core.session(proofread_id)
        try:
            proofread = await core.client.get_proofread(proofread_id)
        except NotFoundError:
            self.mark_expired(proofread_id)
            return core.session(proofread_id)
        self.apply_proofread(proofread)
        if session.status is SessionStatus.GENERATING and session.video_translation_id:
            render = await core.client.get_translation(session.video_translation_id)
            self.apply_render(proofread_id, render)
        session = core.session(proofread_id)
        if session.status is SessionStatus.PROCESSING:
            self.watch_processing(proofread_id)
        return session

    async def open_by_id(self, proofread_id: str) -> Session:
        """Add a session made elsewhere (fetched first: a wrong id is a NotFoundError)."""
        core = self._core
        pid = proofread_id.strip()
        if not pid:
            raise InputError("Enter the id of a proofread session to open it.")
        if core.store.get_session(pid) is not None:
            return await self.refresh(pid)
        proofread = await core.client.get_proofread(pid)
        status = {
            ProofreadStatus.COMPLETED: SessionStatus.READY,
            ProofreadStatus.FAILED: SessionStatus.FAILED,
        }.get(proofread.status, SessionStatus.PROCESSING)
        core.store.open_session_by_id(
            pid,
            title=proofread.title or "",
            language=proofread.output_language or "Unknown language",
            status=status,
            created_at=proofread.created_at,
        )
        if status is SessionStatus.FAILED:
            core.store.update_session_status(pid, status, proofread.failure_message)
        core.emit(pid, "added")
        if status is SessionStatus.PROCESSING:
            self.watch_processing(pid)
        return core.session(pid)

    # -- polling jobs -----------------------------------------------------------------------

    def _running(self, proofread_id: str, kind: JobKind) -> bool:
        task = self._watching.get((proofread_id, kind))
        return task is not None and not task.done()

    def watch_processing(self, proofread_id: str) -> None:
        """A PROCESS job polling the session until the service has finished with it."""
        if self._running(proofread_id, JobKind.PROCESS):
            return
        core = self._core
        session = core.session(proofread_id)

        async def job(handle: JobHandle) -> Proofread:
            handle.status("Processing")

            def update(poll: PollUpdate[Proofread]) -> None:
                handle.status(_poll_text("Processing", poll))

            try:
                final = await wait_proofread(
                    core.client, proofread_id, core.poller(), on_update=update
                )
            except NotFoundError:
                raise self.mark_expired(proofread_id) from None
            self.apply_proofread(final)
            if final.status is ProofreadStatus.FAILED:
                handle.status("Failed")
                raise JobFailed("proofread", proofread_id, final.failure_message)
            handle.status("Ready to review")
            return final

        task = core.run(
            JobKind.PROCESS,
            f"Processing {core.label(session)}",
            job,
            proofread_id=proofread_id,
        )
        self._watching[(proofread_id, JobKind.PROCESS)] = task

    async def follow_render(
        self, handle: JobHandle, proofread_id: str | None, translation_id: str
    ) -> VideoTranslation:
        """Poll a render until final (the body of a RENDER job); JobFailed if it failed."""
        core = self._core
        handle.status("Rendering")

        def update(poll: PollUpdate[VideoTranslation]) -> None:
            if poll.resource is not None and proofread_id is not None:
                self.apply_render(proofread_id, poll.resource)
            handle.status(_poll_text("Rendering", poll))

        final = await wait_translation(core.client, translation_id, core.poller(), on_update=update)
        if proofread_id is not None:
            self.apply_render(proofread_id, final)
        if final.status is TranslationStatus.FAILED:
            handle.status("Failed")
            raise JobFailed("video translation", translation_id, final.failure_message)
        handle.status("Rendered")
        return final

    def watch_render(self, proofread_id: str, translation_id: str) -> None:
        """A RENDER job that only polls (after a restart: the render was already started)."""
        if self._running(proofread_id, JobKind.RENDER):
            return
        core = self._core
        session = core.session(proofread_id)

        async def job(handle: JobHandle) -> VideoTranslation:
            return await self.follow_render(handle, proofread_id, translation_id)

        self.remember_render(
            proofread_id,
            core.run(
                JobKind.RENDER,
                f"Rendering {core.label(session)}",
                job,
                proofread_id=proofread_id,
            ),
        )

    def remember_render(self, proofread_id: str, task: asyncio.Task[Any]) -> None:
        self._watching[(proofread_id, JobKind.RENDER)] = task


def _poll_text(doing: str, poll: PollUpdate[Any]) -> str:
    elapsed = format_duration(poll.elapsed_s)
    if poll.error is not None:
        return (
            f"{doing} · {elapsed} · checking again in {format_duration(poll.next_check_s)} "
            f"({poll.error})"
        )
    status = poll.status.replace("_", " ")
    if doing.lower() == status or status in ("processing", "running"):
        return f"{doing} · {elapsed}"
    return f"{doing} · {status} · {elapsed}"
