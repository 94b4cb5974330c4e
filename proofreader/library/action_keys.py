"""Idempotency keys that belong to a user action, kept on disk until the outcome is known.

HeyGen keeps an `Idempotency-Key` for 24 hours and replays the first answer to it, whatever the
body. So a key must name one action (one click, one command): minted when the action first
asks, reused by every retry of it (after a restart, after midnight), and retired once the
action's answer is known, so the next attempt ("Generate again") is a new request. The keys
live in their own small SQLite file beside the library, which the command line can open while
the window has the library open.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path

from proofreader.library.database import Database
from proofreader.library.schema import APPLICATION_ID

FILE_NAME = "action-keys.sqlite3"
KEY_PREFIX = "proofreader-"
_KEPT_S = 7 * 86400  # HeyGen forgets a key after 24 h; an unanswered one is useless after that

_V1 = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    "CREATE TABLE action_keys (action TEXT PRIMARY KEY, key TEXT NOT NULL, created_at REAL)",
)


class ActionKeys:
    """`key_for(action)` gives the action's pending key (or a new one); `retire` forgets it.

    `path` None keeps the keys in memory only (tests, the demo).
    """

    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.time):
        self._clock = clock
        self._memory: dict[str, str] = {}
        self._db = Database(path, migrations=(_V1,)) if path is not None else None
        if self._db is not None:
            with self._db.write() as conn:
                conn.execute("DELETE FROM action_keys WHERE created_at < ?", (clock() - _KEPT_S,))

    def key_for(self, action: str) -> str:
        """The key of this action: the one still pending from an earlier try, else a new one."""
        fresh = KEY_PREFIX + uuid.uuid4().hex
        if self._db is None:
            return self._memory.setdefault(action, fresh)
        with self._db.write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO action_keys VALUES (?, ?, ?)",
                (action, fresh, self._clock()),
            )
            row = conn.execute("SELECT key FROM action_keys WHERE action = ?", (action,)).fetchone()
        return str(row[0])

    def age_s(self, action: str) -> float | None:
        """Seconds since the action's pending key was minted (None: no pending key)."""
        if self._db is None:
            return 0.0 if action in self._memory else None
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT created_at FROM action_keys WHERE action = ?", (action,)
            ).fetchone()
        return None if row is None or row[0] is None else self._clock() - float(row[0])

    def retire(self, action: str) -> None:
        """The action's outcome is known: its next attempt gets a new key."""
        self.retire_matching(action, prefix=False)

    def retire_matching(self, action: str, *, prefix: bool = True) -> None:
        """Retire every action whose name starts with `action` (e.g. all renders of a session)."""
        if self._db is None:
            for name in [
                n for n in self._memory if n == action or (prefix and n.startswith(action))
            ]:
                del self._memory[name]
            return
        pattern = action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._db.write() as conn:
            if prefix:
                conn.execute(
                    "DELETE FROM action_keys WHERE action LIKE ? ESCAPE '\\'", (pattern + "%",)
                )
            else:
                conn.execute("DELETE FROM action_keys WHERE action = ?", (action,))

    def pending(self) -> list[str]:
        """The actions whose outcome is not known yet."""
        if self._db is None:
            return list(self._memory)
        with self._db.read() as conn:
            return [str(row[0]) for row in conn.execute("SELECT action FROM action_keys")]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
