"""What the window remembers between runs: geometry, splitter sizes, toggles, recent files.

All of it lives in Settings.ui_state (opaque strings by key): Qt's own saveGeometry/saveState
as base64, and small JSON lists. Saving never raises: losing a splitter size is not worth a
dialog, so failures are only logged.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from proofreader.library import Settings, SettingsError, load_settings, save_settings
from proofreader.workspace.document_source import DocumentSource, local_source

log = logging.getLogger(__name__)

RECENT_LIMIT = 10
_RECENT = "recent_files"
_GEOMETRY = "window_geometry"
_WINDOW_STATE = "window_state"


class WindowState:
    """Loads and saves the ui_state part of the settings file for one window."""

    def __init__(self, settings_path: Path | None) -> None:
        self._path = settings_path
        self.settings = load_settings(settings_path) if settings_path else Settings()

    def value(self, key: str, default: str = "") -> str:
        return self.settings.ui_state.get(key, default)

    def set_value(self, key: str, value: str) -> None:
        self.settings = self.settings.with_ui_state(key, value)

    def flag(self, key: str, default: bool) -> bool:
        value = self.settings.ui_state.get(key)
        return default if value is None else value == "1"

    def set_flag(self, key: str, on: bool) -> None:
        self.set_value(key, "1" if on else "0")

    # ----- keyboard shortcuts (written with the rest by save) -----

    def shortcut_overrides(self) -> dict[str, tuple[str, ...]]:
        """The keys the user gave commands, by command id (only those changed)."""
        return dict(self.settings.shortcuts)

    def set_shortcut_overrides(self, overrides: Mapping[str, tuple[str, ...]]) -> None:
        self.settings = replace(self.settings, shortcuts=dict(overrides))

    # ----- Qt state -----

    def restore_window(self, window: QMainWindow) -> bool:
        """Geometry and dock/toolbar state; False when there was none (first run)."""
        geometry = _bytes(self.value(_GEOMETRY))
        if geometry is None or not window.restoreGeometry(geometry):
            return False
        state = _bytes(self.value(_WINDOW_STATE))
        if state is not None:
            window.restoreState(state)
        return True

    def remember_window(self, window: QMainWindow) -> None:
        self.set_value(_GEOMETRY, _text(window.saveGeometry()))
        self.set_value(_WINDOW_STATE, _text(window.saveState()))

    def restore_splitter(self, name: str, splitter: QSplitter) -> bool:
        state = _bytes(self.value(f"splitter/{name}"))
        return state is not None and splitter.restoreState(state)

    def remember_splitter(self, name: str, splitter: QSplitter) -> None:
        self.set_value(f"splitter/{name}", _text(splitter.saveState()))

    # ----- recent files -----

    def recent_sources(self) -> list[DocumentSource]:
        try:
            items = json.loads(self.value(_RECENT, "[]"))
        except ValueError:
            return []
        sources = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("translation"), str):
                continue

            def path(name: str, item: dict[str, object] = item) -> Path | None:
                value = item.get(name)
                return Path(value) if isinstance(value, str) and value else None

            language = item.get("language")
            sources.append(
                local_source(
                    Path(item["translation"]),
                    path("original"),
                    path("video"),
                    language=language if isinstance(language, str) else None,
                    glossary=path("glossary"),
                )
            )
        return sources

    def add_recent(self, source: DocumentSource) -> None:
        """Put a local file first in the recent list (the sample is not remembered)."""
        if source.kind != "file" or source.translation is None:
            return
        kept = [s for s in self.recent_sources() if s.key != source.key]
        self._set_recent([source, *kept][:RECENT_LIMIT])

    def remove_recent(self, key: str) -> None:
        self._set_recent([s for s in self.recent_sources() if s.key != key])

    def _set_recent(self, sources: list[DocumentSource]) -> None:
        def text(path: Path | None) -> str | None:
            return None if path is None else str(path)

        items = [
            {
                "translation": text(s.translation),
                "original": text(s.original),
                "video": text(s.video),
                "language": s.language,
                "glossary": text(s.glossary),
            }
            for s in sources
        ]
        self.set_value(_RECENT, json.dumps(items, ensure_ascii=False))

    # ----- disk -----

    def save(self, update: Callable[[], None] | None = None) -> None:
        """Write the settings file (after `update` collected the current state)."""
        if update is not None:
            update()
        if self._path is None:
            return
        try:
            current = load_settings(self._path)  # keep what other windows/dialogs changed
            merged = current
            for key, value in self.settings.ui_state.items():
                merged = merged.with_ui_state(key, value)
            merged = replace(merged, shortcuts=self.settings.shortcuts)
            save_settings(self._path, merged)
            self.settings = merged
        except SettingsError as exc:
            log.warning("Window state not saved: %s", exc)


def _text(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _bytes(text: str) -> QByteArray | None:
    if not text:
        return None
    return QByteArray.fromBase64(text.encode("ascii"))
