"""The editor in Spanish: the cue table's headers, the find/replace bar and the cue pane."""

from __future__ import annotations

from PySide6.QtCore import Qt

from proofreader.ui.editor import Column, CueEditorPane, FindReplaceBar
from proofreader.ui.i18n import install_translators, remove_translators


def _header(model, column: Column, role=Qt.ItemDataRole.DisplayRole) -> str:
    return model.headerData(column, Qt.Orientation.Horizontal, role)


def test_the_cue_table_headers_read_in_spanish(spanish, editor_parts):
    model = editor_parts.model
    headers = [_header(model, c) for c in (Column.IN, Column.OUT, Column.TRANSLATION)]
    assert headers == ["Entrada", "Salida", "Traducción"]
    assert _header(model, Column.REVIEW, Qt.ItemDataRole.AccessibleTextRole) == "Revisión"
    assert _header(model, Column.IN, Qt.ItemDataRole.ToolTipRole).startswith("Tiempo de entrada")
    assert _header(model, Column.FLAGS, Qt.ItemDataRole.AccessibleTextRole) == "Problemas"


def test_the_find_and_replace_bar_reads_in_spanish(qtbot, spanish, editor_parts):
    bar = FindReplaceBar(editor_parts.doc, editor_parts.undo)
    qtbot.addWidget(bar)
    bar.show_replace()
    assert bar.find_edit.placeholderText() == "Buscar"
    assert bar.replace_all_button.text() == "Reemplazar todo"
    assert bar.scope_combo.itemText(0) == "Traducción"
    bar.find_edit.setText("todos")
    bar.find_next()
    assert bar.status_text() == "1 de 2"
    bar.replace_edit.setText("todas")
    bar.replace_all()
    assert bar.status_text() == "Reemplazos: 2 coincidencias en 2 subtítulos."
    bar.detach()


def test_the_cue_pane_reads_in_spanish(qtbot, spanish, editor_parts):
    pane = CueEditorPane(editor_parts.doc, editor_parts.checker, editor_parts.undo)
    qtbot.addWidget(pane)
    assert pane.empty_label.text() == "Selecciona un subtítulo en la tabla para editarlo aquí."
    pane.set_row(0)
    assert pane.title_label.text() == "Subtítulo 1"
    assert pane.revert_button.text() == "Restaurar texto automático"
    assert pane.timing.revert_button.text() == "Restaurar tiempos"
    pane.detach()


def test_without_the_translators_the_editor_is_english_again(qtbot, qapp, editor_parts):
    install_translators(qapp, "es")
    remove_translators(qapp)
    assert _header(editor_parts.model, Column.IN) == "In"
    bar = FindReplaceBar(editor_parts.doc, editor_parts.undo)
    qtbot.addWidget(bar)
    assert bar.find_edit.placeholderText() == "Find"
    bar.detach()
