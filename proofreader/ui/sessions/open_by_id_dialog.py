"""File ▸ Open Session by Id…: add a proofread made elsewhere (web app, command line).

There is no endpoint that lists proofread sessions, so an id is the only way in. The session
is fetched first: a wrong or expired id gives a sentence in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.library import Session
from proofreader.ui.async_ops import run_async
from proofreader.workflow import ProofreadService


class OpenByIdDialog(QDialog):
    """Emits `opened(proofread_id)` once the session is in the library, then closes."""

    opened = Signal(str)

    def __init__(self, service: ProofreadService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open-by-id-dialog")
        self.setWindowTitle(self.tr("Open Session by Id — Proofreader"))
        self._service = service
        intro = QLabel(
            self.tr(
                "Paste the id of a proofread session made in HeyGen's web app or with the "
                "command line. Sessions last about 24 hours on HeyGen."
            )
        )
        intro.setWordWrap(True)
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("session-id")
        self.id_edit.setPlaceholderText(self.tr("Proofread id"))
        self.id_edit.textChanged.connect(self._refresh)
        self.message = QLabel("")
        self.message.setObjectName("open-by-id-message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.id_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(480, 0)
        self.busy = False
        self._refresh()

    def _refresh(self) -> None:
        self.open_button.setEnabled(bool(self.id_edit.text().strip()) and not self.busy)

    def submit(self) -> None:
        proofread_id = self.id_edit.text().strip()
        if not proofread_id or self.busy:
            return
        self.busy = True
        self.message.setText(self.tr("Looking for the session on HeyGen…"))
        self._refresh()

        def done(session: Session) -> None:
            self.busy = False
            self.opened.emit(session.proofread_id)
            self.accept()

        def failed(sentence: str) -> None:
            self.busy = False
            self.message.setText(sentence)
            self._refresh()

        run_async(
            self._service.open_session_by_id(proofread_id),
            on_done=done,
            on_error=failed,
            parent=self,
            what="open a session by id",
        )
