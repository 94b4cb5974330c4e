"""Remote operations with one shape: start a coroutine on the qasync loop, report the outcome.

`run_async` starts the work and returns at once (nothing blocks the GUI thread); success goes
to `on_done`, failure becomes one sentence for `on_error` or the window's `Notifier`, and the
details go to the log (never the API key: our errors never carry it). Cancelled work is silent.
A `parent` QObject ties the work to a widget: when the widget is destroyed the work is
cancelled and no callback reaches it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from proofreader.heygen import HeyGenError
from proofreader.library import InvalidApiBase, KeychainUnavailable, LibraryError, SettingsError
from proofreader.ui.i18n import translate
from proofreader.workflow import OutcomeUnknown, WorkflowError, error_sentence

T = TypeVar("T")

log = logging.getLogger(__name__)

_pending: set[asyncio.Task[Any]] = set()  # strong references: asyncio keeps only weak ones


class UserFacingError(Exception):
    """A failure whose str() is already the sentence a user should read."""


class Notifier(QObject):
    """The notification hub: the window shows `error` and `info` sentences to the user."""

    error = Signal(str)
    info = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_error = ""  # the last error sentence (tests, the crash report)
        self.last_info = ""
        self.error.connect(self._remember_error)
        self.info.connect(self._remember_info)

    def _remember_error(self, sentence: str) -> None:
        self.last_error = sentence

    def _remember_info(self, sentence: str) -> None:
        self.last_info = sentence


def user_sentence(exc: BaseException) -> str:
    """The one sentence a user sees for a failure; never a traceback."""
    if isinstance(exc, OutcomeUnknown):
        return error_sentence(exc)
    if isinstance(
        exc,
        UserFacingError
        | HeyGenError
        | WorkflowError
        | LibraryError
        | KeychainUnavailable
        | InvalidApiBase
        | SettingsError,
    ):
        return str(exc)
    if isinstance(exc, OSError):
        return error_sentence(exc)
    return translate(
        "AsyncOps",
        "Something went wrong: an unexpected {error}; try again, and report it if it keeps "
        "happening (details in the log).",
    ).format(error=type(exc).__name__)


def log_failure(exc: BaseException, what: str = "") -> None:
    """Known failures are one line at info level; unexpected ones with their traceback."""
    label = what or "an operation"
    if isinstance(
        exc, UserFacingError | HeyGenError | WorkflowError | LibraryError | KeychainUnavailable
    ):
        log.info("%s failed: %s", label, user_sentence(exc))
    else:
        log.error("%s failed unexpectedly", label, exc_info=exc)


def run_async(
    coro: Awaitable[T],
    *,
    on_done: Callable[[T], object] | None = None,
    on_error: Callable[[str], object] | None = None,
    parent: QObject | None = None,
    notifier: Notifier | None = None,
    what: str = "",
) -> asyncio.Task[T]:
    """Run `coro` on the running (qasync) loop; its task, which may be cancelled.

    On failure the sentence goes to `on_error`, else to `notifier.error`, else to the log.
    `what` names the operation in the log ("sign in").
    """
    loop = asyncio.get_running_loop()
    task: asyncio.Task[T] = asyncio.ensure_future(coro, loop=loop)
    _pending.add(task)
    destroyed: list[Callable[..., None]] = []

    if parent is not None:

        def cancel_on_destroy(*_args: object) -> None:
            task.cancel()

        parent.destroyed.connect(cancel_on_destroy)
        destroyed.append(cancel_on_destroy)

    def finished(done: asyncio.Task[T]) -> None:
        _pending.discard(done)
        alive = parent is None or shiboken6.isValid(parent)
        if parent is not None and alive and destroyed:
            parent.destroyed.disconnect(destroyed[0])
        if done.cancelled():
            log.debug("%s was cancelled", what or "an operation")
            return
        if not alive:
            return
        exc = done.exception()
        if exc is None:
            if on_done is not None:
                try:
                    on_done(done.result())
                except Exception as callback_error:
                    _report(callback_error, what, on_error, notifier)
            return
        _report(exc, what, on_error, notifier)

    task.add_done_callback(finished)
    return task


def _report(
    exc: BaseException,
    what: str,
    on_error: Callable[[str], object] | None,
    notifier: Notifier | None,
) -> None:
    log_failure(exc, what)
    sentence = user_sentence(exc)
    if on_error is not None:
        try:
            on_error(sentence)
            return
        except Exception:
            log.exception("the error handler of %s failed", what or "an operation")
    if notifier is not None and shiboken6.isValid(notifier):
        notifier.error.emit(sentence)
    elif on_error is None:
        log.warning("Nobody to tell: %s", sentence)


def pending_count() -> int:
    """How many run_async operations are still running (tests, shutdown)."""
    return len(_pending)


async def cancel_pending(*, keep: Iterable[asyncio.Future[Any]] = ()) -> None:
    """Cancel every running run_async operation (but the current task and `keep`) and wait
    until they have all ended."""
    spared = {asyncio.current_task(), *keep}
    tasks = [task for task in _pending if not task.done() and task not in spared]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks)
