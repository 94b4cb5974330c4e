"""Filtering the translations table by title text, language and status (a proxy model)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from proofreader.heygen import TranslationStatus
from proofreader.ui.translations.translations_model import (
    ID_ROLE,
    LANGUAGE,
    SORT_ROLE,
    STATUS_ROLE,
    TITLE,
)


class TranslationsFilter(QSortFilterProxyModel):
    """Shows the rows whose title contains the text and whose language and status match."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._language: str | None = None
        self._status: TranslationStatus | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_title_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_language(self, language: str | None) -> None:
        self._change(lambda: setattr(self, "_language", language or None))

    def set_status(self, status: TranslationStatus | None) -> None:
        self._change(lambda: setattr(self, "_status", status))

    def _change(self, change: Callable[[], None]) -> None:
        """Re-filter every row after `change` (Qt 6.9+ wants begin/endFilterChange around it)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt 6.8
            change()
            self.invalidateRowsFilter()

    def is_filtering(self) -> bool:
        return bool(self._text) or self._language is not None or self._status is not None

    def translation_id(self, row: int) -> str:
        return str(self.data(self.index(row, TITLE), ID_ROLE))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if model is None:
            return False
        if self._text:
            title = str(model.index(source_row, TITLE, source_parent).data() or "")
            if self._text not in title.casefold():
                return False
        if self._language is not None:
            language = model.index(source_row, LANGUAGE, source_parent).data()
            if language != self._language:
                return False
        if self._status is not None:
            status = model.index(source_row, TITLE, source_parent).data(STATUS_ROLE)
            if status != self._status.value:
                return False
        return True
