"""The main window: library sidebar, cue table, cue editor pane and preview player.

This module only assembles: the widgets and splitters live in window/editor_area.py, the
commands in window/*_commands.py (all registered in one ActionRegistry), opening documents in
window/documents.py, the player links in window/playback_link.py, autosave in autosave.py.
One EditorSession (one document) is shown at a time; the workflow issue adds HeyGen sessions
as another kind of DocumentSource and another sidebar section, through the same set_session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSizePolicy, QToolBar, QWidget

from proofreader.subtitles.search import Column as SearchColumn
from proofreader.ui.actions import ActionRegistry
from proofreader.ui.autosave import Autosaver
from proofreader.ui.editor.cue_filter import FILTER_LABELS, FilterMode
from proofreader.ui.editor_session import EditorSession
from proofreader.ui.elided_label import ElidingStatusBar
from proofreader.ui.library_sidebar import LibrarySidebar
from proofreader.ui.window.background import Background
from proofreader.ui.window.disk_watch import DiskWatch
from proofreader.ui.window.documents import DocumentOpener
from proofreader.ui.window.edit_commands import EditCommands, filter_label
from proofreader.ui.window.editor_area import EditorArea
from proofreader.ui.window.file_commands import FileCommands
from proofreader.ui.window.help_commands import HelpCommands
from proofreader.ui.window.host import WindowContext, WindowHost, WindowPart
from proofreader.ui.window.playback_commands import PlaybackCommands
from proofreader.ui.window.playback_link import PlaybackLink
from proofreader.ui.window.review_status import ReviewStatus
from proofreader.ui.window.screen_fit import (
    DialogsOnScreen,
    available_geometry,
    fit_to_screen,
    fit_toolbar_labels,
)
from proofreader.ui.window.table_columns import remember_hidden_columns
from proofreader.ui.window.view_commands import ViewCommands
from proofreader.ui.window.waveform_link import WaveformLink
from proofreader.ui.window.window_state import WindowState

if TYPE_CHECKING:
    from proofreader.ui.player import PreviewPlayer

log = logging.getLogger(__name__)

APP_TITLE = "Proofreader"
_SPLITTERS = ("main", "right")


__all__ = ["MainWindow", "WindowContext"]


class MainWindow(QMainWindow):
    """One window, one open document at a time; its commands and parts see it as a WindowHost
    (window/host.py)."""

    session_changed = Signal(object)  # EditorSession | None
    first_exposed = Signal()  # the window is on screen for the first time (benchmark)
    player_ready = Signal()

    def __init__(
        self,
        context: WindowContext,
        *,
        defer_player: bool = False,
        extensions: Sequence[Callable[[WindowHost], WindowPart]] = (),
        parent: QWidget | None = None,
    ) -> None:
        """`extensions` make the parts other issues add (HeyGen sessions, renders): each is
        called with the window once its core exists; their commands are registered with the
        window's own (their `order` places them in the menus), and each is mounted once the
        menus exist."""
        super().__init__(parent)
        self.setObjectName("main-window")
        self.context = context
        self.store = context.store
        self._dialogs_on_screen = DialogsOnScreen(self)
        self.setStatusBar(ElidingStatusBar(self))  # long messages end in "…", never cut
        self.state = WindowState(context.settings_path)
        self._session: EditorSession | None = None
        self._closing = False
        self._exposed = False
        self.last_error = ""  # the last sentence shown in an error box (for tests and logs)
        self.background = Background(self)
        self.sidebar = LibrarySidebar()
        self.area = EditorArea(self.sidebar)
        self.setCentralWidget(self.area)
        self.registry = ActionRegistry(self)
        self.registry.set_scope_widget("table", self.area.table)
        self.autosaver = Autosaver(self.store, self)
        self.autosaver.failed.connect(lambda sentence: self.show_message(sentence, 15_000))
        self.link = PlaybackLink(self.area.table, self)
        self.review_status = ReviewStatus()
        self.documents = DocumentOpener(self)
        self.files = FileCommands(self)
        self.disk_watch = DiskWatch(self)
        self.editing = EditCommands(self)
        self.playback = PlaybackCommands(self)
        self.views = ViewCommands(self)
        self.waveform = WaveformLink(self)
        self.help = HelpCommands(self)
        self.extensions: list[WindowPart] = [make(self) for make in extensions]
        self._register_commands()
        self._update_timer = QTimer(self, singleShot=True, interval=0)
        self._update_timer.timeout.connect(self._update_actions)
        self._build_chrome()
        self.area.table.current_row_changed.connect(self._on_current_row)
        self._restore_state()
        for extension in self.extensions:
            extension.mount()
        self.views.apply_all()
        self._update_title()
        self.documents.refresh_sidebar()
        if not defer_player:
            self.ensure_player()

    def _register_commands(self) -> None:
        for specs in (
            self.files.specs(), self.editing.specs(), self.playback.specs(), self.views.specs(),
            self.waveform.specs(), self.help.specs(), *(part.specs() for part in self.extensions),
        ):  # fmt: skip
            self.registry.add_all(specs)

    def _build_chrome(self) -> None:
        self.menus = self.registry.build_menus(self.menuBar())
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.registry.build_toolbar(self.toolbar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        fit_toolbar_labels(self.toolbar)
        for mode in FILTER_LABELS:
            action = self.registry.action(f"view.filter.{mode.value}")
            action.setIconText(filter_label(mode))  # the filter row's buttons: short names
            self.area.filter_bar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.area.filter_bar.addWidget(spacer)
        self.area.filter_bar.addWidget(self.area.filter_count)
        self.statusBar().addPermanentWidget(self.review_status)

    # ----- the open document -----

    @property
    def session(self) -> EditorSession | None:
        return self._session

    @property
    def widget(self) -> QMainWindow:
        """This window as its commands and parts see it: the parent of dialogs and docks."""
        return self

    def has_session(self) -> bool:
        return self._session is not None

    def current_row(self) -> int:
        """The document row being edited (-1: none)."""
        return self.area.table.current_row() if self._session is not None else -1

    def has_current_row(self) -> bool:
        return self.current_row() >= 0

    def select_row(self, row: int) -> None:
        """Make `row` the current cue (the player seeks to it)."""
        self.area.table.select_row(row)

    def set_session(self, session: EditorSession | None) -> None:
        """Show `session`; the previous one keeps unsaved changes as its draft."""
        old = self._session
        if old is not None:
            self.autosaver.flush()
            old.close()
            old.deleteLater()
        self._session = session
        self.area.show_session(session)
        self.autosaver.watch(session)
        self.disk_watch.follow(session)
        self.link.set_session(session)
        self.review_status.follow(session)
        self.editing.set_filter(FilterMode.ALL)
        if session is not None:
            self._connect_session(session)
            self.apply_video()
            if len(session.document):
                self.select_row(0)
        self._update_title()
        self._update_actions()
        self.session_changed.emit(session)

    def _connect_session(self, session: EditorSession) -> None:
        stack = session.undo.stack
        stack.indexChanged.connect(self._update_timer.start)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        session.undo.edit_failed.connect(lambda sentence: self.show_message(sentence, 8000))
        session.modified_changed.connect(self._on_modified)
        session.source_changed.connect(self._update_title)
        session.source_changed.connect(lambda: self.disk_watch.follow(session))
        area = self.area
        if area.pane is not None:
            area.pane.set_in_requested.connect(self.playback.set_in)
            area.pane.set_out_requested.connect(self.playback.set_out)
        if area.find_bar is not None:
            area.find_bar.match_found.connect(self._on_match)
        self._update_undo_texts()

    def apply_video(self) -> None:
        """Give the player the session's video (or none: subtitles only)."""
        player, session = self.area.player, self._session
        if player is None:
            return
        video = session.source.video if session is not None else None
        if player.source() != video:
            player.set_source(video)

    # ----- the player (created after the window is shown, for a fast start) -----

    def ensure_player(self) -> PreviewPlayer:
        if self.area.player is None:
            from proofreader.ui.player import PreviewPlayer  # Qt Multimedia: loaded after show

            player = PreviewPlayer()
            player.setObjectName("preview-player")
            self.area.install_player(player)
            self.link.set_player(player)
            self.registry.set_scope_widget("player", player)
            player.playing_changed.connect(lambda _on: self._update_timer.start())
            player.transport.loop_toggled.connect(
                lambda on: self.registry.set_checked("play.loop", on)
            )
            self.views.apply_original()
            self.apply_video()
            self._update_actions()
            self.player_ready.emit()
        assert self.area.player is not None
        return self.area.player

    # ----- reacting -----

    def _on_current_row(self, row: int) -> None:
        area = self.area
        if area.pane is not None:
            area.pane.set_row(row)
        if area.find_bar is not None and row >= 0:
            area.find_bar.set_position(row)
        self._update_timer.start()

    def _on_match(self, row: int, start: int, length: int) -> None:
        self.select_row(row)
        pane, bar = self.area.pane, self.area.find_bar
        if pane is not None and bar is not None:
            pane.select_match(start, length, original=bar.scope() is SearchColumn.ORIGINAL)

    def _on_modified(self, modified: bool) -> None:
        self.setWindowModified(modified)
        self.documents.refresh_sidebar()

    def _update_actions(self) -> None:
        self.registry.update_enabled()

    def _update_undo_texts(self) -> None:
        session = self._session
        undo_text = session.undo.stack.undoText() if session else ""
        redo_text = session.undo.stack.redoText() if session else ""
        for action_id, menu_text, word, text in (
            ("edit.undo", self.tr("&Undo {action}"), self.tr("Undo"), undo_text),
            ("edit.redo", self.tr("&Redo {action}"), self.tr("Redo"), redo_text),
        ):
            action = self.registry.action(action_id)
            # the menu says what will be undone
            action.setText(menu_text.format(action=text).strip())
            action.setIconText(word)  # the toolbar button keeps its width
        self._update_timer.start()

    def _update_title(self) -> None:
        session = self._session
        name = session.title if session is not None else ""
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}" if name else APP_TITLE)
        self.setWindowModified(session is not None and session.is_modified())

    # ----- messages -----

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_error(self, title: str, sentence: str) -> None:
        """A sentence in a window-modal box (not blocking)."""
        box = QMessageBox(QMessageBox.Icon.Warning, f"{title} — {APP_TITLE}", sentence,
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = sentence

    # ----- state and closing -----

    def _restore_state(self) -> None:
        state = self.state
        remember_hidden_columns(state, self.area.table)
        if not state.restore_window(self):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen is not None else None
            width = min(1440, available.width() - 40) if available else 1280
            height = min(900, available.height() - 60) if available else 720
            small = (
                (900, 560)
                if available is None
                else (  # a 1280 px screen at 1.5×: all
                    min(900, available.width()),
                    min(560, available.height()),
                )
            )
            self.resize(max(width, small[0]), max(height, small[1]))
            self.area.resize(self.size())
            self.area.default_sizes(self.width())
        restored = [
            state.restore_splitter(name, splitter)
            for name, splitter in zip(
                _SPLITTERS, (self.area.main_split, self.area.right_split), strict=True
            )
        ]
        if not all(restored):
            self.area.default_sizes(self.width())

    def _remember_state(self) -> None:
        state = self.state
        state.remember_window(self)
        for name, splitter in zip(
            _SPLITTERS, (self.area.main_split, self.area.right_split), strict=True
        ):
            state.remember_splitter(name, splitter)

    def childEvent(self, event: QChildEvent) -> None:
        super().childEvent(event)
        keeper = getattr(self, "_dialogs_on_screen", None)  # (children come before __init__ ends)
        if event.polished() and keeper is not None:  # by then the child is a QDialog
            keeper.watch(event.child())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        available = available_geometry(self)
        if available is not None and not available.contains(self.frameGeometry()):
            QTimer.singleShot(0, lambda: fit_to_screen(self))  # a dock pushed it past the edge

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if not self._exposed and handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._exposed
            and watched is self.windowHandle()
            and event.type() == QEvent.Type.Expose
            and self.windowHandle().isExposed()
        ):
            self._exposed = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_exposed.emit)  # after this expose is painted
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and not self.files.confirm_close(then=self._close_confirmed):
            event.ignore()
            return
        self.state.save(self._remember_state)
        if self.area.player is not None:
            self.area.player.pause()
        self.autosaver.shutdown()
        self.background.shutdown()
        if self._session is not None:
            self._session.close()
        event.accept()

    def _close_confirmed(self) -> None:
        self._closing = True
        self.close()
