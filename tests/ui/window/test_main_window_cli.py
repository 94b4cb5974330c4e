"""`proofreader edit` from a shell: the window opens on the file, or a sentence and exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from proofreader import cli


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PROOFREADER_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PROOFREADER_BENCH_EXIT_ON_SHOWN": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "proofreader.app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_edit_is_a_window_command_and_others_are_not() -> None:
    assert cli.wants_window([])
    assert cli.wants_window(["edit", "a.srt", "--original", "b.srt"])
    assert cli.wants_window(["--api-base", "https://x", "edit", "a.srt"])
    assert not cli.wants_window(["check", "a.srt"])
    assert not cli.wants_window(["--help"])


def test_edit_opens_the_window_on_the_file(sample_files: tuple[Path, Path], tmp_path: Path) -> None:
    translation, original = sample_files
    result = _run("edit", str(translation), "--original", str(original), home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    marks = [line.split()[0] for line in result.stdout.splitlines()]
    assert marks == ["window-shown", "document-shown"]


def test_no_command_opens_the_sample(tmp_path: Path) -> None:
    result = _run(home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == [
        "window-shown",
        "document-shown",
    ]


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (None, "there is no such file"),
        (b"1\nthis is not a subtitle file\n\n", "Cannot read the translation"),
    ],
)
def test_unreadable_translation_is_a_sentence_and_exit_2(
    tmp_path: Path, content: bytes | None, sentence: str
) -> None:
    path = tmp_path / "broken.srt"
    if content is not None:
        path.write_bytes(content)
    result = _run("edit", str(path), home=tmp_path / "h")
    assert result.returncode == 2
    assert sentence in result.stderr
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if "broken.srt" in line]) == 1
