"""The preview player with a real video: loading, seeking, cue playback, speed, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.subtitles.cue import Cue
from proofreader.ui.player import PreviewPlayer


@pytest.fixture
def player(qtbot, sample_clip: Path):
    widget = PreviewPlayer()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    widget.set_cues([Cue(200, 900, "uno"), Cue(1000, 1600, "dos"), Cue(2000, 2800, "tres")])
    with qtbot.waitSignal(widget.media_ready, timeout=10_000):
        widget.set_source(sample_clip)
    return widget


def test_a_video_loads_with_its_duration_and_frame_rate(player):
    assert player.has_media()
    assert player.error_text() == ""
    assert abs(player.duration() - 3000) <= 100
    assert player.frame_rate() == pytest.approx(25.0)
    assert player.ruler.duration() == player.duration()
    assert player.transport.time_label.text().endswith(" / 00:03.000")


def test_seek_moves_the_media_and_reports_the_position(player, qtbot):
    seen: list[int] = []
    player.position_changed.connect(seen.append)
    player.seek(1500)
    qtbot.waitUntil(lambda: abs(player.media_player().position() - 1500) <= 40)
    qtbot.waitUntil(lambda: bool(seen) and abs(seen[-1] - 1500) <= 40)
    assert player.overlay.text() == "dos"
    assert player.transport.time_label.text().startswith("00:01.5")


def test_play_cue_plays_only_that_cue(player, qtbot):
    seen: list[int] = []
    player.position_changed.connect(seen.append)
    player.play_cue(1000, 1600)
    qtbot.waitUntil(player.is_playing, timeout=5000)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=5000)
    assert any(1100 < ms < 1600 for ms in seen), "it played through the cue"
    qtbot.waitUntil(lambda: player.media_player().position() == 1599)
    assert player.overlay.text() == "dos"


def test_looping_a_cue_jumps_back_to_its_start(player, qtbot):
    seen: list[int] = []
    player.position_changed.connect(seen.append)
    player.play_cue(200, 700, loop=True)

    def wrapped() -> bool:
        late = [i for i, ms in enumerate(seen) if ms >= 550]
        return bool(late) and any(ms < 400 for ms in seen[late[0] :])

    qtbot.waitUntil(wrapped, timeout=5000)
    assert player.is_playing()
    assert max(seen) < 800
    player.toggle_play()
    qtbot.waitUntil(lambda: not player.is_playing())


def test_speed_applies_to_the_media_player_and_is_clamped(player):
    player.set_rate(1.5)
    assert player.media_player().playbackRate() == pytest.approx(1.5)
    assert player.transport.rate_combo.currentText() == "1.5×"
    player.set_rate(8)
    assert player.media_player().playbackRate() == pytest.approx(2.0)
    player.transport.rate_combo.setCurrentText("0.5×")
    assert player.media_player().playbackRate() == pytest.approx(0.5)


def test_frame_steps_use_the_video_frame_rate(player, qtbot):
    player.seek(1000)
    qtbot.waitUntil(lambda: player.position() == 1000)
    player.step_frames(1)
    qtbot.waitUntil(lambda: player.position() == 1040)
    player.step_frames(-2)
    qtbot.waitUntil(lambda: player.position() == 960)
    player.skip_ms(1000)
    qtbot.waitUntil(lambda: player.position() == 1960)
    player.skip_ms(-5000)
    qtbot.waitUntil(lambda: player.position() == 0)


def test_toggle_play_and_volume(player, qtbot):
    with qtbot.waitSignal(player.playing_changed) as blocker:
        player.toggle_play()
    assert blocker.args == [True]
    with qtbot.waitSignal(player.playing_changed) as blocker:
        player.toggle_play()
    assert blocker.args == [False]
    player.set_volume(0.5)
    assert player.transport.volume_slider.value() == 50
    player.set_muted(True)
    assert player.is_muted()
    assert player.transport.mute_button.isChecked()


def test_a_missing_file_shows_a_sentence_and_keeps_the_subtitles(qtbot, tmp_path):
    player = PreviewPlayer()
    qtbot.addWidget(player)
    player.show()
    player.set_cues([Cue(0, 1000, "uno")])
    missing = tmp_path / "gone.mp4"
    with qtbot.waitSignal(player.media_error) as blocker:
        player.set_source(missing)
    assert "was not found" in blocker.args[0]
    assert str(missing) in player.error_text()
    assert not player.has_media()
    player.show_text_now("sigue")
    assert player.overlay.text_item.toPlainText() == "sigue"


@pytest.mark.qt_log_ignore(r"Could not open media\. FFmpeg error description: Invalid data")
def test_an_unsupported_file_shows_a_sentence(qtbot, tmp_path):
    player = PreviewPlayer()
    qtbot.addWidget(player)
    player.show()
    bogus = tmp_path / "notes.mp4"
    bogus.write_text("this is not a video\n")
    with qtbot.waitSignal(player.media_error, timeout=10_000) as blocker:
        player.set_source(bogus)
    assert "format is not supported" in blocker.args[0]
    assert player.error_text() == blocker.args[0]
    player.seek(0)  # still usable
    assert not player.has_media()
