"""The waveform under the main window's player: retiming by dragging (one undo step), seeking,
"No audio", the View toggle."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from proofreader.library import LibraryStore
from proofreader.ui.main_window import MainWindow, WindowContext
from proofreader.ui.player.waveform_loader import WaveformState, running_jobs
from proofreader.ui.player.waveform_timeline import WaveformTimeline
from proofreader.ui.window.waveform_link import TALL_SCREEN
from proofreader.workspace.document_source import SAMPLE_DIR, local_source

GAP = 84  # two frames at 24 fps (Spanish thresholds), rounded up
Opened = tuple[MainWindow, WaveformTimeline]


@pytest.fixture
def open_with_video(
    qtbot: QtBot, tmp_path: Path, sample_files: tuple[Path, Path]
) -> Iterator[Callable[[Path], Opened]]:
    made: list[tuple[MainWindow, LibraryStore]] = []

    def open_(video: Path) -> Opened:
        root = tmp_path / "home"
        store = LibraryStore(root / "library.sqlite3")
        window = MainWindow(WindowContext(store, root / "settings.json", cache_dir=root / "cache"))
        made.append((window, store))
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        window.documents.open_source(local_source(*sample_files, video))
        qtbot.waitUntil(lambda: window.session is not None and window.current_row() == 0)
        timeline = window.waveform.timeline
        assert timeline is not None
        qtbot.waitUntil(lambda: timeline.state() is not WaveformState.READING, timeout=15_000)
        return window, timeline

    yield open_
    for window, store in made:
        window._closing = True
        window.close()
        store.close()
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)


def drag(qtbot: QtBot, timeline: WaveformTimeline, from_ms: int, to_ms: int) -> None:
    view = timeline.view
    start, end = view.cursor_pos_for(from_ms), view.cursor_pos_for(to_ms)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_an_edge_retimes_the_cue_in_one_undo_step(
    qtbot: QtBot, open_with_video: Callable[[Path], Opened]
) -> None:
    window, timeline = open_with_video(SAMPLE_DIR / "talk.mp4")
    assert timeline.state() is WaveformState.READY
    peaks = timeline.view.peaks()
    assert peaks is not None and abs(peaks.duration_ms - 33_500) <= 100
    session = window.session
    assert session is not None
    document, stack = session.document, session.undo.stack
    assert (document[1].start_ms, document[1].end_ms) == (4365, 7889)
    timeline.view.set_view(0, 10)
    before = stack.count()

    drag(qtbot, timeline, 7889, 8150)  # cue 2's end towards cue 3 (starts at 8189)

    assert (document[1].start_ms, document[1].end_ms) == (4365, 8189 - GAP)
    assert stack.count() == before + 1
    assert window.current_row() == 1  # the retimed cue is the one being edited
    assert window.area.pane is not None and window.area.pane.row == 1
    window.registry.trigger("edit.undo")
    assert (document[1].start_ms, document[1].end_ms) == (4365, 7889)
    window.registry.trigger("edit.redo")
    assert document[1].end_ms == 8189 - GAP


def test_ctrl_z_after_a_drag_restores_the_times(
    qtbot: QtBot, open_with_video: Callable[[Path], Opened]
) -> None:
    window, timeline = open_with_video(SAMPLE_DIR / "talk.mp4")
    session = window.session
    assert session is not None
    timeline.view.set_view(0, 10)
    drag(qtbot, timeline, 500, 1500)  # cue 1's start, later
    assert session.document[0].start_ms == 1500
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.registry.action("edit.undo").isEnabled)
    qtbot.keyClick(window.area.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.document[0].start_ms == 500


def test_clicking_the_waveform_seeks_the_player(
    qtbot: QtBot, open_with_video: Callable[[Path], Opened]
) -> None:
    window, timeline = open_with_video(SAMPLE_DIR / "talk.mp4")
    player = window.area.player
    assert player is not None
    qtbot.waitUntil(player.has_media, timeout=10_000)
    timeline.view.set_view(10_000, 10)
    qtbot.mouseClick(
        timeline.view, Qt.MouseButton.LeftButton, pos=timeline.view.cursor_pos_for(13_000)
    )
    qtbot.waitUntil(lambda: abs(player.position() - 13_000) <= 50)
    assert player.playhead_cue() == 3  # cue 4 runs 12.6–17.8 s
    assert timeline.view.position() == player.position()


def test_a_silent_video_says_no_audio_and_its_cues_can_still_be_retimed(
    qtbot: QtBot, open_with_video: Callable[[Path], Opened]
) -> None:
    window, timeline = open_with_video(SAMPLE_DIR / "silent.mp4")
    assert timeline.state() is WaveformState.NO_AUDIO
    assert timeline.view.status() == "No audio"
    timeline.view.set_view(0, 10)
    drag(qtbot, timeline, 4065, 3000)
    session = window.session
    assert session is not None and session.document[0].end_ms == 3000


def test_the_view_menu_hides_the_waveform_and_remembers(
    qtbot: QtBot, open_with_video: Callable[[Path], Opened]
) -> None:
    window, timeline = open_with_video(SAMPLE_DIR / "talk.mp4")
    screen = QGuiApplication.primaryScreen()
    tall = screen.availableGeometry().height() >= TALL_SCREEN
    assert timeline.isVisible() is tall  # a short screen keeps the room for the picture
    action = window.registry.action("view.waveform")
    if not tall:
        action.trigger()
        assert timeline.isVisible()
    action.trigger()
    assert not action.isChecked() and not timeline.isVisible()
    assert window.state.flag("show_waveform", True) is False
    action.trigger()
    assert timeline.isVisible()
