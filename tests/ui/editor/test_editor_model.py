"""CueTableModel: a faithful, precise table over the document (checked by Qt's model tester)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon

from proofreader.subtitles.checks import Checker
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument, ReviewState
from proofreader.subtitles.edits import (
    DeleteCues,
    InsertCues,
    MergeWithNext,
    SetNote,
    SetReviewState,
    SetText,
    SetTimes,
    ShiftTimes,
    SplitCue,
)
from proofreader.subtitles.thresholds import thresholds_for
from proofreader.ui.editor import Column, CueFilterProxy, CueTableModel, DocumentUndo
from tests.ui.conftest import editor_cues

DISPLAY = Qt.ItemDataRole.DisplayRole


class SignalLog:
    """Records the model's row signals as (kind, first, last) and dataChanged row ranges."""

    def __init__(self, model) -> None:
        self.events: list[tuple[str, int, int]] = []
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("removed", a, b)))
        model.dataChanged.connect(
            lambda tl, br, _roles=(): self.events.append(("changed", tl.row(), br.row()))
        )
        model.modelReset.connect(lambda: self.events.append(("reset", -1, -1)))

    def changed_rows(self) -> set[int]:
        return {r for kind, a, b in self.events if kind == "changed" for r in range(a, b + 1)}

    def kinds(self) -> set[str]:
        return {kind for kind, _, _ in self.events}


def _text(model, row: int, column: Column, role=DISPLAY):
    return model.index(row, column).data(role)


def test_the_model_passes_the_model_tester_through_edits_inserts_and_removes(
    editor_parts, qtmodeltester
):
    model, undo = editor_parts.model, editor_parts.undo
    qtmodeltester.check(model)
    proxy = CueFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    for edit in (
        SetText(0, "Hola"),
        SplitCue(1, 11, 4500),
        MergeWithNext(2),
        InsertCues(0, (Cue(0, 900, "Primero"),)),
        DeleteCues((1, 3, 4)),
        ShiftTimes(100),
        SetReviewState((0, 1), ReviewState.REVIEWED),
    ):
        assert undo.push(edit), edit
        assert model.rowCount() == len(editor_parts.doc)
    while undo.stack.canUndo():
        undo.stack.undo()
    assert model.rowCount() == 6
    assert _text(model, 0, Column.TRANSLATION) == "Hola a todos, y bienvenidos."


def test_columns_show_the_cue(editor_parts):
    model = editor_parts.model
    assert model.rowCount() == 6
    assert model.headerData(Column.TRANSLATION, Qt.Orientation.Horizontal) == "Translation"
    assert _text(model, 1, Column.NUMBER) == "2"
    assert _text(model, 1, Column.IN) == "0:03.500"  # compact: the table's room is for text
    assert _text(model, 1, Column.OUT) == "0:05.500"
    assert _text(model, 1, Column.DURATION) == "2.000"
    assert _text(model, 1, Column.CPS) == "15.0"  # 30 characters in 2 s
    assert _text(model, 1, Column.ORIGINAL) == "We ship 12 videos every month."
    assert _text(model, 1, Column.TRANSLATION) == "Publicamos 12 vídeos cada mes."
    assert _text(model, 1, Column.REVIEW) == ""


def test_only_the_translation_is_editable(editor_parts):
    model = editor_parts.model
    for column in Column:
        editable = bool(model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable)
        assert editable == (column is Column.TRANSLATION)


def test_the_original_is_drawn_in_a_secondary_colour(editor_parts, qapp):
    model = editor_parts.model
    brush = _text(model, 0, Column.ORIGINAL, Qt.ItemDataRole.ForegroundRole)
    text = qapp.palette().color(qapp.palette().ColorRole.Text)
    assert isinstance(brush, QBrush)
    assert brush.color() != text
    assert _text(model, 0, Column.TRANSLATION, Qt.ItemDataRole.ForegroundRole) is None


