"""Rows that grow to show their whole text, measured only where the user looks.

Proofreading is reading: a cue's full translation must be visible in the table, so a row is as
tall as its longest wrapped text. Measuring 20,000 rows at load would cost seconds, so only the
rows in the viewport are measured (after a scroll, a resize, an edit), and each measurement is
cached by (texts, widths): typing re-measures one cue, scrolling back costs a lookup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from proofreader.ui.editor.cue_columns import TEXT_COLUMNS

if TYPE_CHECKING:
    from proofreader.ui.editor.cue_table_view import CueTableView

_LINE_SEPARATOR = "\u2028"
_CACHE_LIMIT = 20_000
TEXT_MARGIN = 4  # each side of a text cell (the delegate draws inside it)
ROW_PADDING = 8


def wrapped_line_count(text: str, font: QFont, width: float) -> int:
    """How many lines `text` takes when wrapped at word boundaries into `width` pixels."""
    if not text:
        return 1
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text.replace("\n", _LINE_SEPARATOR), font)
    layout.setTextOption(option)
    layout.beginLayout()
    count = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        count += 1
    layout.endLayout()
    return max(1, count)


class RowHeightFitter(QObject):
    """Keeps the visible rows of a CueTableView as tall as their text needs (at least
    `min_lines` lines). Work is coalesced into one pass per event-loop turn."""

    def __init__(self, view: CueTableView, min_lines: int = 2) -> None:
        super().__init__(view)
        self._view = view
        self._min_lines = min_lines
        self._cache: dict[tuple[str, str, int, int], int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit_visible)
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def follow(self, model: QObject | None) -> None:
        """Re-measure when the model's rows change (connect once per model)."""
        if model is None:
            return
        for signal in ("rowsInserted", "rowsRemoved", "modelReset", "layoutChanged"):
            getattr(model, signal).connect(self.schedule)
        model.dataChanged.connect(self._on_data_changed)  # type: ignore[attr-defined]
        self.schedule()

    def _on_data_changed(self, first: QModelIndex, last: QModelIndex, *_roles: object) -> None:
        """Typing changes one row: measure just that one, at once (no extra pass)."""
        if first.row() != last.row():
            self.schedule()
            return
        row, view = first.row(), self._view
        top = view.rowViewportPosition(row)
        if view.model() is first.model() and -view.rowHeight(row) < top < view.viewport().height():
            height = self._needed(row)
            if view.rowHeight(row) != height:
                view.setRowHeight(row, height)

    def schedule(self, *_args: object) -> None:
        self._timer.start()

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column in TEXT_COLUMNS:
            self.schedule()

    def row_height(self, lines: int) -> int:
        return self._view.fontMetrics().lineSpacing() * lines + ROW_PADDING

    def fit_visible(self) -> None:
        """Measure the rows in view; repeat while growing rows change what is in view."""
        view = self._view
        model = view.model()
        if model is None or model.rowCount() == 0:
            return
        for _ in range(3):
            first = max(0, view.rowAt(0))
            last = view.rowAt(view.viewport().height() - 1)
            last = model.rowCount() - 1 if last < 0 else last
            changed = False
            for row in range(first, last + 1):
                height = self._needed(row)
                if view.rowHeight(row) != height:
                    view.setRowHeight(row, height)
                    changed = True
            if not changed:
                break

    def _needed(self, row: int) -> int:
        view = self._view
        model = view.model()
        assert model is not None
        widths = [
            -1 if view.isColumnHidden(c) else view.columnWidth(c) - 2 * TEXT_MARGIN
            for c in TEXT_COLUMNS
        ]
        texts = [str(model.index(row, c, QModelIndex()).data() or "") for c in TEXT_COLUMNS]
        key = (texts[0], texts[1], widths[0], widths[1])
        height = self._cache.get(key)
        if height is None:
            # The translation sets the height (it is what is read and edited); the original,
            # often in a narrower column, is cut to that many lines with "…" (whole in the
            # pane and the tooltip). Without a Translation column, the original decides.
            font = view.font()
            pairs = list(zip(texts, widths, strict=True))
            deciding = pairs[1:] if widths[1] > 0 else pairs[:1]
            counts = [wrapped_line_count(t, font, w) for t, w in deciding if w > 0]
            lines = max([self._min_lines, *counts])
            height = self.row_height(lines)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = height
        return height

    def forget(self) -> None:
        """Drop the cache (the font changed)."""
        self._cache.clear()
        self.schedule()
