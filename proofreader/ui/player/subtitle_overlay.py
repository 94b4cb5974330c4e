"""The subtitle drawn over the video: centred text on a shaded box, sized from the video height.

A QGraphicsTextItem in the same scene as the QGraphicsVideoItem, so it stays on top on every
platform (a child widget over a native video window would be hidden by it).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from proofreader.ui.player.subtitle_markup import plain_text, to_html

FONT_SCALE = 0.055  # text pixel height as a share of the video height (about 18 lines a frame)
MIN_FONT_PX = 12  # stays readable in a small preview pane
MAX_FONT_PX = 72
ORIGINAL_SCALE = 0.78  # the original line is secondary: smaller and dimmer
TEXT_COLOR = QColor(255, 255, 255)
ORIGINAL_COLOR = "#c9cdd2"
BOX_COLOR = QColor(0, 0, 0, 170)
MAX_WIDTH_SHARE = 0.9
BOTTOM_MARGIN_SHARE = 0.05


class _ShadeBox(QGraphicsRectItem):
    """A rounded, translucent box behind the text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.brush())
        radius = min(8.0, self.rect().height() / 6)
        painter.drawRoundedRect(self.rect(), radius, radius)


class SubtitleOverlay:
    """Shows one subtitle (and optionally its original) at the bottom of a video rectangle."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.box = _ShadeBox()
        self.box.setBrush(QBrush(BOX_COLOR))
        self.box.setPen(Qt.PenStyle.NoPen)
        self.box.setZValue(10)
        self.box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.text_item = QGraphicsTextItem(self.box)
        self.text_item.setDefaultTextColor(TEXT_COLOR)
        self.text_item.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        option = self.text_item.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text_item.document().setDefaultTextOption(option)
        self.text_item.document().setDocumentMargin(0)
        scene.addItem(self.box)
        self.box.hide()
        self._text = ""
        self._original = ""
        self._show_original = False
        self._video_rect = QRectF()

    def text(self) -> str:
        """The subtitle text currently shown, as given (markup included)."""
        return self._text

    def original(self) -> str:
        return self._original

    def is_shown(self) -> bool:
        return self.box.isVisible()

    def font_pixel_size(self) -> int:
        height = self._video_rect.height()
        return int(max(MIN_FONT_PX, min(MAX_FONT_PX, round(height * FONT_SCALE))))

    def set_text(self, text: str, original: str = "") -> None:
        if (text, original) == (self._text, self._original):
            return
        self._text, self._original = text, original
        self._render()

    def set_show_original(self, show: bool) -> None:
        if show != self._show_original:
            self._show_original = show
            self._render()

    def set_video_rect(self, rect: QRectF) -> None:
        if rect != self._video_rect:
            self._video_rect = QRectF(rect)
            self._render()

    def _render(self) -> None:
        original = self._original if self._show_original else ""
        if not plain_text(self._text).strip() and not plain_text(original).strip():
            self.box.hide()
            return
        px = self.font_pixel_size()
        font = QFont(self.text_item.font())
        font.setPixelSize(px)
        font.setWeight(QFont.Weight.Medium)
        self.text_item.setFont(font)
        self.text_item.setHtml(self._html(self._text, original, px))

        max_width = max(40.0, self._video_rect.width() * MAX_WIDTH_SHARE)
        self.text_item.setTextWidth(max_width)
        ideal = math.ceil(self.text_item.document().idealWidth()) + 1
        self.text_item.setTextWidth(min(max_width, ideal))
        bounds = self.text_item.boundingRect()
        pad_x, pad_y = round(px * 0.45), round(px * 0.22)
        width, height = bounds.width() + 2 * pad_x, bounds.height() + 2 * pad_y
        self.box.setRect(0, 0, width, height)
        self.text_item.setPos(pad_x, pad_y)
        bottom = self._video_rect.bottom() - self._video_rect.height() * BOTTOM_MARGIN_SHARE
        self.box.setPos(self._video_rect.center().x() - width / 2, bottom - height)
        self.box.show()

    @staticmethod
    def _html(text: str, original: str, px: int) -> str:
        blocks = []
        style = "white-space:pre-wrap;"
        if plain_text(original).strip():
            small = max(MIN_FONT_PX - 2, round(px * ORIGINAL_SCALE))
            blocks.append(
                f'<div align="center" style="{style} color:{ORIGINAL_COLOR};'
                f' font-size:{small}px;">{to_html(original)}</div>'
            )
        if plain_text(text).strip():
            blocks.append(f'<div align="center" style="{style}">{to_html(text)}</div>')
        return "".join(blocks)
