"""Waveform benchmark: time to a drawn waveform for a one-hour audio track, and when cached.

    uv run python benchmarks/waveform.py                  # makes a one-hour track with ffmpeg
    uv run python benchmarks/waveform.py --track FILE     # any audio or video file
    uv run python benchmarks/waveform.py --minutes 10     # a shorter track

What is measured, and how:

1. The track (not timed, not kept): the bundled speech (resources/sample/talk.m4a) converted
   once to 48 kHz stereo AAC at 128 kb/s, as a video's sound usually is, then repeated without
   re-encoding (`-stream_loop`, `-c copy`) to the length asked for, in a temporary folder.
2. First open, in process (offscreen unless QT_QPA_PLATFORM says otherwise): the app's
   WaveformTimeline, 1000 px wide, with an empty cache folder. The clock starts just before
   `set_source`; "first part drawn" is when the first partial peaks have been painted (a
   synchronous repaint() right after they arrive), "drawn" when the complete peaks have.
   CPU is this process's CPU time over the same span (all threads: the decoder's, the worker's
   and the GUI's); on a busy machine it is the steadier figure.
   Meanwhile a 10 ms QTimer on the GUI thread records its longest gap: how long the window
   could not react while the audio was being read.
3. Cached open: a second timeline (a new loader, so nothing is kept in memory) on the same
   cache folder, timed the same way.
4. Scrolling: with the hour loaded, the view is repainted at 50 positions across the track at
   the default zoom (20 ms a pixel) and zoomed all the way out; the median and the longest
   paint are printed (60 frames a second leave 16 ms).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

if TYPE_CHECKING:
    from proofreader.ui.player.waveform_timeline import WaveformTimeline

SPEECH = ROOT / "resources" / "sample" / "talk.m4a"
GOAL_DRAWN_S = 10.0
GOAL_PAINT_MS = 16.0


def make_track(folder: Path, minutes: float) -> Path:
    """`minutes` of looped speech as 48 kHz stereo AAC in an .m4a file."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        sys.exit("ffmpeg is needed to make the test track (or pass --track FILE).")
    piece = folder / "piece.m4a"
    track = folder / f"speech-{minutes:g}min.m4a"
    quiet = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y"]
    subprocess.run(
        [*quiet, "-stream_loop", "1", "-i", str(SPEECH), "-ar", "48000", "-ac", "2",
         "-c:a", "aac", "-b:a", "128k", str(piece)],
        check=True,
    )  # fmt: skip
    subprocess.run(
        [*quiet, "-stream_loop", "-1", "-i", str(piece), "-t", str(minutes * 60),
         "-c", "copy", str(track)],
        check=True,
    )  # fmt: skip
    return track


@dataclass
class Opening:
    """One open of the track: seconds from set_source, and the GUI's longest stall."""

    timeline: WaveformTimeline
    first_s: float = 0.0
    drawn_s: float = 0.0
    cpu_s: float = 0.0
    stall_ms: float = 0.0
    ticks: list[float] = field(default_factory=list)


def open_timed(track: Path, cache_folder: Path) -> Opening:
    """Open `track` in a fresh WaveformTimeline; times to first and complete drawing."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from proofreader.media import PeakCache
    from proofreader.ui.player.waveform_loader import WaveformState
    from proofreader.ui.player.waveform_timeline import WaveformTimeline

    app = QApplication.instance()
    assert app is not None
    timeline = WaveformTimeline(PeakCache(cache_folder))
    timeline.resize(1000, timeline.sizeHint().height())
    timeline.show()
    app.processEvents()
    view = timeline.view
    opening = Opening(timeline)
    ticks = opening.ticks
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def on_peaks(_peaks: object) -> None:
        peaks = view.peaks()
        if peaks is None or not peaks.has_audio:
            return
        view.repaint()
        now = time.perf_counter() - start
        opening.first_s = opening.first_s or now
        if peaks.complete:
            opening.drawn_s = now
            opening.cpu_s = time.process_time() - cpu

    timeline.loader.peaks_changed.connect(on_peaks)
    timer.start()
    start, cpu = time.perf_counter(), time.process_time()
    ticks.append(start)
    timeline.set_source(track)
    if timeline.state() is WaveformState.READING:  # wait as the app does: in the event loop
        loop = QEventLoop()
        timeline.loader.state_changed.connect(loop.quit)
        loop.exec()
    timer.stop()
    if timeline.state() is not WaveformState.READY:
        sys.exit(f"The track could not be read: {timeline.view.status()}")
    opening.stall_ms = max((b - a for a, b in itertools.pairwise(ticks)), default=0) * 1000
    return opening


def scroll_paints(timeline: WaveformTimeline, fit: bool) -> list[float]:
    """Milliseconds of a synchronous repaint at 50 positions across the track."""
    from proofreader.ui.player.waveform_view import DEFAULT_MS_PER_PX

    view = timeline.view
    view.set_view(0, view.max_ms_per_px() if fit else DEFAULT_MS_PER_PX)
    times = []
    for i in range(50):
        view.set_origin(view.duration() * i / 50)
        begin = time.perf_counter()
        view.repaint()
        times.append((time.perf_counter() - begin) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description="Time to a drawn waveform for a long track.")
    parser.add_argument("--track", type=Path, help="an audio or video file (default: make one)")
    parser.add_argument("--minutes", type=float, default=60.0, help="length of the made track")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="waveform-bench-") as temp:
        folder = Path(temp)
        if args.track is not None:
            track = args.track
        else:
            print(f"Making a {args.minutes:g}-minute 48 kHz stereo AAC track with ffmpeg…")
            track = make_track(folder, args.minutes)
        cache = folder / "cache"
        first = open_timed(track, cache)
        again = open_timed(track, cache)
        duration = first.timeline.view.duration()
        hour = duration / 3_600_000
        print(f"Track: {track.name}, {duration / 60_000:.1f} min")
        print("First open (decoding with QAudioDecoder at 8 kHz mono, in a worker thread):")
        print(f"  first part drawn        {first.first_s:7.3f} s")
        print(
            f"  whole waveform drawn    {first.drawn_s:7.3f} s   (goal: {GOAL_DRAWN_S:g} s "
            f"for an hour; {first.drawn_s / hour:.1f} s per hour of audio)"
        )
        print(f"  CPU time, all threads   {first.cpu_s:7.3f} s")
        print(f"  longest GUI stall       {first.stall_ms:7.1f} ms  (10 ms timer's worst gap)")
        print("Cached open (a new loader, the peaks read from the cache folder):")
        print(f"  whole waveform drawn    {again.drawn_s:7.3f} s")
        print(f"  longest GUI stall       {again.stall_ms:7.1f} ms")
        size = sum(p.stat().st_size for p in cache.iterdir())
        print(f"  cache entry             {size / 1e6:7.2f} MB")
        for fit in (False, True):
            paints = scroll_paints(first.timeline, fit)
            label = "zoomed out, whole track" if fit else "default zoom, 20 ms/px "
            print(
                f"Scrolling, {label}: paint median {statistics.median(paints):5.2f} ms, "
                f"longest {max(paints):5.2f} ms (goal: {GOAL_PAINT_MS:g} ms)"
            )
        for opening in (first, again):
            opening.timeline.shutdown()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
