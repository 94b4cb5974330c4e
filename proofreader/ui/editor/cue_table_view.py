"""CueTableView: the cue table, fast with 20,000 rows.

Qt never measures rows: a RowHeightFitter grows the rows in view to their whole wrapped text
(at least two lines), and column widths come from font metrics, never from scanning contents.
Timing is compact (In and Duration; Out on demand from the header's menu) so that Original and
Translation, which stretch, get the room. Rows are addressed by source row (document position)
in the public API, whatever filter sits in between.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from proofreader.ui.editor.colors import EditorColors
from proofreader.ui.editor.cue_columns import TEXT_COLUMNS, VISUAL_ORDER, Column
from proofreader.ui.editor.cue_delegates import CueDelegate, TranslationDelegate
from proofreader.ui.editor.cue_filter import CueFilterProxy
from proofreader.ui.editor.cue_table_model import CueTableModel
from proofreader.ui.editor.row_heights import RowHeightFitter

_SAMPLE_TEXT = {
    Column.NUMBER: "0000",
    Column.IN: "00:00.000",
    Column.OUT: "00:00.000",
    Column.DURATION: "0.000",
    Column.CPS: "00.0",
    Column.FIT: "000%",
    Column.REVIEW: "⚑ ✎",
}
# Columns the header's context menu can hide and show again; Out starts hidden.
OPTIONAL_COLUMNS = (
    Column.IN,
    Column.OUT,
    Column.DURATION,
    Column.CPS,
    Column.FIT,
    Column.ORIGINAL,
    Column.REVIEW,
)
DEFAULT_HIDDEN = frozenset({Column.OUT})
# The translation is what is being read: it gets at least this many characters a line (when
# the table has room) and 58 % of the text room; the original takes the rest, down to a floor.
TRANSLATION_MIN_CHARS = 28
TRANSLATION_SHARE = 0.58
ORIGINAL_MIN_CHARS = 18
# What steps aside, in this order, when the table is too narrow for a readable translation
# (the duration last: the cue pane's timing shows it; it matters on a 1280 px screen at 1.5×).
AUTO_HIDE_ORDER = (Column.FIT, Column.CPS, Column.ORIGINAL, Column.DURATION)


class CueTableView(QTableView):
    """The table of cues. Set a CueFilterProxy (or a CueTableModel) with setModel."""

    current_row_changed = Signal(int)  # source row, -1 when none
    hidden_columns_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = EditorColors.from_palette(self.palette())
        self._playing = -1
        self._follow = False
        self._proxy: CueFilterProxy | None = None
        self._model: CueTableModel | None = None
        self._hidden: set[Column] = set(DEFAULT_HIDDEN)
        self._auto_hidden: set[Column] = set()
        self._widths: dict[Column, int] = {}  # natural widths of the non-text columns
        self._sharing = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(24)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._rows = RowHeightFitter(self)
        self._delegate = CueDelegate(self)
        self._translation_delegate = TranslationDelegate(self)
        for column in (Column.NUMBER, Column.ORIGINAL):
            self.setItemDelegateForColumn(column, self._delegate)
        self.setItemDelegateForColumn(Column.TRANSLATION, self._translation_delegate)
        self.doubleClicked.connect(self._edit_translation_of)
        self._apply_metrics()

    # ----- model -----

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Takes a CueFilterProxy over a CueTableModel, or a CueTableModel directly."""
        old = self.selectionModel()
        if old is not None:
            old.currentRowChanged.disconnect(self._on_current_row)
        self._playing = -1  # row numbers of another document mean nothing here
        self._proxy = model if isinstance(model, CueFilterProxy) else None
        source = self._proxy.sourceModel() if self._proxy is not None else model
        self._model = source if isinstance(source, CueTableModel) else None
        super().setModel(model)
        selection = self.selectionModel()
        if selection is not None:
            selection.currentRowChanged.connect(self._on_current_row)
        if self._model is not None:
            self._model.set_colors(self._colors)
        self._apply_metrics()
        self._rows.follow(model)

    def cue_model(self) -> CueTableModel | None:
        return self._model

    def source_row(self, index: QModelIndex) -> int:
        """The document row of a view index (-1 for an invalid one)."""
        if not index.isValid():
            return -1
        if self._proxy is not None:
            index = self._proxy.mapToSource(index)
        return index.row()

    def view_index(self, row: int, column: int = Column.NUMBER) -> QModelIndex:
        """The view index of a document row (invalid when the filter hides it)."""
        if self._model is None or not 0 <= row < self._model.rowCount():
            return QModelIndex()
        index = self._model.index(row, column)
        return self._proxy.mapFromSource(index) if self._proxy is not None else index

    def current_row(self) -> int:
        return self.source_row(self.currentIndex())

    def selected_rows(self) -> list[int]:
        """Document rows of the selection, in document order."""
        selection = self.selectionModel()
        if selection is None:
            return []
        return sorted({self.source_row(i) for i in selection.selectedRows()})

    # ----- selecting and following playback -----

    def select_row(self, row: int) -> None:
        """Make a document row current and selected, showing it even if the filter hides it."""
        if self._proxy is not None and row >= 0:
            self._proxy.reveal_row(row)  # pinned once it is current
        current = self.currentIndex()
        index = self.view_index(row, current.column() if current.isValid() else Column.NUMBER)
        selection = self.selectionModel()
        if not index.isValid() or selection is None:
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def highlight_row(self, row: int) -> None:
        """Tint the row under the playhead (-1: none); scroll to it when following playback."""
        if row == self._playing:
            return
        old, self._playing = self._playing, row
        for r in (old, row):
            self._update_row(r)
        if self._follow and row >= 0 and self.state() != QAbstractItemView.State.EditingState:
            index = self.view_index(row)
            if index.isValid():
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def playing_row(self) -> int:
        return self._playing

    @property
    def follow_playback(self) -> bool:
        return self._follow

    @follow_playback.setter
    def follow_playback(self, on: bool) -> None:
        self.set_follow_playback(on)

    def set_follow_playback(self, on: bool) -> None:
        """Keep the playing cue in view while playing."""
        self._follow = on
        if on and self._playing >= 0:
            index = self.view_index(self._playing)
            if index.isValid():
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def colors(self) -> EditorColors:
        return self._colors

    # ----- columns on demand -----

    def hidden_columns(self) -> set[Column]:
        return set(self._hidden)

    def set_hidden_columns(self, columns: set[Column]) -> None:
        """Hide these optional columns and show the others (remembered by the window)."""
        self._hidden = {c for c in columns if c in OPTIONAL_COLUMNS}
        self._apply_hidden()
        self.hidden_columns_changed.emit()

    def _apply_hidden(self) -> None:
        if self.model() is None:
            return
        for column in OPTIONAL_COLUMNS:
            self.setColumnHidden(column, column in self._hidden or column in self._auto_hidden)
        self._share_text_room()

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def column_menu(self) -> QMenu:
        """The header's context menu: a tick per optional column."""
        menu = QMenu(self)
        for column in OPTIONAL_COLUMNS:
            title = self.tr("Review marks") if column is Column.REVIEW else self._title(column)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column not in self._hidden)
            action.toggled.connect(
                lambda on, c=column: self.set_hidden_columns(
                    self._hidden - {c} if on else self._hidden | {c}
                )
            )
        return menu

    # ----- internals -----

    def _update_row(self, row: int) -> None:
        index = self.view_index(row)
        if not index.isValid():
            return
        rect = self.visualRect(index)
        if rect.isValid():
            self.viewport().update(0, rect.y(), self.viewport().width(), rect.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._playing < 0:
            return
        index = self.view_index(self._playing)
        if not index.isValid():
            return
        y = self.rowViewportPosition(index.row())
        height = self.rowHeight(index.row())
        viewport = self.viewport()
        if y + height < 0 or y > viewport.height():
            return
        # A wash over the row under the playhead, drawn once rather than by every cell.
        painter = QPainter(viewport)
        wash = QColor(self._colors.accent)
        wash.setAlpha(40)
        painter.fillRect(0, y, viewport.width(), height, wash)
        painter.end()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.source_row(current)
        if self._proxy is not None and row >= 0:
            self._proxy.set_pinned_row(row)
        self.current_row_changed.emit(row)

    def _edit_translation_of(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != Column.TRANSLATION:
            self.edit(index.siblingAtColumn(Column.TRANSLATION))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (
            event.key() == Qt.Key.Key_F2
            and current.isValid()
            and current.column() != Column.TRANSLATION
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.edit(current.siblingAtColumn(Column.TRANSLATION))
            return
        super().keyPressEvent(event)

    def _apply_metrics(self) -> None:
        fm = self.fontMetrics()
        row_height = self._rows.row_height(2)
        vertical = self.verticalHeader()
        vertical.setMinimumSectionSize(row_height)
        vertical.setDefaultSectionSize(row_height)
        header = self.horizontalHeader()
        if header.count() < len(Column):
            return
        for visual, column in enumerate(VISUAL_ORDER):
            if header.visualIndex(column) != visual:
                header.moveSection(header.visualIndex(column), visual)
        padding = 12
        for column, sample in _SAMPLE_TEXT.items():
            width = max(fm.horizontalAdvance(sample), fm.horizontalAdvance(self._title(column)))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width + padding)
            self._widths[column] = width + padding
        header.setSectionResizeMode(Column.FLAGS, QHeaderView.ResizeMode.Fixed)
        self._widths[Column.FLAGS] = max(28, fm.height() + 12)
        header.resizeSection(Column.FLAGS, self._widths[Column.FLAGS])
        header.setSectionResizeMode(Column.ORIGINAL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TRANSLATION, QHeaderView.ResizeMode.Stretch)
        self._apply_hidden()
        self._share_text_room()

    def _share_text_room(self) -> None:
        """Give Translation (which stretches) the larger share of the text room. When the
        table is too narrow for a readable translation, Fit, CPS and then Original step aside
        (the cue pane and the preview still show them) and come back when there is room."""
        header = self.horizontalHeader()
        if self._sharing or header.count() < len(Column) or not self._widths:
            return
        self._sharing = True
        try:
            char = self.fontMetrics().averageCharWidth()
            need_translation = TRANSLATION_MIN_CHARS * char + 12
            need_original = ORIGINAL_MIN_CHARS * char
            shown = {c for c in Column if c not in self._hidden}
            width = self.viewport().width()
            auto: set[Column] = set()
            for column in (None, *AUTO_HIDE_ORDER):
                if column is not None:
                    auto.add(column)
                kept = shown - auto
                fixed = sum(self._widths.get(c, 0) for c in kept if c not in TEXT_COLUMNS)
                room = width - fixed - (need_original if Column.ORIGINAL in kept else 0)
                if room >= need_translation:
                    break
            self._auto_hidden = auto
            for column in OPTIONAL_COLUMNS:
                hidden = column in self._hidden or column in auto
                if self.isColumnHidden(column) != hidden:
                    self.setColumnHidden(column, hidden)
            if self.isColumnHidden(Column.ORIGINAL):
                return
            fixed = sum(self._widths.get(c, 0) for c in shown - auto if c not in TEXT_COLUMNS)
            room = width - fixed
            translation = max(need_translation, int(room * TRANSLATION_SHARE))
            header.resizeSection(Column.ORIGINAL, max(need_original, room - translation))
        finally:
            self._sharing = False

    def auto_hidden_columns(self) -> set[Column]:
        """The columns hidden for want of room (they return when the table widens)."""
        return set(self._auto_hidden)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_text_room()

    def _title(self, column: Column) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colors = EditorColors.from_palette(self.palette())
            if self._model is not None:
                self._model.set_colors(self._colors)
        elif kind == QEvent.Type.FontChange:
            self._apply_metrics()
            self._rows.forget()
