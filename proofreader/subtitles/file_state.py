"""What a file on disk held when the editor last read or wrote it, to notice other programs.

Size and modification time decide cheaply that nothing changed; when they differ, the content
hash decides (a sync client that rewrites the same bytes, or a `touch`, is not a change).
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
        """The file's state now; None when there is no file (deleted or moved away)."""
        try:
            stat = path.stat()
            digest = hashlib.sha256()
            with path.open("rb") as file:
                while chunk := file.read(_CHUNK):
                    digest.update(chunk)
        except (FileNotFoundError, NotADirectoryError):
            return None
        return cls(stat.st_size, stat.st_mtime_ns, digest.hexdigest())

    def same_content(self, other: FileState | None) -> bool:
        return other is not None and (self.size, self.digest) == (other.size, other.digest)


def changed_on_disk(path: Path, known: FileState | None) -> bool:
    """True when `path` no longer holds what `known` recorded (or appeared, or went away)."""
    try:
        stat = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return known is not None
    if known is None:
        return True
    if (stat.st_size, stat.st_mtime_ns) == (known.size, known.mtime_ns):
        return False
    return not known.same_content(FileState.of(path))
