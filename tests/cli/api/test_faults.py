"""The command line against a flaky sandbox: a user who runs a failed command again gets
exactly one proofread per language and one render, and every byte intact."""

from __future__ import annotations

import hashlib
from pathlib import Path

from proofreader.sandbox import SandboxServer
from tests.cli.api.conftest import Cli, Result
from tests.workflow.helpers import LANGUAGES, TALK, edit_srt, sha256_of


def again_until_done(run: Cli, *argv: str, attempts: int = 15) -> Result:
    """Run a command; when it fails (exit 1), run it again, as its user would."""
    for _ in range(attempts):
        result = run(*argv)
        if result.code != 1:
            break
    assert result.code == 0, result.err
    return result


def test_the_command_line_completes_through_faults(
    run: Cli, sandbox: SandboxServer, tmp_path: Path
) -> None:
    faults = sandbox.faults
    faults.seed = 3
    faults.error_rate = 0.2
    faults.rate_limit_next = 2
    faults.retry_after_s = 0.01

    lang_args = [arg for name in LANGUAGES for arg in ("--lang", name)]
    faults.drop_after_create_next = 1  # the video upload's answer is lost once
    created = again_until_done(
        run, "proofread", "create", "--video", str(TALK), *lang_args, "--title", "Flaky", "--json"
    )
    ids = created.json()["proofread_ids"]
    faults.drop_next = 1  # the status GET's connection drops
    for proofread_id in ids:
        again_until_done(run, "proofread", "status", proofread_id, "--wait")

    out = tmp_path / "es.srt"
    faults.drop_download_after_bytes = 200
    again_until_done(run, "proofread", "pull", ids[0], "--out", str(out))
    edited = edit_srt(out)
    again_until_done(run, "proofread", "push", ids[0], str(out))

    faults.drop_after_create_next = 1  # the generate's answer is lost once
    first = run("proofread", "generate", ids[0], "--captions")
    if first.code == 1:
        assert "may have been created" in first.err or "server error" in first.err
    render = again_until_done(run, "proofread", "generate", ids[0], "--captions").out.strip()
    again_until_done(run, "translation", "status", render, "--wait")
    faults.drop_download_after_bytes = 300_000
    faults.drop_download_times = 2
    saved = again_until_done(run, "translation", "download", render, "--dir", str(tmp_path / "o"))

    files = {Path(line).suffix: Path(line) for line in saved.out.splitlines()}
    assert sha256_of(files[".srt"]) == hashlib.sha256(edited).hexdigest()
    assert sha256_of(files[".mp4"]) == sha256_of(TALK)
    counts = sandbox.created_counts()
    assert (counts["proofreads"], counts["generates"]) == (len(LANGUAGES), 1)
    assert faults.drop_after_create_next == 0
    assert faults.drop_download_times == 0
