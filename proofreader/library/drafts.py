"""Autosaved editor drafts: the last snapshot of each open document, for crash recovery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from proofreader.library.database import Database, time_from_text, time_to_text
from proofreader.library.records import Draft, DraftInfo


class DraftRecords:
    """The draft half of LibraryStore.

    A save replaces the previous snapshot in one committed transaction, so after a crash the
    draft is exactly one complete snapshot: the last one whose save_draft call returned (or,
    if the crash came during a save, possibly that newer one, never a mix).
    """

    _db: Database
    _clock: Callable[[], datetime]

    def save_draft(self, key: str, payload: bytes, local_changes: int) -> DraftInfo:
        """Keep `payload` as the draft of document `key` (a proofread id, or a local file path
        the caller has made absolute); durable once this returns."""
        if local_changes < 0:
            raise ValueError("The number of local changes cannot be negative.")
        saved_at = self._clock()
        data = bytes(payload)
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO drafts (key, payload, local_changes, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, "
                "local_changes = excluded.local_changes, saved_at = excluded.saved_at",
                (key, data, local_changes, time_to_text(saved_at)),
            )
        return DraftInfo(key, local_changes, saved_at, len(data))

    def load_draft(self, key: str) -> Draft | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT key, payload, local_changes, saved_at FROM drafts WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        return Draft(str(row[0]), bytes(row[1]), int(row[2]), time_from_text(str(row[3])))

    def discard_draft(self, key: str) -> None:
        """Forget the draft (after the document was saved, uploaded, or the user said so)."""
        with self._db.write() as conn:
            conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

    def list_drafts(self) -> list[DraftInfo]:
        """Every draft without its payload, newest first (what a restart offers to restore)."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT key, local_changes, saved_at, length(payload) FROM drafts "
                "ORDER BY saved_at DESC, key"
            ).fetchall()
        return [
            DraftInfo(str(key), int(changes), time_from_text(str(saved)), int(size))
            for key, changes, saved, size in rows
        ]
