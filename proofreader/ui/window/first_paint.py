"""Run something once a widget is painted: what a newly opened document can wait for (the rest
of its checks, the preview player) must not hold up its first frame.

A widget that is not visible is never painted; then, and if no paint comes within
FALLBACK_MS (a minimised window), the work runs anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class _FirstPaint(QObject):
    """Calls `then` once: on the event-loop turn after the widget's first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], object] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call `then` after `widget` is next painted (at once, on the next turn, if hidden)."""
    if widget.isVisible():
        _FirstPaint(widget, then)
    else:
        QTimer.singleShot(0, then)
