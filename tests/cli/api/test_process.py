"""The real console script in a child process, its output on pipes: results and sentences only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from proofreader.sandbox import SandboxServer
from tests.cli.api.conftest import Cli
from tests.workflow.helpers import API_KEY


def console_script() -> list[str]:
    installed = Path(sys.executable).parent / "proofreader"
    if installed.is_file():
        return [str(installed)]
    return [sys.executable, "-c", "import sys; from proofreader.app import main; sys.exit(main())"]


def run_script(sandbox: SandboxServer, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEYGEN_API_KEY": API_KEY, "HEYGEN_API_BASE": sandbox.base_url}
    return subprocess.run(
        [*console_script(), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_on_a_pipe_a_wait_prints_no_progress_and_debug_no_key(
    run: Cli, sandbox: SandboxServer
) -> None:
    sandbox.settings.proofread_delay_s = 1.0
    created = run.ok(
        "proofread", "create", "--video", sandbox.sample_video_url,
        "--lang", "Spanish (Spain)", "--title", "Piped",
    ).out.split()[0]  # fmt: skip
    done = run_script(
        sandbox, "--poll-interval", "0.05", "--debug", "proofread", "status", created, "--wait"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\t")[:2] == [created, "completed"]
    assert "\r" not in done.stderr and "Waiting" not in done.stderr
    assert "proofreader.heygen" in done.stderr  # --debug logs went to stderr…
    assert API_KEY not in done.stderr + done.stdout  # …without the key

    missing = run_script(sandbox, "translation", "status", "no-such-render")
    assert missing.returncode == 1
    assert missing.stdout == ""
    assert len(missing.stderr.strip().splitlines()) == 1


def test_the_sandbox_command_serves_until_interrupted(tmp_path: Path) -> None:
    env = {**os.environ, "PROOFREADER_HOME": str(tmp_path)}
    process = subprocess.Popen(
        [*console_script(), "sandbox"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(5)]
        assert lines[0].startswith("Sandbox API running at http://127.0.0.1:")
        assert lines[-1].startswith("Press Ctrl+C")  # serving: an interrupt now stops it
    finally:
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert (tmp_path / "data" / "sandbox" / "sandbox.sqlite3").is_file()
