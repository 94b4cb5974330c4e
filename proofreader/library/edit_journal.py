"""The edit journal's files: a base snapshot and append-only generations of lines, per draft.

Why files and not the SQLite library: an append is one write(2) to a descriptor kept open, a
few microseconds on the GUI thread, never waiting for the autosave worker's transaction. Once
write(2) returns the bytes are in the OS page cache, which a kill -9 of the app cannot take
away (a power cut can: the debounced snapshot in the library bounds that loss).

For a draft key the folder holds `<stem>.<gen>.base` (the document when it was opened or last
saved: what the journal replays onto when no snapshot is newer) and `<stem>.<gen>.jnl` files
(the lines written since generation `gen` began). Each snapshot starts a new generation and
names it, so restore = newest base or snapshot of generation G + every line of generations ≥ G.
Generations older than a committed snapshot are deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: The snapshot meta entry naming the journal generation whose lines follow the snapshot.
JOURNAL_GEN = "journal_gen"


def generation_of(meta: Mapping[str, object]) -> int:
    """The journal generation a snapshot's meta names (0: an older draft without one)."""
    value = meta.get(JOURNAL_GEN)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


_NAME = re.compile(r"^(?P<stem>[0-9a-f]{32})\.(?P<gen>\d+)\.(?P<kind>base|jnl)$")


def journal_stem(key: str) -> str:
    """The file-name stem of a draft key (a path or an id: any characters, any length)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class JournalBase:
    """The base snapshot of a key and the generation its lines start at."""

    generation: int
    path: Path

    def read(self, limit: int = -1) -> bytes:
        """The snapshot bytes (the first `limit` bytes when given: enough for its meta)."""
        with self.path.open("rb") as file:
            return file.read(limit)


class JournalFolder:
    """Every key's journal files in one folder (beside the library)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _files(self, key: str) -> list[tuple[int, str, Path]]:
        stem = journal_stem(key)
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return []
        found = []
        for name in names:
            match = _NAME.match(name)
            if match and match["stem"] == stem:
                found.append((int(match["gen"]), match["kind"], self.folder / name))
        return sorted(found)

    def next_generation(self, key: str, after: int = 0) -> int:
        """A generation newer than any on disk and than `after` (the library draft's): one that
        never goes back, across restarts. It is the clock in microseconds where that is larger,
        since a snapshot may have deleted every file of the key."""
        on_disk = max((gen for gen, _kind, _path in self._files(key)), default=0)
        return max(on_disk + 1, after + 1, time.time_ns() // 1000)

    def writer(self, key: str, after: int = 0) -> JournalWriter:
        return JournalWriter(self, key, self.next_generation(key, after))

    def write_base(self, key: str, generation: int, payload: bytes) -> None:
        """Keep `payload` as the base of generation `generation` (atomic: whole or absent)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{journal_stem(key)}.{generation}.base"
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(payload)
        os.replace(temporary, path)

    def base(self, key: str) -> JournalBase | None:
        """The newest base of `key`, if any."""
        for gen, kind, path in reversed(self._files(key)):
            if kind == "base":
                return JournalBase(gen, path)
        return None

    def lines_since(self, key: str, generation: int) -> list[bytes]:
        """The contents of every journal file of generation ≥ `generation`, oldest first."""
        chunks = []
        for gen, kind, path in self._files(key):
            if kind == "jnl" and gen >= generation:
                with contextlib.suppress(FileNotFoundError):
                    chunks.append(path.read_bytes())
        return chunks

    def has_lines_since(self, key: str, generation: int) -> bool:
        for gen, kind, path in self._files(key):
            if kind == "jnl" and gen >= generation:
                with contextlib.suppress(FileNotFoundError):
                    if path.stat().st_size:
                        return True
        return False

    def bases(self) -> list[JournalBase]:
        """The newest base of every key that has one (what a restart may find to restore)."""
        newest: dict[str, tuple[int, Path]] = {}
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return []
        for name in names:
            match = _NAME.match(name)
            if match and match["kind"] == "base":
                gen = int(match["gen"])
                if gen > newest.get(match["stem"], (-1, Path()))[0]:
                    newest[match["stem"]] = (gen, self.folder / name)
        return [JournalBase(gen, path) for gen, path in newest.values()]

    def drop_before(self, key: str, generation: int) -> None:
        """Delete the files a snapshot of generation `generation` made useless."""
        for gen, _kind, path in self._files(key):
            if gen < generation:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()

    def discard(self, key: str) -> None:
        """Delete every file of `key` (its draft is gone: saved, discarded or closed clean)."""
        for _gen, _kind, path in self._files(key):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


class JournalWriter:
    """Appends lines for one key; `start_generation` begins a new file (at each snapshot)."""

    def __init__(self, folder: JournalFolder, key: str, generation: int) -> None:
        self._folder = folder
        self.key = key
        self.generation = generation
        self._fd: int | None = None

    def append(self, line: bytes) -> None:
        """Write `line` now: durable against a kill of the process once this returns."""
        if self._fd is None:
            self._folder.folder.mkdir(parents=True, exist_ok=True)
            path = self._folder.folder / f"{journal_stem(self.key)}.{self.generation}.jnl"
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        view = memoryview(line)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def start_generation(self) -> int:
        """Close the current file; later lines go to a new generation, which is returned."""
        self.close()
        self.generation = max(self.generation + 1, time.time_ns() // 1000)
        return self.generation

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
