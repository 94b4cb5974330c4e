"""The sandbox's state in one SQLite file, so a demo survives a restart of the server.

Records are plain dataclasses; file columns hold names relative to the files folder beside the
database. One connection guarded by a lock: the server's loop thread and test hooks share it.
"""

from __future__ import annotations

import dataclasses
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS assets (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, mime_type TEXT NOT NULL, size_bytes INTEGER NOT NULL,
    status TEXT NOT NULL, file TEXT, sha256 TEXT, expected_sha256 TEXT,
    created_at REAL NOT NULL, uploaded_at REAL);
CREATE TABLE IF NOT EXISTS proofreads (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, output_language TEXT NOT NULL,
    input_language TEXT NOT NULL, mode TEXT NOT NULL, created_at REAL NOT NULL,
    ready_at REAL NOT NULL, failure_message TEXT, source_file TEXT, duration REAL NOT NULL,
    original_srt TEXT, translated_srt TEXT, expired INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS translations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
    output_language TEXT NOT NULL, input_language TEXT NOT NULL, duration REAL NOT NULL,
    created_at REAL NOT NULL, running_at REAL NOT NULL, ready_at REAL NOT NULL,
    callback_id TEXT, translate_audio_only INTEGER NOT NULL, captions INTEGER NOT NULL,
    source_file TEXT, srt_file TEXT, failure_message TEXT, proofread_id TEXT);
CREATE TABLE IF NOT EXISTS idempotency_keys (
    route TEXT NOT NULL, key TEXT NOT NULL, created_at REAL NOT NULL, status INTEGER,
    body TEXT, PRIMARY KEY (route, key));
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""

COUNTER_NAMES = ("assets", "proofreads", "generates", "video_translations")


@dataclass
class Asset:
    id: str
    name: str
    mime_type: str
    size_bytes: int
    status: str  # pending_upload -> uploaded (bytes received) -> ready
    file: str | None
    sha256: str | None
    expected_sha256: str | None
    created_at: float
    uploaded_at: float | None


@dataclass
class Proofread:
    id: str
    title: str
    output_language: str
    input_language: str
    mode: str
    created_at: float
    ready_at: float
    failure_message: str | None
    source_file: str | None
    duration: float
    original_srt: str | None
    translated_srt: str | None
    expired: bool = False


@dataclass
class Translation:
    id: str
    title: str
    output_language: str
    input_language: str
    duration: float
    created_at: float
    running_at: float
    ready_at: float
    callback_id: str | None
    translate_audio_only: bool
    captions: bool
    source_file: str | None
    srt_file: str | None
    failure_message: str | None
    proofread_id: str | None
    seq: int = 0


@dataclass(frozen=True)
class IdempotentEntry:
    status: int | None  # None while the first request is still being carried out
    body: str | None


_Record = TypeVar("_Record", Asset, Proofread, Translation)
_BOOL_COLUMNS = {"expired", "translate_audio_only", "captions"}


