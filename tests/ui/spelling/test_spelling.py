"""Spell checking in the editor: underlines while typing, the right-click menu, the toggle."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QTextEdit
from pytestqt.qtbot import QtBot

from proofreader.library import LibraryStore
from proofreader.ui.editor.cue_columns import Column
from proofreader.ui.main_window import MainWindow, WindowContext
from proofreader.ui.spelling.controller import SpellingController
from proofreader.ui.spelling.highlighter import SpellingHighlighter
from proofreader.ui.spelling.spelling_ui import ACTION_ID, SpellingUi
from proofreader.workspace.document_source import local_source

PLANTED = """1
00:00:01,000 --> 00:00:04,000
Quiero recivir la aplicacion.

2
00:00:05,000 --> 00:00:08,000
Gracias por el vídeo.
"""

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def translation(tmp_path: Path) -> Path:
    path = tmp_path / "files" / "talk.es.srt"
    path.parent.mkdir()
    path.write_text(PLANTED, encoding="utf-8")
    return path


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeWindow]:
    """Windows with the spelling extension, on one home folder (settings and word lists)."""
    made: list[tuple[MainWindow, LibraryStore]] = []

    def make() -> MainWindow:
        home = tmp_path / "home"
        store = LibraryStore(home / "library.sqlite3")
        window = MainWindow(
            WindowContext(store, home / "settings.json"), defer_player=True, extensions=[SpellingUi]
        )
        made.append((window, store))
        qtbot.addWidget(window)
        window.show()  # laid out: the context menu finds words by their place on screen
        return window

    yield make
    for window, store in made:
        window._closing = True  # never ask about unsaved changes
        window.close()
        store.close()


def controller_of(window: MainWindow) -> SpellingController:
    return next(e for e in window.extensions if isinstance(e, SpellingUi)).controller


def open_with_spelling(qtbot: QtBot, window: MainWindow, path: Path) -> SpellingHighlighter:
    window.documents.open_source(local_source(path))
    qtbot.waitUntil(lambda: window.session is not None and window.current_row() == 0)
    action = window.registry.action(ACTION_ID)
    if not action.isChecked():
        action.trigger()
    controller = controller_of(window)
    qtbot.waitUntil(lambda: controller.speller is not None)
    return pane_highlighter(window)


def pane_highlighter(window: MainWindow) -> SpellingHighlighter:
    pane = window.area.pane
    assert pane is not None
    found = pane.translation_edit.document().findChild(SpellingHighlighter)
    assert isinstance(found, SpellingHighlighter)
    return found


def point_of(edit: QTextEdit, word: str) -> QPoint:
    """A point inside `word` in the edit, for the context menu."""
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index(word) + 2)
    return edit.cursorRect(cursor).center()


def action_named(menu: QMenu, text: str) -> object:
    return next(a for a in menu.actions() if a.text() == text)


def test_spelling_is_off_until_turned_on(
    qtbot: QtBot, make_window: MakeWindow, translation: Path
) -> None:
    window = make_window()
    window.documents.open_source(local_source(translation))
    qtbot.waitUntil(lambda: window.session is not None and window.current_row() == 0)
    assert not window.registry.action(ACTION_ID).isChecked()
    assert controller_of(window).speller is None
    assert pane_highlighter(window).underlined() == []


def test_misspelled_words_are_underlined_live_without_an_edit(
    qtbot: QtBot, make_window: MakeWindow, translation: Path
) -> None:
    window = make_window()
    highlighter = open_with_spelling(qtbot, window, translation)
    assert highlighter.underlined() == ["recivir", "aplicacion"]
    assert window.session is not None and not window.session.is_modified()  # only a look
    pane = window.area.pane
    assert pane is not None
    pane.focus_translation()
    edit = pane.translation_edit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Otro ecsamen")
    assert highlighter.underlined() == ["recivir", "aplicacion", "ecsamen"]
    assert window.session.document[0].text.endswith("Otro ecsamen")


def test_suggestions_replace_the_word_as_an_edit(
    qtbot: QtBot, make_window: MakeWindow, translation: Path
) -> None:
    window = make_window()
    highlighter = open_with_spelling(qtbot, window, translation)
    pane = window.area.pane
    assert pane is not None and window.session is not None
    edit = pane.translation_edit
    menu = controller_of(window).context_menu(edit, point_of(edit, "aplicacion"))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "aplicación"
    assert "Add “aplicacion” to Project Dictionary" in texts
    assert "Ignore “aplicacion”" in texts
    assert len([t for t in texts[: texts.index("")] if t]) <= 6  # suggestions, then a line
    menu.actions()[0].trigger()
    assert window.session.document[0].text == "Quiero recivir la aplicación."
    assert highlighter.underlined() == ["recivir"]
    window.registry.trigger("edit.undo")
    assert window.session.document[0].text == "Quiero recivir la aplicacion."


def test_add_to_project_dictionary_survives_reopening(
    qtbot: QtBot, make_window: MakeWindow, translation: Path, tmp_path: Path
) -> None:
    window = make_window()
    highlighter = open_with_spelling(qtbot, window, translation)
    pane = window.area.pane
    assert pane is not None
    edit = pane.translation_edit
    menu = controller_of(window).context_menu(edit, point_of(edit, "recivir"))
    action_named(menu, "Add “recivir” to Project Dictionary").trigger()  # type: ignore[attr-defined]
    assert highlighter.underlined() == ["aplicacion"]
    assert window.session is not None and not window.session.is_modified()
    words = tmp_path / "home" / "spelling" / "local.txt"
    qtbot.waitUntil(lambda: words.is_file() and words.read_text(encoding="utf-8") == "recivir\n")
    window._closing = True
    window.close()  # remembers that spelling is on

    again = make_window()
    again.documents.open_source(local_source(translation))
    qtbot.waitUntil(lambda: again.session is not None and again.current_row() == 0)
    assert again.registry.action(ACTION_ID).isChecked()
    qtbot.waitUntil(lambda: controller_of(again).speller is not None)
    assert pane_highlighter(again).underlined() == ["aplicacion"]


def test_ignore_lasts_for_the_open_document(
    qtbot: QtBot, make_window: MakeWindow, translation: Path
) -> None:
    window = make_window()
    highlighter = open_with_spelling(qtbot, window, translation)
    pane = window.area.pane
    assert pane is not None
    edit = pane.translation_edit
    menu = controller_of(window).context_menu(edit, point_of(edit, "recivir"))
    action_named(menu, "Ignore “recivir”").trigger()  # type: ignore[attr-defined]
    assert highlighter.underlined() == ["aplicacion"]


def test_the_tables_inline_editor_is_checked_too(
    qtbot: QtBot, make_window: MakeWindow, translation: Path
) -> None:
    window = make_window()
    open_with_spelling(qtbot, window, translation)
    table = window.area.table
    table.edit(table.view_index(0, Column.TRANSLATION))
    editor = table.viewport().findChild(QTextEdit)
    assert editor is not None
    highlighter = editor.document().findChild(SpellingHighlighter)
    assert isinstance(highlighter, SpellingHighlighter)
    assert highlighter.underlined() == ["recivir", "aplicacion"]


def test_turning_spelling_off_removes_the_underlines(
    qtbot: QtBot, make_window: MakeWindow, translation: Path
) -> None:
    window = make_window()
    highlighter = open_with_spelling(qtbot, window, translation)
    window.registry.action(ACTION_ID).trigger()
    assert controller_of(window).speller is None
    assert highlighter.underlined() == []


def test_a_language_without_dictionary_says_so_in_the_status_bar(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "talk.fi.srt"
    path.write_text(PLANTED, encoding="utf-8")
    window = make_window()
    window.documents.open_source(local_source(path))
    qtbot.waitUntil(lambda: window.session is not None)
    window.registry.action(ACTION_ID).trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("There is no"))
    assert "Finnish; put fi_FI.aff" in window.statusBar().currentMessage()
    assert controller_of(window).speller is None
