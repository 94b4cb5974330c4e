"""Retiming a cue by dragging one of its edges: where the edge may go and where it snaps.

The rule, taken once when a drag starts (EdgeDrag.begin) and applied at every mouse move:
- the edge snaps to a snap point within `snap_ms`: the closest spot the neighbour allows
  (its edge plus the minimum gap) or extra points such as the playhead;
- it never comes closer to the neighbour than the minimum gap (if the cue is already closer
  than that, it may stay where it is but not move closer still), nor before 0;
- start stays before end by at least `min_length_ms`.
Neighbours are the cues just before and after in time, whatever their order in the document.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Span = tuple[int, int]  # (start_ms, end_ms)


class Edge(enum.Enum):
    START = "start"
    END = "end"


@dataclass(frozen=True, slots=True)
class EdgeDrag:
    """One edge of one cue being dragged; `times_at` gives the cue's times for a mouse time."""

    row: int
    edge: Edge
    start_ms: int
    end_ms: int
    limit_ms: int | None  # the farthest the edge may go outwards (None: no limit)
    snaps: tuple[int, ...]
    min_length_ms: int = 1

    @classmethod
    def begin(
        cls,
        spans: Sequence[Span],
        row: int,
        edge: Edge,
        *,
        min_gap_ms: float,
        min_length_ms: int = 1,
        extra_snaps: Iterable[int] = (),
    ) -> EdgeDrag:
        """Start dragging `edge` of cue `row`; `spans` are all cues' times in document order."""
        start, end = spans[row]
        gap = max(0, math.ceil(min_gap_ms - 1e-9))
        before, after = neighbours(spans, row)
        snaps = set(extra_snaps)
        limit: int | None = None
        if edge is Edge.START:
            limit = 0
            if before is not None:
                tight = before[1] + gap
                snaps.add(tight)
                limit = max(0, min(tight, start))  # already too close: may stay, not come closer
        elif after is not None:
            tight = max(0, after[0] - gap)
            snaps.add(tight)
            limit = max(tight, end)
        return cls(row, edge, start, end, limit, tuple(sorted(snaps)), max(1, min_length_ms))

    @property
    def times(self) -> Span:
        """The cue's times before the drag."""
        return self.start_ms, self.end_ms

    def times_at(self, target_ms: float, snap_ms: float = 0.0) -> Span:
        """The cue's (start, end) with the dragged edge moved towards `target_ms`."""
        target = round(target_ms)
        nearest = min(self.snaps, key=lambda s: abs(s - target), default=None)
        if nearest is not None and abs(nearest - target) <= snap_ms:
            target = nearest
        if self.edge is Edge.START:
            latest = self.end_ms - self.min_length_ms
            start = min(max(target, self.limit_ms or 0), latest)
            return max(0, start), self.end_ms
        earliest = self.start_ms + self.min_length_ms
        end = max(target, earliest)
        if self.limit_ms is not None:
            end = min(end, max(self.limit_ms, earliest))
        return self.start_ms, end


def neighbours(spans: Sequence[Span], row: int) -> tuple[Span | None, Span | None]:
    """The cues right before and right after `row` in time (ties broken by document order)."""
    key = (spans[row][0], row)
    before: tuple[tuple[int, int], Span] | None = None
    after: tuple[tuple[int, int], Span] | None = None
    for index, span in enumerate(spans):
        if index == row:
            continue
        other = (span[0], index)
        if other < key and (before is None or other > before[0]):
            before = (other, span)
        elif other > key and (after is None or other < after[0]):
            after = (other, span)
    return (before[1] if before else None), (after[1] if after else None)
