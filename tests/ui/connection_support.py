"""Helpers for the connection tests: the app's qasync loop, a context on temporary folders,
the sandbox on loopback and in-memory keychains (real keyring backends, not mocks)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import keyring
import pytest
import qasync
import shiboken6
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proofreader.library import AppPaths, LibraryStore, Settings
from proofreader.sandbox import SandboxServer
from proofreader.ui.async_ops import cancel_pending
from proofreader.ui.connection.context import AppContext
from tests.library.conftest import MemoryKeyring
from tests.workflow.helpers import API_KEY

T = TypeVar("T")

__all__ = ["API_KEY", "MemoryKeyring"]


class Loop:
    """The app's qasync loop, running for the whole test as it does in the app.

    The loop is marked running (already_running=True), so asyncio work advances whenever Qt
    processes events: `qtbot.waitUntil` and dialogs drive both. `run` waits for a coroutine.
    """

    def __init__(self, loop: qasync.QEventLoop, qtbot: QtBot) -> None:
        self.loop = loop
        self.qtbot = qtbot
        self.tasks: list[asyncio.Task[object]] = []

    def run(self, coro: Awaitable[T], timeout: float = 30) -> T:
        task = asyncio.ensure_future(coro, loop=self.loop)
        self.tasks.append(task)  # type: ignore[arg-type]
        self.qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    def wait(self, condition: Callable[[], object], timeout: float = 20) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=int(timeout * 1000))

    def finish(self) -> None:
        """Cancel what is still running and wait until it has ended."""
        for task in self.tasks:
            task.cancel()
        ending = asyncio.ensure_future(cancel_pending(), loop=self.loop)
        self.qtbot.waitUntil(lambda: ending.done() and all(t.done() for t in self.tasks))


async def until(condition: Callable[[], object], timeout: float = 20) -> None:
    """Wait (letting Qt and asyncio run) until `condition()` is true; fail after `timeout`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        await asyncio.sleep(0.01)


@pytest.fixture
def qloop(qapp: QApplication, qtbot: QtBot) -> Iterator[Loop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    problems: list[str] = []
    loop.set_exception_handler(lambda _loop, context: problems.append(str(context["message"])))
    wrapper = Loop(loop, qtbot)
    try:
        yield wrapper
        wrapper.finish()
    finally:
        # not loop.stop(): it calls QApplication.exit(), after which every nested Qt event
        # loop (qtbot.wait) returns at once, for the rest of the session
        loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
        qapp.aboutToQuit.disconnect(loop._after_run_forever)
        loop.close()
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)
        # Callbacks that will never run (cancelled sleeps) still hold Qt timers: delete the
        # timer object here, on the GUI thread, and collect the loop's cycles now, lest a
        # worker thread's garbage collection destroy Qt objects later (Qt warns, may crash).
        shiboken6.delete(loop._timer)
        del loop, wrapper
        gc.collect()
    assert not problems, f"the event loop reported: {problems}"  # "Task was destroyed..."


@contextlib.contextmanager
def installed_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with installed_keyring(backend):
        yield backend


@pytest.fixture
def fail_keyring() -> Iterator[KeyringBackend]:
    """keyring's own "no backend" keyring, what a machine without a keychain gets."""
    with installed_keyring(fail.Keyring()) as backend:  # type: ignore[no-untyped-call]
        yield backend


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A sandbox standing in for HeyGen (the live mode's server) with the test key."""
    with SandboxServer(api_key=API_KEY, proofread_delay_s=0.2, render_delay_s=0.2) as server:
        yield server


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "home")


@pytest.fixture
def make_context(qloop: Loop, paths: AppPaths) -> Iterator[Callable[..., AppContext]]:
    """Contexts on temporary folders with a clean environment; closed after the test."""
    made: list[tuple[AppContext, LibraryStore]] = []

    def make(settings: Settings | None = None, environ: dict[str, str] | None = None) -> AppContext:
        store = LibraryStore(paths.library_file())
        env = {"PROOFREADER_DEMO_DELAY": "0.2"} if environ is None else environ
        context = AppContext(paths, settings or Settings(), store, environ=env)
        made.append((context, store))
        return context

    yield make
    for context, store in made:
        qloop.run(context.close())
        store.close()
    made.clear()
