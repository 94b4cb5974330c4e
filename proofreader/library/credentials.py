"""The HeyGen API key: from HEYGEN_API_KEY, else the OS keychain (keyring), else the key that
HeyGen's own CLI saved (`heygen auth login`: `~/.heygen/credentials`, or in HEYGEN_CONFIG_DIR).

The key never appears in a log line or an exception message: keychain errors are reported by
their kind only and are raised outside the handler, so no backend exception (whose text might
quote the secret) rides along as __cause__ or __context__. Keychain calls can block (a D-Bus
round trip, an unlock prompt): the GUI calls these functions from a worker thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from proofreader.library.logs import remember_secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

API_KEY_ENV = "HEYGEN_API_KEY"
HEYGEN_CONFIG_ENV = "HEYGEN_CONFIG_DIR"
KEYRING_SERVICE = "proofreader"
KEYRING_USERNAME = "heygen-api-key"

_log = logging.getLogger(__name__)
_T = TypeVar("_T")

_ENV_ALTERNATIVE = (
    f"set the environment variable {API_KEY_ENV} to your API key before starting Proofreader "
    "instead"
)
_NO_KEYCHAIN = "No system keychain is available on this computer"
_LOCKED = "The system keychain is locked"


class KeychainUnavailable(RuntimeError):
    """No usable OS keychain: the key can still be given through HEYGEN_API_KEY."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"{reason}; {_ENV_ALTERNATIVE}.")
        self.reason = reason


class KeySource(StrEnum):
    ENVIRONMENT = "environment"
    KEYCHAIN = "keychain"
    HEYGEN_CLI = "heygen-cli"


@dataclass(frozen=True)
class FoundKey:
    """An API key and where it came from (the UI cannot remove a key set in the environment)."""

    value: str = field(repr=False)
    source: KeySource


def find_api_key(environ: Mapping[str, str] | None = None) -> FoundKey | None:
    """HEYGEN_API_KEY if set and not blank, else the keychain entry, else None.

    Raises KeychainUnavailable when the environment has no key and the keychain cannot be read.
    """
    env = os.environ if environ is None else environ
    from_env = env.get(API_KEY_ENV, "").strip()
    if from_env:
        return FoundKey(from_env, KeySource.ENVIRONMENT)
    try:
        backend = _usable_backend()
        stored = _call(
            lambda: backend.get_password(KEYRING_SERVICE, KEYRING_USERNAME), "could not be read"
        )
    except KeychainUnavailable:
        saved = heygen_cli_key(env)
        if saved is None:
            raise
        return saved
    if stored is None or not stored.strip():
        return heygen_cli_key(env)
    remember_secret(stored)  # scrubbed from every later log line and problem report
    return FoundKey(stored.strip(), KeySource.KEYCHAIN)


def heygen_cli_credentials(environ: Mapping[str, str] | None = None) -> Path:
    """Where HeyGen's CLI keeps its key: HEYGEN_CONFIG_DIR, else ~/.heygen, then `credentials`."""
    env = os.environ if environ is None else environ
    folder = env.get(HEYGEN_CONFIG_ENV, "").strip()
    return (Path(folder).expanduser() if folder else Path.home() / ".heygen") / "credentials"


def heygen_cli_key(environ: Mapping[str, str] | None = None) -> FoundKey | None:
    """The API key HeyGen's CLI saved: the file's one line, or its JSON `api_key`; else None."""
    try:
        text = heygen_cli_credentials(environ).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    key: object = text
    if text.startswith("{"):
        try:
            key = json.loads(text).get("api_key")
        except (ValueError, AttributeError):
            return None
    if not isinstance(key, str) or not key.strip() or "\n" in key.strip():
        return None
    remember_secret(key.strip())
    return FoundKey(key.strip(), KeySource.HEYGEN_CLI)


def resolve_api_key(environ: Mapping[str, str] | None = None) -> str | None:
    """The API key to use, or None when none is configured (see find_api_key)."""
    found = find_api_key(environ)
    return None if found is None else found.value


def store_api_key(key: str) -> None:
    """Keep the key in the OS keychain, replacing any previous one."""
    key = key.strip()
    if not key:
        raise ValueError("The API key is empty; paste the key from your HeyGen account settings.")
    remember_secret(key)
    backend = _usable_backend()
    _call(
        lambda: backend.set_password(KEYRING_SERVICE, KEYRING_USERNAME, key),
        "refused to store the API key",
    )
    _log.info("API key stored in the keychain (%s)", type(backend).__name__)


def remove_api_key() -> None:
    """Forget the key kept in the keychain; nothing happens if there is none."""
    backend = _usable_backend()

    def delete() -> None:
        import keyring.errors

        # PasswordDeleteError means nothing was stored: already removed.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            backend.delete_password(KEYRING_SERVICE, KEYRING_USERNAME)

    _call(delete, "could not remove the API key")
    _log.info("API key removed from the keychain")


def check_keychain() -> KeychainUnavailable | None:
    """None if a usable keychain backend is installed, else the reason (for the welcome screen).

    This does not read the key, so it never prompts the user to unlock anything.
    """
    try:
        _usable_backend()
    except KeychainUnavailable as unavailable:
        return unavailable
    return None


def _usable_backend() -> KeyringBackend:
    # keyring loads its backends on import (~0.1 s): only when the keychain is used, never at
    # the window's start-up
    import keyring
    from keyring.backends import chainer, fail, null

    backend = _call(keyring.get_keyring, "could not be opened")
    if isinstance(backend, fail.Keyring | null.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    ):
        raise KeychainUnavailable(_NO_KEYCHAIN)
    return backend


def _call(operation: Callable[[], _T], what: str) -> _T:
    """Run a keychain operation; failures become KeychainUnavailable with no chained error."""
    import keyring.errors

    try:
        return operation()
    except keyring.errors.NoKeyringError:
        failure = KeychainUnavailable(_NO_KEYCHAIN)
    except keyring.errors.KeyringLocked:
        failure = KeychainUnavailable(_LOCKED)
    except (keyring.errors.KeyringError, RuntimeError, OSError) as error:
        kind = type(error).__name__
        _log.warning("Keychain operation failed: %s", kind)
        failure = KeychainUnavailable(f"The system keychain {what} ({kind})")
    raise failure
