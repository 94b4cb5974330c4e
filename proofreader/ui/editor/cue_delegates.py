"""Cell painting and the in-cell translation editor of the cue table.

CueDelegate adds what the style cannot: the accent bar on edited cues, two lines of text with
the rest elided, and the right base direction for right-to-left text (so Arabic punctuation
sits where a reader expects it). TranslationDelegate edits the translation in a small
multi-line editor: Enter commits, Shift+Enter starts a new line, Esc cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QFrame,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from proofreader.subtitles.document import DocumentCue
from proofreader.ui.editor.cue_columns import LIVE_TEXT_ROLE, ROW_ROLE, RTL_ROLE, Column

if TYPE_CHECKING:
    from proofreader.ui.editor.cue_table_view import CueTableView

ModelIndex = QModelIndex | QPersistentModelIndex
_BAR_WIDTH = 3
_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_LINE_SEPARATOR = "\u2028"
_TEXT_MARGIN = 4


def draw_text_lines(
    painter: QPainter, rect: QRectF, text: str, option: QStyleOptionViewItem
) -> None:
    """Wrap `text` into `rect`, drawing as many whole lines as fit and eliding the last one.

    The item view's own wrapping shows a half-cut third line instead; subtitles are short, so
    laying them out per paint is cheap.
    """
    font = option.font
    direction = option.direction
    metrics = QFontMetricsF(font)
    line_height = metrics.lineSpacing()
    max_lines = max(1, int(rect.height() // line_height))
    text_option = QTextOption(Qt.AlignmentFlag.AlignLeading)
    text_option.setTextDirection(direction)
    text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    text = text.replace("\n", _LINE_SEPARATOR)  # the item view passes U+2028 already
    layout = QTextLayout(text, font)
    layout.setTextOption(text_option)
    layout.beginLayout()
    lines: list[QTextLine] = []
    while len(lines) <= max_lines:  # one more than fits tells us whether to elide
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, len(lines) * line_height))
        lines.append(line)
    layout.endLayout()
    painter.save()
    painter.setLayoutDirection(direction)
    origin = rect.topLeft()
    for line in lines[: max_lines - 1] if len(lines) > max_lines else lines:
        line.draw(painter, origin)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        rest = text[last.textStart() :].replace(_LINE_SEPARATOR, " ")
        elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width())
        y = rect.y() + (max_lines - 1) * line_height
        align = (
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        painter.drawText(
            QRectF(rect.x(), y, rect.width(), line_height),
            int(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop),
            elided,
        )
    painter.restore()


class CueDelegate(QStyledItemDelegate):
    """Paints the # and text cells: the edited bar, right-to-left text, two elided lines.

    The other columns use Qt's own delegate (no Python per cell), which keeps painting cheap.
    """

    def __init__(self, view: CueTableView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() in (Column.ORIGINAL, Column.TRANSLATION) and index.data(RTL_ROLE):
            option.direction = Qt.LayoutDirection.RightToLeft

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        if index.column() in (Column.ORIGINAL, Column.TRANSLATION):
            self._paint_text(painter, option, index)
            return
        super().paint(painter, option, index)
        if index.column() == Column.NUMBER:
            entry = index.data(ROW_ROLE)
            if isinstance(entry, DocumentCue) and entry.is_edited:
                rect = option.rect
                painter.fillRect(
                    rect.x(), rect.y(), _BAR_WIDTH, rect.height(), self._view.colors().accent
                )

    def _paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        state = opt.state
        group = (
            QPalette.ColorGroup.Normal
            if state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        selected = bool(state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(group, role))
        rect = QRectF(opt.rect).adjusted(_TEXT_MARGIN, 2, -_TEXT_MARGIN, -2)
        draw_text_lines(painter, rect, text, opt)


class CellTextEditor(QTextEdit):
    """The in-cell editor: plain text, no frame, Tab moves on instead of inserting a tab.

    A QTextEdit in plain-text mode, because it right-aligns right-to-left paragraphs.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.initial_text = ""  # the cell's text when editing began (what Escape goes back to)
        # True until the model's text is in and while it is put in: not keystrokes (a highlighter
        # attached before that makes the empty editor report a change).
        self.loading = True


class TranslationDelegate(CueDelegate):
    """Edits the Translation column in a CellTextEditor."""

    editor_created = Signal(QWidget)  # a new in-cell editor (spelling attaches to it)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = CellTextEditor(parent)
        editor.setFont(option.font)
        editor.initial_text = index.data(Qt.ItemDataRole.EditRole) or ""
        cell = QPersistentModelIndex(index)
        model = index.model()

        def typed() -> None:  # every keystroke is an edit at once: a crash loses none of it
            if cell.isValid() and not editor.loading:
                model.setData(model.index(cell.row(), cell.column()), editor.toPlainText(),
                              LIVE_TEXT_ROLE)  # fmt: skip

        editor.textChanged.connect(typed)
        model.setData(index, None, LIVE_TEXT_ROLE)  # its typing is one undo step of its own
        self.editor_created.emit(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if not isinstance(editor, CellTextEditor):
            return
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if editor.toPlainText() != text:
            editor.loading = True
            editor.setPlainText(text)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.loading = False

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, QTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> None:
        rect = option.rect
        lines = max(3, (index.data(Qt.ItemDataRole.EditRole) or "").count("\n") + 2)
        height = editor.fontMetrics().lineSpacing() * lines + 10
        viewport = editor.parentWidget()
        if viewport is not None:
            height = min(height, max(rect.height(), viewport.height() - rect.y()))
        editor.setGeometry(rect.x(), rect.y(), rect.width(), max(rect.height(), height))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, CellTextEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and editor.toPlainText() != editor.initial_text
        ):
            editor.setPlainText(editor.initial_text)  # Escape takes the cell's typing back
        if (
            isinstance(editor, QTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _RETURN_KEYS
        ):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                editor.insertPlainText("\n")
                return True
            if modifiers == Qt.KeyboardModifier.NoModifier:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)
