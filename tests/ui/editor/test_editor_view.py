"""CueTableView: in-cell editing, current row in document terms, playing row, fixed row heights."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTextEdit

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.edits import SetText
from proofreader.ui.editor import Column, CueFilterProxy, CueTableView, FilterMode
from proofreader.ui.editor.cue_columns import RTL_ROLE


@pytest.fixture
def view(qtbot, editor_parts):
    proxy = CueFilterProxy()
    proxy.setSourceModel(editor_parts.model)
    table = CueTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.resize(1000, 400)
    table.show()
    qtbot.waitExposed(table)
    return table


def _open_editor(qtbot, view: CueTableView, row: int) -> QTextEdit:
    view.select_row(row)
    qtbot.keyClick(view, Qt.Key.Key_F2)  # from any column, F2 edits the translation
    editor = view.findChild(QTextEdit)
    assert editor is not None
    assert view.state() == QAbstractItemView.State.EditingState
    return editor


def test_the_number_column_is_shown_first(view):
    header = view.horizontalHeader()
    assert header.logicalIndex(0) == Column.NUMBER
    assert header.logicalIndex(1) == Column.IN


def test_enter_commits_a_cell_edit_as_one_undo_step(qtbot, view, editor_parts):
    editor = _open_editor(qtbot, view, 2)
    editor.selectAll()
    qtbot.keyClicks(editor, "Todo")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "bien")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor_parts.doc[2].text == "Todo\nbien"
    assert view.state() != QAbstractItemView.State.EditingState
    assert editor_parts.undo.stack.count() == 1
    editor_parts.undo.stack.undo()
    assert editor_parts.doc[2].text == "Esta línea está muy bien."
    editor_parts.undo.stack.redo()
    assert editor_parts.doc[2].text == "Todo\nbien"


def test_escape_cancels_a_cell_edit(qtbot, view, editor_parts):
    editor = _open_editor(qtbot, view, 2)
    qtbot.keyClicks(editor, " cambiado")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor_parts.doc[2].text == "Esta línea está muy bien."
    assert editor_parts.undo.stack.count() == 0


def test_current_row_is_reported_as_a_document_row_through_the_filter(qtbot, view):
    proxy = view.model()
    proxy.set_mode(FilterMode.FLAGGED)  # rows 3 and 4, and the current row
    with qtbot.waitSignal(view.current_row_changed) as blocker:
        view.setCurrentIndex(proxy.index(proxy.rowCount() - 1, Column.TRANSLATION))
    assert blocker.args == [4]
    assert view.current_row() == 4


def test_select_row_shows_a_cue_the_filter_hides_until_another_is_chosen(qtbot, view):
    proxy = view.model()
    view.select_row(3)
    proxy.set_mode(FilterMode.FLAGGED)
    assert _shown(view) == [3, 4]
    with qtbot.waitSignal(view.current_row_changed) as blocker:
        view.select_row(1)
    assert blocker.args == [1]
    assert view.selected_rows() == [1]
    assert _shown(view) == [1, 3, 4]
    reported: list[int] = []
    view.current_row_changed.connect(reported.append)
    view.select_row(4)
    assert reported == [4]  # cue 2 leaves the view without moving the selection elsewhere
    assert _shown(view) == [3, 4]


def _shown(view: CueTableView) -> list[int]:
    proxy = view.model()
    return [view.source_row(proxy.index(r, 0)) for r in range(proxy.rowCount())]


def test_a_row_grows_to_show_its_whole_translation(view, editor_parts):
    line = view.fontMetrics().lineSpacing()
    short = view.rowHeight(1)
    assert 2 * line <= short < 3 * line  # at least two lines, so rows do not jump while typing
    editor_parts.undo.push(SetText(0, "uno\ndos\ntres\ncuatro"))
    assert view.rowHeight(0) >= 4 * line  # every line is shown, none elided
    assert view.rowHeight(1) == short
    editor_parts.undo.stack.undo()
    assert view.rowHeight(0) == short


def test_the_translation_not_a_long_original_sets_the_row_height(view, editor_parts):
    """Rows are as tall as their translation: a long original in its narrower column is cut
    with '…' (whole in the pane and the tooltip) instead of making the row five lines tall."""
    from dataclasses import replace

    from proofreader.subtitles.cue import Cue
    from proofreader.subtitles.edits.base import ReplaceRows

    line = view.fontMetrics().lineSpacing()
    short = view.rowHeight(1)
    row = editor_parts.doc[1]
    long_original = Cue(row.cue.start_ms, row.cue.end_ms, "una palabra más " * 40)
    editor_parts.doc.apply(ReplaceRows(((1, replace(row, original=long_original)),)))
    assert view.rowHeight(1) == short
    editor_parts.undo.push(SetText(1, "uno\ndos\ntres"))
    assert view.rowHeight(1) >= 3 * line


def test_a_narrow_table_still_gives_the_translation_a_readable_line(qtbot, view):
    view.resize(620, 400)
    qtbot.waitUntil(lambda: view.viewport().width() < 620)
    char = view.fontMetrics().averageCharWidth()
    assert view.columnWidth(Column.TRANSLATION) >= 25 * char
    assert view.columnWidth(Column.TRANSLATION) > view.columnWidth(Column.ORIGINAL)
    assert view.isColumnHidden(Column.OUT)  # compact timing: In and Duration
    assert not view.isColumnHidden(Column.IN) and not view.isColumnHidden(Column.DURATION)


def test_out_can_be_shown_from_the_header_menu(view):
    menu = view.column_menu()
    out = next(a for a in menu.actions() if a.text() == "Out")
    assert not out.isChecked()
    out.setChecked(True)
    assert not view.isColumnHidden(Column.OUT)
    assert Column.OUT not in view.hidden_columns()


def _many_cues_view(qtbot, count: int = 400) -> CueTableView:
    from proofreader.subtitles.checks import Checker
    from proofreader.ui.editor import CueTableModel, DocumentUndo

    doc = ProofreadDocument([Cue(i * 2000, i * 2000 + 1500, f"Línea {i}") for i in range(count)])
    undo = DocumentUndo(doc)
    model = CueTableModel(doc, Checker(doc), undo)
    table = CueTableView()
    qtbot.addWidget(table)
    model.setParent(table)
    table.setModel(model)
    table.resize(800, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_the_playing_row_is_followed_only_when_asked(qtbot):
    view = _many_cues_view(qtbot)
    scroll = view.verticalScrollBar()
    view.highlight_row(300)
    assert view.playing_row() == 300
    assert scroll.value() == 0
    view.follow_playback = True
    view.highlight_row(350)
    assert scroll.value() > 0
    assert view.rowViewportPosition(350) >= 0
    assert view.current_row() == -1  # following playback does not move the selection


def test_only_the_rows_in_view_are_measured(qtbot):
    view = _many_cues_view(qtbot)
    model = view.cue_model()
    assert model is not None
    long_text = "una línea muy larga que no cabe " * 6
    for row in (2, 380):
        model.setData(model.index(row, Column.TRANSLATION), long_text)
    default = view.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: view.rowHeight(2) > default)
    assert view.rowHeight(380) == default  # far below the viewport: not measured yet
    view.scrollTo(model.index(380, Column.TRANSLATION))
    qtbot.waitUntil(lambda: view.rowHeight(380) > default)


def test_right_to_left_text_is_laid_out_right_to_left(editor_parts):
    editor_parts.undo.push(SetText(2, "<i>مرحبا بكم!</i>"))
    model = editor_parts.model
    assert model.index(2, Column.TRANSLATION).data(RTL_ROLE) is True
    assert model.index(1, Column.TRANSLATION).data(RTL_ROLE) is False


def test_the_view_can_drop_its_model_and_take_another(qtbot, view, editor_parts):
    view.highlight_row(2)
    view.select_row(1)
    view.setModel(None)
    assert view.current_row() == -1
    proxy = CueFilterProxy()
    proxy.setSourceModel(editor_parts.model)
    view.setModel(proxy)
    assert view.playing_row() == -1
    with qtbot.waitSignal(view.current_row_changed) as blocker:
        view.select_row(4)
    assert blocker.args == [4]


def test_cell_typing_is_in_the_document_before_enter_and_opening_changes_nothing(
    qtbot, view, editor_parts
):
    """Each keystroke in the cell is an edit at once (so a crash mid-cell loses nothing); a
    highlighter attached when the editor is made (spelling) must not count as typing."""
    from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

    class Highlighter(QSyntaxHighlighter):
        def __init__(self, document: QTextDocument) -> None:
            super().__init__(document)
            self.rehighlight()  # as the spelling highlighter does once its speller is ready

        def highlightBlock(self, text: str) -> None:
            pass

    delegate = view.itemDelegateForColumn(Column.TRANSLATION)
    made: list[Highlighter] = []
    delegate.editor_created.connect(lambda editor: made.append(Highlighter(editor.document())))
    editor = _open_editor(qtbot, view, 2)
    assert made and editor_parts.doc[2].text == "Esta línea está muy bien."
    assert editor_parts.undo.stack.count() == 0
    qtbot.keyClicks(editor, " ya")
    assert editor_parts.doc[2].text == "Esta línea está muy bien. ya"  # before Enter
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor_parts.undo.stack.count() == 1
