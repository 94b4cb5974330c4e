"""The review report's model: summary counts, per-cue rows and the word-level difference."""

from __future__ import annotations

from collections import Counter

import pytest

from proofreader.subtitles.checks import Checker, Severity
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument, ReviewState
from proofreader.subtitles.report import build_report, diff_markup, tokens, word_diff
from tests.subtitles.report_support import MACHINE, reviewed_document, reviewed_report


def test_summary_counts_match_the_document_and_its_checker() -> None:
    report, checker = reviewed_report()
    document = reviewed_document()
    s = report.summary
    assert (s.cues, s.edited, s.text_edited, s.timing_edited, s.added) == (5, 4, 2, 1, 1)
    assert s.edited == document.edited_count
    assert (s.reviewed, s.flagged, s.unreviewed) == (1, 1, 3)
    assert s.reviewed == document.review_count(ReviewState.REVIEWED)
    assert s.notes == 2
    assert (s.errors, s.warnings) == (checker.error_count, checker.warning_count) == (1, 2)
    assert s.cues_with_findings == 3
    expected = Counter(f.check for _, f in checker.all_findings())
    assert {c.check: c.count for c in s.by_check} == expected
    assert s.by_check[0].check == "empty" and s.by_check[0].severity is Severity.ERROR
    assert s.by_check[0].title == "Empty cue"


def test_a_report_made_while_a_big_files_checks_still_run_has_every_finding() -> None:
    """The window checks a big file in slices after showing it; an export meanwhile must not
    report the rows not yet checked as clean."""
    whole, _checker = reviewed_report()
    document = reviewed_document()
    pending = Checker(document, deferred=True)
    assert pending.pending
    report = build_report(document, pending, title="talk.es.srt", created=whole.created)
    assert report.summary == whole.summary
    assert [row.findings for row in report.rows] == [row.findings for row in whole.rows]


def test_each_row_carries_texts_times_marks_notes_and_findings() -> None:
    report, checker = reviewed_report()
    rows = report.rows
    assert [r.number for r in rows] == [1, 2, 3, 4, 5]
    assert [r.change for r in rows] == ["text", "", "text", "timing", "added"]
    first = rows[0]
    assert (first.original, first.machine, first.final) == (
        "The black cat sleeps.",
        "El gato negro duerme.",
        "El perro negro duerme.",
    )
    assert rows[1].review is ReviewState.REVIEWED
    assert rows[1].note == "Checked with the client: «tú» is right."
    assert rows[2].review is ReviewState.FLAGGED and rows[2].note == "Ask: 13 or 30?"
    assert [f.check for f in rows[2].findings] == ["numbers"]
    assert (rows[3].start_ms, rows[3].end_ms, rows[3].machine_times) == (8600, 10500, (8500, 10500))
    added = rows[4]
    assert added.added and added.machine is None and added.machine_times is None
    assert [f.check for f in added.findings] == ["empty"]
    for i, row in enumerate(rows):
        assert row.findings == checker.findings(i)
    assert report.title == "talk.es.srt" and report.has_originals


def test_the_diff_marks_exactly_the_changed_words() -> None:
    report, _ = reviewed_report()
    assert report.rows[0].diff == (
        ("equal", "El "),
        ("delete", "gato"),
        ("insert", "perro"),
        ("equal", " negro duerme."),
    )
    assert report.rows[2].diff == (
        ("equal", "Cuesta "),
        ("delete", "30"),
        ("insert", "31"),
        ("equal", " dólares."),
    )
    assert report.rows[1].diff == (("equal", "Hola, ¿cómo estás?"),)
    assert report.rows[3].diff == (("equal", "Adiós."),)  # retimed only: no text marks


def test_an_added_cue_is_all_insertion_and_an_unchecked_build_uses_default_limits() -> None:
    document = ProofreadDocument([Cue(0, 2000, "Nuevo texto")], machine=[])
    report = build_report(document, title="new")
    assert report.rows[0].diff == (("insert", "Nuevo texto"),)
    assert report.rows[0].change == "added"
    assert not report.has_originals and report.notices == ()


def test_an_unedited_document_reports_nothing_changed() -> None:
    report = build_report(ProofreadDocument(MACHINE), title="fresh")
    s = report.summary
    assert (s.cues, s.edited, s.unreviewed, s.notes) == (4, 0, 4, 0)
    assert all(r.change == "" and len(r.diff) == 1 for r in report.rows)


@pytest.mark.parametrize(
    ("old", "new", "runs"),
    [
        ("Hola.", "Hola!", [("equal", "Hola"), ("delete", "."), ("insert", "!")]),
        ("está bien", "esta bien", [("delete", "está"), ("insert", "esta"), ("equal", " bien")]),
        (
            "uno dos",
            "uno\ndos",
            [("equal", "uno"), ("delete", " "), ("insert", "\n"), ("equal", "dos")],
        ),
        ("", "nuevo", [("insert", "nuevo")]),
        ("viejo", "", [("delete", "viejo")]),
        ("a b c", "a b c", [("equal", "a b c")]),
    ],
)
def test_word_diff_runs(old: str, new: str, runs: list[tuple[str, str]]) -> None:
    assert word_diff(old, new) == runs


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("El gato, ¿negro?", "Un perro… blanco!"),
        ("<i>Hola</i>\n- ¿Sí?", "<b>Hola</b>\n- No."),
        ("مرحبا بالعالم", "مرحبا يا عالم"),
        ("  spaces\t\ttabs ", "spaces tabs"),
    ],
)
def test_word_diff_rebuilds_both_texts_exactly(old: str, new: str) -> None:
    runs = word_diff(old, new)
    assert "".join(t for k, t in runs if k != "insert") == old
    assert "".join(t for k, t in runs if k != "delete") == new
    assert "".join(tokens(old)) == old


def test_diff_markup_is_wdiff_notation() -> None:
    assert diff_markup(word_diff("El gato negro", "El perro negro")) == "El [-gato-]{+perro+} negro"
