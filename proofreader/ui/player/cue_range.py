"""Playing one cue: when to stop at its end, or jump back to its start while looping.

Qt-free. Position reports can lag a seek by one tick, so the end only counts once the playhead
has been seen inside the cue.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

SEEK_SLACK_MS = 100  # a report this close before the start counts as "inside"


class RangeAction(NamedTuple):
    kind: Literal["loop", "stop"]
    position: int


class CueRange:
    """The [start, end) span being played, if any, and whether it repeats."""

    def __init__(self) -> None:
        self.span: tuple[int, int] | None = None
        self.loop = False
        self._entered = False

    def start(self, start_ms: int, end_ms: int, position_ms: int) -> None:
        self.span = (start_ms, end_ms)
        self._entered = self._inside(position_ms)

    def cancel(self) -> None:
        self.span = None

    def cancel_unless_inside(self, ms: int) -> None:
        """A seek out of the cue ends cue playback; one within it keeps it."""
        if self.span is not None and not self.span[0] <= ms < self.span[1]:
            self.span = None

    def on_position(self, ms: int, playing: bool) -> RangeAction | None:
        """What to do at this position: nothing, loop back, or stop on the cue's last ms."""
        if self.span is None:
            return None
        if self._inside(ms):
            self._entered = True
            return None
        start, end = self.span
        if not self._entered or ms < end:
            return None
        if self.loop and playing:
            self._entered = False
            return RangeAction("loop", start)
        self.span = None
        return RangeAction("stop", max(start, end - 1))  # the last frame, subtitle still shown

    def _inside(self, ms: int) -> bool:
        assert self.span is not None
        return self.span[0] - SEEK_SLACK_MS <= ms < self.span[1]
