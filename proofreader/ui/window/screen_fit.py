"""Keeping windows, docks and dialogs inside the screen they are on.

A window's minimum size is the sum of its parts' minimums, so opening a dock could push it
past the screen's edge (Cancel buttons and the Demo badge fell off a 1600 px screen). On a
narrow screen the docks go below the editor instead of beside it, and any top-level widget
can be pulled back inside the screen's available geometry. A compact screen (1280×720 at 1.5×
is 853×480 logical px) also gets smaller minimum widths for the window's parts, work docks that
wait for the View menu, and toolbar icons without labels if the labels would overflow.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QScrollArea,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# Below this many logical pixels of width, the Jobs and Translations docks go under the editor:
# beside it they would take the room the translation column needs.
WIDE_FOR_SIDE_DOCKS = 1900
# Below this many logical pixels of width (1280 px at 1.5× is 853), the window's parts take
# their compact minimums so that the library, the table and the cue pane still fit side by side.
COMPACT_WIDTH = 1000
# Below this many logical pixels of height (720 px at 1.5× is 480), a dock that opened by
# itself would take the cue pane's room: work docks wait for the View menu, and open small.
SHORT_HEIGHT = 600


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


def is_compact(widget: QWidget) -> bool:
    """Whether the widget's screen is too narrow for the parts' usual minimum widths."""
    available = available_geometry(widget)
    return available is not None and available.width() < COMPACT_WIDTH


def is_short(widget: QWidget) -> bool:
    """Whether the widget's screen is too short for a work dock beside the editor's panes."""
    available = available_geometry(widget)
    return available is not None and available.height() < SHORT_HEIGHT


def fit_toolbar_labels(toolbar: QToolBar) -> None:
    """When the toolbar's labels are wider than the screen (Spanish on 1280 px at 1.5×), the
    commands with an icon show only it, their tooltip naming them, so none goes behind »."""
    available = available_geometry(toolbar)
    if available is None or toolbar.sizeHint().width() <= available.width():
        return
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton) and not action.icon().isNull():
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


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


class DialogsOnScreen(QObject):
    """Watches a window's dialogs: each one shown is pulled back inside its screen (a
    dialog's size hint on a small screen or at 1.5× scale can be larger than the screen)."""

    def watch(self, child: QObject) -> None:
        if isinstance(child, QDialog):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            scroll_if_taller_than_screen(watched)
            QTimer.singleShot(0, watched, lambda: fit_to_screen(watched))
        return False


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area that keeps it at the area's width: what may be taller
    (or wider) than a small screen allows scrolls instead of growing the window."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def scroll_if_taller_than_screen(dialog: QWidget) -> None:
    """A dialog whose contents cannot shrink to the screen scrolls instead (once)."""
    available = available_geometry(dialog)
    layout = dialog.layout()
    if available is None or layout is None or dialog.property("scrolls-to-fit"):
        return
    margin = dialog.frameGeometry().height() - dialog.height()
    if layout.totalMinimumSize().height() <= available.height() - margin:
        return
    content = QWidget()
    content.setLayout(layout)  # takes the layout, and its widgets, from the dialog
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolling(content))
    dialog.setProperty("scrolls-to-fit", True)
