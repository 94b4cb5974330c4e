"""`proofreader check`: findings as text or JSON, exit codes, unreadable inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proofreader.cli import main

TRANSLATION = """1
00:00:01,000 --> 00:00:03,000
Hola, ¿cómo estás?

2
00:00:02,500 --> 00:00:05,000
Cuesta 1.000 dólares.

3
00:00:05,040 --> 00:00:07,000
Open your account now.

4
00:00:08,000 --> 00:00:10,000
Un recorrido por la ciudad.
"""

ORIGINAL = """1
00:00:01,000 --> 00:00:03,000
Hi, how are you?

2
00:00:02,500 --> 00:00:05,000
It costs 1,500 dollars.

3
00:00:05,040 --> 00:00:07,000
Open your account now!

4
00:00:08,000 --> 00:00:10,000
A tour of the city of HeyGen.
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    paths = {
        "translation": tmp_path / "video.es.srt",
        "original": tmp_path / "video.en.srt",
        "glossary": tmp_path / "terms.csv",
        "clean": tmp_path / "clean.srt",
    }
    paths["translation"].write_text(TRANSLATION, encoding="utf-8")
    paths["original"].write_text(ORIGINAL, encoding="utf-8")
    paths["glossary"].write_text("term,rendering\nHeyGen,\n", encoding="utf-8")
    paths["clean"].write_text(
        "1\n00:00:01,000 --> 00:00:02,500\nHola, ¿qué tal estás?\n", encoding="utf-8"
    )
    return {name: str(path) for name, path in paths.items()}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_lists_findings_by_cue_then_check_and_exits_1_on_an_error(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, files["translation"], "--original", files["original"], "--lang", "Spanish (Spain)",
        "--glossary", files["glossary"], "--json",
    )  # fmt: skip
    assert code == 1
    assert err == ""
    payload = json.loads(out)
    assert set(payload) == {"cues", "findings"}
    assert payload["cues"] == 4
    found = [(f["cue"], f["check"], f["severity"]) for f in payload["findings"]]
    assert found == [
        (1, "overlap", "error"),
        (2, "min-gap", "warning"),
        (2, "numbers", "warning"),
        (3, "untranslated", "warning"),
        (4, "glossary", "warning"),
    ]
    assert all(set(f) == {"cue", "check", "severity", "message"} for f in payload["findings"])
    numbers = payload["findings"][2]["message"]
    assert numbers == "The number 1,500 of the original is missing or changed in the translation."


def test_text_output_has_a_line_per_finding_and_a_summary(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, files["translation"], "--lang", "es")
    assert code == 1
    lines = out.splitlines()
    assert (
        lines[0] == "Cue 1: error overlap: Overlaps the next cue by 0.500 s; cues must not overlap."
    )
    assert lines[-1] == "Checked 4 cues: 1 error, 1 warning."


def test_a_clean_file_exits_0(files: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, files["clean"])
    assert (code, out) == (0, "Checked 1 cue: no problems found.\n")
    code, out, _ = run(capsys, files["clean"], "--json")
    assert (code, json.loads(out)) == (0, {"cues": 1, "findings": []})


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fast.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\n" + "x" * 30 + "\n", encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--json")
    assert code == 0
    assert [f["check"] for f in json.loads(out)["findings"]] == ["cps", "speech-fit"]


def test_language_by_name_and_by_code_give_the_same_result(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    by_name = run(capsys, files["translation"], "--lang", "Spanish (Spain)", "--json")
    by_code = run(capsys, files["translation"], "--lang", "es", "--json")
    assert by_name == by_code


def test_unknown_language_uses_generic_limits_with_a_note(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, files["clean"], "--lang", "Klingon", "--json")
    assert code == 0
    assert json.loads(out)["findings"] == []
    assert err == (
        "Note: The language 'Klingon' is not known; checking with the generic limits "
        "(42 characters per line, 17 CPS).\n"
    )


def test_fps_changes_the_minimum_gap(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # cue 2 ends at 5.000 and cue 3 starts at 5.040: 40 ms is 2 frames at 50 fps, 1 at 24
    _, out, _ = run(capsys, files["translation"], "--fps", "50", "--json")
    assert "min-gap" not in [f["check"] for f in json.loads(out)["findings"]]
    _, out, _ = run(capsys, files["translation"], "--fps", "24", "--json")
    assert "min-gap" in [f["check"] for f in json.loads(out)["findings"]]


def test_bad_fps_is_a_usage_error(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", files["translation"], "--fps", "zero"])
    assert exit_info.value.code == 2
    assert "'zero' is not a frame rate" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Cannot read the translation {path}: there is no such file."),
        (
            b"1\n00:00:01,000 --> 00:00:0x,000\nHola\n",
            "Cannot read the translation {path}, line 2: ",
        ),
    ],
)
def test_unreadable_input_exits_2_with_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "broken.srt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, str(path))
    assert code == 2
    assert out == ""
    assert err.startswith(message.format(path=path))
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_unreadable_original_or_glossary_exits_2(
    files: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, files["translation"], "--original", str(tmp_path / "nope.srt"))
    assert code == 2 and "nope.srt" in err
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    code, _, err = run(capsys, files["translation"], "--glossary", str(empty))
    assert code == 2
    assert err == "The glossary empty.csv has no terms; put one term per line: term,rendering.\n"
