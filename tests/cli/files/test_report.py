"""`proofreader report`: the file it writes, how it pairs mismatched files, its exit codes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from proofreader.cli import main

MACHINE = """1
00:00:01,000 --> 00:00:03,000
El gato negro duerme.

2
00:00:03,500 --> 00:00:05,500
Hola, ¿cómo estás?

3
00:00:06,000 --> 00:00:08,000
Cuesta 30 dólares.
"""

TRANSLATION = MACHINE.replace("gato", "perro").replace("30", "13")

ORIGINAL = """1
00:00:01,000 --> 00:00:03,000
The black cat sleeps.

2
00:00:03,500 --> 00:00:05,500
Hi, how are you?

3
00:00:06,000 --> 00:00:08,000
It costs 13 dollars.
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "machine": tmp_path / "talk.machine.es.srt",
        "translation": tmp_path / "talk.es.srt",
        "original": tmp_path / "talk.en.srt",
    }
    paths["machine"].write_text(MACHINE, encoding="utf-8")
    paths["translation"].write_text(TRANSLATION, encoding="utf-8")
    paths["original"].write_text(ORIGINAL, encoding="utf-8")
    return paths


def report(files: dict[str, Path], out: Path, *extra: str) -> int:
    return main(
        [
            "report",
            str(files["translation"]),
            "--machine",
            str(files["machine"]),
            "--out",
            str(out),
            *extra,
        ]
    )


def test_writes_an_html_report_and_says_where(files, tmp_path, capsys) -> None:
    out = tmp_path / "report.html"
    assert report(files, out, "--original", str(files["original"]), "--lang", "es") == 0
    captured = capsys.readouterr()
    assert captured.out == (
        f"Wrote the review report to {out}: 3 cues, 2 edited, 0 errors, 0 warnings.\n"
    )
    assert captured.err == ""
    page = out.read_text(encoding="utf-8")
    assert "<del>gato</del>" in page and "<ins>perro</ins>" in page
    assert "<del>30</del>" in page and "<ins>13</ins>" in page
    assert "The black cat sleeps." in page
    assert "<h1>Review report: talk.es.srt</h1>" in page


def test_without_an_original_the_report_says_what_that_leaves_out(files, tmp_path, capsys) -> None:
    """A HeyGen session created without its video's SRT has no original: not an error."""
    out = tmp_path / "report.html"
    assert report(files, out) == 0
    assert "Note: No original transcript was given (--original)" in capsys.readouterr().err
    assert "No original transcript was given" in out.read_text(encoding="utf-8")


def test_csv_by_the_name_or_by_format(files, tmp_path) -> None:
    out = tmp_path / "report.csv"
    assert report(files, out, "--title", "Charla") == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["diff"] for r in rows] == [
        "El [-gato-]{+perro+} negro duerme.",
        "",
        "Cuesta [-30-]{+13+} dólares.",
    ]
    other = tmp_path / "report.txt"
    assert report(files, other, "--format", "csv") == 0
    assert other.read_bytes() == out.read_bytes()


def test_a_machine_file_with_other_cues_is_paired_by_time_and_the_user_told(
    files, tmp_path, capsys
) -> None:
    # The reviewer split cue 1, merged cues 2 and 3, and added a cue at the end.
    files["translation"].write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nEl perro\n\n"
        "2\n00:00:02,000 --> 00:00:03,000\nnegro duerme.\n\n"
        "3\n00:00:04,000 --> 00:00:08,000\nHola. Cuesta 13 dólares.\n\n"
        "4\n00:00:20,000 --> 00:00:22,000\nFin.\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    assert report(files, out, "--original", str(files["original"])) == 0
    notes = [
        "The machine translation has 3 cues and the translation 4, so cues were paired by time "
        "overlap; 1 translation cue overlaps no machine cue (reported as added); 1 machine cue "
        "pairs with no translation cue (deleted or merged in review).",
        "The original has 3 cues and the translation 4, so originals were paired by time overlap.",
    ]
    assert capsys.readouterr().err == "".join(f"Note: {n}\n" for n in notes)
    page = out.read_text(encoding="utf-8")
    assert all(f"<li>{n}</li>" in page for n in notes)  # the report says so too
    csv_out = tmp_path / "report.csv"
    assert report(files, csv_out) == 0
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["machine"] for r in rows] == [
        "El gato negro duerme.",
        "El gato negro duerme.",
        "Cuesta 30 dólares.",  # the machine cue it overlaps most
        "",
    ]
    assert [r["changed"] for r in rows] == ["text, timing", "text, timing", "text, timing", "added"]
    assert rows[0]["diff"] == "El [-gato negro duerme.-]{+perro+}"


@pytest.mark.parametrize(
    ("which", "make", "expected"),
    [
        ("translation", lambda p: p.unlink(), "talk.es.srt: there is no such file."),
        ("machine", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"), "looks like a PNG"),
        ("original", lambda p: p.write_text("1\n00:61:00,000 --> 00:62:00,000\nx\n"),
         "talk.en.srt, line 2: the minutes in '00:61:00,000' must be below 60."),
        ("machine", lambda p: (p.unlink(), p.mkdir()), "it is a folder, not a file."),
    ],
)  # fmt: skip
def test_an_unreadable_input_exits_2_with_one_sentence_and_writes_nothing(
    files, tmp_path, capsys, which: str, make, expected: str
) -> None:
    make(files[which])
    out = tmp_path / "report.html"
    assert report(files, out, "--original", str(files["original"])) == 2
    err = capsys.readouterr().err
    assert err.startswith("Cannot read ") and expected in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_a_report_name_without_a_known_extension_exits_2(files, tmp_path, capsys) -> None:
    assert report(files, tmp_path / "report.txt") == 2
    assert capsys.readouterr().err == (
        f"Cannot write {tmp_path / 'report.txt'}: the report's name must end in .html, .htm or "
        ".csv (it ends in '.txt'), or add --format html or --format csv.\n"
    )


def test_a_report_that_cannot_be_written_exits_1(files, tmp_path, capsys) -> None:
    out = tmp_path / "missing" / "report.html"
    assert report(files, out, "--original", str(files["original"])) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Cannot write {out}: ") and err.count("\n") == 1


def test_the_machine_file_is_required(files, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", str(files["translation"]), "--out", "r.html"])
    assert exit_info.value.code == 2
    assert "--machine" in capsys.readouterr().err


def test_lenient_reads_the_rest_and_lists_every_skipped_block(files, tmp_path, capsys) -> None:
    broken = files["machine"].read_text(encoding="utf-8")
    files["machine"].write_text(broken + "\n9\n00:61:00,000 --> 00:62:00,000\nRoto\n")
    out = tmp_path / "report.html"
    assert report(files, out) == 2
    assert "Add --lenient to read the rest." in capsys.readouterr().err
    assert report(files, out, "--lenient") == 0
    err = capsys.readouterr().err
    assert "talk.machine.es.srt, line " in err and ": skipped: the minutes in '00:61:00,000'" in err
    assert out.exists()
