"""The review bar above the cue table: where a HeyGen session's next steps always are.

On a small screen the main toolbar overflows into », hiding Upload and Generate, the two
actions a review ends with. The bar shows them as buttons above the table whenever the open
document is a HeyGen session, with one line saying which session it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from proofreader.ui.elided_label import ElidedLabel


class ReviewBar(QWidget):
    """A label and one button per action (the registry's QActions, so state stays in sync)."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-bar")
        self.label = ElidedLabel()  # a long title never widens the window
        self.label.setObjectName("review-bar-label")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QToolButton] = {}
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setObjectName(f"review-bar-{action.objectName() or action.iconText()}")
            layout.addWidget(button)
            self.buttons[action.objectName()] = button
        self.hide()

    def show_for(self, title: str | None) -> None:
        """Show the bar for the session titled `title`; None hides it (not a session)."""
        self.setVisible(title is not None)
        if title is not None:
            self.label.setText(self.tr("HeyGen session: {title}").format(title=title))
