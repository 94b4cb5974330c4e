"""Every edit is reversible (apply, undo, redo) and reports precisely which rows it touched."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import EditError, ProofreadDocument, ReviewState
from proofreader.subtitles.edits import (
    CompositeEdit,
    DeleteCues,
    Edit,
    InsertCues,
    MergeWithNext,
    RevertToMachine,
    SetNote,
    SetReviewState,
    SetText,
    SetTexts,
    SetTimes,
    ShiftTimes,
    SplitCue,
    suggest_split,
)
from proofreader.subtitles.events import (
    Field,
    RowsAboutToBeInserted,
    RowsAboutToBeRemoved,
    RowsChanged,
    RowsInserted,
    RowsRemoved,
)
from tests.subtitles.document_support import Mirror, cues, reversion_test, snapshot

ORIGINALS = cues("One.", "Two, three.", "Four.", "Five and six.", "Seven.")


def make_doc() -> ProofreadDocument:
    return ProofreadDocument(
        cues("Uno.", "Dos, tres.", "Cuatro.", "Cinco y seis.", "Siete."), ORIGINALS
    )


@pytest.mark.parametrize(
    "edit",
    [
        SetText(1, "Dos y tres."),
        SetTexts(((0, "UNO"), (3, "CINCO"), (4, "SIETE"))),
        SetTimes(2, 6000, 7500),
        SetReviewState((0, 1, 4), ReviewState.REVIEWED),
        SetReviewState((2,), ReviewState.FLAGGED),
        SetNote(3, "Check the names with the client."),
        SplitCue(1, 4, 4000),
        SplitCue(1, 4, 3600, gap_ms=83),
        MergeWithNext(0),
        MergeWithNext(3),
        InsertCues(0, (Cue(0, 900, "Antes."),)),
        InsertCues(5, (Cue(20_000, 21_000, "Fin."), Cue(21_100, 22_000, "Fin 2."))),
        DeleteCues((2,)),
        DeleteCues((0, 1, 3)),
        DeleteCues((0, 1, 2, 3, 4)),
        ShiftTimes(1500),
        ShiftTimes(-1000),
        ShiftTimes(250, (1, 3)),
    ],
    ids=repr,
)
def test_every_edit_reverts_and_redoes(edit: Edit) -> None:
    reversion_test(make_doc(), edit)


def test_revert_to_machine_text_and_times() -> None:
    doc = make_doc()
    doc.apply(SetText(2, "Cuatro!"))
    doc.apply(SetTimes(2, 6000, 8000))
    inverse = reversion_test(doc, RevertToMachine(2))
    assert doc[2].text == "Cuatro." and doc[2].start_ms == 6000
    doc.apply(inverse)
    reversion_test(doc, RevertToMachine(2, times=True))
    assert not doc.is_edited(2)


def test_set_text_inverse_is_a_set_text_so_typing_can_be_merged() -> None:
    doc = make_doc()
    inverse = doc.apply(SetText(0, "Uno!"))
    assert inverse == SetText(0, "Uno.")


def test_set_text_normalises_line_endings() -> None:
    doc = make_doc()
    doc.apply(SetText(0, "a\r\nb\rc"))
    assert doc[0].text == "a\nb\nc"


def test_split_events_are_one_change_and_one_insert() -> None:
    doc = make_doc()
    mirror = Mirror(doc)
    doc.apply(SplitCue(3, 6, 10_000))
    assert mirror.events == [
        RowsChanged(3, 3, Field.TEXT | Field.TIMES),
        RowsAboutToBeInserted(4, 1),
        RowsInserted(4, 1),
    ]
    assert [doc[3].text, doc[4].text] == ["Cinco", "y seis."]
    assert (doc[3].end_ms, doc[4].start_ms) == (10_000, 10_000)
    # both halves keep the original; the new half has no machine text
    assert doc[3].original is doc[4].original is ORIGINALS[3]
    assert doc[4].machine is None and doc.is_edited(4)


def test_split_closes_and_reopens_italics() -> None:
    doc = ProofreadDocument([Cue(0, 4000, "<i>Hola a todos</i>")])
    doc.apply(SplitCue(0, 7, 2000))
    assert [doc[0].text, doc[1].text] == ["<i>Hola</i>", "<i>a todos</i>"]


def test_merge_joins_lines_and_originals() -> None:
    doc = make_doc()
    mirror = Mirror(doc)
    doc.apply(MergeWithNext(1))
    assert mirror.events == [
        RowsChanged(1, 1, Field.TEXT | Field.TIMES | Field.ORIGINAL | Field.MACHINE),
        RowsAboutToBeRemoved(2, 1),
        RowsRemoved(2, 1),
    ]
    merged = doc[1]
    assert merged.text == "Dos, tres.\nCuatro."
    assert (merged.start_ms, merged.end_ms) == (ORIGINALS[1].start_ms, ORIGINALS[2].end_ms)
    assert merged.original is not None and merged.original.text == "Two, three.\nFour."
    # the merged machine text is what "revert" gives back
    assert merged.machine is not None and merged.machine.text == "Dos, tres.\nCuatro."


def test_split_then_merge_gives_back_one_cue_with_its_original() -> None:
    doc = make_doc()
    doc.apply(SplitCue(3, 6, 10_000))
    doc.apply(MergeWithNext(3))
    assert doc[3].original is ORIGINALS[3]
    assert doc[3].text == "Cinco\ny seis."


def test_inserted_cue_pairs_with_the_original_it_overlaps() -> None:
    doc = ProofreadDocument(cues("Uno.", "Tres."), ORIGINALS)  # counts differ: overlap pairing
    doc.apply(InsertCues(1, (Cue(3600, 5400, "Dos"),)))
    assert doc[1].original == ORIGINALS[1]
    assert doc[1].machine is None


def test_field_edits_report_only_their_rows_and_fields() -> None:
    doc = make_doc()
    mirror = Mirror(doc)
    doc.apply(SetReviewState((4, 0, 1), ReviewState.FLAGGED))
    doc.apply(SetNote(2, "x"))
    doc.apply(ShiftTimes(10, (3, 1)))
    assert mirror.events == [
        RowsChanged(0, 1, Field.REVIEW),
        RowsChanged(4, 4, Field.REVIEW),
        RowsChanged(2, 2, Field.NOTE),
        RowsChanged(1, 1, Field.TIMES),
        RowsChanged(3, 3, Field.TIMES),
    ]


def test_deleting_a_scattered_selection_removes_each_run() -> None:
    doc = make_doc()
    mirror = Mirror(doc)
    doc.apply(DeleteCues((4, 0, 1)))
    removed = [e for e in mirror.events if isinstance(e, RowsRemoved)]
    assert removed == [RowsRemoved(4, 1), RowsRemoved(0, 2)]
    assert [r.text for r in doc.rows] == ["Cuatro.", "Cinco y seis."]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (SetText(9, "x"), "There is no cue 10"),
        (SplitCue(0, 0, 1500), "inside the text"),
        (SplitCue(0, 2, 3000), "split time must fall inside the cue"),
        (SplitCue(0, 3, 1500), "empty cue"),
        (MergeWithNext(4), "last cue"),
        (InsertCues(7, (Cue(0, 1, "x"),)), "Cannot insert at cue 8"),
        (DeleteCues(()), "Select the cues"),
        (ShiftTimes(-1500), "before 0:00:00.000"),
        (SetTimes(0, -5, 100), "before 0:00:00.000"),
        (RevertToMachine(0), "no machine text"),
    ],
)
def test_impossible_edits_are_refused_with_a_sentence_and_change_nothing(
    edit: Edit, message: str
) -> None:
    doc = make_doc()
    if isinstance(edit, RevertToMachine):
        doc.apply(InsertCues(0, (Cue(0, 500, "nuevo"),)))
    elif isinstance(edit, SplitCue) and edit.position == 3:
        doc.apply(SetText(0, "Uno   "))
    before = snapshot(doc)
    with pytest.raises(EditError, match=message):
        doc.apply(edit)
    assert snapshot(doc) == before


def test_suggested_split_prefers_the_line_break_and_times_in_proportion() -> None:
    position, at = suggest_split(Cue(0, 2000, "Primera línea\nsegunda"))
    assert position == 13
    assert 1000 < at < 1500
    position, at = suggest_split(Cue(0, 1000, "uno dos tres"))
    assert position == 7 and 0 < at < 1000


# ----- property: random edit sequences undo back to the original -----


@st.composite
def edit_for(draw: st.DrawFn, doc: ProofreadDocument) -> Edit:
    n = len(doc)
    if n == 0:
        return InsertCues(0, (Cue(0, 1000, draw(st.text(max_size=8))),))
    row = draw(st.integers(0, n - 1))
    cue = doc[row].cue
    kind = draw(st.sampled_from(["text", "times", "review", "note", "split", "merge",
                                 "insert", "delete", "shift", "shift_all", "texts"]))  # fmt: skip
    if kind == "text":
        return SetText(row, draw(st.text(max_size=20)))
    if kind == "times":
        start = draw(st.integers(0, 60_000))
        return SetTimes(row, start, max(0, start + draw(st.integers(-100, 5000))))
    if kind == "review":
        rows = tuple(draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=4)))
        return SetReviewState(rows, draw(st.sampled_from(list(ReviewState))))
    if kind == "note":
        return SetNote(row, draw(st.text(max_size=10)))
    if kind == "split" and len(cue.text.strip()) >= 3 and cue.end_ms - cue.start_ms >= 2:
        position, at = suggest_split(cue)
        stripped = (cue.text[:position].strip(), cue.text[position:].strip())
        if all(stripped) and cue.start_ms < at < cue.end_ms:
            return SplitCue(row, position, at)
    if kind == "merge" and row + 1 < n:
        return MergeWithNext(row)
    if kind == "insert":
        start = draw(st.integers(0, 60_000))
        return InsertCues(draw(st.integers(0, n)), (Cue(start, start + 800, "nuevo"),))
    if kind == "delete":
        return DeleteCues(tuple(draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=3))))
    if kind == "shift":
        return ShiftTimes(draw(st.integers(0, 3000)), (row,))
    if kind == "shift_all":
        return ShiftTimes(draw(st.integers(0, 3000)))
    if kind == "texts":
        return SetTexts(((row, "A"), ((row + 1) % n, "B")) if n > 1 else ((row, "A"),))
    return SetText(row, cue.text + "!")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edit_sequences_undo_to_the_original_and_redo_to_the_result(
    data: st.DataObject,
) -> None:
    doc = make_doc()
    mirror = Mirror(doc)
    original = snapshot(doc)
    inverses: list[Edit] = []
    for _ in range(data.draw(st.integers(1, 12), label="edits")):
        edit = data.draw(edit_for(doc), label="edit")
        inverses.append(doc.apply(edit))
        assert mirror.in_sync()
    final = snapshot(doc)
    redos = [doc.apply(inverse) for inverse in reversed(inverses)]
    assert snapshot(doc) == original
    assert mirror.in_sync()
    for redo in reversed(redos):
        doc.apply(redo)
    assert snapshot(doc) == final
    assert mirror.in_sync()


def test_a_composite_edit_is_all_or_nothing() -> None:
    doc = make_doc()
    before = snapshot(doc)
    with pytest.raises(EditError, match="There is no cue 10"):
        doc.apply(CompositeEdit((SetText(0, "x"), MergeWithNext(1), SetText(9, "y"))))
    assert snapshot(doc) == before
    reversion_test(doc, CompositeEdit((SetText(0, "x"), MergeWithNext(1)), "Two things"))
