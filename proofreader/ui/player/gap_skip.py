"""Play only the subtitled ranges: where to jump when the playhead leaves a cue.

Qt-free. While playing, a position between cues jumps to the next cue's start, and a position
after the last cue stops on that cue's last millisecond (its subtitle still shown). Gaps shorter
than MIN_GAP_MS are played through: a seek would cost more than it saves. A position report can
lag a seek by a tick, so after a jump the reports before its target are held back, not acted on;
after a stop every report is held back until playing ends.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple

MIN_GAP_MS = 250
SEEK_SLACK_MS = 100  # a report this close before a jump's target counts as arrived

Span = tuple[int, int]


class GapAction(NamedTuple):
    """`jump`: seek to `position` and keep playing; `stop`: pause there; `hold`: a stale report
    from before the last jump (do not show it)."""

    kind: Literal["jump", "stop", "hold"]
    position: int


def subtitled_spans(ranges: Iterable[Span], min_gap_ms: int = MIN_GAP_MS) -> list[Span]:
    """The [start, end) ranges sorted, empty ones dropped, and merged where they overlap or
    are less than `min_gap_ms` apart."""
    spans: list[Span] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if spans and start - spans[-1][1] < min_gap_ms:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def gap_jump(ms: int, spans: Sequence[Span]) -> GapAction | None:
    """Where a playing playhead at `ms` should go, given sorted, merged `spans`: nowhere inside
    a span, to the next span's start in a gap (or before the first), else stop at the end."""
    if not spans:
        return None
    pos = bisect_right(spans, ms, key=lambda span: span[0]) - 1  # the last one started by ms
    if pos >= 0 and ms < spans[pos][1]:
        return None
    if pos + 1 < len(spans):
        return GapAction("jump", spans[pos + 1][0])
    return GapAction("stop", spans[-1][1] - 1)


class GapSkipper:
    """The player's switch and memory for gap skipping (off by default).

    The spans are merged when first needed, not on every set_ranges: most sessions never skip
    gaps, and merging 20,000 cues would hold up opening the document."""

    def __init__(self) -> None:
        self.enabled = False
        self._ranges: list[Span] = []
        self._spans: list[Span] | None = []
        self._target: int | None = None
        self._stopped = False

    def set_ranges(self, ranges: Iterable[Span]) -> None:
        self._ranges = list(ranges)
        self._spans = None
        self.reset()

    def spans(self) -> list[Span]:
        if self._spans is None:
            self._spans = subtitled_spans(self._ranges)
        return list(self._spans)

    def reset(self) -> None:
        """Forget a jump or stop in flight (the user seeked, paused or played)."""
        self._target = None
        self._stopped = False

    def on_position(self, ms: int, playing: bool) -> GapAction | None:
        if not self.enabled or not playing:
            self.reset()
            return None
        if self._stopped:
            return GapAction("hold", ms)
        if self._target is not None:
            if ms < self._target - SEEK_SLACK_MS:
                return GapAction("hold", self._target)
            self._target = None
        if self._spans is None:
            self._spans = subtitled_spans(self._ranges)
        action = gap_jump(ms, self._spans)
        if action is not None:
            if action.kind == "jump":
                self._target = action.position
            else:
                self._stopped = True
        return action
