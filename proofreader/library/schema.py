"""The library's SQLite schema and its forward migrations.

The schema version is PRAGMA user_version: migration N (1-based) takes a file from version N-1
to N inside one transaction, so a crash mid-migration leaves the previous version intact.
Never edit a released migration; append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from proofreader.library.errors import LibraryTooNew, NotALibraryFile

# PRAGMA application_id marks the file as ours ("PRFR"), so another program's database is refused.
APPLICATION_ID = 0x50524652

Migration = Sequence[str]

_V1: Migration = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        source_kind TEXT NOT NULL,
        source_ref TEXT NOT NULL,
        asset_id TEXT,
        duration_s REAL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE sessions (
        proofread_id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        language TEXT NOT NULL,
        status TEXT NOT NULL,
        failure_message TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        video_translation_id TEXT,
        render_status TEXT,
        translated_srt_path TEXT,
        original_srt_path TEXT
    )""",
    "CREATE INDEX sessions_by_project ON sessions(project_id)",
    "CREATE INDEX sessions_by_status ON sessions(status)",
    """CREATE TABLE drafts (
        key TEXT PRIMARY KEY,
        payload BLOB NOT NULL,
        local_changes INTEGER NOT NULL,
        saved_at TEXT NOT NULL
    )""",
    """CREATE TABLE transfers (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        proofread_id TEXT REFERENCES sessions(proofread_id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        dest TEXT NOT NULL,
        bytes_done INTEGER NOT NULL DEFAULT 0,
        total INTEGER,
        state TEXT NOT NULL,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX transfers_by_state ON transfers(state)",
    """CREATE TABLE render_outputs (
        video_translation_id TEXT PRIMARY KEY,
        proofread_id TEXT REFERENCES sessions(proofread_id) ON DELETE CASCADE,
        folder TEXT NOT NULL,
        files TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
)

MIGRATIONS: tuple[Migration, ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(
    conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration] = MIGRATIONS
) -> int:
    """Bring the file up to the newest schema; returns the version it had before.

    `conn` must be in autocommit mode (isolation_level=None). Each step re-reads the version
    inside its write transaction, so two processes opening a new file at once cannot both
    migrate it.
    """
    before = _user_version(conn)
    _check_ours(conn, path, before, len(migrations))
    for target in range(before + 1, len(migrations) + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = _user_version(conn)
            if current < target:
                for statement in migrations[target - 1]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return before


def _check_ours(conn: sqlite3.Connection, path: Path, version: int, supported: int) -> None:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if version == 0:
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        if app_id not in (0, APPLICATION_ID) or tables:
            raise NotALibraryFile(path, "it is a database of another program")
        return
    if app_id != APPLICATION_ID:
        raise NotALibraryFile(path, "it is a database of another program")
    if version > supported:
        raise LibraryTooNew(path, version, supported)


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
