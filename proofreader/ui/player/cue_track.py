"""The cues the preview shows, with a fast "which cue is under the playhead" lookup.

Kept free of Qt so it can be reasoned about and tested alone. Typing in a cue replaces its text
without re-sorting; only a timing change re-sorts (rare, and still a few ms for 20,000 cues).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from proofreader.subtitles.cue import Cue

NO_CUE = -1
_OVERLAP_LOOKBACK = 8  # overlapping cues are a QC error; look back a little, not forever


class CueTrack:
    """Cues in document order plus an index sorted by start time."""

    def __init__(self) -> None:
        self._cues: list[Cue] = []
        self._originals: list[str] = []
        self._order: list[int] = []
        self._starts: list[int] = []
        self._end = 0

    def set_cues(self, cues: Sequence[Cue], originals: Sequence[str] | None = None) -> None:
        self._cues = list(cues)
        originals = list(originals or [])
        self._originals = (originals + [""] * len(self._cues))[: len(self._cues)]
        self._reindex()

    def update(self, index: int, cue: Cue, original: str | None = None) -> None:
        """Replace one cue; re-sort only when its timing moved."""
        old = self._cues[index]
        self._cues[index] = cue
        if original is not None:
            self._originals[index] = original
        if (old.start_ms, old.end_ms) != (cue.start_ms, cue.end_ms):
            self._reindex()

    def __len__(self) -> int:
        return len(self._cues)

    def cue(self, index: int) -> Cue:
        return self._cues[index]

    def original(self, index: int) -> str:
        return self._originals[index]

    def cues(self) -> list[Cue]:
        return list(self._cues)

    def end_ms(self) -> int:
        """The end of the last cue: the timeline's length when there is no video."""
        return self._end

    def index_at(self, ms: int) -> int:
        """The cue shown at `ms` (start inclusive, end exclusive), or NO_CUE.

        With overlapping cues the one that started last wins, as on screen.
        """
        pos = bisect_right(self._starts, ms) - 1
        stop = max(-1, pos - _OVERLAP_LOOKBACK)
        while pos > stop:
            idx = self._order[pos]
            if ms < self._cues[idx].end_ms:
                return idx
            pos -= 1
        return NO_CUE

    def next_index_after(self, ms: int) -> int:
        """The first cue starting after `ms`, or NO_CUE."""
        pos = bisect_right(self._starts, ms)
        return self._order[pos] if pos < len(self._order) else NO_CUE

    def _reindex(self) -> None:
        starts = [c.start_ms for c in self._cues]
        self._order = sorted(range(len(starts)), key=starts.__getitem__)
        self._starts = [starts[i] for i in self._order]
        self._end = max((c.end_ms for c in self._cues), default=0)
