"""Paints a session row as its language followed by a coloured status pill on the right.

Project rows get a quiet summary ("2 languages") in the same place. The text is elided so the
pill always fits; the pill's colours come from the palette (badges.Badge.colors).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from proofreader.ui.editor.colors import mix
from proofreader.ui.sessions.badges import Badge
from proofreader.ui.sessions.sessions_model import BADGE_ROLE

_PAD_X = 7
_GAP = 8


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
    return small


class BadgeDelegate(QStyledItemDelegate):
    """Language (or title) on the left, the badge on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        badge = index.data(BADGE_ROLE)
        label = badge.text if isinstance(badge, Badge) else str(badge or "")
        text = opt.text
        rect: QRect = opt.rect
        font = QFont(opt.font)
        small = _small(font)
        metrics = QFontMetrics(small)
        pill_w = (
            min(metrics.horizontalAdvance(label) + 2 * _PAD_X, rect.width() * 5 // 8)
            if label
            else 0
        )
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        pill_left = rect.right() - pill_w - 3
        text_rect.setRight(min(text_rect.right(), pill_left - _GAP))
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.setFont(font)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        if label:
            height = metrics.height() + 4
            pill = QRect(pill_left, rect.top() + (rect.height() - height) // 2, pill_w, height)
            if isinstance(badge, Badge):
                fill, ink = badge.colors(palette)
            else:
                ink = mix(palette.color(role), palette.color(QPalette.ColorRole.Base), 0.4)
                fill = QColor(Qt.GlobalColor.transparent)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(ink)
            painter.setFont(small)
            inner = pill_w - 2 * _PAD_X + 2
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, inner)
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), elided)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(
            size.width() + 90,
            max(size.height(), QFontMetrics(_small(QFont(option.font))).height() + 8),
        )
