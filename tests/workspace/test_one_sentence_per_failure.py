"""A file that cannot be used gets the same sentence wherever it is opened: the window's loader,
`proofreader edit`'s check before any window, and `proofreader check`/`report`/`convert`
(which add only the hint to use --lenient)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from proofreader.app import run_window
from proofreader.cli import main as cli_main
from proofreader.workspace.document_source import local_source
from proofreader.workspace.inputs import LoadError
from proofreader.workspace.loading import load_document

GOOD = "1\n00:00:01,000 --> 00:00:02,000\nHola\n"
BROKEN = "1\n00:00:01,000 --> 00:00:0x,000\nHola\n\n2\n00:00:03,000 --> 00:00:04,000\nAdiós\n"


def _missing(path: Path) -> None:
    pass


def _folder(path: Path) -> None:
    path.mkdir()


def _unreadable(path: Path) -> None:
    path.write_text(GOOD)
    path.chmod(0)


Make = Callable[[Path], None]
CANNOT_OPEN: list[tuple[Make, str]] = [
    (_missing, "there is no such file."),
    (_folder, "it is a folder, not a file."),
    (_unreadable, "permission denied."),
]


def _window_sentence(translation: Path) -> str:
    with pytest.raises(LoadError) as raised:
        load_document(local_source(translation))
    return str(raised.value)


def _stderr(capsys: pytest.CaptureFixture[str], run: Callable[[], int]) -> tuple[int, str]:
    capsys.readouterr()
    try:
        code = run()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    return code, capsys.readouterr().err.strip()


@pytest.mark.parametrize(("make", "ending"), CANNOT_OPEN)
def test_a_file_that_cannot_be_opened_reads_the_same_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Make, ending: str
) -> None:
    if make is _unreadable and os.geteuid() == 0:
        pytest.skip("root reads any file")
    translation = tmp_path / "talk.es.srt"
    make(translation)
    expected = f"Cannot read the translation {translation}: {ending}"
    assert _window_sentence(translation) == expected
    code, err = _stderr(capsys, lambda: run_window(["edit", str(translation)]))
    assert (code, err) == (2, expected)
    code, err = _stderr(capsys, lambda: cli_main(["check", str(translation)]))
    assert (code, err) == (2, expected)


def test_a_broken_file_names_its_line_everywhere_and_the_cli_adds_its_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    translation = tmp_path / "talk.es.srt"
    translation.write_text(BROKEN)
    sentence = _window_sentence(translation)
    assert sentence.startswith(f"Cannot read the translation {translation}, line 2: ")
    code, err = _stderr(capsys, lambda: cli_main(["check", str(translation)]))
    assert (code, err) == (2, f"{sentence} Add --lenient to read the rest.")
    machine = tmp_path / "machine.srt"
    machine.write_text(GOOD)
    report = ["report", str(translation), "--machine", str(machine), "--out", "r.html"]
    code, err = _stderr(capsys, lambda: cli_main(report))
    assert (code, err) == (2, f"{sentence} Add --lenient to read the rest.")
    out = tmp_path / "out.vtt"
    code, err = _stderr(capsys, lambda: cli_main(["convert", str(translation), str(out)]))
    assert code == 2
    assert err == sentence.replace("the translation", "the subtitle file") + (
        " Add --lenient to convert the rest."
    )


def test_a_glossary_that_cannot_be_read_reads_the_same_in_the_window_and_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    translation = tmp_path / "talk.es.srt"
    translation.write_text(GOOD)
    glossary = tmp_path / "missing-glossary.csv"
    with pytest.raises(LoadError) as raised:
        load_document(local_source(translation, glossary=glossary))
    expected = f"Cannot read the glossary {glossary}: there is no such file."
    assert str(raised.value) == expected
    code, err = _stderr(
        capsys, lambda: cli_main(["check", str(translation), "--glossary", str(glossary)])
    )
    assert (code, err) == (2, expected)
