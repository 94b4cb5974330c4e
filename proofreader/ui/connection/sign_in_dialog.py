"""The sign-in dialog: paste a key, check it with HeyGen, see the account, keep the key.

The key is checked with GET /v3/users/me before anything is stored; a refused key leaves the
keychain (and the current connection) alone. The check runs on the app's event loop, so the
dialog stays responsive and can cancel it.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from html import escape

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.library import (
    API_BASE_ENV,
    API_KEY_ENV,
    DEFAULT_API_BASE,
    InvalidApiBase,
    KeySource,
    validate_api_base,
)
from proofreader.ui.connection.account_text import account_name, credit_text
from proofreader.ui.connection.context import AppContext, SignInResult
from proofreader.workflow.api_key import keychain_problem

ERROR_STYLE = "QLabel { color: #b3261e; }"
NOTE_STYLE = "QLabel { background: palette(alternate-base); border-radius: 4px; padding: 6px; }"
ACCOUNT_STYLE = (
    "QLabel { background: palette(alternate-base); border-left: 3px solid #2e7d32; padding: 8px; }"
)
DIALOG_WIDTH = 540


class SignInDialog(QDialog):
    """Check a key and sign in with it; `signed_in` carries the SignInResult."""

    signed_in = Signal(object)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign-in-dialog")
        self.setWindowTitle(self.tr("Sign in — Proofreader"))
        self._context = context
        self._environ = os.environ if environ is None else environ
        self._task: asyncio.Task[SignInResult] | None = None
        self.result_value: SignInResult | None = None

        intro = QLabel(
            self.tr(
                "Paste your HeyGen API key (in HeyGen: Settings → API). Proofreader checks it "
                "with HeyGen, shows your account, and keeps the key in this computer's keychain."
            )
        )
        intro.setWordWrap(True)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("sign-in-key")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("Paste the API key here"))
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.setAccessibleName(self.tr("HeyGen API key"))
        self.show_key = QToolButton()
        self.show_key.setObjectName("sign-in-show-key")
        self.show_key.setText(self.tr("Show"))
        self.show_key.setCheckable(True)
        self.show_key.setToolTip(self.tr("Show or hide the key"))
        self.show_key.toggled.connect(self._toggle_echo)
        self.key_edit.textChanged.connect(self._update_buttons)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setObjectName("sign-in-advanced")
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        self.advanced = QWidget()
        self.base_edit = QLineEdit(context.settings.api_base or "")
        self.base_edit.setObjectName("sign-in-base-url")
        self.base_edit.setPlaceholderText(DEFAULT_API_BASE)
        self.base_edit.textChanged.connect(self._validate_base)
        self.base_error = _label("sign-in-base-error", ERROR_STYLE)
        advanced_layout = QVBoxLayout(self.advanced)
        advanced_layout.setContentsMargins(18, 0, 0, 0)
        base_row = QHBoxLayout()
        base_row.addWidget(QLabel(self.tr("API address:")))
        base_row.addWidget(self.base_edit, 1)
        advanced_layout.addLayout(base_row)
        advanced_layout.addWidget(self.base_error)
        env_base = self._environ.get(API_BASE_ENV, "").strip()
        if env_base:
            note = _label("sign-in-base-env", NOTE_STYLE)
            note.setText(self.tr("{variable} is set ({address}); it is used unless you type an "
                                 "address here.").format(variable=API_BASE_ENV,
                                                         address=env_base))  # fmt: skip
            note.setVisible(True)
            advanced_layout.addWidget(note)
        self.advanced.setVisible(False)

        self.note = _label("sign-in-note", NOTE_STYLE)  # keychain or environment notes
        self.status = _label("sign-in-status", "")  # checking... / the error sentence
        self.account_box = _label("sign-in-account", ACCOUNT_STYLE)
        self.account_box.setTextFormat(Qt.TextFormat.RichText)

        self.buttons = QDialogButtonBox()
        self.check_button = QPushButton(self.tr("Check and sign in"))
        self.check_button.setObjectName("sign-in-check")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("sign-in-close")
        self.close_button.clicked.connect(self._close_clicked)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        form = QFormLayout()
        form.addRow(self.tr("API key:"), key_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.account_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setFixedWidth(DIALOG_WIDTH)  # word-wrapped sentences need a width for their height

        self._show_environment_key()
        self._validate_base()
        self._update_buttons()
        context.run_async(keychain_problem(), on_done=self._keychain_checked, parent=self,
                          what="checking the keychain")  # fmt: skip

    # -- checking -----------------------------------------------------------------------------

    def check(self) -> None:
        """Check the key with HeyGen and sign in (nothing is stored if HeyGen refuses it)."""
        key = self.key_edit.text().strip()
        if not key or self._task is not None or not self._base_ok():
            return
        base = self.base_edit.text().strip() or None
        self._show_status(self.tr("Checking the key with HeyGen…"))
        self.account_box.setVisible(False)
        self._task = self._context.run_async(
            self._context.sign_in(key, base),
            on_done=self._signed_in,
            on_error=self._failed,
            parent=self,
            what="sign in",
        )
        self._task.add_done_callback(self._task_ended)
        self._set_busy(True)

    def _task_ended(self, _task: object) -> None:
        if shiboken6.isValid(self):
            self._task = None
            self._set_busy(False)

    def _signed_in(self, result: SignInResult) -> None:
        self.result_value = result
        account = result.account
        credit = credit_text(account)
        name = escape(account_name(account))
        lines = [self.tr("Signed in as <b>{name}</b>").format(name=name)]
        if account.email and account.email != account_name(account):
            lines.append(escape(account.email))
        lines.append(
            self.tr("Remaining credit: <b>{credit}</b>").format(credit=escape(credit))
            if credit
            else self.tr("HeyGen does not report a remaining credit for this account type.")
        )
        if result.stored:
            lines.append(self.tr("The key is kept in this computer's keychain."))
        self.account_box.setText("<br>".join(lines))
        self.account_box.setVisible(True)
        self._fit()
        self._show_status(None)
        if result.note:
            self._show_note(result.note)
        self.key_edit.clear()
        self.key_edit.setPlaceholderText(self.tr("Signed in: paste another key to switch accounts"))
        self.close_button.setText(self.tr("Done"))
        self.close_button.setDefault(True)
        self.check_button.setDefault(False)
        self.signed_in.emit(result)

    def _failed(self, sentence: str) -> None:
        self._show_status(sentence, error=True)
        self.key_edit.setFocus()
        self.key_edit.selectAll()

    # -- state --------------------------------------------------------------------------------

    def _keychain_checked(self, problem: str | None) -> None:
        if problem:
            self._show_note(
                self.tr(
                    "{problem} Without a keychain, a key signed in here works until "
                    "Proofreader closes."
                ).format(problem=problem)
            )

    def _show_environment_key(self) -> None:
        if (
            self._context.key_source is KeySource.ENVIRONMENT
            or self._environ.get(API_KEY_ENV, "").strip()
        ):
            self._show_note(
                self.tr(
                    "Proofreader is using the key in the {variable} environment variable. A "
                    "key signed in here is kept in the keychain, but {variable} wins while it "
                    "is set."
                ).format(variable=API_KEY_ENV)
            )

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)
        self._fit()

    def _show_status(self, text: str | None, *, error: bool = False) -> None:
        self.status.setText(text or "")
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        """Grow or shrink to the text shown (sentences come and go)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.resize(DIALOG_WIDTH, layout.totalHeightForWidth(DIALOG_WIDTH))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.key_edit, self.base_edit, self.advanced_toggle):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._task is not None
        ready = bool(self.key_edit.text().strip()) and self._base_ok()
        self.check_button.setEnabled(ready and not busy)

    def _base_ok(self) -> bool:
        return not self.base_error.text()

    def _validate_base(self) -> None:
        text = self.base_edit.text().strip()
        problem = None
        if text:
            try:
                validate_api_base(text)
            except InvalidApiBase as exc:
                problem = str(exc)
        self.base_error.setText(problem or "")
        self.base_error.setVisible(problem is not None)
        self._fit()
        if problem is not None and not self.advanced_toggle.isChecked():
            self.advanced_toggle.setChecked(True)
        self._update_buttons()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)
        self.show_key.setText(self.tr("Hide") if shown else self.tr("Show"))

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self._fit()

    # -- closing ------------------------------------------------------------------------------

    def _close_clicked(self) -> None:
        if self.result_value is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Cancel a check in progress (the current connection stays as it was)."""
        if self._task is not None:
            self._task.cancel()
        super().reject()


def _label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
