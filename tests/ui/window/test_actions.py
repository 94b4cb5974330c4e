"""The action registry: every command in a menu and the shortcut sheet, keys that reach the
right command (and never steal typing), structure edits, problems, filters, find."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from proofreader.subtitles.document import ReviewState
from proofreader.ui.editor.cue_filter import FilterMode
from proofreader.ui.main_window import MainWindow
from tests.ui.window_support import MakeWindow, open_files, type_text


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]) -> MainWindow:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    open_files(qtbot, window, *sample_files)
    return window


def test_every_action_is_in_a_menu_and_in_the_shortcut_sheet(window: MainWindow) -> None:
    in_menus = {action.objectName() for menu in window.menus.values() for action in menu.actions()}
    ids = [spec.id for spec in window.registry.specs()]
    assert set(ids) <= in_menus
    sheet = window.views.show_shortcuts()
    rows = {command: keys for command, keys, _where in sheet.rows()}
    assert len(rows) == len(ids)
    assert rows["Play / Pause"] == "Space, Ctrl+Space"
    assert rows["Mark Reviewed and Go to Next"] == "Ctrl+Return, Ctrl+Enter"
    assert rows["Next Problem"] == "F8"
    assert rows["Keyboard Shortcuts"] == "F1"
    sheet.filter.setText("loop")
    visible = [
        sheet.tree.topLevelItem(i).text(0)
        for i in range(sheet.tree.topLevelItemCount())
        if not sheet.tree.topLevelItem(i).isHidden()
    ]
    assert visible == ["Playback", "Loop Cue"]


def test_no_two_commands_share_a_key_in_the_same_place(window: MainWindow) -> None:
    keys = Counter(
        (spec.scope, key.toString())
        for spec in window.registry.specs()
        for key in window.registry.action(spec.id).shortcuts()
    )
    window_keys = {key for (scope, key) in keys if scope == ""}
    table_keys = {key for (scope, key) in keys if scope == "table"}
    assert [k for k, n in keys.items() if n > 1] == []
    assert window_keys & table_keys == set()


def test_f1_opens_the_shortcut_sheet(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.area.table, Qt.Key.Key_F1)
    assert window.views.sheet is not None and window.views.sheet.isVisible()


def test_space_plays_from_the_table_but_types_in_the_text_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    player = window.area.player
    session = window.session
    assert player is not None and session is not None
    window.area.table.setFocus()
    qtbot.keyClick(window.area.table, Qt.Key.Key_Space)
    qtbot.waitUntil(player.is_playing)
    qtbot.keyClick(window.area.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not player.is_playing())
    before = session.document[0].text
    type_text(qtbot, window, " a b")
    assert session.document[0].text == before + " a b"
    assert not player.is_playing()


def test_jkl_with_the_table_focused(qtbot: QtBot, window: MainWindow) -> None:
    player = window.area.player
    assert player is not None
    table = window.area.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_L)
    qtbot.waitUntil(player.is_playing)
    qtbot.keyClick(table, Qt.Key.Key_L)
    assert player.rate() == 1.25
    qtbot.keyClick(table, Qt.Key.Key_J)
    assert player.rate() == 1.0
    qtbot.keyClick(table, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: not player.is_playing())
    player.seek(5000)
    qtbot.keyClick(table, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: player.position() == 4000)


def test_ctrl_return_marks_reviewed_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    type_text(qtbot, window, " ok")
    pane = window.area.pane
    assert pane is not None
    qtbot.keyClick(pane.translation_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.document[0].review is ReviewState.REVIEWED
    assert session.document[0].text.endswith(" ok")  # no line break typed
    assert window.current_row() == 1
    assert pane.translation_edit.hasFocus()


def test_undo_key_in_the_text_field_undoes_the_document(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    pane = window.area.pane
    assert session is not None and pane is not None
    before = session.document[0].text
    type_text(qtbot, window, "xyz")
    qtbot.keySequence(pane.translation_edit, QKeySequence.StandardKey.Undo)
    assert session.document[0].text == before
    assert pane.translation_edit.toPlainText() == before


def test_split_merge_insert_delete_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    document = session.document
    original_rows = list(document.rows)
    window.registry.trigger("edit.split_cursor")
    assert len(document) == 9 and window.current_row() == 1
    window.select_row(0)
    window.registry.trigger("edit.merge")
    assert len(document) == 8 and document[0].text == original_rows[0].text.replace("\n", "\n")
    window.select_row(7)
    window.registry.trigger("edit.insert")
    assert len(document) == 9 and window.current_row() == 8 and document[8].text == ""
    assert document[8].start_ms == document[7].end_ms
    window.area.table.setFocus()
    qtbot.keyClick(window.area.table, Qt.Key.Key_Delete)
    assert len(document) == 8
    for _ in range(4):
        window.registry.trigger("edit.undo")
    assert list(document.rows) == original_rows


def test_split_at_playhead(qtbot: QtBot, window: MainWindow) -> None:
    session, player = window.session, window.area.player
    assert session is not None and player is not None
    cue = session.document[2].cue
    window.select_row(2)
    player.seek(cue.start_ms + 1000)
    window.registry.trigger("edit.split_playhead")
    assert session.document[2].end_ms == cue.start_ms + 1000
    assert session.document[3].start_ms == cue.start_ms + 1000


def test_shift_times_and_set_in_from_the_player(qtbot: QtBot, window: MainWindow) -> None:
    session, player = window.session, window.area.player
    assert session is not None and player is not None
    starts = [r.start_ms for r in session.document.rows]
    assert window.editing.shift(250)
    assert [r.start_ms for r in session.document.rows] == [s + 250 for s in starts]
    window.select_row(1)
    player.seek(starts[1] + 600)
    window.registry.trigger("play.set_in")
    assert session.document[1].start_ms == starts[1] + 600


def test_next_problem_and_filters(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    window.select_row(1)
    qtbot.keyClick(window.area.table, Qt.Key.Key_F8)
    assert window.current_row() == 3  # row 2 has no finding
    qtbot.keyClick(window.area.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_row() == 1
    window.registry.trigger("review.mark_next")
    window.registry.trigger("view.filter.unreviewed")
    proxy = window.area.proxy
    assert proxy is not None and proxy.mode is FilterMode.UNREVIEWED
    window.select_row(4)
    assert proxy.rowCount() == 7
    assert window.area.filter_count.text() == "7 of 8 cues"
    window.registry.trigger("view.filter.all")
    assert window.area.table.model().rowCount() == 8 and window.area.filter_count.text() == ""
    assert window.current_row() == 4


def test_find_and_replace_keys(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    qtbot.keyClick(window.area.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.area.find_bar
    assert bar is not None and bar.isVisible() and not bar.is_replace_shown()
    qtbot.keyClicks(bar.find_edit, "HeyGen")
    assert window.current_row() == 5  # found while typing
    window.select_row(0)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert window.current_row() == 5
    pane = window.area.pane
    assert pane is not None and pane.translation_edit.textCursor().selectedText() == "HeyGen"
    qtbot.keyClick(window.area.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.is_replace_shown()


def test_flag_and_revert(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    machine = session.document[0].text
    type_text(qtbot, window, " extra")
    window.registry.trigger("review.flag")
    assert session.document[0].review is ReviewState.FLAGGED
    window.registry.trigger("review.revert")
    assert session.document[0].text == machine
    window.registry.trigger("review.flag")
    assert session.document[0].review is ReviewState.UNREVIEWED


def test_playing_highlights_and_follows_the_cue(qtbot: QtBot, window: MainWindow) -> None:
    player = window.area.player
    assert player is not None
    window.registry.action("view.follow").setChecked(True)
    window.select_row(0)
    player.seek(window.session.document[1].start_ms - 100)  # type: ignore[union-attr]
    window.registry.trigger("play.toggle")
    qtbot.waitUntil(lambda: window.area.table.playing_row() == 1, timeout=3000)
    window.registry.trigger("play.toggle")
    assert window.current_row() == 0  # following shows the playing cue, it does not select it


def test_speed_loop_and_steps(qtbot: QtBot, window: MainWindow) -> None:
    player = window.area.player
    assert player is not None
    window.registry.trigger("play.faster")
    window.registry.trigger("play.faster")
    assert player.rate() == 1.5
    window.registry.trigger("play.slower")
    assert player.rate() == 1.25
    window.registry.trigger("play.normal")
    assert player.rate() == 1.0
    window.registry.trigger("play.loop")
    assert window.registry.action("play.loop").isChecked()
    player.seek(10_000)
    window.registry.trigger("play.five_back")
    window.registry.trigger("play.second_forward")
    assert player.position() == 6000


def test_import_glossary_checks_its_terms(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    session = window.session
    assert session is not None
    before = session.checker.warning_count
    glossary = tmp_path / "terms.csv"
    glossary.write_text("term,rendering\nreview desk,mesa de control\n", encoding="utf-8")
    assert window.files.import_glossary(glossary)
    assert session.checker.warning_count == before + 1
    assert session.source.glossary == glossary
    qtbot.waitUntil(lambda: f"{before + 1} warnings" in window.review_status.text())


def test_a_match_in_the_original_is_selected_there(qtbot: QtBot, window: MainWindow) -> None:
    from proofreader.subtitles.search import Column

    window.registry.trigger("edit.find")
    bar, pane = window.area.find_bar, window.area.pane
    assert bar is not None and pane is not None
    bar.set_scope(Column.ORIGINAL)
    qtbot.keyClicks(bar.find_edit, "translated videos")
    assert window.current_row() == 0
    assert pane.original_label.selectedText() == "translated videos"
