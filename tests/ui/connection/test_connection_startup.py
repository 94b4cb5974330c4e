"""How `proofreader` starts: a double-clicked .srt, --demo, the welcome page; a clean exit.

The app runs in a child process (its own QApplication and qasync loop), on a fresh home,
offscreen, with keyring's null backend (the user's keychain is never read); a small driver
closes the window like a user once the state to check is reached.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from proofreader.app import _file_as_edit
from proofreader.workspace.document_source import SAMPLE_DIR

DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from proofreader import app

    qapp = QApplication([sys.argv[0]])
    want = sys.argv[1]

    def check():
        for window in QApplication.topLevelWidgets():
            if window.objectName() != "main-window":
                continue
            ui = next(e for e in window.extensions if type(e).__name__ == "ConnectionUi")
            context = ui.context
            ready = {
                "demo": context.is_demo and bool(context.store.list_projects()),
                "welcome": ui.welcome_shown,
            }[want]
            if ready:
                print("title:", window.windowTitle())
                print("badge:", ui.badge.text())
                print("welcome:", ui.welcome_shown)
                print("projects:", [p.project.title for p in context.store.list_projects()])
                window.close()
                return
        QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    code = app.main(sys.argv[2:])
    print("exit:", code)
    sys.exit(code)
    """
)


def run_app(home: Path, *args: str, bench: bool = False) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PROOFREADER_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PROOFREADER_DEMO_DELAY": "0.2",
        "PYTHONDEVMODE": "1",  # ResourceWarning and un-awaited coroutines are reported
    }
    env.pop("HEYGEN_API_KEY", None)
    if bench:
        env["PROOFREADER_BENCH_EXIT_ON_SHOWN"] = "1"
        command = [sys.executable, "-m", "proofreader.app", *args]
    else:
        command = [sys.executable, "-c", DRIVER, *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=90, check=False)


def assert_clean(stderr: str) -> None:
    signs = ("Warning", "ERROR", "Traceback", "Task was destroyed", "Exception ignored", "never")
    for sign in signs:
        assert sign not in stderr, stderr


def test_a_subtitle_file_alone_means_edit(tmp_path: Path) -> None:
    srt = tmp_path / "talk.es.SRT"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHola\n", encoding="utf-8")

    assert _file_as_edit([str(srt)]) == ["edit", str(srt)]
    assert _file_as_edit(["--debug", str(srt)]) == ["--debug", "edit", str(srt)]
    assert _file_as_edit(["edit", str(srt)]) == ["edit", str(srt)]
    assert _file_as_edit([str(tmp_path / "missing.srt")]) == [str(tmp_path / "missing.srt")]
    assert _file_as_edit(["check", str(srt)]) == ["check", str(srt)]
    assert _file_as_edit([]) == []


def test_a_double_clicked_srt_opens_in_the_editor(tmp_path: Path) -> None:
    srt = tmp_path / "talk.es.srt"
    shutil.copy(SAMPLE_DIR / "translation.es.srt", srt)

    result = run_app(tmp_path / "home", str(srt), bench=True)

    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == [
        "window-shown",
        "document-shown",
    ]


def test_demo_starts_the_sandbox_with_its_sample_project_and_exits_cleanly(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"

    result = run_app(home, "demo", "--demo")

    assert result.returncode == 0, result.stderr
    assert "Proofreader" in result.stdout.split("title:")[1].splitlines()[0]
    assert "badge: Demo" in result.stdout
    assert "projects: ['Sample talk']" in result.stdout
    assert "exit: 0" in result.stdout
    assert (home / "data" / "sandbox" / "sandbox.sqlite3").exists()
    assert_clean(result.stderr)


def test_without_a_key_the_welcome_page_is_shown(tmp_path: Path) -> None:
    result = run_app(tmp_path / "home", "welcome")

    assert result.returncode == 0, result.stderr
    assert "welcome: True" in result.stdout
    assert "badge: Not signed in" in result.stdout
    assert "Proofreader" in result.stdout.split("title:")[1].splitlines()[0]
    assert_clean(result.stderr)
