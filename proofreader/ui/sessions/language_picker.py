"""Choosing target languages: a searchable list with checkboxes, recently used ones first.

The list comes from the service (it changes over time, so it is never hard-coded); until it
arrives the picker says it is loading, and if it cannot be fetched it says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

_NAME = Qt.ItemDataRole.UserRole


class LanguagePicker(QWidget):
    """Tick any number of languages; `selected()` lists them in the order ticked."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("language-search")
        self.search.setPlaceholderText(self.tr("Search languages…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("language-list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemActivated.connect(self._toggle)
        self.status = QLabel(self.tr("Loading the languages HeyGen offers…"))
        self.status.setObjectName("language-status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._order: list[str] = []  # ticked, in the order the user ticked them
        self._loaded = False

    def set_languages(self, names: Sequence[str], recent: Iterable[str] = ()) -> None:
        """Fill the list: the recent languages that still exist first, then all the others."""
        available = list(dict.fromkeys(names))
        known = set(available)
        first = [name for name in dict.fromkeys(recent) if name in known]
        rest = [name for name in available if name not in set(first)]
        keep = [name for name in self._order if name in known]
        blocked = self.list.blockSignals(True)
        self.list.clear()
        if first:
            self._header(self.tr("Recently used"))
            for name in first:
                self._item(name, name in keep)
            self._header(self.tr("All languages"))
        for name in rest:
            self._item(name, name in keep)
        self.list.blockSignals(blocked)
        self._order = keep
        self._loaded = True
        self._filter(self.search.text())
        self._update_status()
        self.selection_changed.emit()

    def set_error(self, sentence: str) -> None:
        self.status.setText(sentence)

    def is_loaded(self) -> bool:
        return self._loaded

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _item(self, name: str, checked: bool) -> None:
        item = QListWidgetItem(name)
        item.setData(_NAME, name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in items if item.data(_NAME)]

    def languages(self) -> list[str]:
        """Every language offered, in list order."""
        return [str(item.data(_NAME)) for item in self._items()]

    def selected(self) -> list[str]:
        return list(self._order)

    def set_selected(self, names: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(names))
        blocked = self.list.blockSignals(True)
        for item in self._items():
            on = item.data(_NAME) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(blocked)
        offered = set(self.languages())
        self._order = [name for name in wanted if name in offered]
        self._update_status()
        self.selection_changed.emit()

    def _toggle(self, item: QListWidgetItem) -> None:
        if item.data(_NAME):
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        name = item.data(_NAME)
        if not name:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        same = [i for i in self._items() if i.data(_NAME) == name and i is not item]
        blocked = self.list.blockSignals(True)
        for twin in same:  # a recent language appears once; kept consistent anyway
            twin.setCheckState(item.checkState())
        self.list.blockSignals(blocked)
        if checked and name not in self._order:
            self._order.append(name)
        elif not checked and name in self._order:
            self._order.remove(name)
        self._update_status()
        self.selection_changed.emit()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            name = item.data(_NAME)
            if not name:  # section headers only when not searching
                item.setHidden(bool(needle))
                continue
            item.setHidden(bool(needle) and needle not in str(name).casefold())

    def _update_status(self) -> None:
        if not self._loaded:
            return
        count = len(self._order)
        if count == 0:
            self.status.setText(
                self.tr("Tick one or more languages: one session is made per language.")
            )
        else:
            names = ", ".join(self._order)
            if count == 1:
                text = self.tr("1 session: {languages}")
            else:
                text = self.tr("{count} sessions: {languages}")
            self.status.setText(text.format(count=count, languages=names))
