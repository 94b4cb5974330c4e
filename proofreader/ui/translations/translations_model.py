"""The account's video translations as a table, loaded one page at a time as the view scrolls.

canFetchMore/fetchMore start an async page request (one at a time); rows are appended when it
answers. A refresh starts again from the first page; answers to an older request are
dropped. Renames edit the title column in place and go back if the service refuses.
"""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from proofreader.heygen import TranslationPage, TranslationStatus, VideoTranslation
from proofreader.ui.async_ops import run_async
from proofreader.ui.i18n import translate
from proofreader.workflow import TranslationsService

Index = QModelIndex | QPersistentModelIndex
COLUMN_COUNT = 5
TITLE, LANGUAGE, STATUS, CREATED, DURATION = range(COLUMN_COUNT)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE_SIZE = 50


def status_text(status: TranslationStatus) -> str:
    """The status as the table shows it, in the interface's language."""
    texts = {
        TranslationStatus.PENDING: translate("TranslationsModel", "Queued"),
        TranslationStatus.RUNNING: translate("TranslationsModel", "Rendering"),
        TranslationStatus.COMPLETED: translate("TranslationsModel", "Completed"),
        TranslationStatus.FAILED: translate("TranslationsModel", "Failed"),
        TranslationStatus.UNKNOWN: translate("TranslationsModel", "Unknown"),
    }
    return texts[status]


def duration_text(seconds: float | None) -> str:
    if seconds is None or seconds < 0:
        return ""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def created_text(when: datetime | None) -> str:
    return "" if when is None else when.astimezone().strftime("%Y-%m-%d %H:%M")


def title_of(item: VideoTranslation) -> str:
    return item.title or translate("TranslationsModel", "(untitled)")


