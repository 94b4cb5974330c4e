"""Reading a source's audio into peaks in the background, and the cache on the second open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofreader.media import PeakBuilder, PeakCache
from proofreader.ui.player.waveform_loader import WaveformLoader, WaveformState, running_jobs
from proofreader.workspace.document_source import SAMPLE_DIR

TALK = SAMPLE_DIR / "talk.m4a"
SILENT = SAMPLE_DIR / "silent.mp4"


@pytest.fixture
def cache(tmp_path: Path, qtbot: QtBot) -> Iterator[PeakCache]:
    yield PeakCache(tmp_path / "waveforms")
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)


def load(qtbot: QtBot, loader: WaveformLoader, source: Path | None) -> None:
    loader.load(source)
    qtbot.waitUntil(lambda: loader.state() is not WaveformState.READING, timeout=15_000)


def test_speech_is_read_into_peaks_and_cached(qtbot: QtBot, cache: PeakCache) -> None:
    loader = WaveformLoader(cache)
    load(qtbot, loader, TALK)
    peaks = loader.peaks()
    assert loader.state() is WaveformState.READY
    assert peaks is not None and peaks.complete and peaks.has_audio
    assert abs(peaks.duration_ms - 33_476) <= 100
    assert peaks.loudest() > 20  # speech, not silence
    entry = cache.entry_for(TALK)
    assert entry is not None and entry.exists()


def test_the_second_open_reads_the_cache_not_the_audio(qtbot: QtBot, cache: PeakCache) -> None:
    load(qtbot, WaveformLoader(cache), TALK)
    marker = PeakBuilder(8000)
    marker.add(bytes(8000 * 7))  # 7 s: only the cache can answer this
    cache.store(TALK, marker.finish())
    again = WaveformLoader(cache)
    load(qtbot, again, TALK)
    peaks = again.peaks()
    assert peaks is not None and peaks.duration_ms == 7000


def test_a_video_without_sound_has_no_audio(qtbot: QtBot, cache: PeakCache) -> None:
    loader = WaveformLoader(cache)
    load(qtbot, loader, SILENT)
    assert loader.state() is WaveformState.NO_AUDIO
    peaks = loader.peaks()
    assert peaks is not None and not peaks.has_audio


def test_no_source_or_a_missing_file_reads_nothing(
    qtbot: QtBot, cache: PeakCache, tmp_path: Path
) -> None:
    loader = WaveformLoader(cache)
    load(qtbot, loader, None)
    assert loader.state() is WaveformState.NONE
    load(qtbot, loader, tmp_path / "gone.mp4")
    assert loader.state() is WaveformState.NONE and loader.peaks() is None


def test_a_new_source_replaces_one_still_being_read(qtbot: QtBot, cache: PeakCache) -> None:
    loader = WaveformLoader(cache)
    loader.load(TALK)
    load(qtbot, loader, SILENT)
    assert loader.state() is WaveformState.NO_AUDIO
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)
    assert loader.state() is WaveformState.NO_AUDIO  # the first load's result was dropped


@pytest.mark.qt_log_ignore(r"Could not open media\. FFmpeg error description: Invalid data")
def test_an_unreadable_file_is_one_sentence(qtbot: QtBot, cache: PeakCache, tmp_path: Path) -> None:
    broken = tmp_path / "notes.mp4"
    broken.write_text("this is not a video\n")
    loader = WaveformLoader(cache)
    load(qtbot, loader, broken)
    assert loader.state() is WaveformState.FAILED
    assert loader.error_text() == (
        "Could not read the audio of notes.mp4; the cues can still be retimed without it."
    )
    assert cache.load(broken) is None  # not remembered: it may be readable next time


def test_shutdown_stops_a_load_at_once(qtbot: QtBot, cache: PeakCache) -> None:
    loader = WaveformLoader(cache)
    changes: list[object] = []
    loader.peaks_changed.connect(changes.append)
    loader.load(TALK)
    loader.shutdown()
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)
    assert changes == [None]  # only the reset: nothing arrived after the shutdown
