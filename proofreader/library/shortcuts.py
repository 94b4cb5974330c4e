"""Keyboard shortcuts the user changed, and the rule for which keys clash.

A command's keys are portable key strings ("Ctrl+F", "Space": Qt's PortableText, which reads the
same on every platform). An override replaces all of a command's default keys (an empty tuple:
no key at all). Only differences from the defaults are stored, so a later version's new default
reaches everyone who never changed that command.

Each command has a scope: "" works in the whole window, any other name only while that widget
(or a child) has focus. A key clashes with another command's key when their scopes overlap: the
window overlaps everything, two different widgets never overlap (neither holds the other).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

WINDOW_SCOPE = ""
_MODIFIERS = ("ctrl+", "alt+", "meta+")
# Keys a text field claims before shortcuts are matched (besides single characters).
_NAMED_TYPING_KEYS = frozenset(
    {"space", "backspace", "del", "home", "end", "left", "right", "up", "down", "return"}
)

KeyMap = Mapping[str, Sequence[str]]
Overrides = dict[str, tuple[str, ...]]


def same_key(a: str, b: str) -> bool:
    """True when two portable strings name the same key ("ctrl+f" is "Ctrl+F")."""
    return _norm(a) == _norm(b)


def scopes_overlap(a: str, b: str) -> bool:
    """True when a key in scope `a` and the same key in scope `b` can both be live at once."""
    return WINDOW_SCOPE in (a, b) or a == b


def types_in_text_fields(key: str) -> bool:
    """True for keys a text field takes as typing (a letter, Space, Shift+letter): as shortcuts
    they work only outside text fields, the way Space plays and pauses."""
    name = _norm(key).removeprefix("shift+")
    if len(name) == 1:
        return True
    if "," in name or any(m in name for m in _MODIFIERS):
        return False  # a modifier, or a sequence of several keys
    return name in _NAMED_TYPING_KEYS


class ShortcutMap:
    """Every command's current keys over its defaults: the shortcut editor's working copy.

    `defaults` lists every command (id -> keys) and `scopes` their scopes (missing: the window).
    Overrides for commands not in `defaults` (a part of the app not loaded this time) are kept
    untouched so saving does not lose them.
    """

    def __init__(
        self,
        defaults: KeyMap,
        scopes: Mapping[str, str] | None = None,
        overrides: KeyMap | None = None,
    ) -> None:
        self._defaults = {cid: _unique(keys) for cid, keys in defaults.items()}
        self._scopes = dict(scopes or {})
        self._keys = dict(self._defaults)
        self._unknown: Overrides = {}
        changed = []
        for cid, keys in (overrides or {}).items():
            if cid in self._defaults:
                self._keys[cid] = _unique(keys)
                changed.append(cid)
            else:
                self._unknown[cid] = _unique(keys)
        for cid in changed:  # the user's key wins over a default that clashes (a new version's)
            for other, key in self.conflicts(cid, self._keys[cid]):
                if other not in changed:
                    self._keys[other] = tuple(k for k in self._keys[other] if not same_key(k, key))

    # ----- reading -----

    def ids(self) -> list[str]:
        return list(self._defaults)

    def keys(self, command_id: str) -> tuple[str, ...]:
        return self._keys[command_id]

    def default_keys(self, command_id: str) -> tuple[str, ...]:
        return self._defaults[command_id]

    def scope(self, command_id: str) -> str:
        return self._scopes.get(command_id, WINDOW_SCOPE)

    def is_default(self, command_id: str) -> bool:
        return _same_keys(self._keys[command_id], self._defaults[command_id])

    def current(self) -> Overrides:
        """Every known command's keys, overridden or not."""
        return dict(self._keys)

    def overrides(self) -> Overrides:
        """What differs from the defaults (plus the kept unknown ones): what settings store."""
        changed = {cid: k for cid, k in self._keys.items() if not self.is_default(cid)}
        return {**self._unknown, **changed}

    def conflicts(self, command_id: str, keys: Iterable[str]) -> list[tuple[str, str]]:
        """(other command, key) for each of `keys` another command uses where both work."""
        scope = self.scope(command_id)
        found: list[tuple[str, str]] = []
        for key in keys:
            for other, other_keys in self._keys.items():
                if other == command_id or not scopes_overlap(scope, self.scope(other)):
                    continue
                if any(same_key(key, k) for k in other_keys):
                    found.append((other, key))
        return found

    # ----- changing -----

    def set_keys(self, command_id: str, keys: Iterable[str]) -> list[tuple[str, str]]:
        """Give the command these keys, taking each from any command it clashes with.

        Returns the (other command, key) pairs taken, so the caller can say what changed; ask
        the user first with conflicts().
        """
        new = _unique(keys)
        taken = self.conflicts(command_id, new)
        for other, key in taken:
            self._keys[other] = tuple(k for k in self._keys[other] if not same_key(k, key))
        self._keys[command_id] = new
        return taken

    def reset(self, command_id: str) -> list[tuple[str, str]]:
        """Back to the default keys (taken back from any command that was given them)."""
        return self.set_keys(command_id, self._defaults[command_id])

    def reset_all(self) -> None:
        self._keys = dict(self._defaults)
        self._unknown = {}


# ----- settings file -----


def overrides_to_json(overrides: KeyMap) -> dict[str, list[str]]:
    return {cid: list(keys) for cid, keys in sorted(overrides.items())}


def overrides_from_json(raw: Any, problems: list[str]) -> Overrides:
    """The overrides in a settings file; each unusable entry is named in `problems` and left
    out (that command keeps its default keys)."""
    if not isinstance(raw, dict):
        problems.append("shortcuts")
        return {}
    result: Overrides = {}
    for cid, keys in raw.items():
        if (
            isinstance(cid, str)
            and cid
            and isinstance(keys, list)
            and all(isinstance(k, str) and k.strip() for k in keys)
        ):
            result[cid] = _unique(keys)
        else:
            problems.append(f"shortcuts[{cid!r}]")
    return result


def _norm(key: str) -> str:
    return key.replace(" ", "").casefold()


def _unique(keys: Iterable[str]) -> tuple[str, ...]:
    result: list[str] = []
    for key in keys:
        key = key.strip()
        if key and not any(same_key(key, k) for k in result):
            result.append(key)
    return tuple(result)


def _same_keys(a: Sequence[str], b: Sequence[str]) -> bool:
    return len(a) == len(b) and all(same_key(x, y) for x, y in zip(a, b, strict=True))