class TranslationsModel(QAbstractTableModel):
    """Rows are VideoTranslation snapshots, newest first as the service lists them."""

    loading_changed = Signal(bool)
    error = Signal(str)  # a sentence: a page, a rename or a reload failed
    languages_changed = Signal()  # a language not seen before was loaded (filter choices)
    page_loaded = Signal()

    def __init__(
        self,
        translations: TranslationsService | None = None,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._translations = translations
        self._page_size = page_size
        self._items: list[VideoTranslation] = []
        self._token: str | None = None
        self._more = translations is not None
        self._task: asyncio.Task[TranslationPage] | None = None  # the page request under way
        self._announced_loading = False
        self._ticket = 0  # numbers page requests: an answer to an older one is dropped
        self._failed = False
        self._languages: set[str] = set()

    # -- state ----------------------------------------------------------------------------------
    def set_service(self, translations: TranslationsService | None) -> None:
        """Another connection: start over from its first page (on the next fetch)."""
        self._translations = translations
        self.reset()

    def reset(self) -> None:
        """Forget every row; the view asks for the first page again."""
        self._ticket += 1
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
        self.beginResetModel()
        self._items = []
        self._token = None
        self._more = self._translations is not None
        self._failed = False
        self._languages = set()
        self.endResetModel()
        self._announce_loading()
        self.languages_changed.emit()

    def refresh(self) -> None:
        """Reload from the first page now."""
        self.reset()
        self.fetchMore(QModelIndex())

    def is_loading(self) -> bool:
        # Not task.done(): a finished task's callback runs a turn later, and until it has
        # recorded the page's token a new request would ask for the same page again.
        return self._task is not None

    def has_more(self) -> bool:
        return self._more

    def languages(self) -> list[str]:
        return sorted(self._languages)

    def item(self, row: int) -> VideoTranslation:
        return self._items[row]

    def items(self) -> list[VideoTranslation]:
        return list(self._items)

    def row_of(self, translation_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.id == translation_id:
                return row
        return -1

    # -- paging ---------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._translations is not None
            and self._more
            and not self._failed
            and not self.is_loading()
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._translations is None:
            return
        self._ticket += 1
        ticket = self._ticket
        task = run_async(
            self._translations.page(self._token, limit=self._page_size),
            on_done=lambda page: self._add_page(ticket, page),
            on_error=lambda sentence: self._page_failed(ticket, sentence),
            parent=self,
            what="list the translations",
        )
        self._set_loading(task)

    def retry(self) -> None:
        """After a failed page: ask for it again."""
        self._failed = False
        self.fetchMore(QModelIndex())

    def _add_page(self, ticket: int, page: TranslationPage) -> None:
        if ticket != self._ticket:
            return
        # All state first, signals last: a view may ask for the next page from inside them.
        self._task = None
        known = {item.id for item in self._items}
        fresh = [item for item in page.items if item.id not in known]
        more = page.has_more and bool(page.next_token) and page.next_token != self._token
        self._token = page.next_token
        self._more = more
        if fresh:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._items.extend(fresh)
            self.endInsertRows()
            self._note_languages(fresh)
        self._announce_loading()
        self.page_loaded.emit()

    def _page_failed(self, ticket: int, sentence: str) -> None:
        if ticket != self._ticket:
            return
        self._task = None
        self._failed = True
        self._announce_loading()
        self.error.emit(
            self.tr("The translations could not be listed: {reason}").format(reason=sentence)
        )

    def _set_loading(self, task: asyncio.Task[TranslationPage] | None) -> None:
        self._task = task
        self._announce_loading()

    def _announce_loading(self) -> None:
        """loading_changed when the state differs from the one last announced."""
        loading = self.is_loading()
        if loading != self._announced_loading:
            self._announced_loading = loading
            self.loading_changed.emit(loading)

    def _note_languages(self, items: list[VideoTranslation]) -> None:
        new = {item.output_language for item in items if item.output_language} - self._languages
        if new:
            self._languages |= new
            self.languages_changed.emit()

    # -- changes --------------------------------------------------------------------------------
    def replace(self, item: VideoTranslation) -> None:
        """A fresher snapshot of a listed translation (after a rename or a finished render)."""
        row = self.row_of(item.id)
        if row < 0:
            return
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        self._note_languages([item])

    def remove(self, translation_id: str) -> None:
        row = self.row_of(translation_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def reload(self, translation_id: str) -> None:
        """Ask the service for one translation again and show its new state."""
        if self._translations is None or self.row_of(translation_id) < 0:
            return
        run_async(
            self._translations.get(translation_id),
            on_done=self.replace,
            on_error=lambda s: self.error.emit(
                self.tr("A translation could not be refreshed: {reason}").format(reason=s)
            ),
            parent=self,
            what="refresh a translation",
        )

    def rename(self, translation_id: str, title: str) -> bool:
        """Show the new title at once; go back and say why if the service refuses it."""
        row = self.row_of(translation_id)
        new_title = title.strip()
        if row < 0 or self._translations is None:
            return False
        old = self._items[row]
        if not new_title:
            self.error.emit(self.tr("Give the translation a title; it cannot be empty."))
            return False
        if new_title == old.title:
            return False
        self.replace(_with_title(old, new_title))

        def refused(sentence: str) -> None:
            current = self.row_of(translation_id)
            if current >= 0 and self._items[current].title == new_title:
                self.replace(old)
            self.error.emit(
                self.tr("The translation '{title}' was not renamed: {reason}").format(
                    title=title_of(old), reason=sentence
                )
            )

        run_async(
            self._translations.rename(translation_id, new_title),
            on_done=self.replace,
            on_error=refused,
            parent=self,
            what="rename a translation",
        )
        return True

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Title"),
                self.tr("Language"),
                self.tr("Status"),
                self.tr("Created"),
                self.tr("Duration"),
            )
            return titles[section] if 0 <= section < COLUMN_COUNT else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return item.title or "" if column == TITLE else _display(item, column)
        if role == ID_ROLE:
            return item.id
        if role == STATUS_ROLE:
            return item.status.value
        if role == SORT_ROLE:
            return _sort_key(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and item.failure_message:
                return item.failure_message
            if column == TITLE:
                return self.tr("{title}\nid {id}").format(title=title_of(item), id=item.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TITLE or role != Qt.ItemDataRole.EditRole:
            return False
        return self.rename(self._items[index.row()].id, str(value))


def _display(item: VideoTranslation, column: int) -> str:
    if column == TITLE:
        return title_of(item)
    if column == LANGUAGE:
        return item.output_language or ""
    if column == STATUS:
        return status_text(item.status)
    if column == CREATED:
        return created_text(item.created_at)
    return duration_text(item.duration)


def _sort_key(item: VideoTranslation, column: int) -> Any:
    if column == CREATED:
        return item.created_at.timestamp() if item.created_at else 0.0
    if column == DURATION:
        return item.duration or 0.0
    return _display(item, column).casefold()


def _with_title(item: VideoTranslation, title: str) -> VideoTranslation:
    return dataclasses.replace(item, title=title)
