"""CueFilterProxy: show only flagged, edited or unreviewed cues.

The test per row reads the document and the checker directly (no Qt data() round trip), so a
full re-filter of 20,000 rows stays cheap; it runs only when the mode changes. After that the
proxy's dynamic filtering re-tests just the rows the model reports as changed. The current row
is pinned, so a cue does not vanish under the editor's cursor while being fixed; a hidden row
can be revealed so that it can become current (a find match, a jump).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from proofreader.subtitles.document import ReviewState
from proofreader.ui.editor.cue_table_model import CueTableModel


class FilterMode(enum.Enum):
    ALL = "all"
    FLAGGED = "flagged"  # has findings, or marked flagged in review
    EDITED = "edited"  # text or timing differs from the machine translation
    UNREVIEWED = "unreviewed"


#: In English: the window translates them where shown (window/edit_commands.filter_label).
FILTER_LABELS = {
    FilterMode.ALL: "All cues",
    FilterMode.FLAGGED: "Flagged",
    FilterMode.EDITED: "Edited",
    FilterMode.UNREVIEWED: "Unreviewed",
}


class CueFilterProxy(QSortFilterProxyModel):
    """Filters a CueTableModel by FilterMode. Rows keep document order (no sorting)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = FilterMode.ALL
        self._pinned = -1
        self._revealed = -1
        self._accept: Callable[[int], bool] = lambda _row: True
        self.setDynamicSortFilter(True)

    def cue_model(self) -> CueTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, CueTableModel) else None

    def setSourceModel(self, model: CueTableModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        self._change_filter(lambda: None)

    @property
    def mode(self) -> FilterMode:
        return self._mode

    def set_mode(self, mode: FilterMode) -> None:
        if mode is self._mode:
            return
        self._change_filter(lambda: setattr(self, "_mode", mode))

    def _change_filter(self, change: Callable[[], None]) -> None:
        """Re-filter every row after `change` (Qt 6.9+ wants begin/endFilterChange around it)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self._accept = self._make_test()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt 6.8
            change()
            self._accept = self._make_test()
            self.invalidateRowsFilter()

    def set_pinned_row(self, source_row: int) -> None:
        """Keep this source row (the current cue) visible whatever the filter says; -1: none."""
        if source_row == self._pinned:
            return
        old, self._pinned = self._pinned, source_row
        if self._revealed == source_row:
            self._revealed = -1
        if old >= 0 and old != self._revealed:
            self._retest(old)  # it may leave the view now

    def reveal_row(self, source_row: int) -> None:
        """Show a row the filter hides (one about to become current, e.g. a find match)."""
        if source_row < 0 or source_row == self._pinned or self._accept(source_row):
            return
        old, self._revealed = self._revealed, source_row
        self._retest(source_row)
        if old >= 0 and old != self._pinned:
            self._retest(old)

    @property
    def pinned_row(self) -> int:
        return self._pinned

    def _retest(self, source_row: int) -> None:
        model = self.cue_model()
        if model is not None and self._mode is not FilterMode.ALL:
            model.refresh_rows(source_row, source_row)  # dynamic filtering re-tests the row

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return (
            source_row == self._pinned or source_row == self._revealed or self._accept(source_row)
        )

    def _make_test(self) -> Callable[[int], bool]:
        model = self.cue_model()
        mode = self._mode
        if model is None or mode is FilterMode.ALL:
            return lambda _row: True
        document = model.document
        if mode is FilterMode.EDITED:
            return lambda row: document[row].is_edited
        if mode is FilterMode.UNREVIEWED:
            unreviewed = ReviewState.UNREVIEWED
            return lambda row: document[row].review is unreviewed
        findings = model.checker.findings
        flagged = ReviewState.FLAGGED
        return lambda row: bool(findings(row)) or document[row].review is flagged
