"""Shortcut overrides: only changes are stored, clashes are found where keys are live at once,
reassigning takes a key from the other command, and the settings file keeps them."""

from __future__ import annotations

import json
from pathlib import Path

from proofreader.library.settings import Settings, load_settings, save_settings
from proofreader.library.shortcuts import (
    ShortcutMap,
    overrides_from_json,
    same_key,
    scopes_overlap,
    types_in_text_fields,
)

DEFAULTS = {
    "edit.find": ("Ctrl+F",),
    "edit.undo": ("Ctrl+Z",),
    "edit.redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    "play.toggle": ("Space", "Ctrl+Space"),
    "play.jkl_pause": ("K",),
    "edit.delete": ("Del",),
    "player.mute": ("M",),
}
SCOPES = {"play.jkl_pause": "table", "edit.delete": "table", "player.mute": "player"}


def _map(overrides: dict[str, tuple[str, ...]] | None = None) -> ShortcutMap:
    return ShortcutMap(DEFAULTS, SCOPES, overrides)


def test_nothing_changed_stores_nothing() -> None:
    shortcuts = _map()
    assert shortcuts.overrides() == {}
    assert shortcuts.keys("edit.redo") == ("Ctrl+Shift+Z", "Ctrl+Y")
    assert all(shortcuts.is_default(cid) for cid in shortcuts.ids())


def test_a_new_key_is_stored_and_setting_the_default_again_forgets_it() -> None:
    shortcuts = _map()
    assert shortcuts.set_keys("edit.find", ["Ctrl+G"]) == []
    assert shortcuts.overrides() == {"edit.find": ("Ctrl+G",)}
    shortcuts.set_keys("edit.find", ["ctrl+f"])  # the same key, written differently
    assert shortcuts.overrides() == {}


def test_clearing_a_command_is_an_override_with_no_keys() -> None:
    shortcuts = _map()
    shortcuts.set_keys("play.toggle", [])
    assert shortcuts.keys("play.toggle") == ()
    assert shortcuts.overrides() == {"play.toggle": ()}


def test_a_key_of_another_window_command_is_a_conflict_and_reassigning_takes_it() -> None:
    shortcuts = _map()
    assert shortcuts.conflicts("edit.find", ["Ctrl+Z"]) == [("edit.undo", "Ctrl+Z")]
    taken = shortcuts.set_keys("edit.find", ["Ctrl+Z"])
    assert taken == [("edit.undo", "Ctrl+Z")]
    assert shortcuts.keys("edit.undo") == ()
    assert shortcuts.overrides() == {"edit.find": ("Ctrl+Z",), "edit.undo": ()}


def test_taking_one_of_two_keys_leaves_the_other() -> None:
    shortcuts = _map()
    shortcuts.set_keys("edit.find", ["Ctrl+Y"])
    assert shortcuts.keys("edit.redo") == ("Ctrl+Shift+Z",)


def test_scoped_keys_clash_with_the_window_but_not_with_another_widget() -> None:
    shortcuts = _map()
    # K pauses in the cue table: a window-wide K would be live there too.
    assert shortcuts.conflicts("edit.find", ["K"]) == [("play.jkl_pause", "K")]
    assert shortcuts.conflicts("play.jkl_pause", ["Ctrl+F"]) == [("edit.find", "Ctrl+F")]
    # The player's M and the table's K never have focus at the same time.
    assert shortcuts.conflicts("play.jkl_pause", ["M"]) == []
    assert shortcuts.conflicts("edit.delete", ["K"]) == [("play.jkl_pause", "K")]
    assert scopes_overlap("", "table") and scopes_overlap("table", "table")
    assert not scopes_overlap("table", "player")


def test_a_commands_own_key_is_no_conflict() -> None:
    assert _map().conflicts("play.toggle", ["Space"]) == []


def test_reset_brings_back_the_default_and_takes_it_back() -> None:
    shortcuts = _map()
    shortcuts.set_keys("edit.find", ["Ctrl+Z"])
    taken = shortcuts.reset("edit.undo")
    assert taken == [("edit.find", "Ctrl+Z")]
    assert shortcuts.keys("edit.undo") == ("Ctrl+Z",)
    assert shortcuts.keys("edit.find") == ()


def test_reset_all_forgets_every_override_even_unknown_ones() -> None:
    shortcuts = _map({"edit.find": ("Ctrl+G",), "renders.open": ("F9",)})
    shortcuts.reset_all()
    assert shortcuts.overrides() == {}
    assert shortcuts.keys("edit.find") == ("Ctrl+F",)


def test_overrides_of_commands_not_loaded_now_are_kept() -> None:
    shortcuts = _map({"renders.open": ("F9",), "edit.find": ("Ctrl+G",)})
    assert "renders.open" not in shortcuts.ids()
    assert shortcuts.overrides() == {"renders.open": ("F9",), "edit.find": ("Ctrl+G",)}


def test_duplicate_keys_are_kept_once() -> None:
    shortcuts = _map()
    shortcuts.set_keys("edit.find", ["Ctrl+G", "ctrl+g", " ", "F3"])
    assert shortcuts.keys("edit.find") == ("Ctrl+G", "F3")


def test_keys_that_text_fields_take_as_typing() -> None:
    assert same_key("Ctrl+Shift+Z", "ctrl + shift + z")
    for key in ("J", "Space", "Shift+A", ",", "Del", "Left"):
        assert types_in_text_fields(key), key
    for key in ("Ctrl+J", "Alt+Left", "F8", "Ctrl+K, Ctrl+C", "Ctrl+,", "Meta+A"):
        assert not types_in_text_fields(key), key


def test_overrides_survive_a_restart_and_bad_entries_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(shortcuts={"edit.find": ("Ctrl+G",), "play.toggle": ()})
    save_settings(path, settings)
    assert json.loads(path.read_text())["shortcuts"] == {
        "edit.find": ["Ctrl+G"],
        "play.toggle": [],
    }
    assert load_settings(path) == settings

    data = json.loads(path.read_text())
    data["shortcuts"]["edit.undo"] = "Ctrl+Z"  # not a list
    data["shortcuts"]["edit.redo"] = [3]
    path.write_text(json.dumps(data))
    assert load_settings(path).shortcuts == settings.shortcuts
    assert (tmp_path / "settings.json.bad").exists()


def test_shortcuts_that_are_not_an_object_give_no_overrides() -> None:
    problems: list[str] = []
    assert overrides_from_json(["Ctrl+G"], problems) == {}
    assert problems == ["shortcuts"]


def test_a_saved_key_wins_over_a_default_that_now_clashes() -> None:
    # Saved when Ctrl+F was free for Undo; a later version gave it to Find by default.
    shortcuts = _map({"edit.undo": ("Ctrl+F",)})
    assert shortcuts.keys("edit.undo") == ("Ctrl+F",)
    assert shortcuts.keys("edit.find") == ()
