"""Mounts the HeyGen sessions work in the main window: library part, jobs dock, tray, commands.

A WindowPart (window/host.py): `specs()` adds its commands (their `order` puts New Proofread
first in File), and the window calls `mount()` once its menus exist. Everything
follows the AppContext: when the connection changes (demo, live, signed out), the model, the
controllers and the notifier are re-attached to its current store and service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStyle

from proofreader.library import LibraryStore, SettingsError
from proofreader.ui.actions import ActionSpec
from proofreader.ui.jobs.jobs_panel import JobsPanel
from proofreader.ui.jobs.tray_notifier import TrayNotifier
from proofreader.ui.sessions.demo_guide import DemoGuide
from proofreader.ui.sessions.new_proofread_dialog import ProofreadRequest
from proofreader.ui.sessions.review_bar import ReviewBar
from proofreader.ui.sessions.review_controller import ReviewController
from proofreader.ui.sessions.sessions_controller import SessionsController
from proofreader.ui.sessions.sessions_model import SessionsModel
from proofreader.ui.sessions.sessions_panel import SessionsPanel
from proofreader.ui.sessions.upload_corrections import CorrectionsUploader
from proofreader.ui.window.screen_fit import dock_area, is_compact, is_short
from proofreader.workflow import JobBoard, ProofreadService
from proofreader.workspace.heygen_session import is_session

if TYPE_CHECKING:
    from proofreader.ui.connection.context import AppContext
    from proofreader.ui.window.host import WindowHost

SP = QStyle.StandardPixmap
JOBS_KEY = "show_jobs"
SIDEBAR_MIN_WIDTH = 250
COMPACT_SIDEBAR_MIN_WIDTH = 180
JOBS_BOTTOM_HEIGHT = 130
REVIEW_BAR_ACTIONS = ("review.upload", "review.generate")  # also above the table


class SessionsUi(QObject):
    """The sessions pieces of one window, and the commands that reach them."""

    def __init__(
        self,
        window: WindowHost,
        context: AppContext | None = None,
        *,
        jobs: JobBoard | None = None,
    ) -> None:
        super().__init__(window.widget)
        self._window = window
        self._context = context
        store = context.store if context is not None else window.store
        self.model = SessionsModel(store, self, drafts=window.store)
        self.controller = SessionsController(
            self.model,
            self,
            recent_languages=self._recent_languages,
            remember_languages=self._remember_languages,
        )
        self.panel = SessionsPanel(self.model)
        self.review = ReviewController(window, store)
        self.uploader = CorrectionsUploader(window)
        board = jobs or (context.jobs if context is not None else JobBoard())
        self.jobs_panel = JobsPanel(board, window.widget)
        self.jobs_panel.hide()
        self.tray = TrayNotifier(
            lambda sentence: window.show_message(sentence, 15_000), window.widget.windowIcon(), self
        )
        self._wire()
        if context is not None:
            context.connection_changed.connect(self.follow_context)
            self.follow_context()
            self.demo_guide = DemoGuide(window, self.review, context)

    def _wire(self) -> None:
        window, panel, controller = self._window, self.panel, self.controller
        panel.open_requested.connect(self.review.open_session)
        panel.refresh_requested.connect(controller.refresh)
        panel.remove_requested.connect(self._remove)
        panel.new_proofread_requested.connect(self.new_proofread)
        panel.open_by_id_requested.connect(self.open_by_id)
        controller.started.connect(self._on_started)
        controller.submitted.connect(self._on_submitted)
        controller.opened_by_id.connect(panel.select)
        self.tray.open_requested.connect(self.review.open_session)
        for source in (controller, self.review, self.uploader):
            source.message.connect(lambda text: window.show_message(text, 8000))
            source.error.connect(window.show_error)
        self.uploader.busy_changed.connect(window.registry.update_enabled)
        self.review.opening_changed.connect(window.registry.update_enabled)
        window.autosaver.saved.connect(lambda *_: self.model.refresh_drafts())
        window.autosaver.discarded.connect(lambda *_: self.model.refresh_drafts())
        self.jobs_panel.visibilityChanged.connect(self._on_jobs_visible)
        self._running = 0
        self._jobs_dismissed = False  # the user closed the Jobs dock: it no longer pops up
        self.jobs_panel.running_changed.connect(self._on_running_changed)

    def _on_running_changed(self, running: int) -> None:
        """Work that starts shows itself: the Jobs dock opens when a new job runs, unless the
        user closed it since it last opened (on a small screen they want the room). On a
        short screen (720 px at 1.5×) it waits for View ▸ Jobs: the cue pane needs the
        height."""
        if (
            running > self._running
            and self.jobs_panel.isHidden()
            and not self._jobs_dismissed
            and not is_short(self._window.widget)
        ):
            self.show_jobs()
        self._running = running

    def _on_started(self, proofread_ids: list[str]) -> None:
        if proofread_ids:
            self.panel.select(proofread_ids[0])

    def _on_submitted(self, request: ProofreadRequest) -> None:
        if request.source.kind == "file":  # an upload: show its progress
            self.show_jobs()

    # ----- the connection -----

    @property
    def service(self) -> ProofreadService | None:
        return self.controller.service

    def follow_context(self) -> None:
        context = self._context
        if context is not None:
            self.controller.demo = context.is_demo
            self.attach(context.store, context.service)

    def attach(self, store: LibraryStore, service: ProofreadService | None) -> None:
        """Show `store` and work through `service` (None: signed out, the list stays)."""
        if service is not None:
            self.jobs_panel.set_board(service.jobs)
        self.controller.attach(store, service)
        self.review.attach(store, service)
        self.uploader.attach(service)
        self.tray.set_service(service)
        self.panel.set_connected(service is not None)
        self._window.registry.update_enabled()

    def _recent_languages(self) -> Sequence[str]:
        context = self._context
        return context.settings.recent_languages if context is not None else ()

    def _remember_languages(self, names: Sequence[str]) -> None:
        context = self._context
        if context is None:
            return
        settings = context.settings
        for name in reversed(list(names)):
            settings = settings.with_recent_language(name)
        try:
            context.update_settings(replace(settings))
        except SettingsError as exc:
            self._window.show_message(str(exc), 10_000)

    # ----- commands -----

    def specs(self) -> list[ActionSpec]:
        connected = self._connected
        return [
            ActionSpec("file.new_proofread", self.tr("&New Proofread…"), "File",
                       self.new_proofread, ("Ctrl+N",), group="heygen", order=110,
                       icon="document-new",
                       fallback_icon=SP.SP_FileIcon, enabled_when=connected, toolbar=True,
                       tip=self.tr("Send a video to HeyGen for proofreading in one or more "
                                   "languages")),
            ActionSpec("file.open_session", self.tr("Open Session by &Id…"), "File",
                       self.open_by_id, ("Ctrl+Shift+O",), group="heygen", order=120,
                       enabled_when=connected,
                       tip=self.tr("Add a proofread session made in HeyGen's web app or "
                                   "elsewhere")),
            ActionSpec("review.upload", self.tr("Up&load Corrections"), "Review",
                       self.uploader.upload, ("Ctrl+U",), group="heygen", order=410, icon="go-up",
                       fallback_icon=SP.SP_ArrowUp, enabled_when=self.uploader.can_upload,
                       tip=self.tr("Check the corrections, then send them to HeyGen for the "
                                   "render")),
            ActionSpec("view.jobs", self.tr("&Jobs"), "View", self._apply_jobs,
                       ("Ctrl+Shift+J",), group="panels", order=410, checkable=True,
                       checked=self._window.state.flag(JOBS_KEY, False),
                       tip=self.tr("Show uploads, processing, renders and downloads")),
        ]  # fmt: skip

    def _connected(self) -> bool:
        return self.service is not None

    def new_proofread(self) -> None:
        self.controller.show_new_dialog(self._window.widget)

    def open_by_id(self) -> None:
        self.controller.show_open_by_id(self._window.widget)

    def _remove(self, proofread_ids: list[str]) -> None:
        window = self._window
        open_id = self.review.current_proofread_id()
        if open_id in proofread_ids and window.session is not None:
            window.session.mark_saved()  # its draft goes with the session: nothing to keep
            window.set_session(None)
        self.controller.remove(proofread_ids)
        for proofread_id in proofread_ids:  # drafts live in the window's library
            window.autosaver.discard(proofread_id)
        window.autosaver.flush()
        window.documents.refresh_sidebar()

    # ----- mounting -----

    def mount(self) -> None:
        """Put the panel in the library sidebar and the jobs dock in the window."""
        window = self._window
        window.sidebar.insert_part(self.panel)
        # Room for a language and its badge ("editing · 3 local changes") side by side, taken
        # from the table's share rather than the player's (whose pane would then scroll).
        split = window.area.main_split
        sizes = split.sizes()
        # (on a compact screen less: the names and badges elide rather than the table shrink)
        wanted = COMPACT_SIDEBAR_MIN_WIDTH if is_compact(window.widget) else SIDEBAR_MIN_WIDTH
        grow = wanted - sizes[0]
        if grow > 0 and sizes[0] > 0 and sizes[1] > grow:
            split.setSizes([sizes[0] + grow, sizes[1] - grow, *sizes[2:]])
        window.sidebar.setMinimumWidth(max(window.sidebar.minimumWidth(), wanted))
        area = dock_area(window.widget)
        window.widget.addDockWidget(area, self.jobs_panel)
        if area == Qt.DockWidgetArea.BottomDockWidgetArea:  # a few rows, the table keeps most
            window.widget.resizeDocks(
                [self.jobs_panel], [JOBS_BOTTOM_HEIGHT], Qt.Orientation.Vertical
            )
        self._apply_jobs()
        registry = window.registry
        actions = [registry.action(i) for i in REVIEW_BAR_ACTIONS if i in registry]
        self.review_bar = ReviewBar(actions)
        window.area.add_table_header(self.review_bar)
        window.session_changed.connect(
            lambda editor: self.review_bar.show_for(
                editor.title if editor is not None and is_session(editor.source) else None
            )
        )

    def show_jobs(self) -> None:
        self._window.registry.action("view.jobs").setChecked(True)

    def _apply_jobs(self) -> None:
        on = self._window.registry.action("view.jobs").isChecked()
        self.jobs_panel.setVisible(on)
        if on and is_short(self._window.widget):  # a row or two: the editor keeps the rest
            self._window.widget.resizeDocks([self.jobs_panel], [1], Qt.Orientation.Vertical)
        self._window.state.set_flag(JOBS_KEY, on)

    def _on_jobs_visible(self, visible: bool) -> None:
        if self._window.widget.isVisible():  # closing the dock with its own button unticks the menu
            self._jobs_dismissed = self.jobs_panel.isHidden()  # closed, not just tabbed away
            self._window.registry.set_checked("view.jobs", visible)
            self._window.state.set_flag(JOBS_KEY, visible)
