"""One draft, one owner: a lock per open document, held by the process that has it open.

The lock is an OS file lock (flock on POSIX, a byte-range lock on Windows) on
`<stem>.lock` in the journal folder, so the OS releases it when the owner exits in any way,
kill -9 included: a lock is never stale. The file also holds the owner's process id, for the
sentence that tells another window who has the document.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from proofreader.library.edit_journal import journal_stem

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    # Windows locks are mandatory: lock a byte far past the pid, so others can still read it.
    _LOCKED_BYTE = 1 << 30

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class DraftLocked(Exception):
    """Another window (process `pid`, when known) has the document open."""

    def __init__(self, key: str, pid: int | None) -> None:
        super().__init__(key, pid)
        self.key = key
        self.pid = pid


def _path(folder: Path, key: str) -> Path:
    return folder / f"{journal_stem(key)}.lock"


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text("ascii", errors="replace").split()
    except OSError:
        return None
    return int(text[0]) if text and text[0].isdigit() else None


class DraftLock:
    """Held from acquire() until release() or the end of the process."""

    def __init__(self, key: str, fd: int) -> None:
        self.key = key
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, folder: Path, key: str) -> DraftLock:
        """Take the lock of `key`; raises DraftLocked when another owner holds it."""
        folder.mkdir(parents=True, exist_ok=True)
        path = _path(folder, key)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise DraftLocked(key, _read_pid(path))
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        return cls(key, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)


def lock_holder(folder: Path, key: str) -> int | None:
    """The pid of the process holding the lock of `key` (0 when unknown), or None if free.

    A lock held by this very process through another DraftLock counts as held: two windows of
    one process must not share a draft either.
    """
    path = _path(folder, key)
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_pid(path) or 0
    finally:
        os.close(fd)
