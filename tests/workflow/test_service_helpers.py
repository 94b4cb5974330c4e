"""Shared by the service tests: a ProofreadService on a real sandbox, recording what it says.

(No tests here; the name keeps it among the service's test files.)
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from proofreader.heygen import HeyGenClient, RetryPolicy
from proofreader.heygen.streams import CHUNK_SIZE
from proofreader.library import LibraryStore, Session, SessionStatus
from proofreader.sandbox import SandboxServer
from proofreader.workflow import Job, JobBoard, JobKind, Notice, ProofreadService, SessionEvent
from tests.workflow.helpers import API_KEY, FAST_RETRY, InstantSleep

POLL_S = 0.05
TIMEOUT_S = 30.0


@dataclass
class Harness:
    """A running service with everything its listeners heard."""

    service: ProofreadService
    board: JobBoard
    store: LibraryStore
    cache_dir: Path
    events: list[SessionEvent] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    snapshots: list[Job] = field(default_factory=list)

    def session(self, proofread_id: str) -> Session:
        session = self.store.get_session(proofread_id)
        assert session is not None, proofread_id
        return session

    def status(self, proofread_id: str) -> SessionStatus:
        return self.session(proofread_id).status

    def jobs(self, kind: JobKind) -> list[Job]:
        return [job for job in self.board.jobs() if job.kind is kind]

    async def until_status(self, proofread_id: str, *statuses: SessionStatus) -> Session:
        await until(lambda: self.status(proofread_id) in statuses)
        return self.session(proofread_id)


async def until(condition: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    """Wait for a condition by checking it often, up to a bound (never a fixed sleep)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("the condition did not come true in time")
        await asyncio.sleep(0.01)


@asynccontextmanager
async def service_on(
    sandbox: SandboxServer,
    tmp_path: Path,
    *,
    api_key: str = API_KEY,
    chunk_size: int | None = None,
    download_retry: RetryPolicy | None = None,
    board: JobBoard | None = None,
) -> AsyncIterator[Harness]:
    """A service over real loopback HTTP; the store file lives in tmp_path (so a second
    service made later opens the same library, as after a restart)."""
    store = LibraryStore(tmp_path / "library.sqlite3")
    jobs = board or JobBoard()
    async with httpx.AsyncClient() as http:
        client = HeyGenClient(
            http,
            api_key,
            sandbox.base_url,
            retry=FAST_RETRY,
            sleep=InstantSleep(),
            chunk_size=chunk_size or CHUNK_SIZE,
        )
        service = ProofreadService(
            client,
            store,
            jobs,
            poll_interval_s=POLL_S,
            cache_dir=tmp_path / "cache",
            download_retry=download_retry or FAST_RETRY,
        )
        harness = Harness(service, jobs, store, tmp_path / "cache")
        service.add_listener(harness.events.append)
        service.add_notice_listener(harness.notices.append)
        jobs.add_listener(harness.snapshots.append)
        try:
            yield harness
        finally:
            await service.close()
            store.close()
