"""What the window offers its commands and parts, so they depend on this and not on MainWindow.

Two nested protocols: EditorHost is the open document and the editor around it (what the
editing and playback commands act on); WindowHost adds the window's services (library,
autosave, opening documents, docks and dialogs). MainWindow satisfies both; a part another
issue adds is a WindowPart made from a WindowHost (see MainWindow's `extensions`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from proofreader.subtitles.thresholds import thresholds_for

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMainWindow, QToolBar

    from proofreader.library import LibraryStore
    from proofreader.ui.actions import ActionRegistry, ActionSpec
    from proofreader.ui.autosave import Autosaver
    from proofreader.ui.editor_session import EditorSession
    from proofreader.ui.library_sidebar import LibrarySidebar
    from proofreader.ui.window.background import Background
    from proofreader.ui.window.editor_area import EditorArea
    from proofreader.ui.window.playback_link import PlaybackLink
    from proofreader.ui.window.review_status import ReviewStatus
    from proofreader.ui.window.window_state import WindowState
    from proofreader.workspace.document_source import DocumentSource
    from proofreader.workspace.loading import Limits


@dataclass(frozen=True)
class WindowContext:
    """What the window talks to outside itself (injected, so tests use temporary folders)."""

    store: LibraryStore
    settings_path: Path | None = None
    log_dir: Path | None = None  # None: the platform's (AppPaths), for About and problem reports
    cache_dir: Path | None = None  # None: no disk cache (the waveform is read on every open)
    check_limits: Limits = thresholds_for  # the app adds the user's Preferences on top


class EditorHost(Protocol):
    """The open document, the cue table, editor pane and player, and the window's messages."""

    @property
    def session(self) -> EditorSession | None: ...
    @property
    def area(self) -> EditorArea: ...
    @property
    def registry(self) -> ActionRegistry: ...
    @property
    def state(self) -> WindowState: ...
    @property
    def widget(self) -> QMainWindow:
        """The window as a Qt widget: the parent of dialogs, docks and helper objects."""

    @property
    def player_ready(self) -> SignalInstance:
        """Emitted once the preview player exists (it is made after the window is shown)."""

    def has_session(self) -> bool: ...
    def current_row(self) -> int:
        """The document row being edited (-1: none)."""

    def has_current_row(self) -> bool: ...
    def select_row(self, row: int) -> None:
        """Make `row` the current cue (the player seeks to it)."""

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        """A sentence in the status bar for a while."""

    def show_error(self, title: str, sentence: str) -> None:
        """A sentence in a window-modal box (not blocking)."""


class DocumentOpening(Protocol):
    """How a part opens a document in the window and keeps the library sidebar current."""

    def open_source(self, source: DocumentSource, *, ask_about_draft: bool = True) -> None: ...
    def refresh_sidebar(self) -> None: ...


class FileActions(Protocol):
    """The File commands a part may run as the user would."""

    def save(self) -> bool: ...
    def choose_and_open(self) -> None: ...


class WindowHost(EditorHost, Protocol):
    """The editor plus the window's services: what the window's parts use."""

    @property
    def context(self) -> WindowContext: ...
    @property
    def store(self) -> LibraryStore: ...
    @property
    def background(self) -> Background: ...
    @property
    def autosaver(self) -> Autosaver: ...
    @property
    def documents(self) -> DocumentOpening: ...
    @property
    def files(self) -> FileActions: ...
    @property
    def link(self) -> PlaybackLink: ...
    @property
    def sidebar(self) -> LibrarySidebar: ...
    @property
    def review_status(self) -> ReviewStatus: ...
    @property
    def toolbar(self) -> QToolBar: ...
    @property
    def session_changed(self) -> SignalInstance:
        """Emitted with the new EditorSession (or None) whenever another document is shown."""

    def set_session(self, session: EditorSession | None) -> None:
        """Show `session`; the previous one keeps unsaved changes as its draft."""

    def apply_video(self) -> None:
        """Give the player the session's video (after the session's source changed)."""


class WindowPart(Protocol):
    """A piece another issue adds to the window (HeyGen sessions, renders, the account)."""

    def specs(self) -> Iterable[ActionSpec]:
        """Its commands; each one's `order` places it among the window's own."""

    def mount(self) -> None:
        """Put its widgets in the window (called once the menus and toolbar exist)."""
