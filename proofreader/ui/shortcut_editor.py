"""Customize Keyboard Shortcuts: give any command of the registry other keys.

Every change applies at once to the live actions (menus, tooltips, the F1 sheet) and is saved
through the `save` callback, so there is nothing to confirm: Close just closes. A key another
command uses where both would be live (library/shortcuts.py has the rule) is not taken silently:
a bar names that command and offers to reassign the key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from proofreader.library.shortcuts import Overrides, ShortcutMap, types_in_text_fields
from proofreader.ui.actions import ActionRegistry, menu_name
from proofreader.ui.i18n import QT_TRANSLATE_NOOP, translate
from proofreader.ui.shortcut_sheet import fit_width

SaveOverrides = Callable[[Overrides], None]
SCOPE_NAMES = {  # English; translated where shown
    "": QT_TRANSLATE_NOOP("ShortcutEditor", "the whole window"),
    "table": QT_TRANSLATE_NOOP("ShortcutEditor", "the cue table"),
    "player": QT_TRANSLATE_NOOP("ShortcutEditor", "the preview"),
}
_NATIVE = QKeySequence.SequenceFormat.NativeText
_PORTABLE = QKeySequence.SequenceFormat.PortableText
_ID = Qt.ItemDataRole.UserRole
_COMMAND, _MENU, _KEYS, _DEFAULT = range(4)
_SLOTS = (QT_TRANSLATE_NOOP("ShortcutEditor", "Shortcut:"),
          QT_TRANSLATE_NOOP("ShortcutEditor", "Alternative:"))  # fmt: skip


def shortcut_map(registry: ActionRegistry, overrides: Mapping[str, Sequence[str]]) -> ShortcutMap:
    """The registry's commands with their default keys and scopes, and the saved overrides."""
    specs = registry.specs()
    return ShortcutMap(
        {s.id: registry.default_keys(s.id) for s in specs},
        {s.id: s.scope for s in specs},
        overrides,
    )


def apply_overrides(registry: ActionRegistry, overrides: Mapping[str, Sequence[str]]) -> None:
    """Give the live actions the saved keys (at start-up); nothing to do when none were saved."""
    if overrides:
        registry.set_keys(shortcut_map(registry, overrides).current())


def native(keys: Sequence[str]) -> str:
    """Portable key strings as this platform writes them, "Ctrl+Z, Ctrl+Y"."""
    return ", ".join(QKeySequence.fromString(k, _PORTABLE).toString(_NATIVE) for k in keys)