def test_edited_cues_are_marked_with_the_machine_text_in_the_tooltip(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    assert _text(model, 1, Column.NUMBER, Qt.ItemDataRole.BackgroundRole) is None
    undo.push(SetText(1, "Publicamos doce vídeos."))
    assert isinstance(_text(model, 1, Column.NUMBER, Qt.ItemDataRole.BackgroundRole), QBrush)
    tip = _text(model, 1, Column.NUMBER, Qt.ItemDataRole.ToolTipRole)
    assert "Edited: machine text was “Publicamos 12 vídeos cada mes.”" in tip


def test_timing_edits_are_marked_on_the_time_that_changed(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    undo.push(SetTimes(2, 6100, 8000))  # the start moved, the end is as downloaded
    assert isinstance(_text(model, 2, Column.IN, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert _text(model, 2, Column.OUT, Qt.ItemDataRole.BackgroundRole) is None
    tip = _text(model, 2, Column.IN, Qt.ItemDataRole.ToolTipRole)
    assert "00:00:06,000 → 00:00:08,000" in tip


def test_reading_speed_over_the_limit_is_coloured(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    assert _text(model, 1, Column.CPS, Qt.ItemDataRole.ForegroundRole) is None
    undo.push(SetText(1, "Publicamos doce vídeos nuevos cada mes, en cuatro idiomas."))
    assert isinstance(_text(model, 1, Column.CPS, Qt.ItemDataRole.ForegroundRole), QBrush)
    assert "the limit is 17 for Spanish" in _text(model, 1, Column.CPS, Qt.ItemDataRole.ToolTipRole)


def test_flags_show_an_icon_and_the_check_messages(editor_parts):
    model = editor_parts.model
    assert _text(model, 0, Column.FLAGS, Qt.ItemDataRole.DecorationRole) is None
    assert isinstance(_text(model, 3, Column.FLAGS, Qt.ItemDataRole.DecorationRole), QIcon)
    tip = _text(model, 3, Column.FLAGS, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Error: The cue has no text; every cue needs something to read."


def test_review_state_and_note_are_shown(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    undo.push(SetReviewState((0,), ReviewState.REVIEWED))
    undo.push(SetNote(0, "Ask the client"))
    assert _text(model, 0, Column.REVIEW) == "✓ ✎"
    tip = _text(model, 0, Column.REVIEW, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Reviewed.\nNote: Ask the client"
    undo.push(SetReviewState((1,), ReviewState.FLAGGED))
    assert _text(model, 1, Column.REVIEW) == "⚑"
    assert _text(model, 1, Column.REVIEW, Qt.ItemDataRole.ToolTipRole) == (
        "Flagged for another look."
    )


def test_set_data_on_the_translation_is_an_undoable_step(editor_parts):
    model, undo, doc = editor_parts.model, editor_parts.undo, editor_parts.doc
    index = model.index(2, Column.TRANSLATION)
    assert model.setData(index, "Todo bien.")
    assert doc[2].text == "Todo bien."
    assert not model.setData(model.index(2, Column.ORIGINAL), "nope")
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc[2].text == "Esta línea está muy bien."
    assert index.data() == "Esta línea está muy bien."
    undo.stack.redo()
    assert index.data() == "Todo bien."


def test_a_one_cue_edit_repaints_only_that_row(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    log = SignalLog(model)
    undo.push(SetText(2, "Esta línea está muy bien, gracias."))
    assert log.kinds() == {"changed"}
    assert log.changed_rows() == {2}
    log.events.clear()
    undo.stack.undo()
    assert log.changed_rows() == {2}


def test_fixing_an_empty_cue_repaints_its_flags(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    log = SignalLog(model)
    undo.push(SetText(3, "Gracias por ver este vídeo."))
    assert log.changed_rows() == {3}
    assert _text(model, 3, Column.FLAGS, Qt.ItemDataRole.DecorationRole) is None


def test_a_timing_change_repaints_the_neighbour_whose_findings_change(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    log = SignalLog(model)
    assert _text(model, 2, Column.FLAGS, Qt.ItemDataRole.ToolTipRole) is None
    undo.push(SetTimes(3, 7900, 10000))  # now overlaps cue 3 (row 2), which ends at 8 s
    assert log.changed_rows() == {2, 3}
    assert "overlap" in _text(model, 2, Column.FLAGS, Qt.ItemDataRole.ToolTipRole).lower()


def test_split_inserts_exactly_one_row(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    log = SignalLog(model)
    undo.push(SplitCue(1, 11, 4500))
    inserted = [e for e in log.events if e[0] == "inserted"]
    assert inserted == [("inserted", 2, 2)]
    assert log.changed_rows() <= {1, 2}
    assert "reset" not in log.kinds()
    assert _text(model, 1, Column.TRANSLATION) == "Publicamos"
    assert _text(model, 2, Column.TRANSLATION) == "12 vídeos cada mes."
    assert _text(model, 2, Column.NUMBER) == "3"


def test_merge_and_delete_remove_exactly_the_rows(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    log = SignalLog(model)
    undo.push(MergeWithNext(0))
    assert [e for e in log.events if e[0] == "removed"] == [("removed", 1, 1)]
    assert log.changed_rows() <= {0}
    log.events.clear()
    undo.push(DeleteCues((0, 2)))
    assert sorted(e for e in log.events if e[0] == "removed") == [
        ("removed", 0, 0),
        ("removed", 2, 2),
    ]
    assert model.rowCount() == 3
    log.events.clear()
    undo.stack.undo()
    assert sorted(e for e in log.events if e[0] == "inserted") == [
        ("inserted", 0, 0),
        ("inserted", 2, 2),
    ]
    assert model.rowCount() == 5


def test_a_structural_change_never_resets_the_model(editor_parts):
    model, undo = editor_parts.model, editor_parts.undo
    log = SignalLog(model)
    undo.push(InsertCues(6, (Cue(16000, 17500, "Una más."),)))
    undo.push(DeleteCues((6,)))
    assert "reset" not in log.kinds()
    assert model.rowCount() == 6
    assert not model.index(0, 0).parent().isValid()
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.rowCount(QModelIndex()) == 6


def test_without_an_original_the_original_column_says_where_one_would_come_from(qapp):
    doc = ProofreadDocument(editor_cues(["Hola", "Adiós"]), None)
    model = CueTableModel(doc, Checker(doc, thresholds_for("es")), DocumentUndo(doc))
    tip = model.headerData(Column.ORIGINAL, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "created with the video's SRT" in tip
    assert _text(model, 0, Column.ORIGINAL) == ""
    model.detach()


def test_with_an_original_the_column_tooltip_is_the_usual_one(editor_parts):
    tip = editor_parts.model.headerData(
        Column.ORIGINAL, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "created with the video's SRT" not in tip
