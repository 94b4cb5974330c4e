"""DocumentUndo: every edit is one undoable step, typing merges, refusals become sentences."""

from __future__ import annotations

import pytest

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.edits import (
    DeleteCues,
    Edit,
    InsertCues,
    MergeWithNext,
    SetNote,
    SetText,
    SetTimes,
    ShiftTimes,
    SplitCue,
)


def _rows(parts):
    return list(parts.doc.rows)


@pytest.mark.parametrize(
    "edit",
    [
        SetText(1, "Publicamos doce vídeos."),
        SetTimes(2, 6100, 7900),
        SplitCue(0, 14, 2000),
        MergeWithNext(1),
        DeleteCues((0, 2, 3)),
        InsertCues(6, (Cue(16000, 17000, "Nuevo"),)),
        ShiftTimes(250),
    ],
    ids=lambda e: type(e).__name__,
)
def test_undo_and_redo_restore_the_document_exactly(editor_parts, edit: Edit):
    before = _rows(editor_parts)
    assert editor_parts.undo.push(edit)
    after = _rows(editor_parts)
    assert after != before
    stack = editor_parts.undo.stack
    assert stack.count() == 1
    assert stack.undoText() == edit.description
    stack.undo()
    assert _rows(editor_parts) == before
    stack.redo()
    assert _rows(editor_parts) == after


def test_consecutive_typing_on_one_cue_is_one_undo_step(editor_parts):
    undo, doc = editor_parts.undo, editor_parts.doc
    original = doc[1].text
    for text in ("P", "Pu", "Pub", "Publicamos"):
        undo.push(SetText(1, text))
    assert undo.stack.count() == 1
    assert doc[1].text == "Publicamos"
    undo.stack.undo()
    assert doc[1].text == original
    undo.stack.redo()
    assert doc[1].text == "Publicamos"


def test_seal_another_row_or_another_edit_starts_a_new_step(editor_parts):
    undo = editor_parts.undo
    undo.push(SetText(1, "a"))
    undo.push(SetText(1, "ab"))
    undo.seal()
    undo.push(SetText(1, "abc"))  # after seal: new step
    undo.push(SetText(2, "x"))  # another row: new step
    undo.push(SetTimes(2, 6000, 8000))
    undo.push(SetText(2, "xy"))  # after another edit: new step
    assert undo.stack.count() == 5


def test_typing_after_an_undo_does_not_merge_into_the_undone_history(editor_parts):
    undo, doc = editor_parts.undo, editor_parts.doc
    undo.push(SetText(1, "uno"))
    undo.push(SetTimes(1, 3400, 5600))
    undo.stack.undo()  # back to after the typing step
    undo.push(SetText(1, "uno dos"))
    assert undo.stack.count() == 2
    undo.stack.undo()
    assert doc[1].text == "uno"


def test_a_cell_edit_never_merges(editor_parts):
    undo = editor_parts.undo
    undo.push(SetText(1, "a"), merge=False)
    undo.push(SetText(1, "ab"), merge=False)
    assert undo.stack.count() == 2


def test_typing_back_to_the_old_text_leaves_no_empty_step(editor_parts):
    undo, doc = editor_parts.undo, editor_parts.doc
    original = doc[0].text
    undo.push(SetText(0, original + "x"))
    undo.push(SetText(0, original))
    assert undo.stack.count() == 0
    assert doc[0].text == original


def test_an_edit_that_changes_nothing_is_not_a_step(editor_parts):
    undo, doc = editor_parts.undo, editor_parts.doc
    assert not undo.push(SetText(0, doc[0].text))
    assert not undo.push(SetNote(0, ""))
    assert undo.stack.count() == 0


def test_a_refused_edit_becomes_a_sentence_and_no_step(editor_parts, qtbot):
    undo = editor_parts.undo
    with qtbot.waitSignal(undo.edit_failed) as blocker:
        assert not undo.push(MergeWithNext(5))
    assert blocker.args == ["Cue 6 is the last cue; there is nothing to merge it with."]
    assert undo.stack.count() == 0


def test_a_group_is_one_step(editor_parts):
    undo, doc = editor_parts.undo, editor_parts.doc
    before = _rows(editor_parts)
    assert undo.push_group("Fix two cues", [SetText(0, "uno"), SetTimes(1, 3400, 5600)])
    assert undo.stack.count() == 1
    assert undo.stack.undoText() == "Fix two cues"
    undo.stack.undo()
    assert _rows(editor_parts) == before
    undo.stack.redo()
    assert doc[0].text == "uno"
    assert doc[1].start_ms == 3400
