"""Peak envelopes: buckets from streamed samples, zoom levels, columns for drawing."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from proofreader.media import BUCKET_MS, LEVEL_FACTOR, PeakBuilder, Peaks
from proofreader.media.peaks import LEVEL_COUNT, SILENCE

RATE = 8000
PER_BUCKET = RATE * BUCKET_MS // 1000  # 40 samples


def tone(seconds: float, amplitude: int = 100, rate: int = RATE) -> bytes:
    """A 200 Hz sine around the silence value."""
    n = round(seconds * rate)
    return bytes(
        SILENCE + round(amplitude * math.sin(2 * math.pi * 200 * i / rate)) for i in range(n)
    )


def test_a_tone_then_silence_gives_loud_then_flat_buckets() -> None:
    builder = PeakBuilder(RATE)
    builder.add(tone(1.0))
    builder.add(bytes([SILENCE]) * RATE)
    peaks = builder.finish()
    assert peaks.complete and peaks.has_audio
    assert peaks.duration_ms == 2000
    level = peaks.levels[0]
    assert len(level) == 2000 // BUCKET_MS
    loud, quiet = level.maxs[: len(level) // 2], level.maxs[len(level) // 2 :]
    assert min(loud) >= SILENCE + 95 and max(quiet) == SILENCE
    assert peaks.loudest() == 100


def test_samples_split_anywhere_give_the_same_peaks() -> None:
    data = tone(0.5) + bytes(range(256)) * 7
    whole = PeakBuilder(RATE)
    whole.add(data)
    pieces = PeakBuilder(RATE)
    for i in range(0, len(data), 333):  # chunks that do not line up with buckets
        pieces.add(data[i : i + 333])
    a, b = whole.finish(), pieces.finish()
    assert [(lv.mins, lv.maxs) for lv in a.levels] == [(lv.mins, lv.maxs) for lv in b.levels]


@given(st.lists(st.integers(0, 255), min_size=1, max_size=2000))
def test_every_level_covers_all_samples_with_their_extremes(samples: list[int]) -> None:
    builder = PeakBuilder(RATE)
    builder.add(bytes(samples))
    peaks = builder.finish()
    assert len(peaks.levels) == LEVEL_COUNT
    for k, level in enumerate(peaks.levels):
        assert level.bucket_ms == BUCKET_MS * LEVEL_FACTOR**k
        assert len(level) == math.ceil(len(samples) / (PER_BUCKET * LEVEL_FACTOR**k))
        assert min(level.mins) == min(samples) and max(level.maxs) == max(samples)


def test_stereo_and_odd_rates_keep_the_time_axis() -> None:
    builder = PeakBuilder(22050, channels=2)
    builder.add(bytes([SILENCE]) * 22050 * 2 * 3)  # three seconds
    peaks = builder.finish()
    assert peaks.duration_ms == 3000
    assert len(peaks.levels[0]) == 3000 // BUCKET_MS


def test_a_snapshot_while_reading_is_partial_and_grows() -> None:
    builder = PeakBuilder(RATE)
    builder.add(tone(1.0))
    first = builder.snapshot()
    builder.add(tone(1.0))
    second = builder.snapshot()
    assert not first.complete and not second.complete
    assert first.duration_ms == 1000 and second.duration_ms == 2000
    assert len(second.levels[0]) == 2 * len(first.levels[0])


def test_columns_pick_a_level_and_merge_buckets_per_pixel() -> None:
    builder = PeakBuilder(RATE)
    builder.add(bytes([SILENCE]) * RATE)  # 1 s silence
    builder.add(bytes([SILENCE + 50, SILENCE - 60]) * (RATE // 2))  # 1 s loud
    peaks = builder.finish()
    assert peaks.level_for(3).bucket_ms == BUCKET_MS
    assert peaks.level_for(100).bucket_ms == BUCKET_MS * LEVEL_FACTOR**2  # 80 ms
    columns = peaks.columns(0, 100, 25)  # 100 ms a pixel, 2.5 s wide
    assert columns[:10] == [(SILENCE, SILENCE)] * 10
    assert columns[10:20] == [(SILENCE - 60, SILENCE + 50)] * 10
    assert columns[21:] == [None] * 4  # past the end of the audio
    assert peaks.columns(-500, 100, 3) == [None] * 3  # before the start


def test_a_source_without_sound_has_nothing_to_draw() -> None:
    peaks = Peaks.no_audio()
    assert not peaks.has_audio and peaks.complete
    assert peaks.columns(0, 10, 5) == [None] * 5
    assert peaks.loudest() == 0
