"""The time ruler maps the widget's width to the timeline and seeks on click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from proofreader.subtitles.cue import Cue
from proofreader.ui.player import PreviewPlayer
from proofreader.ui.player.time_ruler import PAD_X, TimeRuler


def test_ruler_maps_x_to_time_and_back(qtbot):
    ruler = TimeRuler()
    qtbot.addWidget(ruler)
    ruler.resize(2 * PAD_X + 1000, 30)
    ruler.set_duration(10_000)
    assert ruler.time_at(PAD_X) == 0
    assert ruler.time_at(PAD_X + 250) == 2500
    assert ruler.time_at(-50) == 0
    assert ruler.time_at(5000) == 10_000
    assert ruler.x_at(7500) == PAD_X + 750


def test_clicking_the_ruler_requests_the_time_under_the_mouse(qtbot):
    ruler = TimeRuler()
    qtbot.addWidget(ruler)
    ruler.resize(2 * PAD_X + 400, 30)
    ruler.set_duration(8000)
    ruler.show()
    with qtbot.waitSignal(ruler.seek_requested) as blocker:
        qtbot.mouseClick(ruler, Qt.MouseButton.LeftButton, pos=QPoint(PAD_X + 100, 20))
    assert blocker.args == [2000]


def test_clicking_the_players_ruler_moves_the_playhead_and_subtitle(qtbot):
    player = PreviewPlayer()
    qtbot.addWidget(player)
    player.resize(640, 480)
    player.show()
    player.set_cues([Cue(0, 1000, "uno"), Cue(3000, 4000, "dos")])
    x = round(player.ruler.x_at(3500))
    with qtbot.waitSignal(player.position_changed):
        qtbot.mouseClick(player.ruler, Qt.MouseButton.LeftButton, pos=QPoint(x, 20))
    assert abs(player.position() - 3500) <= 10
    assert player.overlay.text() == "dos"


def test_ruler_paints_thousands_of_cues(qtbot):
    ruler = TimeRuler()
    qtbot.addWidget(ruler)
    ruler.resize(800, 30)
    ruler.set_duration(20_000 * 3000)
    ruler.set_regions([(i * 3000, i * 3000 + 2000) for i in range(20_000)])
    ruler.set_current_region((30_000, 32_000))
    image = ruler.grab().toImage()
    assert image.width() == 800
