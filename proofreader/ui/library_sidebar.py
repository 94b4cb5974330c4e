"""The library sidebar: the documents this computer knows, in sections.

For now the sections are local: the open document, unsaved drafts, recently opened files and
the bundled sample. The workflow issue adds a section of HeyGen projects whose entries have
their sessions as children; entries carry any payload, and the window decides how to open it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

_ENTRY = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class LibraryEntry:
    """One line of the sidebar. `payload` is what the window opens (a DocumentSource, a
    RestorableDraft, later a HeyGen session); `badge` is a short status ("draft", "3 edits")."""

    key: str
    title: str
    payload: object = None
    detail: str = ""  # tooltip: the full path, the session id...
    badge: str = ""
    removable: bool = False
    children: tuple[LibraryEntry, ...] = field(default=())


class LibrarySidebar(QWidget):
    """Sections of entries; activating an entry (click, Enter) asks the window to open it."""

    entry_activated = Signal(object)  # LibraryEntry
    remove_requested = Signal(object)  # LibraryEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Library"))
        title.setObjectName("sidebar-title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setContentsMargins(6, 4, 6, 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setIndentation(12)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.setAccessibleName(self.tr("Library"))
        self.parts = QSplitter(Qt.Orientation.Vertical)
        self.parts.setObjectName("library-parts")
        self.parts.setChildrenCollapsible(False)
        self.parts.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(self.parts, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._sections: dict[str, QTreeWidgetItem] = {}
        self._current_key: str | None = None

    def insert_part(self, widget: QWidget, index: int = 0) -> None:
        """Add a whole panel to the library (the workflow's HeyGen projects and sessions go
        above the local documents), resizable against the others."""
        self.parts.insertWidget(index, widget)
        self.parts.setStretchFactor(self.parts.indexOf(widget), 3)
        self.parts.setStretchFactor(self.parts.indexOf(self.tree), 1)

    def add_section(self, section_id: str, title: str) -> None:
        """Create an (initially hidden, because empty) section at the end."""
        if section_id in self._sections:
            return
        item = QTreeWidgetItem([title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        item.setFont(0, font)
        item.setForeground(0, self.palette().placeholderText())
        self.tree.addTopLevelItem(item)
        item.setExpanded(True)
        item.setHidden(True)
        self._sections[section_id] = item

    def set_entries(self, section_id: str, entries: Sequence[LibraryEntry]) -> None:
        """Replace the entries of a section (hidden when empty)."""
        section = self._sections[section_id]
        section.takeChildren()
        for entry in entries:
            section.addChild(self._make_item(entry))
        section.setHidden(not entries)
        section.setExpanded(True)
        self._mark_current()

    def entries(self, section_id: str) -> list[LibraryEntry]:
        return [item.data(0, _ENTRY) for item in _children(self._sections[section_id])]

    def set_current(self, key: str | None) -> None:
        """Show which document is open (bold)."""
        self._current_key = key
        self._mark_current()

    def _make_item(self, entry: LibraryEntry) -> QTreeWidgetItem:
        text = f"{entry.title} · {entry.badge}" if entry.badge else entry.title
        item = QTreeWidgetItem([text])
        item.setData(0, _ENTRY, entry)
        item.setToolTip(0, entry.detail or entry.title)
        for child in entry.children:
            item.addChild(self._make_item(child))
        return item

    def _mark_current(self) -> None:
        for section in self._sections.values():
            for item in _children(section):
                entry: LibraryEntry = item.data(0, _ENTRY)
                font = item.font(0)
                font.setBold(entry.key == self._current_key)
                item.setFont(0, font)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = item.data(0, _ENTRY)
        if isinstance(entry, LibraryEntry):
            self.entry_activated.emit(entry)

    def _context_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        entry = item.data(0, _ENTRY) if item is not None else None
        if not isinstance(entry, LibraryEntry):
            return
        menu = QMenu(self)
        open_action = QAction(self.tr("Open"), menu)
        open_action.triggered.connect(lambda: self.entry_activated.emit(entry))
        menu.addAction(open_action)
        if entry.removable:
            remove = QAction(self.tr("Remove from List"), menu)
            remove.triggered.connect(lambda: self.remove_requested.emit(entry))
            menu.addAction(remove)
        menu.popup(self.tree.viewport().mapToGlobal(point))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]
