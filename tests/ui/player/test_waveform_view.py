"""The waveform view alone: dragging edges, clicking, zooming, scrolling, following playback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proofreader.media import PeakBuilder
from proofreader.media.peaks import SILENCE
from proofreader.ui.player.waveform_view import RetimeRules, WaveformView

SPANS = [(1000, 3000), (3500, 5000), (6000, 8000)]
MS_PER_PX = 10.0  # x = ms / 10 with the view at 0


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[WaveformView]:
    widget = WaveformView()
    qtbot.addWidget(widget)
    widget.resize(1000, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_duration(30_000)
    widget.set_cues(SPANS)
    widget.set_view(0, MS_PER_PX)
    widget.set_rules(lambda: RetimeRules(min_gap_ms=83.3, min_length_ms=40))
    yield widget


def drag(qtbot: QtBot, view: WaveformView, from_ms: float, to_ms: float) -> None:
    start, end = view.cursor_pos_for(from_ms), view.cursor_pos_for(to_ms)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, QPoint((start.x() + end.x()) // 2, end.y()))
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_an_end_edge_asks_for_one_retime(qtbot: QtBot, view: WaveformView) -> None:
    asked: list[tuple[int, int, int]] = []
    view.retime_requested.connect(lambda *args: asked.append(args))
    drag(qtbot, view, 3000, 2500)
    assert asked == [(0, 1000, 2500)]


def test_the_minimum_gap_to_the_neighbour_is_kept(qtbot: QtBot, view: WaveformView) -> None:
    asked: list[tuple[int, int, int]] = []
    view.retime_requested.connect(lambda *args: asked.append(args))
    drag(qtbot, view, 3000, 4500)  # far into the next cue
    drag(qtbot, view, 3500, 2000)  # the next cue's start, far into this one
    assert asked == [(0, 1000, 3500 - 84), (1, 3000 + 84, 5000)]


def test_an_edge_snaps_to_the_neighbour_when_near(qtbot: QtBot, view: WaveformView) -> None:
    asked: list[tuple[int, int, int]] = []
    view.retime_requested.connect(lambda *args: asked.append(args))
    drag(qtbot, view, 5000, 5860)  # 6000 - 84 = 5916 is 56 ms (under 8 px) away
    assert asked == [(1, 3500, 5916)]


def test_a_small_drag_moves_by_whole_pixels_without_snapping(
    qtbot: QtBot, view: WaveformView
) -> None:
    asked: list[tuple[int, int, int]] = []
    view.retime_requested.connect(lambda *args: asked.append(args))
    drag(qtbot, view, 6000, 5700)
    assert asked == [(2, 5700, 8000)]


def test_escape_cancels_a_drag(qtbot: QtBot, view: WaveformView) -> None:
    asked: list[tuple[int, int, int]] = []
    view.retime_requested.connect(lambda *args: asked.append(args))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=view.cursor_pos_for(3000))
    qtbot.mouseMove(view, view.cursor_pos_for(2000))
    assert view.span_of(0) == (1000, 2000)  # the preview follows the mouse
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=view.cursor_pos_for(2000))
    assert asked == []
    assert view.span_of(0) == (1000, 3000)


def test_cues_changing_under_a_drag_cancel_it(qtbot: QtBot, view: WaveformView) -> None:
    """An undo while the mouse is held (a cue inserted or moved) must not let the release write
    the drag's old row and times onto whatever cue is there now."""
    asked: list[tuple[int, int, int]] = []
    view.retime_requested.connect(lambda *args: asked.append(args))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=view.cursor_pos_for(3000))
    qtbot.mouseMove(view, view.cursor_pos_for(2000))
    view.set_cues([(0, 500), *SPANS])  # a cue inserted before: row 0 is another cue now
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=view.cursor_pos_for(2000))
    assert asked == []
    assert view.span_of(0) == (0, 500) and view.span_of(1) == (1000, 3000)

    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=view.cursor_pos_for(3000))
    qtbot.mouseMove(view, view.cursor_pos_for(2500))
    view.update_cue(1, (1200, 3000))  # its other edge moved meanwhile
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=view.cursor_pos_for(2500))
    assert asked == []


