"""Desktop notifications: a session is ready to review, a render finished or failed.

The service's notices become tray balloons (QSystemTrayIcon) when the desktop has a tray;
without one (or when the tray cannot show messages) the sentence goes to the fallback, the
window's status bar. Clicking a balloon asks to open its session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from proofreader.workflow import Notice, ProofreadService

SHOW_MS = 8000
_ICONS = {
    "ready": QSystemTrayIcon.MessageIcon.Information,
    "rendered": QSystemTrayIcon.MessageIcon.Information,
    "failed": QSystemTrayIcon.MessageIcon.Warning,
}


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class TrayNotifier(QObject):
    """Listens to a service's notices; `last_notice` is the latest one (tests, the log)."""

    open_requested = Signal(str)  # the proofread id of the notice that was clicked

    def __init__(
        self,
        fallback: Callable[[str], None],
        icon: QIcon | None = None,
        parent: QObject | None = None,
        *,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self._service: ProofreadService | None = None
        self.last_notice: Notice | None = None
        self._last_clickable: str | None = None
        self.tray: QSystemTrayIcon | None = None
        if tray_available() if use_tray is None else use_tray:
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip("Proofreader")
            self.tray.messageClicked.connect(self._on_clicked)
            self.tray.show()
        self.destroyed.connect(lambda *_: self.set_service(None))

    def set_service(self, service: ProofreadService | None) -> None:
        if self._service is service:
            return
        if self._service is not None:
            self._service.remove_notice_listener(self.notify)
        self._service = service
        if service is not None:
            service.add_notice_listener(self.notify)

    def notify(self, notice: Notice) -> None:
        self.last_notice = notice
        self._last_clickable = notice.proofread_id
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(notice.title, notice.message, _ICONS[notice.kind], SHOW_MS)
        else:
            self._fallback(notice.message)

    def _on_clicked(self) -> None:
        if self._last_clickable:
            self.open_requested.emit(self._last_clickable)
