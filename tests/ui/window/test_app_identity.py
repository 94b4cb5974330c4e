"""Help ▸ About, Help ▸ Report a Problem…, and `--version`."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from proofreader import __version__
from proofreader.library import LibraryStore
from proofreader.library.logs import LOG_FILE_NAME
from proofreader.ui.main_window import MainWindow, WindowContext

PLANTED_KEY = "sk-window-planted-8c1d55e0a3"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    store = LibraryStore(tmp_path / "library.sqlite3")
    made = MainWindow(WindowContext(store, tmp_path / "settings.json", tmp_path / "log"))
    qtbot.addWidget(made)
    made.destroyed.connect(store.close)
    return made


def test_help_menu_lists_report_and_about(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.menus["Help"].actions() if a.text()]
    assert texts[-3:] == ["Report a Problem…", "About Proofreader", "About Qt"]


def test_about_shows_the_versions_and_copies_them(qtbot: QtBot, window: MainWindow) -> None:
    window.registry.trigger("help.about")
    dialog = window.help.about
    assert dialog is not None and dialog.isVisible()
    title = dialog.findChild(QLabel, "about-title")
    assert title is not None
    assert f"Version {__version__}" in title.text() and "MIT" in title.text()
    assert 'href="https://' in title.text()
    labels = {name: label.text() for name, label in dialog.detail_labels.items()}
    assert labels["Qt"] == qVersion() and labels["PySide6"] == pyside_version
    assert platform.python_version() in labels["Python"]
    assert labels["Logs"] == str(window.context.log_dir)

    copy = dialog.findChild(QPushButton, "about-copy")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"Proofreader: {__version__}" in copied and f"Qt: {qVersion()}" in copied
    assert f"Logs: {window.context.log_dir}" in copied


def test_report_a_problem_saves_a_zip_without_the_key(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_dir = tmp_path / "log"
    log_dir.mkdir()
    monkeypatch.setenv("HEYGEN_API_KEY", PLANTED_KEY)  # the key this process knows
    (log_dir / LOG_FILE_NAME).write_text(f"INFO x: rejected {PLANTED_KEY}\n", encoding="utf-8")
    chosen = tmp_path / "reports" / "my-report"  # no suffix: .zip is added
    chosen.parent.mkdir()
    asked: list[str] = []

    def fake_save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))  # the suggested path
        return str(chosen), "Zip archives (*.zip)"

    monkeypatch.setenv("PROOFREADER_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save_dialog)

    window.registry.trigger("help.report_problem")
    qtbot.waitUntil(lambda: window.help.reporter.last_box is not None)  # written on the worker

    saved = chosen.with_suffix(".zip")
    assert asked and Path(asked[0]).parent == tmp_path / "home"
    assert Path(asked[0]).name.startswith("proofreader-report-")
    with zipfile.ZipFile(saved) as archive:
        texts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert f"logs/{LOG_FILE_NAME}" in texts
    assert all(PLANTED_KEY not in text for text in texts.values())
    assert f"Qt: {qVersion()}" in texts["system.txt"]
    box = window.help.reporter.last_box
    assert box is not None and box.isVisible()
    assert saved.name in box.text() and str(saved.parent) in box.text()
    assert any(b.text().replace("&", "") == "Show in Folder" for b in box.buttons())


def test_a_report_that_cannot_be_written_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")

    window.help.reporter.save_to(blocker / "r.zip")
    qtbot.waitUntil(lambda: window.help.reporter.last_box is not None)

    box = window.help.reporter.last_box
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith(f"Cannot write {blocker / 'r.zip'}")
    assert "Choose another folder." in box.text()


@pytest.mark.parametrize("module", ["proofreader.app", "proofreader.cli"])
def test_version_prints_the_name_and_version(module: str, tmp_path: Path) -> None:
    env = {**os.environ, "PROOFREADER_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", module, "--version"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and done.stdout == f"proofreader {__version__}\n"
