"""The API key for a connection: the library's keychain functions run on a worker thread
(keyring can block on D-Bus or an unlock prompt), and the sentences about where a key comes
from and why HeyGen refused it."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from proofreader.heygen import AuthenticationError
from proofreader.i18n import translate
from proofreader.library import (
    API_KEY_ENV,
    FoundKey,
    KeychainUnavailable,
    KeySource,
    check_keychain,
    find_api_key,
    remove_api_key,
    store_api_key,
)
from proofreader.workflow.errors import WorkflowError


def env_key_note() -> str:
    """Why signing out cannot remove a key that comes from the environment."""
    return translate(
        "Keychain",
        "This key comes from the {variable} environment variable, so Proofreader cannot "
        "remove it: unset {variable} and restart Proofreader to stop using it.",
    ).format(variable=API_KEY_ENV)


class KeyRefused(WorkflowError):
    """HeyGen did not accept the key (401/403) when it was checked with GET /v3/users/me."""


async def find_key(environ: Mapping[str, str] | None = None) -> FoundKey | None:
    """HEYGEN_API_KEY, else the keychain entry; raises KeychainUnavailable (see find_api_key)."""
    return await asyncio.to_thread(find_api_key, environ)


async def keep_key(key: str) -> None:
    """Store the key in the OS keychain; raises KeychainUnavailable when there is none."""
    await asyncio.to_thread(store_api_key, key)


async def forget_key() -> None:
    await asyncio.to_thread(remove_api_key)


async def keychain_problem() -> str | None:
    """None when a keychain is usable, else the sentence saying so and explaining the variable."""
    problem: KeychainUnavailable | None = await asyncio.to_thread(check_keychain)
    return None if problem is None else str(problem)


def refused_sentence(exc: AuthenticationError, source: KeySource | None) -> str:
    """What to tell the user when HeyGen refuses a key, depending on where it came from."""
    if exc.status == 403:
        return translate(
            "Keychain",
            "HeyGen refused access with this key: check that it belongs to an account with "
            "API access (HeyGen dashboard, Settings → API), then try again.",
        )
    if source is KeySource.ENVIRONMENT:
        return translate(
            "Keychain",
            "HeyGen did not accept the key in {variable}: set it to the key shown in "
            "your HeyGen account (Settings → API) and restart Proofreader.",
        ).format(variable=API_KEY_ENV)
    if source is KeySource.KEYCHAIN:
        return translate(
            "Keychain",
            "HeyGen did not accept the key saved on this computer (it may have been revoked): "
            "sign in again with a current key from your HeyGen account (Settings → API).",
        )
    return translate(
        "Keychain",
        "HeyGen did not accept this key: check that you copied the whole key from your "
        "HeyGen account (Settings → API), then try again.",
    )
