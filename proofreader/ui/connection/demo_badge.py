"""The connection badge in the status bar: a coloured "Demo", the account and its credit, or
"Not signed in". It is a permanent status-bar widget, so the mode is always obvious."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from proofreader.library import API_KEY_ENV, KeySource
from proofreader.ui.connection.account_text import account_name, credit_text
from proofreader.ui.connection.context import AppContext

DEMO_TIP = "Offline sandbox: nothing is sent to HeyGen"  # English; shown through self.tr
_DEMO_STYLE = (
    "QLabel { background: #e8a317; color: #1a1a1a; font-weight: bold;"
    " border-radius: 4px; padding: 1px 8px; }"
)
_LIVE_STYLE = "QLabel { padding: 1px 6px; }"
_NONE_STYLE = "QLabel { color: palette(mid); padding: 1px 6px; }"


class ConnectionBadge(QLabel):
    """Follows an AppContext; a click asks for the account menu (sign in, sign out, demo)."""

    clicked = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection-badge")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._context = context
        context.connection_changed.connect(self.refresh)
        context.account_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        context = self._context
        account = context.account
        if context.is_demo:
            tip = self.tr("Offline sandbox: nothing is sent to HeyGen")
            self.setText(self.tr("Demo"))
            self.setStyleSheet(_DEMO_STYLE)
            self.setToolTip(tip)
            self.setAccessibleName(self.tr("Demo mode. {tip}").format(tip=tip))
            return
        if context.mode == "live" and account is not None:
            credit = credit_text(account)
            name = account_name(account)
            self.setText(f"{name} · {credit}" if credit else name)
            self.setStyleSheet(_LIVE_STYLE)
            self.setToolTip(self._live_tip(name, credit))
            self.setAccessibleName(self.tr("Signed in to HeyGen as {name}").format(name=name))
            return
        self.setText(self.tr("Not signed in"))
        self.setStyleSheet(_NONE_STYLE)
        self.setToolTip(
            self.tr("Not connected to HeyGen: sign in with an API key, or try the demo")
        )
        self.setAccessibleName(self.tr("Not signed in"))

    def _live_tip(self, name: str, credit: str | None) -> str:
        context = self._context
        lines = [self.tr("Signed in to HeyGen as <b>{name}</b>").format(name=escape(name))]
        if credit:
            lines.append(self.tr("Remaining credit: {credit}").format(credit=escape(credit)))
        if context.api_base:
            lines.append(self.tr("API: {address}").format(address=escape(context.api_base)))
        source = context.key_source
        if source is KeySource.ENVIRONMENT:
            lines.append(
                self.tr("Key from the {variable} environment variable").format(variable=API_KEY_ENV)
            )
        elif source is KeySource.KEYCHAIN:
            lines.append(self.tr("Key kept in this computer's keychain"))
        elif source is KeySource.HEYGEN_CLI:
            lines.append(self.tr("Key saved by HeyGen's CLI (heygen auth login)"))
        else:
            lines.append(self.tr("Key used for this session only (not saved)"))
        return "<br>".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
