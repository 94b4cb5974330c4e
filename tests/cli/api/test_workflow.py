"""The proofread lifecycle through the command line, as a user types it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from proofreader.sandbox import SandboxServer
from tests.cli.api.conftest import Cli
from tests.workflow.helpers import LANGUAGES, TALK, TRANSCRIPT, edit_srt, sha256_of


def test_the_whole_workflow_from_the_command_line(
    run: Cli, sandbox: SandboxServer, tmp_path: Path
) -> None:
    languages = run.ok("languages", "--json").json()["languages"]
    assert set(LANGUAGES) <= set(languages)

    lang_args = [arg for name in LANGUAGES for arg in ("--lang", name)]
    created = run.ok(
        "proofread", "create", "--video", str(TALK), *lang_args, "--title", "CLI talk",
        "--srt", str(TRANSCRIPT), "--mode", "precision", "--speaker-num", "1", "--no-music",
        "--json",
    ).json()  # fmt: skip
    ids = created["proofread_ids"]
    assert len(ids) == 2

    for proofread_id, language in zip(ids, LANGUAGES, strict=True):
        status = run.ok("proofread", "status", proofread_id, "--wait", "--json").json()
        assert (status["id"], status["status"]) == (proofread_id, "completed")
        assert status["output_language"] == language
    human = run.ok("proofread", "status", ids[0]).out
    assert human.split("\t")[:3] == [ids[0], "completed", "Spanish (Spain)"]

    out, original = tmp_path / "es.srt", tmp_path / "en.srt"
    pulled = run.ok("proofread", "pull", ids[0], "--out", str(out), "--original", str(original))
    assert pulled.out.splitlines() == [str(out), str(original)]
    assert pulled.err == ""  # no progress on a pipe
    assert out.read_bytes() != original.read_bytes()

    edited = edit_srt(out)
    assert "Pushed" in run.ok("proofread", "push", ids[0], str(out)).out

    generated = run.ok("proofread", "generate", ids[0], "--captions", "--json").json()
    translation_id = generated["video_translation_id"]
    status = run.ok("translation", "status", translation_id, "--wait", "--json").json()
    assert status["status"] == "completed"

    saved = run.ok("translation", "download", translation_id, "--dir", str(tmp_path / "out"))
    files = [Path(line) for line in saved.out.splitlines()]
    assert sorted(p.suffix for p in files) == [".m4a", ".mp4", ".srt", ".vtt"]
    caption = next(p for p in files if p.suffix == ".srt")
    assert sha256_of(caption) == hashlib.sha256(edited).hexdigest()
    assert caption.name == "CLI talk_Spanish (Spain).srt"

    counts = sandbox.created_counts()
    assert (counts["proofreads"], counts["generates"]) == (2, 1)


def test_list_rename_and_delete(run: Cli, sandbox: SandboxServer) -> None:
    ids = []
    for title in ("First", "Second", "Third"):
        created = run.ok(
            "translation", "create", "--video", sandbox.sample_video_url,
            "--lang", "German (Germany)", "--title", title, "--json",
        ).json()  # fmt: skip
        ids.extend(created["video_translation_ids"])

    everything = run.ok("translation", "list", "--all", "--limit", "2", "--json").json()
    assert [item["id"] for item in everything] == ids[::-1]  # newest first, across pages
    one_page = run.ok("translation", "list", "--limit", "2", "--json").json()
    assert len(one_page) == 2
    lines = run.ok("translation", "list").out.splitlines()
    assert lines[0].split("\t")[0] == ids[-1]

    assert "Renamed" in run.ok("translation", "rename", ids[0], "Renamed title").out
    status = run.ok("translation", "status", ids[0], "--json").json()
    assert status["title"] == "Renamed title"

    assert run.ok("translation", "delete", ids[0], "--yes").out.strip() == f"Deleted {ids[0]}"
    gone = run("translation", "status", ids[0])
    assert gone.code == 1
    assert "could not find" in gone.err
    remaining = run.ok("translation", "list", "--all", "--json").json()
    assert [item["id"] for item in remaining] == ids[:0:-1]


def test_pull_names_the_files_after_the_title_in_the_current_folder(
    run: Cli, sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    created = run.ok(
        "proofread", "create", "--video", sandbox.sample_video_url,
        "--lang", "French (France)", "--title", "Mon titre",
    ).out  # fmt: skip
    proofread_id, language = created.strip().split("\t")
    assert language == "French (France)"
    run.ok("proofread", "status", proofread_id, "--wait")
    pulled = run.ok("proofread", "pull", proofread_id)
    assert pulled.out.splitlines() == ["Mon titre_proofread.srt"]
    assert "no original transcript" in pulled.err and "--srt" in pulled.err
    assert not (tmp_path / "Mon titre_proofread_original.srt").exists()
    assert (tmp_path / "Mon titre_proofread.srt").is_file()
