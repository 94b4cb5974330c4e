"""One Idempotency-Key per command: a repeat after a lost answer is free, a new command is new."""

from __future__ import annotations

from pathlib import Path

from proofreader.sandbox import SandboxServer
from tests.cli.api.conftest import Cli
from tests.workflow.helpers import edit_srt


def _ready_session(run: Cli, sandbox: SandboxServer) -> str:
    created = run.ok(
        "proofread", "create", "--video", sandbox.sample_video_url, "--lang", "Spanish (Spain)",
        "--title", "Keys", "--json",
    ).json()  # fmt: skip
    [proofread_id] = created["proofread_ids"]
    run.ok("proofread", "status", proofread_id, "--wait")
    return str(proofread_id)


def test_generate_twice_makes_two_renders(run: Cli, sandbox: SandboxServer) -> None:
    proofread_id = _ready_session(run, sandbox)
    first = run.ok("proofread", "generate", proofread_id, "--json").json()
    second = run.ok("proofread", "generate", proofread_id, "--json").json()
    assert first["video_translation_id"] != second["video_translation_id"]
    assert sandbox.created_counts()["generates"] == 2


def test_repeating_a_generate_whose_answer_was_lost_does_not_pay_twice(
    run: Cli, sandbox: SandboxServer, tmp_path: Path
) -> None:
    proofread_id = _ready_session(run, sandbox)
    sandbox.faults.drop_after_create_next = 1
    lost = run("proofread", "generate", proofread_id)
    assert lost.code == 1 and "may have been created" in lost.err
    run.ok("proofread", "generate", proofread_id)
    assert sandbox.created_counts()["generates"] == 1

    sandbox.faults.drop_after_create_next = 1
    assert run("proofread", "generate", proofread_id).code == 1
    srt = tmp_path / "es.srt"
    run.ok("proofread", "pull", proofread_id, "--out", str(srt), "--original", str(tmp_path / "o"))
    edit_srt(srt)
    run.ok("proofread", "push", proofread_id, str(srt))  # new corrections: a new render
    run.ok("proofread", "generate", proofread_id)
    assert sandbox.created_counts()["generates"] == 3
