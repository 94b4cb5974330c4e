"""Text fields of the cue pane whose undo is the document's undo stack.

A text field normally keeps its own undo history and takes Ctrl+Z for itself. Here every
keystroke is already a document edit, so Ctrl+Z / Ctrl+Shift+Z go to the one stack: as a
shortcut when the window has one, else handled here. The translation field also shows each
line's character count against the limit in a gutter beside the text.

They are QTextEdits in plain-text mode rather than QPlainTextEdits: only QTextEdit lays out a
right-to-left paragraph right-aligned (QPlainTextEdit keeps every line at the left edge).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from proofreader.subtitles.display import format_number
from proofreader.ui.editor.colors import mix
from proofreader.ui.editor.undo import DocumentUndo


def _is_undo_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )


def common_affixes(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and (non-overlapping) common suffix of two texts."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def moved_position(position: int, old: str, new: str) -> int:
    """Where a cursor at `position` in `old` belongs in `new`, so it stays on the same words."""
    prefix, suffix = common_affixes(old, new)
    if position <= prefix:
        return position
    if position >= len(old) - suffix:
        return position + len(new) - len(old)
    return len(new) - suffix  # inside the changed part: just after it


class StackTextEdit(QTextEdit):
    """A plain-text field whose Ctrl+Z / redo act on the document's undo stack."""

    def __init__(self, undo: DocumentUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self._undo = undo
        self.before_stack_step: Callable[[], None] | None = None  # e.g. commit a pending note
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def set_text_keeping_cursor(self, text: str) -> None:
        """Replace the text (changed by undo, replace...) keeping the cursor on the same words."""
        old = self.toPlainText()
        if old == text:
            return
        cursor = self.textCursor()
        anchor = moved_position(cursor.anchor(), old, text)
        position = moved_position(cursor.position(), old, text)
        scroll = self.verticalScrollBar().value()
        self.setPlainText(text)
        cursor = self.textCursor()
        length = len(text)
        # QTextCursor positions count UTF-16 units; offsets of BMP text agree (nearly all text).
        cursor.setPosition(min(anchor, length))
        cursor.setPosition(min(position, length), cursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _is_undo_key(event)
        ):
            if self.before_stack_step is not None:
                self.before_stack_step()
            return True  # not accepted: the window's Undo/Redo shortcut (if any) takes it
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_undo_key(event):
            if self.before_stack_step is not None:
                self.before_stack_step()
            if event.matches(QKeySequence.StandardKey.Undo):
                self._undo.stack.undo()
            else:
                self._undo.stack.redo()
            return
        super().keyPressEvent(event)


class _CountGutter(QWidget):
    def __init__(self, edit: TranslationEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def sizeHint(self) -> QSize:
        return QSize(self._edit.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._edit.paint_counts(self, event)


class TranslationEdit(StackTextEdit):
    """The translation field, with 'characters / limit' beside each line of the cue."""

    def __init__(self, undo: DocumentUndo, parent: QWidget | None = None) -> None:
        super().__init__(undo, parent)
        self._counts: Sequence[float] = ()
        self._over: Sequence[bool] = ()
        self._limit: float | None = None
        self._normal = QColor(Qt.GlobalColor.gray)
        self._alert = QColor(Qt.GlobalColor.red)
        self._gutter = _CountGutter(self)
        scroll = self.verticalScrollBar()
        scroll.valueChanged.connect(self._gutter.update)
        scroll.rangeChanged.connect(lambda *_: self._place_gutter())
        self.textChanged.connect(self._gutter.update)
        self._update_margins()

    def set_counts(
        self, counts: Sequence[float], over: Sequence[bool], limit: float | None
    ) -> None:
        """Per-line character counts (one per line of the text) and which are over the limit."""
        changed = limit != self._limit
        self._counts, self._over, self._limit = tuple(counts), tuple(over), limit
        if changed:
            self._update_margins()
        self._gutter.update()

    def set_count_colors(self, normal: QColor, alert: QColor) -> None:
        self._normal, self._alert = normal, alert
        self._gutter.update()

    def line_counts(self) -> tuple[str, ...]:
        """The texts the gutter shows, one per line (for tests and accessibility)."""
        return tuple(self._count_text(i) for i in range(len(self._counts)))

    def _count_text(self, line: int) -> str:
        count = format_number(self._counts[line])
        return count if self._limit is None else f"{count}/{format_number(self._limit)}"

    def gutter_width(self) -> int:
        sample = "000" if self._limit is None else f"000/{format_number(self._limit)}"
        return self.fontMetrics().horizontalAdvance(sample) + 12

    def _update_margins(self) -> None:
        self.setViewportMargins(0, 0, self.gutter_width(), 0)
        self._place_gutter()

    def _place_gutter(self) -> None:
        """Just right of the text area (and left of a vertical scroll bar, if one shows)."""
        area = self.viewport().geometry()
        self._gutter.setGeometry(
            QRect(area.right() + 1, area.top(), self.gutter_width(), area.height())
        )

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place_gutter()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_margins()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._undo.seal()  # typing after coming back is a new undo step

    def paint_counts(self, gutter: QWidget, event: QPaintEvent) -> None:
        painter = QPainter(gutter)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(event.rect(), base)
        painter.setPen(mix(base, palette.color(QPalette.ColorRole.Text), 0.15))
        painter.drawLine(0, event.rect().top(), 0, event.rect().bottom())
        document = self.document()
        layout = document.documentLayout()
        scrolled = self.verticalScrollBar().value()
        fm = self.fontMetrics()
        width = gutter.width() - 6
        bottom_limit = event.rect().bottom()
        block = document.begin()
        while block.isValid():
            top = layout.blockBoundingRect(block).top() - scrolled
            if top > bottom_limit:
                break
            number = block.blockNumber()
            first_line = block.layout().lineAt(0) if block.layout().lineCount() else None
            line_top = top + (first_line.y() if first_line is not None else 0)
            if number < len(self._counts) and line_top + fm.height() >= 0:
                over = number < len(self._over) and self._over[number]
                painter.setPen(self._alert if over else self._normal)
                font = painter.font()
                font.setBold(over)
                painter.setFont(font)
                painter.drawText(
                    0,
                    round(line_top),
                    width,
                    fm.height(),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    self._count_text(number),
                )
            block = block.next()
        painter.end()
