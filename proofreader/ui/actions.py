"""Every command of the window in one registry (Gaupol's actions, Picard's add_action).

An ActionSpec says what a command is (id, text, icon, shortcuts, where it lives, when it is
enabled, what it does); the registry turns each into one QAction. Menus, toolbars and the
shortcut sheet are all built from the registry, so a command cannot exist in one place only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QStyle, QToolBar, QWidget

from proofreader.ui.i18n import translate

Handler = Callable[[], object]
Predicate = Callable[[], bool]

# Where each menu goes in the menu bar, left to right (English keys: menu_title shows them).
# (A "#:" comment here would reach translators: lupdate takes it for a note on the next string.)
MENU_ORDER = ("File", "Edit", "Review", "Playback", "View", "Help")


def menu_title(menu: str) -> str:
    """The title a menu key shows in the menu bar, with its accelerator ("File" -> "&File")."""
    titles = {
        "File": translate("Menus", "&File"),
        "Edit": translate("Menus", "&Edit"),
        "Review": translate("Menus", "&Review"),
        "Playback": translate("Menus", "&Playback"),
        "View": translate("Menus", "&View"),
        "Help": translate("Menus", "&Help"),
    }
    return titles.get(menu, f"&{menu}")


def menu_name(menu: str) -> str:
    """A menu key as lists show it, without the accelerator ("Archivo" in Spanish)."""
    return menu_title(menu).replace("&", "")


@dataclass(frozen=True)
class ActionSpec:
    """One command.

    `shortcuts` are portable key strings ("Ctrl+F") or QKeySequence.StandardKey values; the
    first is the one menus show. `scope` names the widget the shortcut is limited to ("" for
    the whole window; "table" for JKL: see ActionRegistry.scope_widgets). `group` separates
    sections of a menu. `icon` is a freedesktop theme name with a QStyle fallback.
    `short` is the toolbar's label where the menu's would crowd it off a small screen.
    `order` places it in its menu (lower first; equal orders keep registration order), so the
    order the window's parts are mounted in never moves a command: each menu numbers its
    sections in hundreds (File: 100 HeyGen, 200 account, 300 open, …) and the commands of a
    section in tens.
    """

    id: str
    text: str
    menu: str
    handler: Handler
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    group: str = ""
    icon: str = ""
    fallback_icon: QStyle.StandardPixmap | None = None
    tip: str = ""
    enabled_when: Predicate | None = None
    checkable: bool = False
    checked: bool = False
    scope: str = ""
    toolbar: bool = False
    sheet_note: str = ""
    extra_keys: tuple[str, ...] = field(default=())  # shown in the sheet, handled elsewhere
    short: str = ""
    order: int = 0


class ActionRegistry(QObject):
    """Owns the QActions of one window; keeps their enabled state current on request."""

    shortcuts_changed = Signal()  # set_keys gave commands other keys

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        self._scopes: dict[str, QWidget] = {}

    # ----- declaring -----

    def set_scope_widget(self, scope: str, widget: QWidget) -> None:
        """The widget whose focus (or its children's) activates shortcuts of `scope`."""
        self._scopes[scope] = widget
        for spec in self._specs.values():
            if spec.scope == scope:
                widget.addAction(self._actions[spec.id])

    def add(self, spec: ActionSpec) -> QAction:
        if spec.id in self._specs:
            raise ValueError(f"Action {spec.id!r} is registered twice.")
        action = QAction(spec.text, self._window)
        action.setObjectName(spec.id)
        if spec.short:
            action.setIconText(spec.short)  # the toolbar's label; menus keep the full text
        if spec.shortcuts:
            action.setShortcuts(_key_sequences(spec.shortcuts))
        icon = self._icon(spec)
        if icon is not None:
            action.setIcon(icon)
        _set_tips(spec, action)
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
            action.toggled.connect(lambda _on, h=spec.handler: h())
        else:
            action.triggered.connect(lambda _checked=False, h=spec.handler: h())
        if spec.scope:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if spec.scope in self._scopes:
                self._scopes[spec.scope].addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)  # shortcuts work even with the menu bar hidden
        self._specs[spec.id] = spec
        self._actions[spec.id] = action
        return action

    def add_all(self, specs: Iterable[ActionSpec]) -> None:
        for spec in specs:
            self.add(spec)

    def _icon(self, spec: ActionSpec) -> QIcon | None:
        if spec.icon and QIcon.hasThemeIcon(spec.icon):
            return QIcon.fromTheme(spec.icon)
        if spec.fallback_icon is not None:
            return self._window.style().standardIcon(spec.fallback_icon)
        return None

    # ----- reading -----

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def spec(self, action_id: str) -> ActionSpec:
        return self._specs[action_id]

    def specs(self) -> list[ActionSpec]:
        """Every command in menu order: the menus left to right, each top to bottom."""
        return _menu_order(self._specs.values())

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._specs

    def trigger(self, action_id: str) -> None:
        """Run a command as if chosen from its menu (only when enabled)."""
        self.update_enabled()
        action = self._actions[action_id]
        if action.isEnabled():
            action.trigger()

    def default_keys(self, action_id: str) -> tuple[str, ...]:
        """The command's own keys as portable strings (this platform's, for standard keys)."""
        return tuple(_portable(k) for k in _key_sequences(self._specs[action_id].shortcuts))

    def keys(self, action_id: str) -> tuple[str, ...]:
        """The keys the command has now, as portable strings ("Ctrl+F")."""
        return tuple(_portable(k) for k in self._actions[action_id].shortcuts())

    def set_keys(self, keys: Mapping[str, Sequence[str]]) -> None:
        """Give commands other keys (portable strings; unknown ids are ignored). Menus show
        them at once; tooltips and the shortcut sheet follow through shortcuts_changed."""
        for action_id, texts in keys.items():
            action = self._actions.get(action_id)
            if action is None:
                continue
            sequences = [QKeySequence.fromString(t, QKeySequence.SequenceFormat.PortableText)
                         for t in texts]  # fmt: skip
            action.setShortcuts([s for s in sequences if not s.isEmpty()])
            _set_tips(self._specs[action_id], action)
        self.shortcuts_changed.emit()

    def shortcut_text(self, action_id: str) -> str:
        """All shortcuts of a command as the user's platform writes them, "Ctrl+Z, Alt+Back"."""
        keys = self._actions[action_id].shortcuts()
        return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)

    # ----- state -----

    def update_enabled(self) -> None:
        """Re-evaluate every enabled-when predicate (cheap; call after anything they read)."""
        for action_id, spec in self._specs.items():
            if spec.enabled_when is not None:
                self._actions[action_id].setEnabled(bool(spec.enabled_when()))

    def set_checked(self, action_id: str, checked: bool) -> None:
        """Reflect a state changed elsewhere without running the handler."""
        action = self._actions[action_id]
        blocked = action.blockSignals(True)
        action.setChecked(checked)
        action.blockSignals(blocked)

    # ----- building -----

    def build_menus(self, bar: QMenuBar, titles: Sequence[str] = MENU_ORDER) -> dict[str, QMenu]:
        """One menu per spec.menu, in `titles` order (unknown menus after, by name), each in
        its commands' `order`, sections by group."""
        names = list(titles) + sorted({s.menu for s in self._specs.values()} - set(titles))
        in_order = _menu_order(self._specs.values(), titles)
        menus: dict[str, QMenu] = {}
        for name in names:
            specs = [s for s in in_order if s.menu == name]
            if not specs:
                continue
            menu = bar.addMenu(menu_title(name))
            menu.setObjectName(f"menu-{name.lower()}")
            menu.aboutToShow.connect(self.update_enabled)
            group = specs[0].group
            for spec in specs:
                if spec.group != group:
                    menu.addSeparator()
                    group = spec.group
                menu.addAction(self._actions[spec.id])
            menus[name] = menu
        return menus

    def build_toolbar(self, toolbar: QToolBar) -> None:
        """The commands marked `toolbar`, in menu order, grouped like their menus."""
        group = None
        for spec in _menu_order(self._specs.values()):
            if not spec.toolbar:
                continue
            key = (spec.menu, spec.group)
            if group is not None and key != group:
                toolbar.addSeparator()
            group = key
            toolbar.addAction(self._actions[spec.id])


def _menu_order(specs: Iterable[ActionSpec], menus: Sequence[str] = MENU_ORDER) -> list[ActionSpec]:
    """`specs` sorted by menu (`menus` first, the others by name), then by order; stable."""
    rank = {name: i for i, name in enumerate(menus)}
    return sorted(specs, key=lambda s: (rank.get(s.menu, len(rank)), s.menu, s.order))


def _set_tips(spec: ActionSpec, action: QAction) -> None:
    tip = spec.tip or spec.text.replace("&", "").rstrip("…")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    action.setStatusTip(tip)


def _portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def _key_sequences(keys: Iterable[str | QKeySequence.StandardKey]) -> list[QKeySequence]:
    """The platform's sequences for each key, without duplicates (Redo is Ctrl+Y on some
    platforms and Ctrl+Shift+Z on others: list both, keep each once)."""
    result: list[QKeySequence] = []
    for key in keys:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in result:
                result.append(sequence)
    return result
