"""Library fixtures: a store in a temporary folder and real (in-memory) keyring backends."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from proofreader.library.store import LibraryStore

_Backend = TypeVar("_Backend", bound=KeyringBackend)


class MemoryKeyring(KeyringBackend):
    """A working keychain that lives in this process only."""

    # Below zero: keyring never picks it by itself (nor chains it) when it looks for backends.
    priority = -10

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.entries[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A keychain the user has not unlocked; its errors quote what they were given."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked(f"locked while reading {service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password!r}")


@contextlib.contextmanager
def _installed(backend: _Backend) -> Iterator[_Backend]:
    """Use `backend` as the process's keyring for one test, then put the previous one back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with _installed(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def locked_keyring() -> Iterator[LockedKeyring]:
    with _installed(LockedKeyring()) as backend:
        yield backend


@pytest.fixture
def fail_keyring() -> Iterator[KeyringBackend]:
    """keyring's own "no backend" keyring, what a machine without a keychain gets."""
    with _installed(fail.Keyring()) as backend:  # type: ignore[no-untyped-call]
        yield backend


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "library.sqlite3"


@pytest.fixture
def store(library_path: Path) -> Iterator[LibraryStore]:
    with LibraryStore(library_path) as opened:
        yield opened
