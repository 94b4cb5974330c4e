"""Shared by the sessions, jobs, new-proofread and review tests: a real ProofreadService on a
sandbox over loopback, on a qasync loop that runs whenever Qt processes events (so
qtbot.waitUntil drives both the widgets and the service).

(No tests here.)
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proofreader.library import LibraryStore, Session, SessionStatus
from proofreader.sandbox import SandboxServer
from proofreader.workflow import Job, JobBoard, JobKind, Notice, ProofreadService
from tests.ui.loop_support import WAIT_MS, drive, service_rig
from tests.workflow.helpers import TALK

T = TypeVar("T")
__all__ = ["TALK", "Flow", "flow_fixture"]


@dataclass
class Flow:
    """A running service on a sandbox, with what its listeners heard."""

    qtbot: QtBot
    sandbox: SandboxServer
    store: LibraryStore
    jobs: JobBoard
    service: ProofreadService
    tmp_path: Path
    notices: list[Notice] = field(default_factory=list)

    def run(self, coro: Coroutine[Any, Any, T], timeout_ms: int = WAIT_MS) -> T:
        """Run a coroutine to its end while Qt (and so the loop) processes events."""
        return drive(self.qtbot, coro, timeout_ms)

    def wait(self, condition: Callable[[], object], timeout_ms: int = WAIT_MS) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout_ms)

    def session(self, proofread_id: str) -> Session:
        session = self.store.get_session(proofread_id)
        assert session is not None, proofread_id
        return session

    def status(self, proofread_id: str) -> SessionStatus:
        return self.session(proofread_id).status

    def wait_status(self, proofread_id: str, *statuses: SessionStatus) -> None:
        self.wait(lambda: self.status(proofread_id) in statuses)

    def jobs_of(self, kind: JobKind) -> list[Job]:
        return [job for job in self.jobs.jobs() if job.kind is kind]

    def ready_session(self, language: str = "Spanish (Spain)", title: str = "Talk") -> str:
        """A session of the sandbox's sample talk, ready to review."""
        (proofread_id,) = self.run(
            self.service.start_proofreads(self.sandbox.sample_video_url, [language], title)
        )
        self.wait_status(proofread_id, SessionStatus.READY)
        return proofread_id

    def remote_srt(self, proofread_id: str) -> str:
        """The translated SRT the sandbox now holds for the session."""

        async def fetch() -> str:
            urls = await self.service.client.get_srt_urls(proofread_id)
            async with httpx.AsyncClient() as http:
                response = await http.get(urls.srt_url)
                response.raise_for_status()
                return response.text

        return self.run(fetch())


@pytest.fixture(name="flow")
def flow_fixture(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Flow]:
    with service_rig(qtbot, tmp_path) as rig:
        made = Flow(qtbot, rig.sandbox, rig.store, rig.jobs, rig.service, tmp_path)
        rig.service.add_notice_listener(made.notices.append)
        yield made
