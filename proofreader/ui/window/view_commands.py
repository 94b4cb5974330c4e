"""The View menu and the shortcut help: what the window shows, the shortcut sheet.

(Report a Problem and the About boxes are in help_commands.py.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from proofreader.library.shortcuts import Overrides
from proofreader.ui.actions import ActionSpec
from proofreader.ui.i18n import translate
from proofreader.ui.shortcut_editor import ShortcutEditor, apply_overrides
from proofreader.ui.shortcut_sheet import ShortcutSheet

if TYPE_CHECKING:
    from proofreader.ui.window.host import WindowHost

WIDE_SCREEN = 1400  # narrower screens start with the library hidden: the table needs the room
FOLLOW_KEY = "follow_playback"
ORIGINAL_KEY = "overlay_original"
SIDEBAR_KEY = "show_library"


class ViewCommands:
    """Toggles remembered in the window state, and the help dialogs."""

    def __init__(self, window: WindowHost) -> None:
        self._window = window
        self.sheet: ShortcutSheet | None = None
        self.shortcut_editor: ShortcutEditor | None = None

    def specs(self) -> list[ActionSpec]:
        state = self._window.state
        return [
            ActionSpec("view.follow", translate("ViewCommands", "&Follow Playback"), "View",
                       self.apply_follow, group="playback", order=110, checkable=True,
                       checked=state.flag(FOLLOW_KEY, True),
                       tip=translate("ViewCommands", "Keep the playing cue in view in the table")),
            ActionSpec("view.original", translate("ViewCommands", "Show &Original in Preview"),
                       "View", self.apply_original, group="playback", order=120, checkable=True,
                       checked=state.flag(ORIGINAL_KEY, True),
                       tip=translate("ViewCommands",
                                     "Draw the original text above the translation in the "
                                     "preview")),
            ActionSpec("view.sidebar", translate("ViewCommands", "Show &Library"), "View",
                       self.apply_sidebar, ("Ctrl+Shift+B",), group="panels", order=210,
                       checkable=True,
                       checked=state.flag(SIDEBAR_KEY, _wide_screen())),
            ActionSpec("help.shortcuts", translate("ViewCommands", "&Keyboard Shortcuts"), "Help",
                       self.show_shortcuts, ("F1",), group="help", order=110,
                       icon="help-keyboard-shortcuts"),
            ActionSpec("help.customize_shortcuts",
                       translate("ViewCommands", "&Customize Keyboard Shortcuts…"), "Help",
                       self.customize_shortcuts, group="help", order=120,
                       tip=translate("ViewCommands", "Give any command other keys")),
        ]  # fmt: skip

    def _checked(self, action_id: str) -> bool:
        return self._window.registry.action(action_id).isChecked()

    def apply_all(self) -> None:
        """Apply every toggle's current state (after the widgets exist)."""
        self.apply_follow()
        self.apply_original()
        self.apply_sidebar()
        apply_overrides(self._window.registry, self._window.state.shortcut_overrides())

    def apply_follow(self) -> None:
        on = self._checked("view.follow")
        self._window.area.table.set_follow_playback(on)
        self._window.state.set_flag(FOLLOW_KEY, on)

    def apply_original(self) -> None:
        on = self._checked("view.original")
        player = self._window.area.player
        if player is not None:
            player.set_show_original(on)
        self._window.state.set_flag(ORIGINAL_KEY, on)

    def apply_sidebar(self) -> None:
        on = self._checked("view.sidebar")
        self._window.sidebar.setVisible(on)
        self._window.state.set_flag(SIDEBAR_KEY, on)

    def show_shortcuts(self) -> ShortcutSheet:
        if self.sheet is None:
            self.sheet = ShortcutSheet(self._window.registry, self._window.widget,
                                       customize=self.customize_shortcuts)  # fmt: skip
        self.sheet.show()  # a tool window of ours: it stays above the main window
        self.sheet.activateWindow()
        return self.sheet

    def customize_shortcuts(self) -> ShortcutEditor:
        if self.shortcut_editor is None:
            state = self._window.state
            self.shortcut_editor = ShortcutEditor(
                self._window.registry, state.shortcut_overrides(), self._save_shortcuts,
                self._window.widget,
            )  # fmt: skip
        self.shortcut_editor.show()
        self.shortcut_editor.activateWindow()
        return self.shortcut_editor

    def _save_shortcuts(self, overrides: Overrides) -> None:
        state = self._window.state
        state.set_shortcut_overrides(overrides)
        state.save()  # at once: a crash must not lose them


def _wide_screen() -> bool:
    screen = QGuiApplication.primaryScreen()
    return screen is None or screen.availableGeometry().width() >= WIDE_SCREEN
