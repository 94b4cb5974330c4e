"""Idempotency keys that a repeated request reproduces, so a retry cannot pay twice.

A key is a digest of what the request asks for plus today's date (UTC): the same command
repeated after an unclear failure sends the same key, while the same request made again on
another day (sessions expire after about 24 hours) is a new one. Callers that remember their
own key (the window keeps one per action) pass it instead.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

PREFIX = "proofreader-"


def today_utc() -> date:
    return datetime.now(UTC).date()


def request_key(kind: str, *parts: object, day: date | None = None) -> str:
    """A stable key for one kind of request and its JSON-able parts."""
    payload = json.dumps(
        [kind, (day or today_utc()).isoformat(), *parts],
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return PREFIX + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:40]


def file_identity(path: Path) -> list[object]:
    """Which file, and which version of it: absolute path, size and modification time.

    Cheaper than hashing a large video, and it changes when the file is edited.
    """
    info = os.stat(path)
    return [str(path.resolve()), info.st_size, info.st_mtime_ns]
