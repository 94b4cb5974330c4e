"""Painting the waveform view, one horizontal stretch [x0, x1) at a time.

Three bands: cue numbers on top, the audio envelope with the cue regions behind it in the
middle, time ticks at the bottom. Only the stretch Qt asks for is computed (the playhead moving
repaints a few pixels), and the audio is drawn as one drawLines call of a line per column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLine, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from proofreader.media.peaks import SILENCE
from proofreader.ui.player.time_ruler import CURRENT_COLOR, PLAYHEAD_COLOR, REGION_COLOR
from proofreader.ui.player.timecode import format_timecode

if TYPE_CHECKING:
    from proofreader.ui.player.waveform_view import WaveformView

TICK_STEPS_MS = (
    100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
    600_000, 900_000, 1_800_000, 3_600_000,
)  # fmt: skip
MIN_TICK_GAP_PX = 80
MAX_GAIN = 6.0  # quiet recordings are drawn louder, up to this much
WAVE_HEIGHT = 40


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
    return small


def strip_height(metrics: QFontMetrics) -> int:
    return max(10, round(metrics.height() * 0.8)) + 2


def preferred_height(metrics: QFontMetrics) -> int:
    return 2 * strip_height(metrics) + WAVE_HEIGHT


def paint(painter: QPainter, view: WaveformView, x0: int, x1: int) -> None:
    palette = view.palette()
    width, height = view.width(), view.height()
    strip = strip_height(view.fontMetrics())
    wave = QRect(0, strip, width, max(8, height - 2 * strip))
    painter.fillRect(QRect(x0, 0, x1 - x0, height), palette.color(QPalette.ColorRole.Base))
    painter.fillRect(
        QRect(x0, wave.top(), x1 - x0, wave.height()),
        palette.color(QPalette.ColorRole.AlternateBase),
    )
    painter.setFont(small_font(view.font()))
    _paint_cues(painter, view, x0, x1, wave, strip)
    _paint_audio(painter, view, x0, x1, wave)
    _paint_ticks(painter, view, x0, x1, wave)
    _paint_status(painter, view, wave)
    x = view.x_at(view.position())
    if x0 - 2 <= x <= x1 + 2:
        painter.setPen(QPen(PLAYHEAD_COLOR, 2))
        painter.drawLine(QPointF(x, 0), QPointF(x, height))


def _with_alpha(color: QColor, alpha: int) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(alpha)
    return tinted


def _paint_cues(
    painter: QPainter, view: WaveformView, x0: int, x1: int, wave: QRect, strip: int
) -> None:
    first, last = view.time_at(x0 - 40), view.time_at(x1 + 1)
    current = view.current_row()
    text_color = view.palette().color(QPalette.ColorRole.Text)
    metrics = painter.fontMetrics()
    rows = view.visible_rows(first, last)
    if current in rows:
        rows.remove(current)
        rows.append(current)  # drawn last: on top of an overlapping neighbour
    for row in rows:
        start, end = view.span_of(row)
        left, right = view.x_at(start), view.x_at(end)
        is_current = row == current
        color = CURRENT_COLOR if is_current else REGION_COLOR
        body = QRectF(left, 0, max(1.0, right - left), wave.bottom() + 1)
        painter.fillRect(body, _with_alpha(color, 70 if is_current else 38))
        painter.setPen(QPen(_with_alpha(color, 255 if is_current else 170), 2 if is_current else 1))
        painter.drawLine(QPointF(left, 0), QPointF(left, wave.bottom()))
        painter.drawLine(QPointF(right, 0), QPointF(right, wave.bottom()))
        label = str(row + 1)
        if right - left >= metrics.horizontalAdvance(label) + 6:
            painter.setPen(text_color if is_current else _with_alpha(text_color, 170))
            painter.drawText(
                QRectF(left + 4, 0, right - left - 6, strip),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )


def _paint_audio(painter: QPainter, view: WaveformView, x0: int, x1: int, wave: QRect) -> None:
    peaks = view.peaks()
    if peaks is None or not peaks.has_audio:
        return
    columns = peaks.columns(view.time_at(x0), view.ms_per_px(), x1 - x0)
    loudest = peaks.loudest()
    gain = min(MAX_GAIN, 0.95 * SILENCE / loudest) if loudest else 1.0
    half = (wave.height() - 2) / 2
    mid = wave.top() + 1 + half
    factor = gain * half / SILENCE
    lines = []
    for i, column in enumerate(columns):
        if column is None:
            continue
        low, high = column
        top = round(mid - (high - SILENCE) * factor)
        bottom = round(mid - (low - SILENCE) * factor)
        lines.append(QLine(x0 + i, top, x0 + i, max(top, bottom)))
    color = view.palette().color(QPalette.ColorRole.Text)
    painter.setPen(QPen(_with_alpha(color, 150), 1))
    painter.drawLines(lines)


def _paint_ticks(painter: QPainter, view: WaveformView, x0: int, x1: int, wave: QRect) -> None:
    scale = view.ms_per_px()
    step = next((s for s in TICK_STEPS_MS if s / scale >= MIN_TICK_GAP_PX), TICK_STEPS_MS[-1])
    color = view.palette().color(QPalette.ColorRole.PlaceholderText)
    painter.setPen(color)
    metrics = painter.fontMetrics()
    widest = metrics.horizontalAdvance("0:00:00.0") + 4
    first = int(view.time_at(x0 - widest) // step) * step
    last = view.time_at(x1)
    ms = max(0, first)
    while ms <= last:
        x = view.x_at(ms)
        painter.drawLine(QPointF(x, wave.bottom() + 1), QPointF(x, wave.bottom() + 4))
        painter.drawText(QPointF(x + 3, view.height() - metrics.descent() - 1), _label(ms, step))
        ms += step


def _label(ms: int, step: int) -> str:
    """0:05, 1:30, 1:02:00, and tenths when the ticks are closer than a second: 0:05.5."""
    text = format_timecode(ms)  # HH:MM:SS.mmm
    text = text[:10] if step < 1000 else text[:8]
    if ms < 3_600_000:
        text = text[3:].removeprefix("0")
    return text


def _paint_status(painter: QPainter, view: WaveformView, wave: QRect) -> None:
    text = view.status()
    if not text:
        return
    peaks = view.peaks()
    color = view.palette().color(QPalette.ColorRole.PlaceholderText)
    painter.setPen(color)
    if peaks is not None and peaks.has_audio:  # partial: say so in a corner, out of the way
        box = wave.adjusted(0, 0, -6, 0)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)
    else:
        painter.drawText(wave, Qt.AlignmentFlag.AlignCenter, text)
