"""Mounts the render and translation work in the main window: commands, results bar, dock.

A WindowPart (window/host.py): `specs()` adds File ▸ New Direct Translation…, Review ▸
Generate Final Video… and View ▸ Translations (their `order` places them), and the window
calls `mount()` once its menus exist. Everything follows the AppContext: when the connection
changes (demo, live, signed out) the results bar and the translations browser re-attach to its
current service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QStyle

from proofreader.library import Settings, SettingsError
from proofreader.ui.actions import ActionSpec
from proofreader.ui.renders import folders
from proofreader.ui.renders.generate_dialog import GenerateDialog, generate_blocker
from proofreader.ui.renders.render_results import ChooseFolder, OpenFolder, RenderResultsBar
from proofreader.ui.sessions.request_dialog import SAMPLE_VIDEO
from proofreader.ui.translations.direct_translation_dialog import DirectTranslationDialog
from proofreader.ui.translations.translations_browser import TranslationsBrowser
from proofreader.ui.window.screen_fit import dock_area, scrolling
from proofreader.workflow import ProofreadService
from proofreader.workspace.heygen_session import is_session

if TYPE_CHECKING:
    from proofreader.ui.connection.context import AppContext
    from proofreader.ui.editor_session import EditorSession
    from proofreader.ui.window.host import WindowHost

SP = QStyle.StandardPixmap
TRANSLATIONS_KEY = "show_translations"


class RendersUi(QObject):
    """The Generate command, the results bar above the player and the translations dock.

    `current_proofread_id` names the proofread session open in the editor (None when the
    document is not a session): the review controller knows it.
    """

    def __init__(
        self,
        window: WindowHost,
        context: AppContext | None = None,
        *,
        current_proofread_id: Callable[[], str | None] | None = None,
        download_dir: Callable[[], Path] | None = None,
        choose_folder: ChooseFolder = folders.choose_folder,
        open_folder: OpenFolder = folders.open_folder,
    ) -> None:
        super().__init__(window.widget)
        self._window = window
        self._context = context
        self._current_id = current_proofread_id or self._open_proofread_id
        self._download_dir_override = download_dir
        self._service: ProofreadService | None = None
        self.generate_dialog: GenerateDialog | None = None
        self.translation_dialog: DirectTranslationDialog | None = None
        self.results = RenderResultsBar(
            None,
            download_dir=self._download_dir,
            set_download_dir=self._set_download_dir,
            player=window.area.player,
            choose_folder=choose_folder,
            open_folder=open_folder,
        )
        self.browser = TranslationsBrowser(
            None,
            download_dir=self._download_dir,
            choose_folder=choose_folder,
            open_folder=open_folder,
        )
        self.dock = QDockWidget(self.tr("Translations"), window.widget)
        self.dock.setObjectName("translations-dock")
        # in a scroll area: under the editor on a small screen, the dock must be able to be
        # shorter than the browser's own minimum (the window would grow past the screen)
        self.dock.setWidget(scrolling(self.browser))
        self.dock.hide()
        window.player_ready.connect(lambda: self.results.set_player(window.area.player))
        window.session_changed.connect(self._on_session_changed)
        self.results.error_shown.connect(lambda text: window.show_message(text, 10_000))
        self.browser.new_translation_requested.connect(self.new_translation)
        self.dock.visibilityChanged.connect(self._on_dock_visible)
        if context is not None:
            context.connection_changed.connect(self.follow_context)
            self.follow_context()

    # -- the connection -------------------------------------------------------------------------
    @property
    def service(self) -> ProofreadService | None:
        return self._service

    def follow_context(self) -> None:
        if self._context is not None:
            self.attach(self._context.service)

    def attach(self, service: ProofreadService | None) -> None:
        """Work through `service` (None: signed out)."""
        self._service = service
        self.results.set_service(service)
        self.browser.set_service(service)
        self._on_session_changed(self._window.session)
        self._window.registry.update_enabled()

    def _settings(self) -> Settings:
        return self._context.settings if self._context is not None else Settings()

    def _download_dir(self) -> Path:
        if self._download_dir_override is not None:
            return self._download_dir_override()
        return self._settings().download_dir

    def _set_download_dir(self, folder: Path) -> None:
        """The folder "Change folder…" chose: used from now on, and kept in the settings."""
        self._download_dir_override = lambda: folder
        if self._context is None:
            return
        try:
            self._context.update_settings(replace(self._context.settings, download_dir=folder))
        except SettingsError as exc:
            self._window.show_message(str(exc), 10_000)

    def _open_proofread_id(self) -> str | None:
        """The proofread id of the document in the editor when it is a HeyGen session."""
        editor = self._window.session
        return editor.key if editor is not None and is_session(editor.source) else None

    def _on_session_changed(self, editor: EditorSession | None) -> None:
        proofread_id = self._current_id() if editor is not None else None
        video = editor.source.video if editor is not None else None
        self.results.set_session(proofread_id, video)
        self._window.registry.update_enabled()

    # -- commands -------------------------------------------------------------------------------
    def specs(self) -> list[ActionSpec]:
        return [
            ActionSpec("file.new_translation", self.tr("New &Direct Translation…"), "File",
                       self.new_translation, group="heygen", order=130,
                       enabled_when=self._connected,
                       tip=self.tr("Translate a video without proofreading it first")),
            ActionSpec("review.generate", self.tr("&Generate Final Video…"), "Review",
                       self.generate, ("Ctrl+Shift+G",), group="heygen", order=420,
                       icon="media-record",
                       fallback_icon=SP.SP_MediaPlay, enabled_when=self.can_generate,
                       tip=self.tr("Render the translated video from the uploaded corrections")),
            ActionSpec("view.translations", self.tr("&Translations"), "View", self._apply_dock,
                       ("Ctrl+Shift+T",), group="panels", order=420, checkable=True,
                       checked=self._window.state.flag(TRANSLATIONS_KEY, False),
                       tip=self.tr("All your video translations: rename, delete, download")),
        ]  # fmt: skip

    def _connected(self) -> bool:
        return self.service is not None

    def can_generate(self) -> bool:
        service, proofread_id = self.service, self._current_id()
        if service is None or proofread_id is None:
            return False
        return generate_blocker(service.store.get_session(proofread_id)) is None

    def generate(self) -> None:
        """Open the Generate dialog for the session in the editor."""
        service, proofread_id = self.service, self._current_id()
        if service is None or proofread_id is None:
            return
        player = self._window.area.player
        seconds = player.duration() / 1000 if player is not None and player.has_media() else None
        dialog = GenerateDialog(
            service, proofread_id, source_seconds=seconds, parent=self._window.widget
        )
        if self._context is not None and self._context.is_demo:
            dialog.use_demo()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.generated.connect(self._render_started)
        self.generate_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "generate_dialog", None))
        dialog.open()

    def _render_started(self, _render_id: str) -> None:
        self._window.show_message(
            self.tr("HeyGen is rendering the final video: follow it in the jobs panel."), 10_000
        )
        self._window.registry.update_enabled()

    def new_translation(self) -> None:
        service = self.service
        if service is None:
            return
        dialog = DirectTranslationDialog(
            service, self._settings().recent_languages, parent=self._window.widget
        )
        if self._context is not None and self._context.is_demo:
            dialog.use_demo(SAMPLE_VIDEO)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._translations_started)
        self.translation_dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "translation_dialog", None))
        dialog.open()

    def _translations_started(self, ids: list[str]) -> None:
        sentence = (
            self.tr("Started 1 translation: follow them in the jobs panel.")
            if len(ids) == 1
            else self.tr("Started {count} translations: follow them in the jobs panel.")
        )
        self._window.show_message(sentence.format(count=len(ids)), 10_000)
        self.show_translations()
        self.browser.refresh()

    # -- mounting -------------------------------------------------------------------------------
    def mount(self) -> None:
        """The results bar above the player, the translations dock on the right."""
        window = self._window
        window.area.add_player_header(self.results)
        area = dock_area(window.widget)
        window.widget.addDockWidget(area, self.dock)
        jobs = window.widget.findChild(QDockWidget, "jobs-dock")
        if isinstance(jobs, QDockWidget) and window.widget.dockWidgetArea(jobs) == area:
            window.widget.tabifyDockWidget(
                jobs, self.dock
            )  # side by side they would starve the table
        self._apply_dock()

    def show_translations(self) -> None:
        self._window.registry.action("view.translations").setChecked(True)

    def _apply_dock(self) -> None:
        on = self._window.registry.action("view.translations").isChecked()
        self.dock.setVisible(on)
        self._window.state.set_flag(TRANSLATIONS_KEY, on)
        if on and self.browser.model.rowCount() == 0 and self.service is not None:
            self.browser.model.fetchMore(QModelIndex())

    def _on_dock_visible(self, visible: bool) -> None:
        if self._window.widget.isVisible():  # closing the dock with its own button unticks the menu
            self._window.registry.set_checked("view.translations", visible)
            self._window.state.set_flag(TRANSLATIONS_KEY, visible)
