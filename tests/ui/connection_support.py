"""Helpers for the connection tests: the app's qasync loop, a context on temporary folders,
the sandbox on loopback and in-memory keychains (real keyring backends, not mocks)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proofreader.library import AppPaths, LibraryStore, Settings
from proofreader.sandbox import SandboxServer
from proofreader.ui.async_ops import cancel_pending
from proofreader.ui.connection.context import AppContext
from tests.library.conftest import MemoryKeyring, fail_keyring, memory_keyring
from tests.ui.loop_support import running_qasync_loop
from tests.workflow.helpers import API_KEY

T = TypeVar("T")
MakeContext = Callable[..., AppContext]

# The keychain fixtures are the library tests' own.
__all__ = ["API_KEY", "MakeContext", "MemoryKeyring", "fail_keyring", "memory_keyring"]


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
    """The loop for a test; fails the test when the loop reported a problem ("Task was
    destroyed but it is pending", an exception nobody retrieved)."""
    problems: list[str] = []
    with running_qasync_loop(qapp) as loop:
        loop.set_exception_handler(lambda _loop, context: problems.append(str(context["message"])))
        wrapper = Loop(loop, qtbot)
        del loop
        try:
            yield wrapper
            wrapper.finish()
        finally:
            # pytest keeps `wrapper` until after this teardown: let go of the loop, so that
            # running_qasync_loop frees it on the GUI thread
            wrapper.tasks.clear()
            del wrapper.loop
    assert not problems, f"the event loop reported: {problems}"


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
