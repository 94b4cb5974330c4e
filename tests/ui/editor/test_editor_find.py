"""FindReplaceBar: step through matches, replace one or all (one undo step), plain sentences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from proofreader.subtitles.search import Column
from proofreader.ui.editor import FindReplaceBar
from proofreader.ui.editor.find_replace import ORIGINAL_READ_ONLY


@pytest.fixture
def bar(qtbot, editor_parts):
    widget = FindReplaceBar(editor_parts.doc, editor_parts.undo)
    qtbot.addWidget(widget)
    widget.resize(900, 80)
    widget.show_replace()
    qtbot.waitExposed(widget)
    yield widget
    widget.detach()


def _search(bar: FindReplaceBar, text: str) -> None:
    bar.find_edit.setText(text)


def test_find_next_and_previous_step_through_matches_and_wrap(qtbot, bar):
    _search(bar, "a")
    found = []
    bar.match_found.connect(lambda *args: found.append(args))
    bar.set_position(1)
    bar.find_next()
    bar.find_next()
    assert found == [(1, 6, 1), (1, 22, 1)]  # "Publicamos 12 vídeos cada mes."
    bar.find_previous()
    assert found[-1] == (1, 6, 1)
    bar.set_position(5, 28)
    bar.find_next()  # nothing after it in cue 6: wraps to the first match
    assert found[-1] == (0, 3, 1)  # "Hola"


def test_typing_in_the_find_field_finds_as_you_type_and_counts(qtbot, bar):
    found = []
    bar.match_found.connect(lambda *args: found.append(args))
    bar.find_edit.setFocus()
    qtbot.keyClicks(bar.find_edit, "todos")
    assert found[0] == (0, 7, 1)  # "t" in "Hola a todos"
    assert found[-1] == (0, 7, 5)  # the match grew in place as the word was typed
    assert bar.status_text() == "1 of 2"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.current_match().row == 5
    assert bar.status_text() == "2 of 2"


def test_options_whole_word_and_match_case(bar):
    _search(bar, "MES")
    bar.set_position(0)
    assert bar.find_next() is not None
    bar.case_box.setChecked(True)
    assert bar.find_next() is None
    assert bar.status_text() == "No matches."
    bar.case_box.setChecked(False)
    _search(bar, "to")
    bar.word_box.setChecked(True)
    assert bar.find_next() is None  # "to" only inside "todos"


def test_an_invalid_regex_is_a_sentence_beside_the_field(bar):
    bar.regex_box.setChecked(True)
    _search(bar, "(vídeos")
    assert bar.find_next() is None
    assert bar.status_text().startswith("The search pattern is not a valid regular expression")
    assert bar.status_text().endswith(".")


def test_replace_all_is_one_undo_step(bar, editor_parts):
    doc, undo = editor_parts.doc, editor_parts.undo
    before = [r.text for r in doc.rows]
    _search(bar, "todos")
    bar.replace_edit.setText("todas")
    assert bar.replace_all() == 2
    assert doc[0].text == "Hola a todas, y bienvenidos."
    assert doc[5].text == "Adiós y buena suerte a todas."
    assert bar.status_text() == "Replaced 2 matches in 2 cues."
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert [r.text for r in doc.rows] == before


def test_replace_all_with_regex_groups(bar, editor_parts):
    bar.regex_box.setChecked(True)
    _search(bar, r"(\d+) vídeos")
    bar.replace_edit.setText(r"\1 clips")
    assert bar.replace_all() == 1
    assert editor_parts.doc[1].text == "Publicamos 12 clips cada mes."


def test_replace_one_replaces_the_current_match_and_moves_on(bar, editor_parts):
    doc = editor_parts.doc
    _search(bar, "todos")
    bar.set_position(0)
    bar.find_next()
    bar.replace_edit.setText("ustedes")
    bar.replace_one()
    assert doc[0].text == "Hola a ustedes, y bienvenidos."
    assert doc[5].text == "Adiós y buena suerte a todos."
    assert bar.current_match().row == 5
    assert editor_parts.undo.stack.count() == 1


def test_the_original_can_be_searched_but_not_replaced(bar, editor_parts):
    bar.set_scope(Column.ORIGINAL)
    assert not bar.replace_button.isEnabled()
    assert not bar.replace_all_button.isEnabled()
    assert bar.replace_all_button.toolTip() == ORIGINAL_READ_ONLY
    _search(bar, "videos")
    bar.set_position(0)
    match = bar.find_next()
    assert (match.row, match.start) == (1, 11)  # "We ship 12 videos every month."
    assert bar.replace_all() == 0
    assert bar.status_text() == ORIGINAL_READ_ONLY
    assert editor_parts.undo.stack.count() == 0


def test_the_count_follows_edits_made_elsewhere(qtbot, bar, editor_parts):
    from proofreader.subtitles.edits import SetText

    _search(bar, "todos")
    bar.set_position(0)
    bar.find_next()
    editor_parts.undo.push(SetText(2, "Todos bien."))
    qtbot.waitUntil(lambda: bar.status_text().endswith("of 3"), timeout=3000)


def test_escape_closes_the_bar(qtbot, bar):
    with qtbot.waitSignal(bar.closed):
        qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