class Store:
    """Typed reads and writes of the sandbox state."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _run(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # -- meta ----------------------------------------------------------------------------------

    def secret(self) -> bytes:
        """The URL-signing key, made once per state so links survive a restart."""
        rows = self._run("SELECT value FROM meta WHERE key = 'signing_secret'")
        if rows:
            return bytes.fromhex(str(rows[0]["value"]))
        value = secrets.token_hex(32)
        self._run("INSERT OR IGNORE INTO meta VALUES ('signing_secret', ?)", (value,))
        return self.secret()

    # -- generic record helpers ----------------------------------------------------------------

    def _insert(self, table: str, record: Asset | Proofread | Translation) -> None:
        values = dataclasses.asdict(record)
        if table == "translations":
            values.pop("seq")
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self._run(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values()))

    def _get(self, table: str, cls: type[_Record], ident: str) -> _Record | None:
        rows = self._run(f"SELECT * FROM {table} WHERE id = ?", (ident,))
        return _load(cls, rows[0]) if rows else None

    def _update(self, table: str, ident: str, **values: Any) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self._run(f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), ident))

    # -- assets --------------------------------------------------------------------------------

    def add_asset(self, asset: Asset) -> None:
        self._insert("assets", asset)

    def asset(self, ident: str) -> Asset | None:
        return self._get("assets", Asset, ident)

    def update_asset(self, ident: str, **values: Any) -> None:
        self._update("assets", ident, **values)

    def delete_asset(self, ident: str) -> None:
        self._run("DELETE FROM assets WHERE id = ?", (ident,))

    # -- proofreads ----------------------------------------------------------------------------

    def add_proofread(self, proofread: Proofread) -> None:
        self._insert("proofreads", proofread)

    def proofread(self, ident: str) -> Proofread | None:
        return self._get("proofreads", Proofread, ident)

    def update_proofread(self, ident: str, **values: Any) -> None:
        self._update("proofreads", ident, **values)

    # -- video translations --------------------------------------------------------------------

    def add_translation(self, translation: Translation) -> None:
        self._insert("translations", translation)

    def translation(self, ident: str) -> Translation | None:
        return self._get("translations", Translation, ident)

    def update_translation(self, ident: str, **values: Any) -> None:
        self._update("translations", ident, **values)

    def delete_translation(self, ident: str) -> None:
        self._run("DELETE FROM translations WHERE id = ?", (ident,))

    def translations_page(
        self, limit: int, before_seq: int | None
    ) -> tuple[list[Translation], bool]:
        """Newest first; the items older than ``before_seq`` and whether more follow."""
        bound = before_seq if before_seq is not None else 2**62
        rows = self._run(
            "SELECT * FROM translations WHERE seq < ? ORDER BY seq DESC LIMIT ?", (bound, limit + 1)
        )
        items = [_load(Translation, row) for row in rows[:limit]]
        return items, len(rows) > limit

    # -- idempotency keys ----------------------------------------------------------------------

    def reserve_key(
        self, route: str, key: str, now: float, kept_s: float
    ) -> IdempotentEntry | None:
        """Claim the key for this request; the earlier entry if it was used within `kept_s`."""
        with self._lock:
            self._db.execute(
                "DELETE FROM idempotency_keys WHERE route = ? AND key = ? AND created_at < ?",
                (route, key, now - kept_s),
            )
            rows = self._db.execute(
                "SELECT status, body FROM idempotency_keys WHERE route = ? AND key = ?",
                (route, key),
            ).fetchall()
            if rows:
                return IdempotentEntry(rows[0]["status"], rows[0]["body"])
            self._db.execute(
                "INSERT INTO idempotency_keys (route, key, created_at) VALUES (?, ?, ?)",
                (route, key, now),
            )
            return None

    def finish_key(self, route: str, key: str, status: int, body: str) -> None:
        self._run(
            "UPDATE idempotency_keys SET status = ?, body = ? WHERE route = ? AND key = ?",
            (status, body, route, key),
        )

    def release_key(self, route: str, key: str) -> None:
        self._run("DELETE FROM idempotency_keys WHERE route = ? AND key = ?", (route, key))

    # -- counters ------------------------------------------------------------------------------

    def bump(self, name: str, amount: int = 1) -> None:
        self._run(
            "INSERT INTO counters VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
            (name, amount),
        )

    def counts(self) -> dict[str, int]:
        found = {row["name"]: int(row["value"]) for row in self._run("SELECT * FROM counters")}
        return {name: found.get(name, 0) for name in COUNTER_NAMES}


def _load(cls: type[_Record], row: sqlite3.Row) -> _Record:
    values = {key: row[key] for key in row.keys()}  # noqa: SIM118 - sqlite3.Row is not a dict
    for name in _BOOL_COLUMNS & values.keys():
        values[name] = bool(values[name])
    return cls(**values)
