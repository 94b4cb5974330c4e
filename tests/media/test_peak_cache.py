"""The waveform cache: keyed by the file as it is, written atomically, damaged entries ignored."""

from __future__ import annotations

import os
from pathlib import Path

from proofreader.media import PeakBuilder, PeakCache, Peaks
from proofreader.media.peak_cache import decode, encode
from proofreader.media.peaks import SILENCE


def some_peaks(seconds: int = 3) -> Peaks:
    builder = PeakBuilder(8000)
    builder.add(bytes([SILENCE - 20, SILENCE + 40]) * 4000 * seconds)
    return builder.finish()


def test_peaks_round_trip_through_the_file_format() -> None:
    peaks = some_peaks()
    again = decode(encode(peaks))
    assert again.duration_ms == peaks.duration_ms
    assert [(lv.bucket_ms, lv.mins, lv.maxs) for lv in again.levels] == [
        (lv.bucket_ms, lv.mins, lv.maxs) for lv in peaks.levels
    ]


def test_stored_peaks_come_back_for_the_same_file(tmp_path: Path) -> None:
    video = tmp_path / "talk.mp4"
    video.write_bytes(b"not really a video")
    cache = PeakCache(tmp_path / "cache")
    assert cache.load(video) is None
    entry = cache.store(video, some_peaks())
    assert entry is not None and entry.parent == tmp_path / "cache"
    loaded = cache.load(video)
    assert loaded is not None and loaded.duration_ms == 3000
    assert not list((tmp_path / "cache").glob(".*.tmp")), "no temporary file left behind"


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    video = tmp_path / "talk.mp4"
    video.write_bytes(b"first")
    cache = PeakCache(tmp_path / "cache")
    cache.store(video, some_peaks())
    video.write_bytes(b"second, longer")
    os.utime(video, ns=(1, 1))
    assert cache.load(video) is None


def test_partial_peaks_are_not_stored(tmp_path: Path) -> None:
    video = tmp_path / "talk.mp4"
    video.write_bytes(b"x")
    builder = PeakBuilder(8000)
    builder.add(bytes(8000))
    assert PeakCache(tmp_path / "cache").store(video, builder.snapshot()) is None


def test_a_damaged_entry_is_ignored_and_removed(tmp_path: Path) -> None:
    video = tmp_path / "talk.mp4"
    video.write_bytes(b"x")
    cache = PeakCache(tmp_path / "cache")
    entry = cache.store(video, some_peaks())
    assert entry is not None
    entry.write_bytes(entry.read_bytes()[:-10])  # truncated
    assert cache.load(video) is None
    assert not entry.exists()


def test_the_oldest_entries_go_when_the_folder_is_full(tmp_path: Path) -> None:
    cache = PeakCache(tmp_path / "cache")
    size = len(encode(some_peaks()))
    cache.max_bytes = size * 2
    entries = []
    for i in range(3):
        video = tmp_path / f"v{i}.mp4"
        video.write_bytes(b"x" * i)
        entry = cache.store(video, some_peaks())
        assert entry is not None
        os.utime(entry, ns=(i * 10**9, i * 10**9))  # v0 oldest
        entries.append(entry)
    cache.prune()
    assert [e.exists() for e in entries] == [False, True, True]
