"""The proofread document: pairing with the original and the machine version, edited state."""

from __future__ import annotations

import pytest

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import DocumentCue, EditError, ProofreadDocument, ReviewState
from proofreader.subtitles.edits import SetReviewState, SetText, SetTimes
from proofreader.subtitles.pairing import pair_by_overlap, pair_cues
from tests.subtitles.document_support import cues


def test_equal_counts_pair_by_index_even_when_times_differ() -> None:
    translated = cues("Hola", "Adiós")
    originals = [Cue(0, 100, "Hello"), Cue(90_000, 91_000, "Bye")]
    doc = ProofreadDocument(translated, originals)
    assert [r.original for r in doc.rows] == originals


def test_different_counts_pair_by_greatest_overlap() -> None:
    translated = [Cue(0, 2000, "uno"), Cue(2000, 4000, "dos"), Cue(10_000, 11_000, "tres")]
    originals = [Cue(0, 1500, "one"), Cue(1500, 3900, "two")]
    doc = ProofreadDocument(translated, originals)
    assert doc[0].original == originals[0]  # 1500 ms against 500 ms
    assert doc[1].original == originals[1]
    assert doc[2].original is None  # overlaps nothing


def test_overlap_ties_go_to_the_earliest_original_whatever_the_file_order() -> None:
    originals = [Cue(1000, 2000, "later in file"), Cue(0, 1000, "x"), Cue(1000, 2000, "dup")]
    assert pair_by_overlap([Cue(500, 1500, "t")], originals) == [0]
    assert pair_by_overlap([Cue(1000, 2000, "t")], originals) == [0]
    # touching is not overlapping
    assert pair_by_overlap([Cue(2000, 2500, "t")], originals) == [None]


def test_overlap_pairing_finds_a_long_original_that_started_much_earlier() -> None:
    originals = [
        Cue(0, 60_000, "long"),
        *(Cue(t, t + 500, "short") for t in range(1000, 50_000, 1000)),
    ]
    result = pair_by_overlap([Cue(50_500, 59_000, "after the shorts")], originals)
    assert result == [0]


def test_pair_cues_on_large_files_matches_a_brute_force_pairing() -> None:
    targets = [Cue(i * 1000 + (i % 7) * 37, i * 1000 + 900 + (i % 5) * 50, "") for i in range(400)]
    sources = [Cue(i * 1100, i * 1100 + 1000 + (i % 3) * 300, "") for i in range(350)]

    def brute(t: Cue) -> int | None:
        best, best_overlap = None, 0
        for index, s in enumerate(sources):
            overlap = min(t.end_ms, s.end_ms) - max(t.start_ms, s.start_ms)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        return best

    assert pair_cues(targets, sources) == [brute(t) for t in targets]


def test_machine_version_defaults_to_the_cues_as_loaded() -> None:
    doc = ProofreadDocument(cues("Hola", "Adiós"))
    assert not doc.is_edited(0)
    assert doc.edited_count == 0
    assert doc[0].machine == doc[0].cue


def test_machine_version_given_separately_marks_restored_edits() -> None:
    machine = cues("Hola", "Adios")
    current = [machine[0], Cue(machine[1].start_ms, machine[1].end_ms + 100, "Adiós")]
    doc = ProofreadDocument(current, None, machine)
    assert not doc.is_edited(0)
    assert doc.is_edited(1)
    assert doc[1].text_edited and doc[1].timing_edited
    assert doc[1].machine == machine[1]
    assert doc.edited_count == 1


def test_edited_count_and_review_counts_follow_edits() -> None:
    doc = ProofreadDocument(cues("a", "b", "c"))
    assert doc.review_count(ReviewState.UNREVIEWED) == 3
    doc.apply(SetText(1, "B"))
    doc.apply(SetTimes(2, 0, 10))
    assert doc.edited_count == 2
    back = doc.apply(SetText(1, "b"))
    assert doc.edited_count == 1
    doc.apply(back)
    doc.apply(SetReviewState((0, 2), ReviewState.REVIEWED))
    assert doc.review_count(ReviewState.REVIEWED) == 2
    assert doc.review_count(ReviewState.UNREVIEWED) == 1


def test_timing_change_alone_counts_as_edited_and_reports_timing() -> None:
    doc = ProofreadDocument(cues("a"))
    doc.apply(SetTimes(0, 1000, 2500))
    assert doc[0].timing_edited
    assert not doc[0].text_edited
    assert doc.is_edited(0)


def test_to_cues_returns_the_current_translation() -> None:
    doc = ProofreadDocument(cues("a", "b"))
    doc.apply(SetText(0, "A"))
    assert [c.text for c in doc.to_cues()] == ["A", "b"]


def test_from_rows_restores_review_marks_and_notes() -> None:
    rows = [
        DocumentCue(
            Cue(0, 1000, "x"), Cue(0, 1000, "o"), Cue(0, 1000, "m"), ReviewState.FLAGGED, "n"
        )
    ]
    doc = ProofreadDocument.from_rows(rows, [Cue(0, 1000, "o")])
    assert doc[0].note == "n"
    assert doc.review_count(ReviewState.FLAGGED) == 1
    assert doc.edited_count == 1
    assert doc.has_originals


def test_cue_numbers_in_errors_are_one_based() -> None:
    doc = ProofreadDocument(cues("a", "b"))
    with pytest.raises(EditError, match="There is no cue 3; the document has 2"):
        doc.apply(SetText(2, "x"))
