"""The shortcut sheet (F1): every command with its keys, built from the action registry.

It follows the registry: keys changed in Customize Keyboard Shortcuts show here at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.actions import MENU_ORDER, ActionRegistry, menu_name


def fit_width(dialog: QDialog, tree: QTreeWidget) -> None:
    """Widen `dialog` until every column of `tree` shows its longest text (commands and key
    names are longer in some languages), never beyond the screen."""
    items = [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]
    needed = sum(
        max((QFontMetrics(i.font(c)).horizontalAdvance(i.text(c)) for i in items), default=0) + 30
        for c in range(tree.columnCount())
    )  # every row: the view's own size hints measure only the rows on screen
    needed += tree.verticalScrollBar().sizeHint().width() + 4 * tree.frameWidth() + 40
    screen = dialog.screen()
    room = screen.availableGeometry().width() - 40 if screen is not None else needed
    dialog.resize(max(dialog.width(), min(needed, room)), dialog.height())


class ShortcutSheet(QDialog):
    """A filterable list: menu, command, keys, and where the keys work when that matters."""

    def __init__(
        self,
        registry: ActionRegistry,
        parent: QWidget | None = None,
        customize: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self.setWindowTitle(self.tr("Keyboard shortcuts — Proofreader"))
        self.resize(640, 620)
        intro = QLabel(
            self.tr(
                "Space plays and pauses everywhere except in text fields (Ctrl+Space works there "
                "too). J, K and L work when the cue table has focus: L plays (again: faster), K "
                "pauses, J slows down while playing fast, else jumps back one second. (These are "
                "the default keys: Customize… gives any command other keys.)"
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(
            placeholderText=self.tr("Filter commands or keys…"), clearButtonEnabled=True
        )
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys"), self.tr("Where")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)  # the command column takes any spare room
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if customize is not None:
            button = buttons.addButton(
                self.tr("Customize…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            button.clicked.connect(lambda _on=False: customize())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill(registry)
        fit_width(self, self.tree)
        self.filter.textChanged.connect(self._apply_filter)
        registry.shortcuts_changed.connect(self.refresh)
        self.filter.setFocus()

    def _fill(self, registry: ActionRegistry) -> None:
        specs = registry.specs()
        menus = [m for m in MENU_ORDER if any(s.menu == m for s in specs)]
        menus += sorted({s.menu for s in specs} - set(menus))
        bold = self.font()
        bold.setBold(True)
        for menu in menus:
            for spec in (s for s in specs if s.menu == menu):
                keys = ", ".join(filter(None, (registry.shortcut_text(spec.id), *spec.extra_keys)))
                where = spec.sheet_note or (self.tr("cue table") if spec.scope == "table" else "")
                item = QTreeWidgetItem([spec.text.replace("&", ""), keys, where])
                item.setData(0, Qt.ItemDataRole.UserRole, menu)
                item.setToolTip(0, self.tr("{menu} menu").format(menu=menu_name(menu)))
                self.tree.addTopLevelItem(item)
            heading = QTreeWidgetItem([menu_name(menu), "", ""])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setData(0, Qt.ItemDataRole.UserRole, "")
            first = self.tree.topLevelItemCount() - sum(1 for s in specs if s.menu == menu)
            self.tree.insertTopLevelItem(first, heading)

    def refresh(self) -> None:
        """List the registry's keys again (they were changed)."""
        self.tree.clear()
        self._fill(self._registry)
        self._apply_filter(self.filter.text())

    def _items(self) -> list[QTreeWidgetItem]:
        tree = self.tree
        return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]

    def rows(self) -> list[tuple[str, str, str]]:
        """(command, keys, where) of every command listed, for tests and the README."""
        result = []
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole):
                result.append((item.text(0), item.text(1), item.text(2)))
        return result

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        heading: QTreeWidgetItem | None = None
        shown_under_heading = False
        for item in self._items():
            if not item.data(0, Qt.ItemDataRole.UserRole):
                if heading is not None:
                    heading.setHidden(not shown_under_heading)
                heading, shown_under_heading = item, False
                continue
            haystack = " ".join(item.text(c) for c in range(3)).lower()
            hidden = bool(needle) and needle not in haystack
            item.setHidden(hidden)
            shown_under_heading |= not hidden
        if heading is not None:
            heading.setHidden(not shown_under_heading)