def test_clicking_away_from_edges_seeks(qtbot: QtBot, view: WaveformView) -> None:
    seeks: list[int] = []
    view.seek_requested.connect(seeks.append)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cursor_pos_for(2000))
    assert seeks == [2000]


def test_the_cursor_shows_where_an_edge_can_be_dragged(qtbot: QtBot, view: WaveformView) -> None:
    qtbot.mouseMove(view, view.cursor_pos_for(3010))
    assert view.cursor().shape() == Qt.CursorShape.SizeHorCursor
    qtbot.mouseMove(view, view.cursor_pos_for(2000))
    assert view.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_double_click_on_a_cue_activates_it(qtbot: QtBot, view: WaveformView) -> None:
    activated: list[int] = []
    view.cue_activated.connect(activated.append)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.cursor_pos_for(4200))
    assert activated == [1]


def wheel(view: WaveformView, x: int, dy: int, modifiers: Qt.KeyboardModifier) -> None:
    pos = QPointF(x, view.height() / 2)
    event = QWheelEvent(
        pos, view.mapToGlobal(pos), QPoint(), QPoint(0, dy), Qt.MouseButton.NoButton,
        modifiers, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view, event)


def test_ctrl_wheel_zooms_around_the_mouse(view: WaveformView) -> None:
    view.set_view(1000, MS_PER_PX)
    anchor = view.time_at(400)
    wheel(view, 400, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.ms_per_px() == pytest.approx(MS_PER_PX / 1.25)
    assert view.time_at(400) == pytest.approx(anchor)
    wheel(view, 400, -240, Qt.KeyboardModifier.ControlModifier)
    assert view.ms_per_px() == pytest.approx(MS_PER_PX * 1.25)


def test_the_wheel_scrolls_and_stops_at_the_ends(view: WaveformView) -> None:
    wheel(view, 400, -120, Qt.KeyboardModifier.NoModifier)  # down: later
    assert view.origin_ms() == pytest.approx(1000)  # a tenth of the 10 s in view
    for _ in range(50):
        wheel(view, 400, -120, Qt.KeyboardModifier.NoModifier)
    assert view.origin_ms() == pytest.approx(30_000 - view.visible_ms())
    view.zoom_to_fit()
    assert view.visible_ms() == pytest.approx(30_000)


def test_a_short_source_does_not_lose_the_zoom_for_a_longer_one(view: WaveformView) -> None:
    view.set_view(0, 20)
    view.set_duration(3000)  # 3 s in 1000 px: at most 3 ms a pixel
    assert view.ms_per_px() == pytest.approx(3)
    view.set_duration(0)
    view.zoom_to_fit()  # nothing to fit: no change
    view.set_duration(600_000)
    assert view.ms_per_px() == pytest.approx(20)


def test_the_view_pages_along_while_playing(view: WaveformView) -> None:
    view.set_playing(True)
    view.set_position(5000)
    assert view.origin_ms() == 0
    view.set_position(9500)  # near the right edge of 0–10 s
    assert view.origin_ms() == pytest.approx(9500 - 0.08 * 10_000)
    view.set_playing(False)
    view.set_position(25_000)  # a jump while paused: centred
    assert view.origin_ms() == pytest.approx(20_000)


def test_peaks_are_drawn_and_the_status_is_shown_when_there_are_none(
    view: WaveformView,
) -> None:
    view.set_status("No audio")
    image = view.grab().toImage()
    assert view.status() == "No audio"
    builder = PeakBuilder(8000)
    builder.add(bytes([SILENCE - 100, SILENCE + 100]) * 4000 * 30)
    view.set_peaks(builder.finish())
    view.set_status("")
    drawn = view.grab().toImage()
    y = view.height() // 2 - 10  # above the centre line: only a waveform paints here
    x = round(view.x_at(500))  # outside any cue
    assert drawn.pixelColor(x, y) != image.pixelColor(x, y)
