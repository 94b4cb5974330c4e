"""Helpers for the main-window tests: a window on temporary folders, sample files, typing."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofreader.library import LibraryStore
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.srt_io import write_srt
from proofreader.ui.connection.connection_ui import ConnectionUi
from proofreader.ui.connection.context import AppContext
from proofreader.ui.main_window import MainWindow, WindowContext
from proofreader.ui.renders.renders_ui import RendersUi
from proofreader.ui.sessions.sessions_ui import SessionsUi
from proofreader.ui.spelling.spelling_ui import SpellingUi
from proofreader.ui.window.documents import BACKGROUND_BYTES
from proofreader.workspace.document_source import SAMPLE_DIR, local_source
from tests.ui.connection_support import MakeContext

MakeWindow = Callable[..., MainWindow]
MakeAppWindow = Callable[[Sequence[int]], MainWindow]
APP_PARTS = 4  # how many parts app_parts makes


@pytest.fixture
def sample_files(tmp_path: Path) -> tuple[Path, Path]:
    """Copies of the bundled Spanish translation and English original."""
    folder = tmp_path / "files"
    folder.mkdir()
    translation = folder / "talk.es.srt"
    original = folder / "talk.en.srt"
    shutil.copy(SAMPLE_DIR / "translation.es.srt", translation)
    shutil.copy(SAMPLE_DIR / "original.en.srt", original)
    return translation, original


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeWindow]:
    """Windows on a library and settings file in tmp_path; closed without questions after."""
    made: list[tuple[MainWindow, LibraryStore]] = []

    def make(*, home: Path | None = None) -> MainWindow:
        root = home or tmp_path / "home"
        store = LibraryStore(root / "library.sqlite3")
        window = MainWindow(WindowContext(store, root / "settings.json"))
        made.append((window, store))
        qtbot.addWidget(window)
        return window

    yield make
    close_all(made)


def app_parts(context: AppContext) -> list[Callable[[MainWindow], object]]:
    """The parts proofreader/app.py mounts, in its order."""
    return [
        lambda w: SessionsUi(w, context),
        lambda w: RendersUi(w, context),
        lambda w: ConnectionUi(w, context),
        SpellingUi,
    ]


@pytest.fixture
def make_app_window(qtbot: QtBot, make_context: MakeContext) -> Iterator[MakeAppWindow]:
    """The app's window with every part app.py mounts, listed in the order given (indexes
    into app_parts: (0, 1, 2, 3) is app.py's own)."""
    made: list[tuple[MainWindow, LibraryStore]] = []
    context = make_context()

    def make(order: Sequence[int]) -> MainWindow:
        parts = app_parts(context)
        store = LibraryStore(context.paths.data / f"window{len(made)}.sqlite3")
        window = MainWindow(
            WindowContext(store, context.paths.settings_file()),
            defer_player=True,
            extensions=[parts[i] for i in order],
        )
        made.append((window, store))
        qtbot.addWidget(window)
        return window

    yield make
    close_all(made)


def close_all(made: list[tuple[MainWindow, LibraryStore]]) -> None:
    """Teardown: close the windows without questions, then their libraries."""
    for window, store in made:
        window._closing = True
        window.close()
        store.close()


def open_files(qtbot: QtBot, window: MainWindow, translation: Path, original: Path) -> None:
    window.documents.open_source(local_source(translation, original))
    qtbot.waitUntil(lambda: window.session is not None and window.current_row() == 0)


def type_text(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type at the end of the current cue's translation in the pane, like a user."""
    pane = window.area.pane
    assert pane is not None
    pane.focus_translation()
    edit = pane.translation_edit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, text)


def let_go_as_if_killed(window: MainWindow) -> None:
    """What the OS does when the window's process is killed: its draft lock is released (the
    window is otherwise left as it is; tests that need a real kill use a child process)."""
    window.autosaver._release_lock()


def restore_at_start(make_window: MakeWindow, home: Path) -> MainWindow:
    """A new window on `home` that restores the first draft its start-up dialog offers."""
    window = make_window(home=home)
    dialog = window.documents.offer_startup_drafts()
    assert dialog is not None, "the next start offers nothing to restore"
    dialog.restore_button.click()
    assert window.session is not None
    return window


def big_pair(folder: Path) -> tuple[Path, Path]:
    """6,000 cues, every 500th one empty (an error the checks must find)."""
    starts = range(0, 6000 * 3000, 3000)
    texts = ["" if i % 500 == 7 else f"Línea número {i}, bien traducida." for i in range(6000)]
    translation, original = folder / "big.es.srt", folder / "big.en.srt"
    write_srt(translation, [Cue(s, s + 2400, t) for s, t in zip(starts, texts, strict=True)])
    write_srt(original, [Cue(s, s + 2400, f"Line number {s}, well translated.") for s in starts])
    assert translation.stat().st_size >= BACKGROUND_BYTES
    return translation, original
