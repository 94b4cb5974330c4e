"""Files the command line writes: long titles fit the file system, interrupted downloads resume."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.sandbox import SandboxServer
from proofreader.workflow import proofread_srt_names, render_stem
from proofreader.workflow.naming import part_path
from tests.cli.api.conftest import Cli
from tests.workflow.helpers import TALK, sha256_of

LONG_TITLE = "字幕校對" * 23  # 92 CJK characters: 276 bytes of UTF-8


def test_long_titles_make_names_within_255_bytes() -> None:
    names = [*proofread_srt_names(LONG_TITLE, "id"), render_stem(LONG_TITLE, "Japanese", "id")]
    for name in names:
        longest = f".{name}.mp4.0123abcd.part"  # a download's temporary file
        assert len(longest.encode("utf-8")) <= 255, name
        assert name.startswith("字幕校對")  # shortened on a character boundary


def test_a_long_title_is_pulled_and_downloaded_under_a_shortened_name(
    run: Cli, sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    created = run.ok(
        "proofread", "create", "--video", sandbox.sample_video_url, "--lang", "Japanese",
        "--title", LONG_TITLE, "--json",
    ).json()  # fmt: skip
    [ident] = created["proofread_ids"]
    run.ok("proofread", "status", ident, "--wait")
    [pulled] = run.ok("proofread", "pull", ident).out.splitlines()
    assert Path(pulled).is_file() and pulled.startswith("字幕校對")
    render = run.ok("proofread", "generate", ident, "--json").json()["video_translation_id"]
    run.ok("translation", "status", render, "--wait")
    saved = run.ok("translation", "download", render, "--dir", str(tmp_path / "out")).out
    assert all(Path(line).is_file() for line in saved.splitlines())


def test_an_interrupted_download_resumes_from_its_part_file(
    run: Cli, sandbox: SandboxServer, tmp_path: Path
) -> None:
    created = run.ok(
        "translation", "create", "--video", str(TALK), "--lang", "Spanish (Spain)",
        "--title", "Resume", "--json",
    ).json()  # fmt: skip
    [render] = created["video_translation_ids"]
    run.ok("translation", "status", render, "--wait")
    out = tmp_path / "out"
    out.mkdir()
    kept = 300_000  # what an earlier run, stopped with Ctrl-C, left behind
    part = part_path(out / "Resume_Spanish (Spain).mp4", render, "video_url")
    part.write_bytes(TALK.read_bytes()[:kept])
    # and what an interrupted download of another render with the same title left: never
    # continued with this one's tail (that would make a corrupt video without a word)
    other = part_path(out / "Resume_Spanish (Spain).mp4", "vt_another", "video_url")
    other.write_bytes(b"OLD RENDER BYTES" * 20_000)

    before = len(sandbox.requests)
    saved = run.ok("translation", "download", render, "--dir", str(out)).out.splitlines()
    video = next(Path(line) for line in saved if line.endswith(".mp4"))
    assert sha256_of(video) == sha256_of(TALK)
    assert not part.exists()
    assert other.exists()  # left alone: it belongs to the other render
    ranges = [r.headers.get("range") for r in sandbox.requests[before:] if "video" in r.path]
    assert f"bytes={kept}-" in ranges  # continued, not started over
