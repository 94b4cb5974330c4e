"""What a file on disk held when the editor last read or wrote it, to notice other programs.

The content hash decides (a sync client that rewrites the same bytes, or a `touch`, is not a
change); size and modification time only spare the hash when a watcher fires for nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> FileState | None:
        """The file's state now; None when there is no file to read (deleted, moved away, a
        folder now, or unreadable: reading it says which, in one sentence)."""
        try:
            stat = path.stat()
            digest = hashlib.sha256()
            with path.open("rb") as file:
                while chunk := file.read(_CHUNK):
                    digest.update(chunk)
        except OSError:
            return None
        return cls(stat.st_size, stat.st_mtime_ns, digest.hexdigest())

    def same_content(self, other: FileState | None) -> bool:
        return other is not None and (self.size, self.digest) == (other.size, other.digest)


def changed_on_disk(path: Path, known: FileState | None) -> bool:
    """True when `path` no longer holds what `known` recorded (or appeared, or went away).

    Always by content: a sync client may keep the remote mtime, and some file systems count
    mtimes in seconds, so an equal size and mtime prove nothing (hashing costs a few ms)."""
    now = FileState.of(path)
    if now is None or known is None:
        return (now is None) != (known is None)
    return not known.same_content(now)


def looks_unchanged(path: Path, seen: FileState | None) -> bool:
    """A cheap first look (size and mtime, no reading) before hashing on a watcher's signal."""
    try:
        stat = path.stat()
    except OSError:
        return seen is None
    return seen is not None and (stat.st_size, stat.st_mtime_ns) == (seen.size, seen.mtime_ns)
