"""Keeping windows, docks and dialogs inside the screen they are on.

A window's minimum size is the sum of its parts' minimums, so opening a dock could push it
past the screen's edge (Cancel buttons and the Demo badge fell off a 1600 px screen). On a
narrow screen the docks go below the editor instead of beside it, and any top-level widget
can be pulled back inside the screen's available geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Below this many logical pixels of width, the Jobs and Translations docks go under the editor:
# beside it they would take the room the translation column needs.
WIDE_FOR_SIDE_DOCKS = 1900


def available_geometry(widget: QWidget) -> QRect | None:
    """The usable part of the widget's screen (the primary screen before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def dock_area(widget: QWidget) -> Qt.DockWidgetArea:
    """Where a work dock (Jobs, Translations) belongs on this screen."""
    available = available_geometry(widget)
    if available is not None and available.width() < WIDE_FOR_SIDE_DOCKS:
        return Qt.DockWidgetArea.BottomDockWidgetArea
    return Qt.DockWidgetArea.RightDockWidgetArea


def fit_to_screen(widget: QWidget) -> None:
    """Shrink and move a top-level widget so that its frame lies within the screen."""
    available = available_geometry(widget)
    if available is None or widget.isMaximized() or widget.isFullScreen():
        return
    frame = widget.frameGeometry()
    extra_w = frame.width() - widget.width()
    extra_h = frame.height() - widget.height()
    width = min(widget.width(), available.width() - extra_w)
    height = min(widget.height(), available.height() - extra_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(width, 1), max(height, 1))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, available.left()), max(y, available.top()))
