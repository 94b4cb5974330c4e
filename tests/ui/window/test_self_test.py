"""`proofreader --demo --self-test` drives the real window through the whole workflow on a
fresh sandbox, in a subprocess (offscreen), and says which step failed when one does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

STEP_NAMES = (
    "new proofread",
    "wait for ready",
    "open for review",
    "edit a cue",
    "upload corrections",
    "generate",
    "wait for the render",
    "download results",
)


def _self_test(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PROOFREADER_HOME": str(tmp_path / "home"),
        **env,
    }
    environ.pop("HEYGEN_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "proofreader.app", "--demo", "--self-test"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=100,
        check=False,
    )


def _step_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith(("ok ", "FAIL "))]


def test_the_whole_workflow_passes_step_by_step(tmp_path):
    done = _self_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    lines = _step_lines(done.stdout)
    assert [line.split(":")[0] for line in lines] == [
        f"ok   {n}/8 {name}" for n, name in enumerate(STEP_NAMES, start=1)
    ]
    assert lines[0].endswith("2 sessions created")
    assert "(revisado)" in lines[3]
    assert lines[-1].endswith("the captions contain the edit")
    assert "Traceback" not in done.stderr
    # the self-test keeps to its own throw-away home
    assert not (tmp_path / "home").exists()


def test_a_step_that_does_not_finish_fails_by_name(tmp_path):
    done = _self_test(tmp_path, PROOFREADER_DEMO_DELAY="60", PROOFREADER_SELF_TEST_TIMEOUT="1.5")
    assert done.returncode == 1
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("FAIL 2/8 wait for ready: timed out after 1.5 s")
    assert _step_lines(done.stdout)[0].startswith("ok   1/8 new proofread")
    assert "Traceback" not in done.stderr
