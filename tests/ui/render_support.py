"""Shared by the render and translations UI tests: a real service on the sandbox, on a qasync
loop that runs whenever Qt processes events (so qtbot.waitUntil drives both).

(No tests here.)
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import qasync
import shiboken6
from PySide6.QtWidgets import QApplication

from proofreader.heygen import HeyGenClient
from proofreader.library import LibraryStore, SessionStatus
from proofreader.sandbox import SandboxServer
from proofreader.workflow import GenerateOptions, JobBoard, ProofreadService
from tests.workflow.helpers import API_KEY, FAST_RETRY, InstantSleep, edit_srt, running_sandbox

T = TypeVar("T")
WAIT_MS = 20_000


@contextmanager
def running_qasync_loop(app: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop marked as running: Qt's event processing runs its callbacks."""
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        for task in asyncio.all_tasks(loop):
            task.cancel()
        loop._QEventLoop__is_running = False  # stop() would also call app.exit()
        app.aboutToQuit.disconnect(loop._after_run_forever)
        loop._after_run_forever()
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
        # The loop's timer object still holds Qt timers: delete it here, on the GUI thread, and
        # collect the loop's reference cycles now, lest a worker thread's garbage collection
        # destroy Qt objects later (Qt warns, and may crash).
        shiboken6.delete(loop._timer)
        del loop
        gc.collect()


def drive(qtbot: Any, coro: Coroutine[Any, Any, T], timeout_ms: int = WAIT_MS) -> T:
    """Run a coroutine to its end while Qt (and so the loop) processes events."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


@dataclass
class Rig:
    """A ProofreadService over real loopback HTTP to a sandbox, and its parts."""

    sandbox: SandboxServer
    service: ProofreadService
    jobs: JobBoard
    store: LibraryStore
    tmp_path: Path


@contextmanager
def service_rig(qtbot: Any, tmp_path: Path, **sandbox_settings: object) -> Iterator[Rig]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with running_qasync_loop(app), running_sandbox(**sandbox_settings) as sandbox:
        store = LibraryStore(tmp_path / "library.sqlite3")
        http = httpx.AsyncClient()
        client = HeyGenClient(
            http, API_KEY, sandbox.base_url, retry=FAST_RETRY, sleep=InstantSleep()
        )
        jobs = JobBoard()
        service = ProofreadService(
            client,
            store,
            jobs,
            poll_interval_s=0.05,
            cache_dir=tmp_path / "cache",
            download_retry=FAST_RETRY,
        )
        try:
            yield Rig(sandbox, service, jobs, store, tmp_path)
        finally:
            drive(qtbot, service.close())
            drive(qtbot, http.aclose())
            store.close()


def uploaded_session(qtbot: Any, rig: Rig, title: str = "Talk") -> tuple[str, bytes]:
    """A Spanish session with corrections uploaded, ready to generate; (its id, the SRT sent)."""
    service = rig.service
    (proofread_id,) = drive(
        qtbot, service.start_proofreads(rig.sandbox.sample_video_url, ["Spanish (Spain)"], title)
    )

    def status() -> SessionStatus | None:
        session = rig.store.get_session(proofread_id)
        return None if session is None else session.status

    qtbot.waitUntil(lambda: status() is SessionStatus.READY, timeout=WAIT_MS)
    files = drive(qtbot, service.open_for_review(proofread_id))
    edited = edit_srt(files.translated)
    drive(qtbot, service.upload_corrections(proofread_id, files.translated))
    assert status() is SessionStatus.UPLOADED
    return proofread_id, edited


def rendered_session(qtbot: Any, rig: Rig, *, captions: bool = True) -> tuple[str, bytes]:
    """An uploaded session whose render (with captions) has finished; (its id, the SRT sent)."""
    proofread_id, edited = uploaded_session(qtbot, rig)
    drive(qtbot, rig.service.generate(proofread_id, GenerateOptions(captions=captions)))

    def done() -> bool:
        session = rig.store.get_session(proofread_id)
        return session is not None and session.status is SessionStatus.DONE

    qtbot.waitUntil(done, timeout=WAIT_MS)
    return proofread_id, edited
