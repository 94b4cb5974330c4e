"""The transport controls drive the player, fit a narrow pane, and leave room for a timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from proofreader.subtitles.cue import Cue
from proofreader.ui.player import PreviewPlayer


def _player(qtbot, width: int) -> PreviewPlayer:
    player = PreviewPlayer()
    qtbot.addWidget(player)
    player.resize(width, 420)
    player.show()
    player.set_cues([Cue(1000, 2000, "uno"), Cue(6000, 9000, "dos")])
    return player


def test_buttons_and_combo_drive_the_player(qtbot):
    player = _player(qtbot, 900)
    bar = player.transport
    plus_5s = next(b for b in bar.step_buttons if b.text() == "+5s")
    qtbot.mouseClick(plus_5s, Qt.MouseButton.LeftButton)
    assert player.position() == 5000
    assert bar.time_label.text() == "00:05.000 / 00:09.000"
    minus_frame = next(b for b in bar.step_buttons if b.text() == "−1f")
    qtbot.mouseClick(minus_frame, Qt.MouseButton.LeftButton)
    assert player.position() == 4959  # 24 fps without a video: one frame is 41.7 ms
    bar.rate_combo.setCurrentText("2×")
    assert player.rate() == 2.0
    qtbot.mouseClick(bar.loop_button, Qt.MouseButton.LeftButton)
    player.set_current_cue(1)
    with qtbot.waitSignal(player.playing_changed):
        qtbot.mouseClick(bar.cue_button, Qt.MouseButton.LeftButton)
    assert player.is_playing()
    assert player.playhead_cue() == 1
    qtbot.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    assert not player.is_playing()


def test_controls_wrap_to_two_rows_in_a_narrow_pane(qtbot):
    player = _player(qtbot, 1200)
    qtbot.waitUntil(lambda: not player.transport.is_two_rows())
    player.resize(480, 420)
    qtbot.waitUntil(player.transport.is_two_rows)
    assert player.transport.minimumSizeHint().width() <= 480
    assert player.transport.volume_slider.isVisible()


def test_a_timeline_widget_sits_between_the_picture_and_the_ruler(qtbot):
    player = _player(qtbot, 800)
    timeline = QLabel("waveform")
    timeline.setFixedHeight(60)
    player.set_timeline_widget(timeline)
    qtbot.waitUntil(lambda: timeline.isVisible())
    assert player.view.geometry().bottom() < timeline.geometry().top()
    assert timeline.geometry().bottom() < player.ruler.geometry().top()
    player.set_timeline_widget(None)
    assert timeline.parent() is None


def test_the_time_drops_the_hours_only_for_media_under_an_hour() -> None:
    from proofreader.ui.player.timecode import format_position

    assert format_position(1_500, 33_500) == "00:01.500 / 00:33.500"
    assert format_position(3_700_000, 7_200_000) == "01:01:40.000 / 02:00:00.000"
    assert format_position(5_000, 7_200_000) == "00:00:05.000 / 02:00:00.000"


def test_in_a_very_narrow_pane_the_steps_go_below_whole(qtbot):
    """A 1280 px screen at 1.5× leaves the player under 300 px: the steps wrap onto their own
    line at full size rather than squeeze ("L…p") or disappear, and the time stays whole."""
    player = _player(qtbot, 290)
    bar = player.transport
    loop, plus_5s = bar.loop_button, bar.step_buttons[-1]

    def below_loop() -> bool:
        top = plus_5s.mapTo(bar, plus_5s.rect().topLeft()).y()
        return top >= loop.mapTo(bar, loop.rect().bottomLeft()).y()

    def whole(widget: QWidget) -> bool:
        return (
            widget.isVisible()
            and widget.width() >= widget.sizeHint().width()
            and widget.visibleRegion().boundingRect() == widget.rect()
        )

    shown = (bar.play_button, bar.cue_button, loop, *bar.step_buttons, bar.time_label)
    qtbot.waitUntil(lambda: below_loop() and all(whole(w) for w in shown))  # once laid out
    assert player.minimumSizeHint().width() <= 300