class ShortcutEditor(QDialog):
    """A filterable list of every command (menu, keys, default) and an editor for one."""

    def __init__(
        self,
        registry: ActionRegistry,
        overrides: Mapping[str, Sequence[str]],
        save: SaveOverrides,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut-editor")
        self.setWindowTitle(self.tr("Customize Keyboard Shortcuts — Proofreader"))
        self.resize(720, 640)
        self._registry = registry
        self._save = save
        self._map = shortcut_map(registry, overrides)
        self._pending: Callable[[], list[tuple[str, str]]] | None = None
        self._pending_note = ""
        self.confirm_box: QMessageBox | None = None

        self.filter = QLineEdit(
            placeholderText=self.tr("Filter commands or keys…"), clearButtonEnabled=True
        )
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcut-list")
        self.tree.setHeaderLabels(
            [self.tr("Command"), self.tr("Menu"), self.tr("Shortcut"), self.tr("Default")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)  # the command column takes any spare room
        header.setSectionResizeMode(_COMMAND, QHeaderView.ResizeMode.Stretch)
        for column in (_MENU, _KEYS, _DEFAULT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())

        self.edits: list[QKeySequenceEdit] = []
        self.clear_buttons: list[QPushButton] = []
        self.details = QGroupBox()
        grid = QGridLayout(self.details)
        for slot, label in enumerate(_SLOTS):
            edit = QKeySequenceEdit()
            edit.setObjectName(f"shortcut-edit-{slot}")
            edit.setMaximumSequenceLength(1)
            edit.setFinishingKeyCombinations([QKeyCombination(Qt.Key.Key_Tab)])
            edit.setToolTip(self.tr("Click, then press the keys (Tab leaves the field)"))
            edit.editingFinished.connect(lambda slot=slot: self._recorded(slot))
            clear = QPushButton(self.tr("Clear"))
            clear.clicked.connect(lambda _on=False, slot=slot: self._clear(slot))
            grid.addWidget(QLabel(translate("ShortcutEditor", label)), slot, 0)
            grid.addWidget(edit, slot, 1)
            grid.addWidget(clear, slot, 2)
            self.edits.append(edit)
            self.clear_buttons.append(clear)
        self.reset_button = QPushButton(self.tr("Reset to Default"))
        self.reset_button.clicked.connect(self.reset_current)
        self.note = QLabel()
        self.note.setObjectName("shortcut-note")
        self.note.setWordWrap(True)
        grid.addWidget(self.note, 2, 0, 1, 2)
        grid.addWidget(self.reset_button, 2, 2)
        grid.setColumnStretch(1, 1)

        self.conflict_bar = QFrame()
        self.conflict_bar.setObjectName("shortcut-conflict")
        self.conflict_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.reassign_button = QPushButton(self.tr("Reassign"))
        self.reassign_button.clicked.connect(self.reassign)
        self.keep_button = QPushButton(self.tr("Cancel"))
        self.keep_button.clicked.connect(self.cancel_pending)
        bar = QHBoxLayout(self.conflict_bar)
        bar.addWidget(self.conflict_text, 1)
        bar.addWidget(self.reassign_button)
        bar.addWidget(self.keep_button)
        self.conflict_bar.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reset_all_button = buttons.addButton(
            self.tr("Reset All…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_all_button.clicked.connect(self.ask_reset_all)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(buttons)
        self._fill()
        fit_width(self, self.tree)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.filter.setFocus()

    # ----- the list -----

    def _fill(self) -> None:
        for spec in self._registry.specs():
            item = QTreeWidgetItem([spec.text.replace("&", ""), menu_name(spec.menu), "", ""])
            item.setData(_COMMAND, _ID, spec.id)
            self.tree.addTopLevelItem(item)
        self._refresh_rows()

    def _items(self) -> list[QTreeWidgetItem]:
        tree = self.tree
        return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]

    def _refresh_rows(self) -> None:
        for item in self._items():
            command_id = item.data(_COMMAND, _ID)
            item.setText(_KEYS, native(self._map.keys(command_id)))
            item.setText(_DEFAULT, native(self._map.default_keys(command_id)))
            font = item.font(_KEYS)
            font.setBold(not self._map.is_default(command_id))  # changed by the user
            item.setFont(_KEYS, font)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for item in self._items():
            haystack = " ".join(item.text(c) for c in range(4)).lower()
            item.setHidden(bool(needle) and needle not in haystack)

    def select(self, command_id: str) -> None:
        """Make `command_id` the command being edited."""
        for item in self._items():
            if item.data(_COMMAND, _ID) == command_id:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(command_id)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(command, menu, keys, default) of every row shown, for tests."""
        return [
            (item.text(_COMMAND), item.text(_MENU), item.text(_KEYS), item.text(_DEFAULT))
            for item in self._items()
            if not item.isHidden()
        ]

    # ----- the command being edited -----

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(_COMMAND, _ID))

    def _name(self, command_id: str) -> str:
        spec = self._registry.spec(command_id)
        return self.tr("“{command}” ({menu} menu)").format(
            command=spec.text.replace("&", "").rstrip("…"), menu=menu_name(spec.menu)
        )

    def _show_current(self, note: str = "") -> None:
        self._drop_pending()
        command_id = self.current_id()
        self.details.setEnabled(command_id is not None)
        if command_id is None:
            return
        spec = self._registry.spec(command_id)
        self.details.setTitle(self._name(command_id))
        keys = self._map.keys(command_id)
        for slot, edit in enumerate(self.edits):
            edit.setKeySequence(QKeySequence.fromString(keys[slot], _PORTABLE)
                                if slot < len(keys) else QKeySequence())  # fmt: skip
            self.clear_buttons[slot].setEnabled(slot < len(keys))
        self.edits[1].setEnabled(bool(keys))
        self.reset_button.setEnabled(not self._map.is_default(command_id))
        where = translate("ShortcutEditor", SCOPE_NAMES.get(spec.scope, spec.scope))
        more = keys[len(self.edits) :]
        also = self.tr(" Also: {keys}.").format(keys=native(more)) if more else ""
        self.note.setText(note or self.tr("Works in {where}.").format(where=where) + also)

    def _recorded(self, slot: int) -> None:
        command_id = self.current_id()
        sequence = self.edits[slot].keySequence()
        if command_id is None or sequence.isEmpty():
            return
        key = sequence.toString(_PORTABLE)
        keys = list(self._map.keys(command_id))
        if slot < len(keys):
            keys[slot] = key
        else:
            keys.append(key)
        if keys == list(self._map.keys(command_id)):
            return
        note = ""
        if types_in_text_fields(key):
            note = self.tr("{key} is a typing key: it works only outside text fields.").format(
                key=native([key])
            )
        self._change(command_id, lambda: self._map.set_keys(command_id, keys), keys, note)

    def _clear(self, slot: int) -> None:
        command_id = self.current_id()
        if command_id is None:
            return
        keys = list(self._map.keys(command_id))
        del keys[slot : slot + 1]  # the next key moves up into this field
        self._change(command_id, lambda: self._map.set_keys(command_id, keys), [], "")

    def reset_current(self) -> None:
        command_id = self.current_id()
        if command_id is not None:
            defaults = self._map.default_keys(command_id)
            self._change(command_id, lambda: self._map.reset(command_id), defaults, "")

    def _change(
        self,
        command_id: str,
        change: Callable[[], list[tuple[str, str]]],
        new_keys: Sequence[str],
        note: str,
    ) -> None:
        """Make the change, or first ask when one of `new_keys` belongs to another command."""
        conflicts = self._map.conflicts(command_id, new_keys)
        if not conflicts:
            self._commit(change, note)
            return
        lines = [self.tr("{key} is already used by {command}.").format(
                     key=native([key]), command=self._name(other))
                 for other, key in conflicts]  # fmt: skip
        spec = self._registry.spec(command_id)
        question = (
            self.tr("Reassign it to “{command}”?")
            if len(conflicts) == 1
            else self.tr("Reassign them to “{command}”?")
        )
        lines.append(question.format(command=spec.text.replace("&", "").rstrip("…")))
        self.conflict_text.setText(" ".join(lines))
        self.conflict_bar.setVisible(True)
        self._pending = change
        self._pending_note = note
        self.reassign_button.setFocus()

    def reassign(self) -> None:
        """Go ahead with the change the conflict bar asks about."""
        change, self._pending = self._pending, None
        if change is not None:
            self._commit(change, self._pending_note)

    def cancel_pending(self) -> None:
        """Leave the keys as they were."""
        self._show_current()

    def _drop_pending(self) -> None:
        self._pending = None
        self.conflict_bar.setVisible(False)

    def _commit(self, change: Callable[[], list[tuple[str, str]]], note: str) -> None:
        taken = change()
        notes = [note] if note else []
        notes += [
            self.tr("{command} no longer has {key}.").format(
                command=self._name(other), key=native([key])
            )
            for other, key in taken
        ]
        self._apply()
        self._show_current(" ".join(notes))

    def _apply(self) -> None:
        self._registry.set_keys(self._map.current())
        self._save(self._map.overrides())
        self._refresh_rows()

    # ----- every command -----

    def ask_reset_all(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Reset All Shortcuts — Proofreader"),
            self.tr("Give every command its default keys again? The keys you chose are forgotten."),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: QAbstractButton) -> None:
            if box.buttonRole(button) == QMessageBox.ButtonRole.ResetRole:
                self.reset_all()

        box.buttonClicked.connect(clicked)
        self.confirm_box = box
        box.open()

    def reset_all(self) -> None:
        self._map.reset_all()
        self._apply()
        self._show_current(self.tr("Every command has its default keys again."))
