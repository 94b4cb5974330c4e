"""The app's qasync loop in UI tests, and a real ProofreadService on a sandbox over loopback:
set up and torn down one way for the connection, sessions and render helpers.

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
from proofreader.library import LibraryStore
from proofreader.sandbox import SandboxServer
from proofreader.ui.async_ops import cancel_pending
from proofreader.workflow import JobBoard, ProofreadService
from tests.workflow.helpers import API_KEY, FAST_RETRY, InstantSleep, running_sandbox

T = TypeVar("T")
WAIT_MS = 20_000


@contextmanager
def running_qasync_loop(app: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop marked as running, as in the app: Qt's event processing runs its callbacks,
    so qtbot.waitUntil drives both the widgets and asyncio. Hold no reference to it past the
    block, so that the teardown frees it here."""
    # Widgets left in reference cycles by earlier tests are freed here, on the GUI thread: the
    # sandbox's and the executor's threads allocate too, and a cycle collected there destroys
    # Qt objects from the wrong thread.
    gc.collect()
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        for task in asyncio.all_tasks(loop):
            task.cancel()
        # not loop.stop(): it calls QApplication.exit(), after which every nested Qt event
        # loop (qtbot.wait) returns at once, for the rest of the session
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
        app.aboutToQuit.disconnect(loop._after_run_forever)
        loop._after_run_forever()
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
        # Callbacks that will never run (cancelled sleeps) still hold Qt timers: delete the
        # timer object here, on the GUI thread, and collect the loop's cycles now, lest a worker
        # thread's garbage collection destroy Qt objects later ("Timers cannot be stopped from
        # another thread", then a segfault, in full runs).
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
    """The service on a running loop and sandbox; everything it started is ended after."""
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
            drive(qtbot, cancel_pending())
            drive(qtbot, service.close())
            drive(qtbot, http.aclose())
            store.close()
            gc.collect()  # while the sandbox still runs (see running_qasync_loop)
