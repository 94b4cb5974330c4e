"""`proofreader check --spelling`: spelling findings, the language, and when it cannot run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proofreader.cli import main

SPANISH = """1
00:00:01,000 --> 00:00:04,000
<i>Hola</i>, quiero recivir la aplicacion.

2
00:00:05,000 --> 00:00:08,000
Gracias por el vídeo de Proofreader.

3
00:00:09,000 --> 00:00:12,000
¿Cómo estás? Otra vez recivir.
"""
FRENCH = """1
00:00:01,000 --> 00:00:03,000
Aujourd’hui, l'homme veut recevior beaucop de sous-titres.
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def spanish(tmp_path: Path) -> str:
    path = tmp_path / "talk.es.srt"
    path.write_text(SPANISH, encoding="utf-8")
    return str(path)


def spelling_words(out: str) -> list[tuple[int, str]]:
    return [
        (f["cue"], f["message"]) for f in json.loads(out)["findings"] if f["check"] == "spelling"
    ]


def test_spelling_findings_name_each_word_in_the_files_language(
    spanish: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, spanish, "--spelling", "--json")
    assert (code, err) == (0, "")
    assert spelling_words(out) == [
        (1, 'Possible misspelling: "recivir".'),
        (1, 'Possible misspelling: "aplicacion".'),
        (2, 'Possible misspelling: "Proofreader".'),
        (3, 'Possible misspelling: "recivir".'),
    ]
    assert {f["severity"] for f in json.loads(out)["findings"]} == {"warning"}


def test_text_output_counts_spelling_as_warnings(
    spanish: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, spanish, "--spelling")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == 'Cue 1: warning spelling: Possible misspelling: "recivir".'
    assert lines[-1] == "Checked 3 cues: 0 errors, 4 warnings."


def test_without_spelling_the_check_is_unchanged(
    spanish: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, spanish)
    assert (code, out) == (0, "Checked 3 cues: no problems found.\n")


def test_lang_overrides_the_file_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(FRENCH, encoding="utf-8")
    _, out, _ = run(capsys, str(path), "--spelling", "--lang", "French (France)", "--json")
    assert spelling_words(out) == [
        (1, 'Possible misspelling: "recevior".'),
        (1, 'Possible misspelling: "beaucop".'),
    ]


def test_words_file_and_glossary_accept_names(
    spanish: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = tmp_path / "words.txt"
    words.write_text("RECIVIR\n", encoding="utf-8")
    glossary = tmp_path / "terms.csv"
    glossary.write_text("Proofreader\n", encoding="utf-8")
    _, out, _ = run(
        capsys, spanish, "--spelling", "--words", str(words), "--glossary", str(glossary), "--json"
    )
    assert spelling_words(out) == [(1, 'Possible misspelling: "aplicacion".')]


def test_errors_still_decide_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "overlap.es.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nHola recivir.\n\n"
        "2\n00:00:02,000 --> 00:00:04,000\nAdiós.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, str(path), "--spelling")
    assert code == 1
    assert 'Cue 1: warning spelling: Possible misspelling: "recivir".' in out.splitlines()
    # the overlap error, a speech-fit warning and the spelling warning
    assert out.splitlines()[-1] == "Checked 2 cues: 1 error, 2 warnings."


@pytest.mark.parametrize(
    ("name", "lang", "message"),
    [
        ("talk.srt", None, "Cannot check spelling: the language is not known; give it with "
         "--lang (for example --lang es) or name the file like video.es.srt.\n"),
        ("talk.zh.srt", None, "Cannot check spelling: the language is not known; give it with "
         "--lang (for example --lang es) or name the file like video.es.srt.\n"),
    ],
)  # fmt: skip
def test_spelling_that_cannot_run_exits_2_with_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lang: str | None, message: str
) -> None:
    path = tmp_path / name
    path.write_text(SPANISH, encoding="utf-8")
    argv = [str(path), "--spelling", *(["--lang", lang] if lang else [])]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.endswith(message)


@pytest.mark.parametrize("lang", ["ja", "Chinese", "Klingon"])
def test_a_language_without_a_dictionary_runs_every_other_check_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    path = tmp_path / "overlap.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\nこんにちは\n\n"
        "2\n00:00:02,000 --> 00:00:04,000\nさようなら\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, str(path), "--spelling", "--lang", lang)
    assert code == 1  # the overlap error decides, as without --spelling
    assert "error overlap" in out and "spelling" not in out
    assert f"Note: no dictionary for {lang}: spelling not checked." in err.splitlines()


def test_unreadable_word_list_exits_2(
    spanish: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    code, _, err = run(capsys, spanish, "--spelling", "--words", str(missing))
    assert code == 2
    assert err == f"Cannot read the word list {missing}: No such file or directory.\n"
