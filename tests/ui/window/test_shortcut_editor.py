"""Customize Keyboard Shortcuts: record a key, clashes are named and can be reassigned, reset,
and the keys (and Play Only Subtitled Ranges) come back in a new window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from proofreader.library import Settings, load_settings, save_settings
from proofreader.ui.connection.context import AppContext
from proofreader.ui.main_window import MainWindow
from proofreader.ui.shortcut_editor import ShortcutEditor
from tests.ui.connection_support import Loop
from tests.ui.window_support import MakeWindow, open_files

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]) -> MainWindow:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    open_files(qtbot, window, *sample_files)
    return window


def _editor(qtbot: QtBot, window: MainWindow) -> ShortcutEditor:
    window.registry.trigger("help.customize_shortcuts")
    editor = window.views.shortcut_editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def _record(qtbot: QtBot, editor: ShortcutEditor, command_id: str, key: Qt.Key,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            slot: int = 0) -> None:  # fmt: skip
    editor.select(command_id)
    edit = editor.edits[slot]
    edit.setFocus()
    with qtbot.waitSignal(edit.editingFinished):
        qtbot.keyClick(edit, key, modifier)


def _menu_keys(window: MainWindow, command_id: str) -> str:
    return window.registry.action(command_id).shortcut().toString()


def test_every_command_is_listed_with_its_menu_keys_and_default(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = _editor(qtbot, window)
    rows = {command: (menu, keys, default) for command, menu, keys, default in editor.rows()}
    assert len(rows) == len(window.registry.specs())
    assert rows["Next Problem"] == ("Review", "F8", "F8")
    assert rows["Play / Pause"] == ("Playback", "Space, Ctrl+Space", "Space, Ctrl+Space")
    assert rows["Play Only Subtitled Ranges"] == ("Playback", "", "")
    editor.filter.setText("ctrl+l")
    assert [row[0] for row in editor.rows()] == ["Loop Cue"]


def test_a_recorded_key_works_at_once_and_shows_in_menus_and_the_sheet(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = _editor(qtbot, window)
    _record(qtbot, editor, "edit.replace", Qt.Key.Key_G, CTRL)
    assert window.registry.keys("edit.replace") == ("Ctrl+G",)
    assert _menu_keys(window, "edit.replace") == "Ctrl+G"
    assert "(Ctrl+G)" in window.registry.action("edit.replace").toolTip()
    assert ("Replace…", "Edit", "Ctrl+G", "Ctrl+H") in editor.rows()
    sheet = window.views.show_shortcuts()
    assert ("Replace…", "Ctrl+G", "") in sheet.rows()
    sheet.close()
    editor.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.area.table.setFocus()
    qtbot.keyClick(window.area.table, Qt.Key.Key_G, CTRL)
    assert window.area.find_bar is not None and window.area.find_bar.isVisible()


def test_a_key_of_another_command_is_named_and_reassigned_only_when_asked(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = _editor(qtbot, window)
    _record(qtbot, editor, "edit.find", Qt.Key.Key_Z, CTRL)
    assert editor.conflict_bar.isVisible()
    assert "Ctrl+Z is already used by “Undo” (Edit menu)" in editor.conflict_text.text()
    assert window.registry.keys("edit.find")[0] == "Ctrl+F"  # nothing changed yet

    qtbot.mouseClick(editor.keep_button, Qt.MouseButton.LeftButton)
    assert not editor.conflict_bar.isVisible()
    assert editor.edits[0].keySequence().toString() == "Ctrl+F"

    _record(qtbot, editor, "edit.find", Qt.Key.Key_Z, CTRL)
    qtbot.mouseClick(editor.reassign_button, Qt.MouseButton.LeftButton)
    assert window.registry.keys("edit.find")[0] == "Ctrl+Z"
    assert "Ctrl+Z" not in window.registry.keys("edit.undo")
    assert "no longer has Ctrl+Z" in editor.note.text()


def test_the_table_only_keys_clash_with_window_keys(qtbot: QtBot, window: MainWindow) -> None:
    editor = _editor(qtbot, window)
    _record(qtbot, editor, "review.next_problem", Qt.Key.Key_K)
    assert "K is already used by “Pause (K)” (Playback menu)" in editor.conflict_text.text()
    qtbot.mouseClick(editor.reassign_button, Qt.MouseButton.LeftButton)
    assert window.registry.keys("play.jkl_pause") == ()
    assert "typing key" in editor.note.text()
    # the command keeps working only where it did: J is still the table's
    assert window.registry.action("play.jkl_back").shortcutContext() == (
        Qt.ShortcutContext.WidgetWithChildrenShortcut
    )


def test_alternative_key_clear_and_reset(qtbot: QtBot, window: MainWindow) -> None:
    editor = _editor(qtbot, window)
    _record(qtbot, editor, "review.next_problem", Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier,
            slot=1)  # fmt: skip
    assert window.registry.keys("review.next_problem") == ("F8", "Alt+N")
    qtbot.mouseClick(editor.clear_buttons[0], Qt.MouseButton.LeftButton)
    assert window.registry.keys("review.next_problem") == ("Alt+N",)
    assert editor.reset_button.isEnabled()
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert window.registry.keys("review.next_problem") == ("F8",)
    assert not editor.reset_button.isEnabled()


def test_reset_all_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    editor = _editor(qtbot, window)
    _record(qtbot, editor, "edit.replace", Qt.Key.Key_G, CTRL)
    editor.select("play.toggle")
    qtbot.mouseClick(editor.clear_buttons[0], Qt.MouseButton.LeftButton)
    assert window.registry.keys("play.toggle") == ("Ctrl+Space",)

    qtbot.mouseClick(editor.reset_all_button, Qt.MouseButton.LeftButton)
    box = editor.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Reset), Qt.MouseButton.LeftButton)
    assert window.registry.keys("edit.replace") == ("Ctrl+H",)
    assert window.registry.keys("play.toggle") == ("Space", "Ctrl+Space")
    assert load_settings(window.context.settings_path or Path()).shortcuts == {}


def test_keys_and_play_only_subtitled_ranges_come_back_in_a_new_window(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    editor = _editor(qtbot, first)
    _record(qtbot, editor, "edit.find", Qt.Key.Key_Z, CTRL)
    qtbot.mouseClick(editor.reassign_button, Qt.MouseButton.LeftButton)
    first.registry.action("play.subtitled_only").trigger()
    assert first.area.player is not None and first.area.player.skips_gaps()
    first._closing = True
    first.close()

    second = make_window()
    assert second.registry.keys("edit.find")[0] == "Ctrl+Z"
    assert "Ctrl+Z" not in second.registry.keys("edit.undo")
    assert _menu_keys(second, "edit.find") == QKeySequence("Ctrl+Z").toString()
    assert second.registry.action("play.subtitled_only").isChecked()
    assert second.area.player is not None and second.area.player.skips_gaps()
    editor = _editor(qtbot, second)
    [find] = [row for row in editor.rows() if row[0] == "Find…"]
    assert find[2].startswith("Ctrl+Z") and find[3].startswith("Ctrl+F")


def test_the_shortcut_sheet_opens_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    sheet = window.views.show_shortcuts()
    [customize] = [b for b in sheet.findChildren(QPushButton) if b.text() == "Customize…"]
    qtbot.mouseClick(customize, Qt.MouseButton.LeftButton)
    assert window.views.shortcut_editor is not None
    assert window.views.shortcut_editor.isVisible()


def test_saving_preferences_keeps_the_shortcuts_the_window_saved(
    qloop: Loop, make_context: Callable[..., AppContext]
) -> None:
    context = make_context()
    path = context.paths.settings_file()
    save_settings(path, Settings(shortcuts={"edit.find": ("Ctrl+G",)}))  # by the window
    context.update_settings(replace(context.settings, poll_interval_s=45))
    saved = load_settings(path)
    assert saved.poll_interval_s == 45
    assert saved.shortcuts == {"edit.find": ("Ctrl+G",)}
