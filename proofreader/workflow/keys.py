"""Which user action a create belongs to, and its Idempotency-Key for as long as it is open.

An action is named by what it asks for (`action_name`); its key comes from ActionKeys and is
retired once HeyGen's answer is known. A dropped connection, a 5xx, a cancel or a
`request_in_progress` leave the answer unknown, so the key stays for the retry.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from proofreader.heygen import (
    ApiError,
    RequestInProgressError,
    ServerError,
    UnexpectedResponseError,
)
from proofreader.library.action_keys import ActionKeys
from proofreader.workflow.errors import StaleAttempt

T = TypeVar("T")
HEYGEN_KEEPS_KEYS_S = 24 * 3600  # HeyGen replays the first answer to a key for 24 hours


def action_name(kind: str, *parts: object) -> str:
    """`kind:` and a digest of the action's JSON-able parts (no date: an action outlives a day)."""
    payload = json.dumps(list(parts), sort_keys=True, separators=(",", ":"), default=str)
    return f"{kind}:{hashlib.sha256(payload.encode('utf-8')).hexdigest()[:40]}"


def file_identity(path: Path) -> list[object]:
    """Which file, and which version of it: absolute path, size and modification time.

    Cheaper than hashing a large video, and it changes when the file is edited.
    """
    info = os.stat(path)
    return [str(path.resolve()), info.st_size, info.st_mtime_ns]


def _answer_known(exc: BaseException) -> bool:
    """HeyGen refused the request (a 4xx we could read): nothing was created, a new key may
    follow. A 2xx whose body we could not read (too large, not JSON) did create something."""
    unknown = ServerError | RequestInProgressError | UnexpectedResponseError
    return isinstance(exc, ApiError) and not isinstance(exc, unknown) and exc.status >= 400


async def run_keyed(
    keys: ActionKeys | None,
    action: str,
    create: Callable[[str], Awaitable[T]],
    *,
    key: str | None = None,
    then: Callable[[T], object] | None = None,
) -> T:
    """Call `create` with the action's key; retire the key once HeyGen's answer is known.

    `then(result)` runs before the key is retired: the caller records what was created there,
    so a crash between the two leaves the key for a retry that HeyGen answers with the same
    result. `key` given: the caller manages it (sent as is, never stored). `keys` None: a new
    key for this one call.
    """
    if key is not None:
        result = await create(key)
        if then is not None:
            then(result)
        return result
    store = keys if keys is not None else ActionKeys()
    age = store.age_s(action)
    if age is not None and age > HEYGEN_KEEPS_KEYS_S:  # HeyGen would not replay: ask first
        store.retire(action)
        raise StaleAttempt(age / 3600)
    chosen = store.key_for(action)
    try:
        result = await create(chosen)
    except BaseException as exc:
        if _answer_known(exc):
            store.retire(action)
        raise
    if then is not None:
        then(result)
    store.retire(action)
    return result
