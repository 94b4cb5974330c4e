"""Run blocking work (parsing a big file) on a worker thread and get the result on the GUI thread.

Works with or without a running qasync loop (tests drive the Qt loop directly), which is why
this uses a thread pool and a queued Qt signal rather than asyncio.to_thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")


class Background(QObject):
    """One worker thread for the window's blocking jobs, answers delivered in order."""

    _done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="window-work")
        self._done.connect(lambda deliver: deliver())
        self.busy = 0

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], Any],
        on_error: Callable[[Exception], Any],
    ) -> None:
        """Call `work()` on the worker; then `on_done(result)` or `on_error(exc)` here."""
        self.busy += 1

        def job() -> None:
            try:
                result = work()
            except Exception as exc:  # handed to on_error on the GUI thread
                failure = exc
                self._done.emit(lambda: self._finish(on_error, failure))
                return
            self._done.emit(lambda: self._finish(on_done, result))

        self._pool.submit(job)

    def _finish(self, callback: Callable[[Any], Any], value: Any) -> None:
        self.busy -= 1
        callback(value)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
