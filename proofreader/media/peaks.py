"""Peak envelopes: the min and max sample of each few milliseconds, at several zoom levels.

Samples are unsigned 8-bit (128 is silence): a waveform a hundred pixels high cannot show more,
and min()/max() over `bytes` run in C, so an hour of 8 kHz audio reduces in about a second of
pure Python (no numpy). Level 0 holds one bucket per BUCKET_MS; each level above merges
LEVEL_FACTOR buckets of the one below, so drawing any zoom reads at most a few buckets a pixel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

SILENCE = 128
BUCKET_MS = 5  # finest level: 200 buckets a second (a 25 fps frame is 8 of them)
LEVEL_FACTOR = 4
LEVEL_COUNT = 7  # 5 ms … 20.48 s a bucket: an hour fits a screen at the top level

Column = tuple[int, int]  # (min, max) of one pixel column, unsigned 8-bit


@dataclass(frozen=True, slots=True)
class PeakLevel:
    """One resolution: bucket i covers [i * bucket_ms, (i + 1) * bucket_ms)."""

    bucket_ms: int
    mins: bytes
    maxs: bytes

    def __len__(self) -> int:
        return len(self.mins)


class Peaks:
    """A track's envelope at LEVEL_COUNT resolutions (possibly still growing while decoding)."""

    def __init__(
        self, levels: Sequence[PeakLevel], duration_ms: int, *, complete: bool = True
    ) -> None:
        if not levels:
            raise ValueError("Peaks need at least one level.")
        self.levels: tuple[PeakLevel, ...] = tuple(levels)
        self.duration_ms = duration_ms
        self.complete = complete
        self._loudest: int | None = None

    @classmethod
    def no_audio(cls) -> Peaks:
        """What a source without a sound track has: nothing to draw."""
        return cls([PeakLevel(BUCKET_MS, b"", b"")], 0)

    @property
    def has_audio(self) -> bool:
        return len(self.levels[0]) > 0

    def level_for(self, ms_per_px: float) -> PeakLevel:
        """The coarsest level whose buckets are no wider than a pixel (the finest when zoomed in
        further than that)."""
        chosen = self.levels[0]
        for level in self.levels[1:]:
            if level.bucket_ms > ms_per_px or not len(level):
                break
            chosen = level
        return chosen

    def columns(self, start_ms: float, ms_per_px: float, count: int) -> list[Column | None]:
        """(min, max) for `count` pixel columns from `start_ms`, None where there is no audio."""
        level = self.level_for(ms_per_px)
        mins, maxs, size = level.mins, level.maxs, len(level)
        bucket = float(level.bucket_ms)
        out: list[Column | None] = []
        append = out.append
        for i in range(count):
            t0 = start_ms + i * ms_per_px
            first = int(t0 // bucket)
            stop = max(first + 1, int((t0 + ms_per_px) // bucket))
            if first >= size or stop <= 0:
                append(None)
                continue
            first, stop = max(first, 0), min(stop, size)
            if stop - first == 1:
                append((mins[first], maxs[first]))
            else:
                append((min(mins[first:stop]), max(maxs[first:stop])))
        return out

    def loudest(self) -> int:
        """The largest distance from silence anywhere in the track (0–128), to scale drawing."""
        if self._loudest is None:
            top = next((lv for lv in reversed(self.levels) if len(lv)), self.levels[0])
            low = min(top.mins, default=SILENCE)
            high = max(top.maxs, default=SILENCE)
            self._loudest = max(high - SILENCE, SILENCE - low, 0)
        return self._loudest


class PeakBuilder:
    """Reduces a stream of unsigned 8-bit samples to Peaks, bucket by bucket, as they arrive.

    Samples are gathered into batches of about BATCH bytes, and each batch is cut into buckets
    with map(min, …) and map(max, …): the per-bucket work stays in C. The levels above the first
    are brought up to date only when asked for (snapshot, finish).
    """

    BATCH = 16_384

    def __init__(self, sample_rate: int, channels: int = 1, bucket_ms: int = BUCKET_MS) -> None:
        per_bucket = sample_rate * channels * bucket_ms / 1000
        if per_bucket < 1:
            raise ValueError("A bucket must hold at least one sample.")
        self._rate = sample_rate
        self._channels = channels
        self._bucket_ms = bucket_ms
        self._per_bucket = per_bucket  # may be fractional (22,050 Hz: 110.25)
        self._pending = bytearray()
        self._pending_start = 0  # absolute index of the first pending sample
        self._samples = 0
        self._mins = [bytearray() for _ in range(LEVEL_COUNT)]
        self._maxs = [bytearray() for _ in range(LEVEL_COUNT)]

    @property
    def duration_ms(self) -> int:
        """How much audio has arrived so far."""
        return round(self._samples * 1000 / (self._rate * self._channels))

    def add(self, samples: bytes | bytearray | memoryview) -> None:
        """Take the next samples (interleaved when there are several channels)."""
        self._pending += samples
        self._samples += len(samples)
        if len(self._pending) >= self.BATCH:
            self._reduce()

    def snapshot(self) -> Peaks:
        """What has been decoded so far, for drawing while the rest is still being read."""
        self._reduce()
        self._grow_levels(partial=False)
        return Peaks(self._levels(), self.duration_ms, complete=False)

    def finish(self) -> Peaks:
        """The whole track: the last partial bucket of every level is kept."""
        self._reduce()
        if self._pending:
            self._mins[0].append(min(self._pending))
            self._maxs[0].append(max(self._pending))
            self._pending.clear()
        self._grow_levels(partial=True)
        return Peaks(self._levels(), self.duration_ms)

    def _reduce(self) -> None:
        """Turn every whole bucket among the pending samples into a level-0 min and max."""
        data, base = bytes(self._pending), self._pending_start
        first, per = len(self._mins[0]), self._per_bucket
        end = base + len(data)
        last = int(end / per)  # buckets first..last-1 may be whole
        while last > first and round(last * per) > end:
            last -= 1
        if last <= first:
            return
        cuts = [round(i * per) - base for i in range(first, last + 1)]
        chunks = [data[a:b] for a, b in pairwise(cuts)]
        self._mins[0] += bytes(map(min, chunks))
        self._maxs[0] += bytes(map(max, chunks))
        del self._pending[: cuts[-1]]
        self._pending_start = base + cuts[-1]

    def _levels(self) -> list[PeakLevel]:
        return [
            PeakLevel(self._bucket_ms * LEVEL_FACTOR**k, bytes(self._mins[k]), bytes(self._maxs[k]))
            for k in range(LEVEL_COUNT)
        ]

    def _grow_levels(self, *, partial: bool) -> None:
        """Merge the new buckets of each level into the one above (a trailing group if partial)."""
        f = LEVEL_FACTOR
        for k in range(1, LEVEL_COUNT):
            src_min, src_max = self._mins[k - 1], self._maxs[k - 1]
            done = len(self._mins[k])
            groups = -(-len(src_min) // f) if partial else len(src_min) // f
            spans = range(done * f, groups * f, f)
            self._mins[k] += bytes(map(min, [src_min[i : i + f] for i in spans]))
            self._maxs[k] += bytes(map(max, [src_max[i : i + f] for i in spans]))
