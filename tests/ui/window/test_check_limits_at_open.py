"""A document opens checked by the limits it is shown with (Preferences included): the findings
the editor first shows are the final ones, and a big file is not checked twice."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from proofreader.library import LibraryStore
from proofreader.subtitles.thresholds import Thresholds, thresholds_for
from proofreader.ui.editor_session import EditorSession
from proofreader.ui.main_window import MainWindow, WindowContext
from proofreader.workspace.document_source import local_source
from tests.ui.window_support import big_pair, close_all


def _relaxed(language: str | None) -> Thresholds:
    """What Preferences would give with max CPS raised to 40 for every language."""
    return thresholds_for(language).with_overrides({"max_cps": 40})


def _limits_when_shown(qtbot: QtBot, tmp_path: Path, translation: Path, original: Path) -> float:
    store = LibraryStore(tmp_path / "home" / "library.sqlite3")
    window = MainWindow(WindowContext(store, tmp_path / "settings.json", check_limits=_relaxed))
    qtbot.addWidget(window)
    shown: list[float] = []

    def record(session: EditorSession | None) -> None:
        if session is not None:
            shown.append(session.checker.thresholds.max_cps)

    window.session_changed.connect(record)
    try:
        window.documents.open_source(local_source(translation, original))
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    finally:
        close_all([(window, store)])
    return shown[0]


def test_a_file_opens_checked_by_the_preferences(
    qtbot: QtBot, tmp_path: Path, sample_files: tuple[Path, Path]
) -> None:
    assert thresholds_for("es").max_cps == 17  # the default these Preferences raise
    assert _limits_when_shown(qtbot, tmp_path, *sample_files) == 40


def test_a_big_file_opens_checked_by_the_preferences(qtbot: QtBot, tmp_path: Path) -> None:
    assert _limits_when_shown(qtbot, tmp_path, *big_pair(tmp_path)) == 40
