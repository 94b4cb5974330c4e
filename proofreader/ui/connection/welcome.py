"""The first-run page: what Proofreader does, and two ways in (the demo, or an API key).

Shown when there is no key (neither HEYGEN_API_KEY nor the keychain) and no --demo. It only
asks; the window connects (AppContext.connect_demo / the sign-in dialog).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.window.screen_fit import scrolling

ICON_PATH = Path(__file__).resolve().parents[3] / "resources" / "icons" / "proofreader.svg"

COLUMN_WIDTH = 560


class _ChoiceButton(QCommandLinkButton):
    """A command link whose size hint fits its description at the column's width (Qt's
    own hint wraps it at the title's width, and layouts do not ask for height-for-width)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(COLUMN_WIDTH))


def _wrapped(text: str = "") -> QLabel:
    """A word-wrapped label whose size hint is computed at the column's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMaximumWidth(COLUMN_WIDTH)
    return label


class WelcomePage(QWidget):
    """The two choices; `set_keychain_note` adds a line when no keychain is available."""

    demo_requested = Signal()
    sign_in_requested = Signal()
    open_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome-page")
        icon = QLabel()
        icon.setPixmap(QIcon(str(ICON_PATH)).pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(self.tr("Welcome to Proofreader"))
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        explanation = _wrapped(
            self.tr(
                "Proofreader lets you check and correct the subtitles HeyGen translates for your "
                "video before the final lip-synced render. Start a proofread of a video into one "
                "or more languages, review each translated line beside the original and the "
                "picture, fix what reads wrong, send your corrections back to HeyGen, and "
                "generate the finished video."
            )
        )
        explanation.setObjectName("welcome-explanation")
        body = explanation.font()
        body.setPointSizeF(body.pointSizeF() * 1.1)
        explanation.setFont(body)

        self.demo_button = _ChoiceButton(
            self.tr("Try the demo (offline sandbox)"),
            self.tr(
                "A practice server on this computer with a sample video. Nothing is sent to "
                "HeyGen and nothing is charged."
            ),
        )
        self.demo_button.setObjectName("welcome-demo")
        self.demo_button.clicked.connect(self.demo_requested)
        self.sign_in_button = _ChoiceButton(
            self.tr("Sign in with an API key"),
            self.tr(
                "Connect to your HeyGen account. The key is checked with HeyGen, then kept in "
                "this computer's keychain."
            ),
        )
        self.sign_in_button.setObjectName("welcome-sign-in")
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.demo_button.setDefault(True)

        self.keychain_note = _wrapped()
        self.keychain_note.setObjectName("welcome-keychain-note")
        self.keychain_note.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-radius: 4px; padding: 6px; }"
        )
        self.keychain_note.setVisible(False)
        self.status = _wrapped()  # "Starting the demo…" or what went wrong
        self.status.setObjectName("welcome-status")
        self.status.setVisible(False)

        self.open_button = QPushButton(self.tr("Or open a subtitle file to edit it offline…"))
        self.open_button.setObjectName("welcome-open-file")
        self.open_button.setFlat(True)
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.clicked.connect(self.open_file_requested)

        column = QWidget()
        column.setFixedWidth(COLUMN_WIDTH)  # word-wrapped text needs a width for its height
        column.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addSpacing(6)
        layout.addWidget(explanation)
        layout.addSpacing(10)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.keychain_note)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        centred = QWidget()
        inner = QVBoxLayout(centred)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(column, 0, Qt.AlignmentFlag.AlignCenter)
        # the page shares the window's central stack with the editor, whose minimum height
        # it would otherwise become: on a short screen (720 px at 1.5×) it scrolls instead
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(centred))

    def set_keychain_note(self, sentence: str | None) -> None:
        """Say that no keychain is available (and how HEYGEN_API_KEY helps), or nothing."""
        self.keychain_note.setText(sentence or "")
        self.keychain_note.setVisible(bool(sentence))

    def set_busy(self, text: str | None) -> None:
        """While the demo starts: the buttons wait and the text says what is happening."""
        for button in (self.demo_button, self.sign_in_button, self.open_button):
            button.setEnabled(text is None)
        self.show_status(text)

    def show_status(self, text: str | None, *, error: bool = False) -> None:
        self.status.setText(text or "")
        self.status.setStyleSheet("QLabel { color: #b3261e; }" if error else "")
        self.status.setVisible(bool(text))


class WelcomeDialog(QDialog):
    """The welcome page in its own window, for when the main window keeps its editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome — Proofreader"))
        self.setObjectName("welcome-dialog")
        self.page = WelcomePage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.resize(640, 520)
