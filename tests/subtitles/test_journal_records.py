"""The edit journal's lines replay to exactly the document the edits made (any edit, undo too)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import EditError, ProofreadDocument, ReviewState
from proofreader.subtitles.edits import (
    DeleteCues,
    Edit,
    InsertCues,
    MergeWithNext,
    SetNote,
    SetReviewState,
    SetText,
    SetTexts,
    SetTimes,
    ShiftTimes,
    SplitCue,
)
from proofreader.subtitles.journal_records import JournalRecorder, replay
from proofreader.subtitles.snapshot import SnapshotError, decode_snapshot, encode_snapshot


def _document() -> ProofreadDocument:
    originals = [Cue(i * 2000, i * 2000 + 1500, f"Original {i}") for i in range(6)]
    cues = [Cue(i * 2000, i * 2000 + 1500, f"Traducción {i}\nlínea dos") for i in range(6)]
    return ProofreadDocument(cues, originals)


def _edit(draw: st.DrawFn, size: int) -> Edit:
    row = draw(st.integers(0, max(size - 1, 0)))
    kind = draw(st.sampled_from(["text", "times", "note", "review", "split", "merge", "insert",
                                 "delete", "replace", "shift"]))  # fmt: skip
    text = draw(st.text(max_size=12))
    if kind == "text":
        return SetText(row, text)
    if kind == "times":
        start = draw(st.integers(0, 20_000))
        return SetTimes(row, start, start + draw(st.integers(0, 3000)))
    if kind == "note":
        return SetNote(row, text)
    if kind == "review":
        return SetReviewState((row,), draw(st.sampled_from(list(ReviewState))))
    if kind == "split":
        return SplitCue(row, draw(st.integers(0, 10)), row * 2000 + 700)
    if kind == "merge":
        return MergeWithNext(row)
    if kind == "insert":
        return InsertCues(row, (Cue(50, 900, text),))
    if kind == "delete":
        return DeleteCues((row,))
    if kind == "replace":
        return SetTexts(((row, text),))
    return ShiftTimes(draw(st.integers(-500, 500)), (row,))


@st.composite
def _scripts(draw: st.DrawFn) -> list[tuple[Edit, bool]]:
    """Edits, each maybe followed by its undo."""
    size, script = 6, []
    for _ in range(draw(st.integers(1, 12))):
        script.append((_edit(draw, size), draw(st.booleans())))
    return script


@settings(max_examples=60, deadline=None)
@given(_scripts())
def test_replaying_the_lines_rebuilds_the_document(script: list[tuple[Edit, bool]]) -> None:
    document = _document()
    base = encode_snapshot(document)
    recorder = JournalRecorder(document)
    lines: list[bytes] = []
    document.add_listener(lambda event: lines.append(recorder.line_for(event) or b""))
    for edit, undo in script:
        try:
            inverse = document.apply(edit)
        except EditError:
            continue
        if undo:
            document.apply(inverse)
    replayed = replay(decode_snapshot(base).document, [b"".join(lines)])
    assert replayed.document().rows == document.rows


def test_a_torn_last_line_is_left_out_and_a_damaged_line_is_a_sentence() -> None:
    document = _document()
    base = encode_snapshot(document)
    recorder = JournalRecorder(document, clock=lambda: 1_700_000_000.0)
    lines: list[bytes] = []
    document.add_listener(lambda event: lines.append(recorder.line_for(event) or b""))
    document.apply(SetText(1, "primera"))
    document.apply(SetText(2, "segunda"))
    whole = b"".join(lines)
    torn = whole[: len(whole) - 5]  # a power cut in the middle of the second write
    replayed = replay(decode_snapshot(base).document, [torn])
    assert [r.text for r in replayed.document().rows][1:3] == ["primera", "Traducción 2\nlínea dos"]
    assert replayed.last_change_ms == 1_700_000_000_000
    with pytest.raises(SnapshotError, match="journal is damaged"):
        replay(decode_snapshot(base).document, [b'[1,"set",99,[]]\n'])
