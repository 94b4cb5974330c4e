"""What the API commands print: results on stdout, progress and notes on stderr.

Progress (transfers and waits) is drawn on one rewritten stderr line, and only when stderr is a
terminal: a pipe or a log file gets nothing but the results and the error sentences.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, TextIO

from proofreader.heygen import ProgressCallback
from proofreader.workflow import PollUpdate, format_duration

_MIN_REDRAW_S = 0.1


def print_json(value: Any, stream: TextIO | None = None) -> None:
    """One JSON document on stdout (the API's data object, untouched)."""
    out = stream or sys.stdout
    out.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")
    out.flush()


def resource_json(raw: Mapping[str, Any]) -> dict[str, Any]:
    return dict(raw)


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"


class Reporter:
    """Progress lines on a terminal; silent on a pipe. Notes and warnings always go out."""

    def __init__(
        self, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream or sys.stderr
        self.clock = clock
        isatty = getattr(self.stream, "isatty", None)
        self.live = bool(isatty and isatty())
        self._drawn = False
        self._last_draw = float("-inf")
        self._width = 0

    def note(self, text: str) -> None:
        """A line for the person at the terminal (warnings, hints): always printed, on stderr."""
        self.finish()
        self.stream.write(text + "\n")
        self.stream.flush()

    def hint(self, text: str) -> None:
        """A suggestion for the next step: shown on a terminal only, like progress."""
        if self.live:
            self.note(text)

    def _draw(self, text: str, *, force: bool = False) -> None:
        if not self.live:
            return
        now = self.clock()
        if not force and now - self._last_draw < _MIN_REDRAW_S:
            return
        self._last_draw = now
        pad = max(0, self._width - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._width = len(text)
        self._drawn = True

    def finish(self) -> None:
        """End the progress line, so the next output starts on a fresh line."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
        self._drawn = False
        self._width = 0
        self._last_draw = float("-inf")

    def transfer(self, verb: str, name: str) -> ProgressCallback | None:
        """A progress callback for one upload or download; None on a pipe (costs nothing)."""
        if not self.live:
            return None

        def update(done: int, total: int | None) -> None:
            if total:
                percent = min(100, done * 100 // total) if total else 100
                text = f"{verb} {name}: {percent}% ({_size(done)} of {_size(total)})"
            else:
                text = f"{verb} {name}: {_size(done)}"
            self._draw(text, force=total is not None and done >= total)

        return update

    def waiting(self, kind: str) -> Callable[[PollUpdate[Any]], None] | None:
        """An update callback for a wait; None on a pipe."""
        if not self.live:
            return None

        def update(event: PollUpdate[Any]) -> None:
            elapsed = format_duration(event.elapsed_s)
            text = f"Waiting for {kind} {event.job_id}: {event.status}, {elapsed}"
            if event.error is not None:
                text += f" (no answer, checking again in {format_duration(event.next_check_s)})"
            self._draw(text, force=True)

        return update
