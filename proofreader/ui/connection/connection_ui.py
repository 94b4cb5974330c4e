"""Mounts the connection in the main window: account commands, Preferences, the badge, the
welcome page, and the notification hub shown in the status bar.

A WindowPart (window/host.py): `specs()` adds Sign In / Try the Demo / Sign Out to the File
menu and Edit ▸ Preferences (Ctrl+,), `mount()`
puts the badge in the status bar and the welcome page in front of the editor. `start()` is
called by app.py once the window is up: the demo, the saved key, or the welcome page.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QMessageBox, QStackedWidget

from proofreader.library import KeySource
from proofreader.ui.actions import ActionSpec
from proofreader.ui.connection.context import AppContext
from proofreader.ui.connection.demo_badge import ConnectionBadge
from proofreader.ui.connection.settings_dialog import SettingsDialog
from proofreader.ui.connection.sign_in_dialog import SignInDialog
from proofreader.ui.connection.welcome import WelcomePage
from proofreader.workflow.api_key import env_key_note, keychain_problem
from proofreader.workflow.demo import demo_remembered
from proofreader.workspace.check_limits import thresholds_with_settings
from proofreader.workspace.document_source import SAMPLE_DIR

if TYPE_CHECKING:
    from proofreader.heygen import Account
    from proofreader.ui.window.host import WindowHost

StartMode = Literal["demo", "saved", "welcome"]
SAMPLE_LANGUAGE = "Spanish (Spain)"
log = logging.getLogger(__name__)


class ConnectionUi(QObject):
    """The connection's commands and widgets in one window."""

    def __init__(
        self, window: WindowHost, context: AppContext, *, sample_project: bool = True
    ) -> None:
        """`sample_project`: the first demo start proofreads the sandbox's sample talk, so
        the library shows the workflow at once (the self-test turns it off)."""
        super().__init__(window.widget)
        self._window = window
        self._context = context
        self.context = context
        self._sample_project = sample_project
        self.badge = ConnectionBadge(context)
        self.welcome = WelcomePage()
        self.stack: QStackedWidget | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._toolbar_hidden = False
        self.welcome.demo_requested.connect(self.try_demo)
        self.welcome.sign_in_requested.connect(self.sign_in)
        self.welcome.open_file_requested.connect(self._open_file)
        self.badge.clicked.connect(self._badge_menu)
        context.connection_changed.connect(self._on_connection_changed)
        context.settings_changed.connect(self.apply_check_limits)
        context.notifier.error.connect(lambda text: window.show_message(text, 15_000))
        context.notifier.info.connect(lambda text: window.show_message(text, 8_000))

    # -- the window extension -----------------------------------------------------------------

    def specs(self) -> list[ActionSpec]:
        c = self._context
        return [
            ActionSpec("file.sign_in", self.tr("Sign In with an API &Key…"), "File",
                       self.sign_in, group="account", order=210, icon="dialog-password",
                       tip=self.tr("Check a HeyGen API key and keep it in this computer's "
                                   "keychain")),
            ActionSpec("file.try_demo", self.tr("Try the De&mo (Offline Sandbox)"), "File",
                       self.try_demo, group="account", order=220,
                       enabled_when=lambda: not c.is_demo,
                       tip=self.tr("A practice server on this computer: nothing is sent to "
                                   "HeyGen")),
            ActionSpec("file.sign_out", self.tr("Sign Ou&t / Remove Key…"), "File",
                       self.sign_out, group="account", order=230,
                       enabled_when=lambda: c.mode != "none",
                       tip=self.tr("Disconnect, and remove the key kept in the keychain")),
            ActionSpec("edit.preferences", self.tr("&Preferences…"), "Edit", self.preferences,
                       ("Ctrl+,",), group="preferences", order=410, icon="preferences-system",
                       tip=self.tr("API address, polling, download folder, check limits")),
        ]  # fmt: skip

    def mount(self) -> None:
        window = self._window
        window.widget.statusBar().addPermanentWidget(self.badge)
        area = window.widget.takeCentralWidget()
        assert area is not None
        self.stack = QStackedWidget()
        self.stack.setObjectName("central-stack")
        self.stack.addWidget(area)
        self.stack.addWidget(self.welcome)
        window.widget.setCentralWidget(self.stack)
        self.stack.currentChanged.connect(self._fit_toolbar)
        window.session_changed.connect(self._on_document)

    # -- start-up -----------------------------------------------------------------------------

    def start(self, mode: StartMode) -> None:
        """After the window is shown: the demo (--demo), the saved key, or the welcome page."""
        if mode == "demo" or (mode == "saved" and demo_remembered(self._context.paths)):
            self.try_demo()
        elif mode == "saved":
            self._context.run_async(
                self._context.connect_saved_key(), on_done=self._saved_key_checked,
                on_error=self._saved_key_failed, parent=self, what="connect with the saved key",
            )  # fmt: skip
        elif not self._own_document_open():
            self.show_welcome()

    def _saved_key_checked(self, account: Account | None) -> None:
        if account is None and not self._own_document_open():
            self.show_welcome()

    def _saved_key_failed(self, sentence: str) -> None:
        self.welcome.show_status(sentence, error=True)
        if not self._own_document_open():
            self.show_welcome()
        else:  # a file opened from the command line stays in front
            self._context.notifier.error.emit(sentence)

    # -- commands -----------------------------------------------------------------------------

    def show_welcome(self) -> None:
        if self.stack is None:
            return
        self.stack.setCurrentWidget(self.welcome)
        self._window.review_status.setVisible(False)  # it counts the hidden document
        self._context.run_async(keychain_problem(), on_done=self.welcome.set_keychain_note,
                                parent=self.welcome, what="checking the keychain")  # fmt: skip

    def show_editor(self) -> None:
        if self.stack is not None and self.stack.count():
            self.stack.setCurrentIndex(0)
            self._window.review_status.setVisible(True)

    def _fit_toolbar(self) -> None:
        """The toolbar holds the editor's commands, so the welcome page (with its own buttons)
        goes without it; the menus keep every command. It leaves the window's layout rather than
        being hidden, so a window closed on the welcome page does not remember it hidden."""
        window, toolbar = self._window, self._window.toolbar
        in_layout = window.widget.toolBarArea(toolbar) != Qt.ToolBarArea.NoToolBarArea
        if self.welcome_shown and in_layout:
            self._toolbar_hidden = toolbar.isHidden()  # the user may have hidden it
            window.widget.removeToolBar(toolbar)
        elif not self.welcome_shown and not in_layout:
            window.widget.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
            toolbar.setHidden(self._toolbar_hidden)

    @property
    def welcome_shown(self) -> bool:
        return self.stack is not None and self.stack.currentWidget() is self.welcome

    def try_demo(self) -> None:
        self.welcome.set_busy(self.tr("Starting the demo sandbox…"))
        self._context.run_async(
            self._context.connect_demo(), on_done=lambda _: self._demo_started(),
            on_error=self._demo_failed, parent=self, what="start the demo",
        )  # fmt: skip

    def _demo_started(self) -> None:
        self.welcome.set_busy(None)
        context = self._context
        if self._sample_project and context.is_demo and not context.store.list_projects():
            self._start_sample_project()
            return
        context.notifier.info.emit(
            self.tr("Demo mode: an offline sandbox on this computer; nothing is sent to HeyGen.")
        )

    def _start_sample_project(self) -> None:
        """The demo's sample project: the sample talk, proofread into Spanish.

        The bundled file is uploaded like any local video (so the preview can play it);
        the sandbox's public URL of the same talk is the fallback.
        """
        context, service = self._context, self._context.service
        local = SAMPLE_DIR / "talk.mp4"
        source = local if local.is_file() else context.sample_video_url
        if service is None or source is None:
            return
        context.notifier.info.emit(
            self.tr(
                "Demo mode: a sample proofread of the sandbox's talk into Spanish has started; "
                "it is ready to review in a few seconds. Nothing is sent to HeyGen."
            )
        )
        from proofreader.heygen import MediaInput, ProofreadOptions  # (the demo is starting)

        title = self.tr("Sample talk")
        transcript = context.sample_transcript_url  # so the session has its original beside it
        options = ProofreadOptions(srt=MediaInput.url(transcript)) if transcript else None
        context.run_async(service.start_proofreads(source, [SAMPLE_LANGUAGE], title, options),
                          parent=self, what="start the sample proofread")  # fmt: skip

    def _demo_failed(self, sentence: str) -> None:
        self.welcome.set_busy(None)
        self.welcome.show_status(sentence, error=True)
        if not self.welcome_shown:
            self._window.show_error(self.tr("Demo"), sentence)

    def sign_in(self) -> SignInDialog:
        dialog = self.sign_in_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = SignInDialog(self._context, self._window.widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.sign_in_dialog = dialog
        dialog.show()
        return dialog

    def sign_out(self) -> None:
        context = self._context
        if context.mode == "none":
            return
        if context.is_demo:
            question = self.tr("Leave the demo? Its sessions stay on this computer for next time.")
        elif context.key_source is KeySource.ENVIRONMENT:
            question = self.tr("Sign out for now? {note}").format(note=env_key_note())
        elif context.key_source is KeySource.HEYGEN_CLI:
            question = self.tr(
                "Sign out for now? The key comes from HeyGen's own command line (heygen auth "
                "login), so the next start uses it again; run `heygen auth logout` to remove it."
            )
        elif context.key_source is KeySource.KEYCHAIN:
            question = self.tr(
                "Sign out and remove the API key from this computer's keychain? Your "
                "sessions stay in the library; sign in again to continue them."
            )
        else:
            question = self.tr(
                "Sign out? The key was not saved, so you will need to paste it again."
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign out — Proofreader"), question,
                          QMessageBox.StandardButton.Cancel, self._window.widget)  # fmt: skip
        box.setObjectName("sign-out-question")
        ok = box.addButton(self.tr("Leave the Demo") if context.is_demo else self.tr("Sign Out"),
                           QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        box.setDefaultButton(ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ok.clicked.connect(self._sign_out_now)
        box.open()

    def _sign_out_now(self) -> None:
        self._context.run_async(
            self._context.sign_out(), on_done=self._context.notifier.info.emit,
            parent=self, what="sign out",
        )  # fmt: skip

    def preferences(self) -> SettingsDialog:
        dialog = self.settings_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.raise_()
            return dialog
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = SettingsDialog(self._context, self._window.widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.settings_dialog = dialog
        dialog.show()
        return dialog

    # -- reacting -----------------------------------------------------------------------------

    def _on_connection_changed(self) -> None:
        if self._context.mode != "none":
            self.welcome.show_status(None)
            self.show_editor()
        elif not self._own_document_open():
            self.show_welcome()
        self._window.registry.update_enabled()

    def _own_document_open(self) -> bool:
        """A document the user opened (not the bundled sample) is in the editor."""
        session = self._window.session
        return session is not None and session.source.kind != "sample"

    def _on_document(self, session: object) -> None:
        self.apply_check_limits()
        if self._own_document_open():
            self.show_editor()

    def apply_check_limits(self) -> None:
        """The open document is checked with the limits set in Preferences (its language's
        defaults with the user's overrides); re-checked when they change."""
        session = self._window.session
        if session is None:
            return
        limits = thresholds_with_settings(
            session.source.language, self._context.settings.check_thresholds
        )
        if limits != session.checker.thresholds:
            session.checker.configure(thresholds=limits)

    def _open_file(self) -> None:
        self._window.files.choose_and_open()

    def _badge_menu(self) -> None:
        menu = QMenu(self._window.widget)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        registry = self._window.registry
        registry.update_enabled()
        for action_id in ("file.sign_in", "file.try_demo", "file.sign_out", "edit.preferences"):
            if action_id in registry:
                menu.addAction(registry.action(action_id))
        menu.popup(QCursor.pos())
