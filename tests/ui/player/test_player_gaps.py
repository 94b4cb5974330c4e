"""Play only the subtitled ranges: the rule for where to jump, and the player skipping gaps
with the silent clock and with a real video."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofreader.subtitles.cue import Cue
from proofreader.ui.player import PreviewPlayer
from proofreader.ui.player.gap_skip import GapAction, GapSkipper, gap_jump, subtitled_spans

SPANS = [(1000, 2000), (3000, 4000), (6000, 6500)]

# ----- the rule -----


def test_inside_a_cue_nothing_happens() -> None:
    for ms in (1000, 1500, 1999, 3000, 6499):
        assert gap_jump(ms, SPANS) is None, ms


def test_in_a_gap_or_before_the_first_cue_jump_to_the_next_start() -> None:
    assert gap_jump(0, SPANS) == GapAction("jump", 1000)
    assert gap_jump(2000, SPANS) == GapAction("jump", 3000)
    assert gap_jump(2999, SPANS) == GapAction("jump", 3000)
    assert gap_jump(4040, SPANS) == GapAction("jump", 6000)


def test_after_the_last_cue_stop_on_its_last_millisecond() -> None:
    assert gap_jump(6500, SPANS) == GapAction("stop", 6499)
    assert gap_jump(90_000, SPANS) == GapAction("stop", 6499)


def test_no_cues_no_jumps() -> None:
    assert gap_jump(500, []) is None


def test_spans_are_sorted_merged_and_short_gaps_are_played_through() -> None:
    ranges = [(3000, 4000), (1000, 2000), (1900, 2100), (2200, 2300), (5000, 5000), (4100, 4200)]
    assert subtitled_spans(ranges) == [(1000, 2300), (3000, 4200)]
    assert subtitled_spans(ranges, min_gap_ms=0) == [
        (1000, 2100), (2200, 2300), (3000, 4000), (4100, 4200),
    ]  # fmt: skip


def test_a_late_report_after_a_jump_is_held_not_jumped_again() -> None:
    skipper = GapSkipper()
    skipper.set_ranges(SPANS)
    assert skipper.on_position(2040, playing=True) is None  # off by default
    skipper.enabled = True
    assert skipper.on_position(2040, playing=True) == GapAction("jump", 3000)
    assert skipper.on_position(2080, playing=True) == GapAction("hold", 3000)  # stale
    assert skipper.on_position(3000, playing=True) is None
    assert skipper.on_position(4040, playing=True) == GapAction("jump", 6000)
    skipper.reset()  # the user seeked back
    assert skipper.on_position(2500, playing=True) == GapAction("jump", 3000)
    assert skipper.on_position(2500, playing=False) is None  # paused: never moves


# ----- the player -----

CUES = [Cue(0, 300, "uno"), Cue(1000, 1300, "dos"), Cue(2000, 2300, "tres")]


def _inside(ms: int, cues: list[Cue]) -> bool:
    return any(c.start_ms <= ms < c.end_ms for c in cues)


@pytest.fixture
def player(qtbot: QtBot) -> PreviewPlayer:
    widget = PreviewPlayer()  # no video: the silent clock plays the subtitles
    qtbot.addWidget(widget)
    widget.resize(480, 360)
    widget.show()
    widget.set_cues(CUES)
    return widget


def test_the_silent_preview_skips_the_gaps_and_stops_after_the_last_cue(
    qtbot: QtBot, player: PreviewPlayer
) -> None:
    seen: list[int] = []
    shown: list[int] = []
    player.position_changed.connect(seen.append)
    player.playhead_cue_changed.connect(shown.append)
    player.set_skip_gaps(True)
    player.play()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] >= 2000, timeout=5000)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=5000)
    assert [ms for ms in seen if not _inside(ms, CUES)] == []
    assert player.position() == 2299
    assert [i for i in shown if i >= 0] == [1, 2]
    assert player.overlay.text() == "tres"


def test_playing_from_a_gap_starts_at_the_next_cue(qtbot: QtBot, player: PreviewPlayer) -> None:
    player.set_skip_gaps(True)
    player.seek(500)  # paused in a gap: it stays there
    assert player.position() == 500
    seen: list[int] = []
    player.position_changed.connect(seen.append)
    player.play()
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=5000)
    assert 1000 <= seen[0] < 1300
    player.pause()


def test_without_the_option_the_gaps_play(qtbot: QtBot, player: PreviewPlayer) -> None:
    seen: list[int] = []
    player.position_changed.connect(seen.append)
    player.play()
    qtbot.waitUntil(lambda: any(400 <= ms < 1000 for ms in seen), timeout=5000)
    player.pause()
    assert not player.skips_gaps()


def test_a_video_skips_the_gaps(qtbot: QtBot, sample_clip: Path) -> None:
    cues = [Cue(200, 600, "uno"), Cue(1500, 1800, "dos"), Cue(2400, 2700, "tres")]
    player = PreviewPlayer()
    qtbot.addWidget(player)
    player.resize(480, 360)
    player.show()
    player.set_cues(cues)
    with qtbot.waitSignal(player.media_ready, timeout=10_000):
        player.set_source(sample_clip)
    seen: list[int] = []
    player.position_changed.connect(seen.append)
    player.set_skip_gaps(True)
    player.play()
    qtbot.waitUntil(lambda: any(ms >= 2400 for ms in seen), timeout=10_000)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=5000)
    assert [ms for ms in seen if not _inside(ms, cues)] == []
    assert any(1500 <= ms < 1800 for ms in seen)
    qtbot.waitUntil(lambda: player.media_player().position() == 2699)


def test_new_ranges_replace_the_old_ones_for_the_next_position() -> None:
    """Spans are merged when first needed: a timing edit (new ranges) still counts at once."""
    skipper = GapSkipper()
    skipper.enabled = True
    skipper.set_ranges(SPANS)
    assert skipper.on_position(2040, playing=True) == GapAction("jump", 3000)
    skipper.set_ranges([*SPANS, (2000, 2600)])  # a cue moved into the gap
    assert skipper.on_position(2040, playing=True) is None
    assert skipper.spans() == [(1000, 2600), (3000, 4000), (6000, 6500)]
