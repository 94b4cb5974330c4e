"""Pairing one list of cues with another: by index when the counts agree, else by time overlap."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from proofreader.subtitles.cue import Cue


class OverlapIndex:
    """Finds, for any time range, the source cue that overlaps it most.

    Sources are sorted by start once; a running maximum of their ends bounds the backward scan,
    so a look-up is O(log n) plus the few cues actually overlapping, whatever the file's order.
    """

    __slots__ = ("_max_end", "_order", "_sources", "_starts")

    def __init__(self, sources: Sequence[Cue]) -> None:
        self._sources = sources
        self._order = sorted(range(len(sources)), key=lambda i: (sources[i].start_ms, i))
        self._starts = [sources[i].start_ms for i in self._order]
        self._max_end: list[int] = []
        running = -(2**62)
        for i in self._order:
            running = max(running, sources[i].end_ms)
            self._max_end.append(running)

    def best(self, start_ms: int, end_ms: int) -> int | None:
        """Index of the source with the greatest overlap (ties: lowest index); None if none."""
        sources, order, max_end = self._sources, self._order, self._max_end
        best: int | None = None
        best_overlap = 0
        k = bisect_left(self._starts, end_ms) - 1  # last source starting before the range ends
        while k >= 0 and max_end[k] > start_ms:
            index = order[k]
            source = sources[index]
            overlap = min(end_ms, source.end_ms) - max(start_ms, source.start_ms)
            if overlap > best_overlap or (
                overlap == best_overlap and best is not None and index < best
            ):
                best, best_overlap = index, overlap
            k -= 1
        return best


def pair_by_overlap(targets: Sequence[Cue], sources: Sequence[Cue]) -> list[int | None]:
    """For each target, the source index with the greatest time overlap (ties: lowest index).

    A target that overlaps no source by at least 1 ms gets None.
    """
    index = OverlapIndex(sources)
    return [index.best(t.start_ms, t.end_ms) for t in targets]


def pair_cues(targets: Sequence[Cue], sources: Sequence[Cue]) -> list[int | None]:
    """For each target cue, the index of its partner in `sources` (or None).

    Equal counts pair by position (the usual case: the translation keeps the original's cues);
    otherwise each target takes the source it overlaps most in time.
    """
    if len(targets) == len(sources):
        return list(range(len(targets)))
    return pair_by_overlap(targets, sources)
