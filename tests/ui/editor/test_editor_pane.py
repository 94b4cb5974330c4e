"""CueEditorPane: the current cue, edited live through the undo stack; a narrow pane reflows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.edits import InsertCues, SetText, SetTimes
from proofreader.ui.editor import CueEditorPane


@pytest.fixture
def pane(qtbot, editor_parts):
    widget = CueEditorPane(editor_parts.doc, editor_parts.checker, editor_parts.undo)
    qtbot.addWidget(widget)
    widget.resize(520, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.detach()


def _type_at_end(qtbot, pane: CueEditorPane, text: str) -> None:
    edit = pane.translation_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, text)


def test_with_no_cue_the_pane_says_what_to_do(pane):
    assert pane.row == -1
    assert pane.empty_label.isVisible()
    assert "Select a cue" in pane.empty_label.text()
    assert not pane.translation_edit.isVisible()


def test_shows_the_original_translation_and_per_line_counts(pane, editor_parts):
    editor_parts.undo.push(SetText(1, "Publicamos doce vídeos\ncada mes."))
    pane.set_row(1)
    assert pane.title_label.text() == "Cue 2"
    assert pane.original_label.text() == "We ship 12 videos every month."
    assert pane.translation_edit.toPlainText() == "Publicamos doce vídeos\ncada mes."
    assert pane.translation_edit.line_counts() == ("22/42", "9/42")
    assert pane.cps_label.text() == "CPS 15.5 / 17"
    assert "Edited" in pane.status_label.text()
    # "Fit 93%" says what it measures when hovered, then this cue's figures
    assert pane.fit_label.text().startswith("Fit ")
    tip = pane.fit_label.toolTip()
    assert tip.startswith("Estimated time to speak the translation as a share of the cue")
    assert "s to speak at" in tip


def test_a_line_over_the_limit_is_counted_against_it(pane, editor_parts):
    long_line = "Publicamos doce vídeos nuevos de producto cada mes"  # 50 characters
    editor_parts.undo.push(SetText(1, long_line))
    pane.set_row(1)
    assert pane.translation_edit.line_counts() == ("50/42",)
    assert any("Line 1 has 50 characters" in m for m in pane.findings_list.messages())


def test_shows_the_findings_of_the_cue(pane):
    pane.set_row(3)
    assert pane.findings_list.messages() == [
        "The cue has no text; every cue needs something to read."
    ]
    pane.set_row(2)
    assert pane.findings_list.messages() == []


def test_typing_updates_the_document_live_as_one_undo_step(qtbot, pane, editor_parts):
    doc, undo = editor_parts.doc, editor_parts.undo
    pane.set_row(2)
    _type_at_end(qtbot, pane, " Gracias")
    assert doc[2].text == "Esta línea está muy bien. Gracias"  # every keystroke reached it
    assert undo.stack.count() == 1
    assert pane.findings_list.messages() == []
    undo.stack.undo()
    assert doc[2].text == "Esta línea está muy bien."
    assert pane.translation_edit.toPlainText() == "Esta línea está muy bien."


def test_ctrl_z_in_the_translation_undoes_through_the_document_stack(qtbot, pane, editor_parts):
    pane.set_row(2)
    _type_at_end(qtbot, pane, "!!")
    qtbot.keySequence(pane.translation_edit, QKeySequence.StandardKey.Undo)
    assert editor_parts.doc[2].text == "Esta línea está muy bien."
    qtbot.keySequence(pane.translation_edit, QKeySequence.StandardKey.Redo)
    assert editor_parts.doc[2].text == "Esta línea está muy bien.!!"


def test_showing_the_same_cue_again_keeps_the_cursor_and_the_step(qtbot, pane, editor_parts):
    pane.set_row(2)
    _type_at_end(qtbot, pane, " a")
    edit = pane.translation_edit
    cursor = edit.textCursor()
    cursor.setPosition(4)
    edit.setTextCursor(cursor)
    pane.set_row(2)
    assert edit.textCursor().position() == 4
    qtbot.keyClicks(edit, "b")
    assert editor_parts.doc[2].text == "Estab línea está muy bien. a"
    assert editor_parts.undo.stack.count() == 1


def test_leaving_the_field_ends_the_typing_step(qtbot, pane, editor_parts):
    pane.set_row(2)
    _type_at_end(qtbot, pane, " a")
    pane.set_row(1)
    pane.set_row(2)
    _type_at_end(qtbot, pane, " b")
    assert editor_parts.undo.stack.count() == 2


def test_a_change_from_elsewhere_keeps_the_cursor_on_the_same_words(qtbot, pane, editor_parts):
    pane.set_row(2)
    edit = pane.translation_edit
    cursor = edit.textCursor()
    cursor.setPosition(len("Esta línea está"))
    edit.setTextCursor(cursor)
    editor_parts.undo.push(SetText(2, "Sí. Esta línea está muy bien."))  # e.g. replace all
    assert edit.toPlainText() == "Sí. Esta línea está muy bien."
    assert edit.textCursor().position() == len("Sí. Esta línea está")


def test_the_difference_from_the_machine_text_is_shown_word_by_word(qtbot, pane, editor_parts):
    pane.set_row(1)
    assert pane.diff_text() == "Same as the machine translation."
    editor_parts.undo.push(SetText(1, "Publicamos doce vídeos cada mes."))
    html = pane.diff_text()
    assert "line-through" in html
    assert ">12</span>" in html
    assert ">doce</span>" in html


def test_revert_to_machine_text(qtbot, pane, editor_parts):
    pane.set_row(1)
    assert not pane.revert_button.isEnabled()
    _type_at_end(qtbot, pane, " Si.")
    assert pane.revert_button.isEnabled()
    qtbot.mouseClick(pane.revert_button, Qt.MouseButton.LeftButton)
    assert editor_parts.doc[1].text == "Publicamos 12 vídeos cada mes."
    assert pane.translation_edit.toPlainText() == "Publicamos 12 vídeos cada mes."
    assert not pane.revert_button.isEnabled()
    editor_parts.undo.stack.undo()
    assert editor_parts.doc[1].text == "Publicamos 12 vídeos cada mes. Si."


def test_nudges_and_typed_times_are_timing_edits(qtbot, pane, editor_parts):
    doc = editor_parts.doc
    pane.set_row(1)
    assert pane.timing.in_field.text() == "00:00:03,500"
    pane.timing.nudge(True, ms=100)
    assert (doc[1].start_ms, doc[1].end_ms) == (3600, 5500)
    pane.timing.nudge(False, frames=1)  # 24 fps: 42 ms
    assert doc[1].end_ms == 5542
    assert "Differs from the downloaded file" in pane.timing.machine_label.text()
    field = pane.timing.out_field
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "00:00:06,250")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert doc[1].end_ms == 6250
    assert pane.timing.duration_field.value_ms() == 2650
    assert editor_parts.undo.stack.count() == 3
    pane.revert_timing()
    assert (doc[1].start_ms, doc[1].end_ms) == (3500, 5500)


def test_a_time_field_steps_the_digit_under_the_cursor_and_restores_bad_input(qtbot, pane):
    pane.set_row(1)
    field = pane.timing.in_field
    field.setFocus()
    field.setCursorPosition(7)  # the seconds' units digit
    with qtbot.waitSignal(field.committed) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Up)
    assert blocker.args == [4500]
    field.setText("00:0")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "00:00:04,500"


def test_set_in_and_out_from_the_player(qtbot, pane, editor_parts):
    pane.set_row(1)
    with qtbot.waitSignal(pane.set_in_requested):
        qtbot.mouseClick(pane.timing.set_in_button, Qt.MouseButton.LeftButton)
    pane.apply_in_from(3250)  # the window answers with the player's position
    with qtbot.waitSignal(pane.set_out_requested):
        qtbot.mouseClick(pane.timing.set_out_button, Qt.MouseButton.LeftButton)
    pane.apply_out_from(5900)
    assert (editor_parts.doc[1].start_ms, editor_parts.doc[1].end_ms) == (3250, 5900)
    assert pane.timing.in_field.value_ms() == 3250


def test_the_note_is_saved_after_a_pause_and_on_leaving_it(qtbot, pane, editor_parts):
    doc = editor_parts.doc
    pane.set_row(0)
    pane.note_edit.setFocus()
    qtbot.keyClicks(pane.note_edit, "Ask")
    qtbot.waitUntil(lambda: doc[0].note == "Ask", timeout=3000)
    qtbot.keyClicks(pane.note_edit, " Ana")
    pane.findChild(QLineEdit).setFocus()  # leave the note: saved at once
    assert doc[0].note == "Ask Ana"
    assert editor_parts.undo.stack.count() == 1  # one step for the whole note


def test_the_pane_follows_its_cue_when_rows_are_inserted_above(pane, editor_parts):
    pane.set_row(2)
    editor_parts.undo.push(InsertCues(0, (Cue(0, 500, "Antes"),)))
    assert pane.row == 3
    assert pane.title_label.text() == "Cue 4"
    assert pane.translation_edit.toPlainText() == "Esta línea está muy bien."


def test_select_match_selects_the_text(pane):
    pane.set_row(1)
    pane.select_match(11, 2)
    assert pane.translation_edit.textCursor().selectedText() == "12"


def test_an_impossible_time_is_refused_with_a_sentence(qtbot, pane, editor_parts):
    pane.set_row(0)
    with qtbot.waitSignal(editor_parts.undo.edit_failed) as blocker:
        editor_parts.undo.push(SetTimes(0, -100, 900))
    assert "before 0:00:00.000" in blocker.args[0]
    assert pane.timing.in_field.value_ms() == 1000


def test_the_checks_come_before_the_timing_so_a_flag_is_explained_above_the_fold(
    pane, editor_parts
):
    pane.set_row(1)  # a cue with a reading-speed finding
    assert pane.findings_list.isVisible() and pane.timing.isVisible()
    assert pane.findings_list.y() < pane.timing.y()
    assert pane.translation_edit.y() < pane.findings_list.y()


def _cut_on_the_right(pane: CueEditorPane) -> list[str]:
    """The controls a user could not see whole without scrolling sideways."""
    area = pane.findChild(QScrollArea)
    assert area is not None
    viewport = area.viewport()
    cut = []
    for widget in area.widget().findChildren(QWidget):
        whole_line = isinstance(widget, QLabel) and not widget.wordWrap()  # "CPS 15.5 / 17"
        if (isinstance(widget, (QAbstractButton, QLineEdit)) or whole_line) and widget.isVisible():
            left = widget.mapTo(viewport, widget.rect().topLeft()).x()
            if left < 0 or left + widget.width() > viewport.width():
                cut.append(widget.text())
    return cut


def test_a_narrow_pane_puts_the_nudges_under_the_times_instead_of_scrolling(qtbot, pane):
    """A 1280 px screen at 1.5× leaves the pane under 300 px: it reflows, never scrolls
    sideways (the Revert button and the translation box ran past its edge)."""
    pane.set_row(1)
    timing = pane.timing
    buttons = timing.findChildren(QAbstractButton)
    nudge = next(b for b in buttons if b.toolTip() == "Move the start one frame earlier")

    def nudge_below_in() -> bool:
        top = nudge.mapTo(timing, nudge.rect().topLeft()).y()
        return top >= timing.in_field.geometry().bottom()

    qtbot.waitUntil(lambda: not nudge_below_in())  # one line: In, its time, nudges, "= Player"

    pane.resize(280, 300)  # short too: the vertical scroll bar takes its share of the width
    qtbot.waitUntil(nudge_below_in)
    area = pane.findChild(QScrollArea)
    assert area is not None
    qtbot.waitUntil(lambda: not area.horizontalScrollBar().isVisible())
    assert _cut_on_the_right(pane) == []
    assert pane.revert_button.isVisible() and pane.timing.set_in_button.isVisible()
    assert nudge.width() >= nudge.sizeHint().width()  # not squeezed

    pane.resize(520, 700)
    qtbot.waitUntil(lambda: not nudge_below_in())
