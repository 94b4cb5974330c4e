"""A thin overview of the whole timeline: time ticks, cue regions, the playhead; click to seek.

Cue regions are painted once into a cached pixmap (20,000 cues would be too many rectangles to
redraw 25 times a second); the playhead and the current cue are drawn on top of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from proofreader.ui.player.timecode import format_timecode

PAD_X = 6  # room for the playhead at both ends
TICK_STEPS_MS = (
    1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000,
    900_000, 1_800_000, 3_600_000,
)  # fmt: skip
MIN_TICK_GAP_PX = 70
REGION_COLOR = QColor(86, 140, 214)
CURRENT_COLOR = QColor(245, 180, 60)
PLAYHEAD_COLOR = QColor(230, 60, 60)


class TimeRuler(QWidget):
    """Maps the widget's width to [0, duration]; emits seek_requested(ms) on click and drag."""

    seek_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Timeline: cue regions and the playhead. Click or drag to seek."))
        self._duration = 0
        self._position = 0
        self._regions: list[tuple[int, int]] = []
        self._current: tuple[int, int] | None = None
        self._cache: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(400, self._font_height() + 20)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._font_height() + 20)

    # -- state --------------------------------------------------------------------------------
    def duration(self) -> int:
        return self._duration

    def set_duration(self, ms: int) -> None:
        if ms != self._duration:
            self._duration = max(0, ms)
            self._cache = None
            self.update()

    def set_regions(self, regions: Sequence[tuple[int, int]]) -> None:
        """The cue spans as (start_ms, end_ms)."""
        self._regions = sorted(regions)
        self._cache = None
        self.update()

    def set_current_region(self, region: tuple[int, int] | None) -> None:
        if region != self._current:
            self._current = region
            self.update()

    def set_position(self, ms: int) -> None:
        if ms != self._position:
            old_x, self._position = self.x_at(self._position), ms
            new_x = self.x_at(ms)
            left, right = sorted((old_x, new_x))
            self.update(int(left) - 3, 0, int(right - left) + 7, self.height())

    # -- geometry -----------------------------------------------------------------------------
    def x_at(self, ms: int) -> float:
        """The x coordinate of a time."""
        if self._duration <= 0:
            return float(PAD_X)
        span = max(1, self.width() - 2 * PAD_X)
        return PAD_X + span * min(max(ms, 0), self._duration) / self._duration

    def time_at(self, x: float) -> int:
        """The time under an x coordinate, clamped to [0, duration]."""
        if self._duration <= 0:
            return 0
        span = max(1, self.width() - 2 * PAD_X)
        share = min(max((x - PAD_X) / span, 0.0), 1.0)
        return round(share * self._duration)

    # -- events -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._duration > 0:
            self.seek_requested.emit(self.time_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._duration > 0:
            self.seek_requested.emit(self.time_at(event.position().x()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self._paint_background()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache)
        band = self._band()
        if self._current is not None and self._duration > 0:
            x1, x2 = self.x_at(self._current[0]), self.x_at(self._current[1])
            current = QRectF(x1, band.top(), max(2.0, x2 - x1), band.height())
            painter.fillRect(current, CURRENT_COLOR)
        x = self.x_at(self._position)
        painter.setPen(QPen(PLAYHEAD_COLOR, 2))
        painter.drawLine(QPointF(x, 1), QPointF(x, self.height() - 1))
        painter.end()

    # -- painting -----------------------------------------------------------------------------
    def _font_height(self) -> int:
        return self.fontMetrics().height() - 2

    def _band(self) -> QRectF:
        top = self._font_height() + 6
        return QRectF(PAD_X, top, max(1, self.width() - 2 * PAD_X), self.height() - top - 3)

    def _paint_background(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(pixmap)
        band = self._band()
        painter.fillRect(band, self.palette().color(QPalette.ColorRole.AlternateBase).darker(108))
        if self._duration > 0:
            self._paint_regions(painter, band)
            self._paint_ticks(painter)
        painter.end()
        return pixmap

    def _paint_regions(self, painter: QPainter, band: QRectF) -> None:
        # Cues closer than a pixel are merged: the cost follows the width, not the cue count.
        scale = max(1, self.width() - 2 * PAD_X) / self._duration
        spans: list[list[float]] = []
        for start, end in self._regions:
            x1 = PAD_X + start * scale
            x2 = max(PAD_X + end * scale, x1 + 1.0)
            if spans and x1 - spans[-1][1] < 1.0:
                spans[-1][1] = max(spans[-1][1], x2)
            else:
                spans.append([x1, x2])
        top, height = band.top(), band.height()
        for x1, x2 in spans:
            painter.fillRect(QRectF(x1, top, x2 - x1, height), REGION_COLOR)

    def _paint_ticks(self, painter: QPainter) -> None:
        span = max(1, self.width() - 2 * PAD_X)
        step = next(
            (s for s in TICK_STEPS_MS if span * s / self._duration >= MIN_TICK_GAP_PX),
            TICK_STEPS_MS[-1],
        )
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        painter.setFont(font)
        text_color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text_color)
        top = self._band().top()
        for ms in range(0, self._duration + 1, step):
            x = self.x_at(ms)
            painter.drawLine(QPointF(x, top - 4), QPointF(x, top))
            label = _tick_label(ms, step)
            if x + painter.fontMetrics().horizontalAdvance(label) < self.width():
                painter.drawText(QPointF(x + 2, top - 5), label)


def _tick_label(ms: int, step: int) -> str:
    """Short labels: 0:05, 1:30, 1:02:00."""
    text = format_timecode(ms)[:8]  # HH:MM:SS
    if step >= 1000 and ms < 3_600_000:
        text = text[3:]
        if text.startswith("0"):
            text = text[1:]
    return text
