"""A file is checked by the same limits in the window and on the command line: the language
comes from --lang, else from the file's name (talk.ja.srt), as the editor takes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proofreader.cli import main as cli_main
from proofreader.workspace.document_source import local_source
from proofreader.workspace.loading import load_document

# 20 characters on one line: within the generic 42, over Japanese's limit
LONG_JAPANESE = "これはとても長い字幕の一行でありますよね"


def _window_findings(path: Path) -> list[tuple[int, str]]:
    loaded = load_document(local_source(path))
    return sorted((row + 1, f.check) for row, f in loaded.checker.all_findings())


def _cli_findings(capsys: pytest.CaptureFixture[str], *argv: str) -> list[tuple[int, str]]:
    capsys.readouterr()
    cli_main(["check", *argv, "--json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    return sorted((f["cue"], f["check"]) for f in found)


def test_check_takes_the_language_from_the_name_like_the_editor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "talk.ja.srt"
    path.write_text(f"1\n00:00:01,000 --> 00:00:06,000\n{LONG_JAPANESE}\n", encoding="utf-8")
    window = _window_findings(path)
    assert window  # Japanese limits find the long line
    assert _cli_findings(capsys, str(path)) == window
    assert _cli_findings(capsys, str(path), "--lang", "ja") == window
    generic = tmp_path / "talk.srt"  # no language in the name: the generic limits, in both
    generic.write_bytes(path.read_bytes())
    assert _cli_findings(capsys, str(generic)) == _window_findings(generic) != window
