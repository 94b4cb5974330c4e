"""The picture area: video, a placeholder or error sentence, and the subtitle overlay on top.

Everything lives in one QGraphicsScene (video item, texts), which keeps the overlay above the
video on every platform and lets it follow the displayed video rectangle exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QResizeEvent
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QSizePolicy,
    QWidget,
)

from proofreader.ui.player.subtitle_overlay import SubtitleOverlay

BACKGROUND = QColor(16, 16, 18)
EMPTY_FRAME = QColor(34, 35, 38)  # the stand-in 16:9 frame when there is no picture
MESSAGE_COLOR = QColor(190, 192, 196)
ERROR_COLOR = QColor(240, 184, 96)  # amber: something is wrong, but nothing is lost
FALLBACK_ASPECT = 16 / 9


class VideoView(QGraphicsView):
    """Shows the video scaled to fit, a centred message when there is no picture, and subtitles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setBackgroundBrush(QBrush(BACKGROUND))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.frame_item = QGraphicsRectItem()
        self.frame_item.setBrush(QBrush(EMPTY_FRAME))
        self.frame_item.setPen(Qt.PenStyle.NoPen)
        self._scene.addItem(self.frame_item)
        self.video_item = QGraphicsVideoItem()
        self.video_item.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.video_item.setZValue(1)
        self.video_item.nativeSizeChanged.connect(self._relayout)
        self._scene.addItem(self.video_item)
        self.message_item = QGraphicsTextItem()
        self.message_item.setDefaultTextColor(MESSAGE_COLOR)
        self.message_item.setZValue(5)
        option = self.message_item.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message_item.document().setDefaultTextOption(option)
        self._scene.addItem(self.message_item)
        self.overlay = SubtitleOverlay(self._scene)
        self._has_picture = False

    def set_message(self, text: str, error: bool = False) -> None:
        """A centred sentence in place of the picture ("" hides it); errors are shown in amber."""
        self.message_item.setDefaultTextColor(ERROR_COLOR if error else MESSAGE_COLOR)
        self.message_item.setPlainText(text)
        self._relayout()

    def message(self) -> str:
        return self.message_item.toPlainText() if self.message_item.isVisible() else ""

    def set_has_picture(self, has_picture: bool) -> None:
        """Whether video frames are expected; without them a neutral 16:9 frame stands in."""
        self._has_picture = has_picture
        self.video_item.setVisible(has_picture)
        self._relayout()

    def video_rect(self) -> QRectF:
        """Where the picture (or its stand-in frame) is drawn, in scene coordinates."""
        native = self.video_item.nativeSize()
        aspect = (
            native.width() / native.height()
            if self._has_picture and native.width() > 0 and native.height() > 0
            else FALLBACK_ASPECT
        )
        area = QRectF(self.viewport().rect())
        width = min(area.width(), area.height() * aspect)
        height = width / aspect
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        area = QRectF(self.viewport().rect())
        self._scene.setSceneRect(area)
        self.video_item.setPos(0, 0)
        self.video_item.setSize(QSizeF(area.size()))
        rect = self.video_rect()
        self.frame_item.setRect(rect)
        self.frame_item.setVisible(not self._has_picture)
        self._layout_message(rect)
        self.overlay.set_video_rect(rect)

    def _layout_message(self, rect: QRectF) -> None:
        text = self.message_item.toPlainText()
        self.message_item.setVisible(bool(text))
        if not text:
            return
        font = QFont(self.message_item.font())
        font.setPixelSize(max(12, min(22, round(rect.height() * 0.05))))
        self.message_item.setFont(font)
        self.message_item.setTextWidth(max(80.0, rect.width() * 0.8))
        bounds = self.message_item.boundingRect()
        # Sit in the upper part of the frame so the subtitle area below stays free.
        self.message_item.setPos(
            rect.center().x() - bounds.width() / 2,
            rect.top() + rect.height() * 0.38 - bounds.height() / 2,
        )
