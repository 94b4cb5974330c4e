"""LibraryStore: the app's memory on this computer, one SQLite file.

Every method is safe to call from any thread (the GUI calls them through asyncio.to_thread):
they share one connection behind a lock. Every write method commits before it returns; see
proofreader.library.database for exactly what is durable.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from proofreader.library.database import Database, now_utc
from proofreader.library.drafts import DraftRecords
from proofreader.library.projects import ProjectRecords
from proofreader.library.transfers import TransferRecords

_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,80}")


class LibraryStore(ProjectRecords, DraftRecords, TransferRecords):
    """Projects, sessions, drafts, transfers and render outputs in one SQLite file.

    Opening migrates a file of an older schema. Raises NotALibraryFile when `path` is not a
    library (the app can then call move_aside(path) and open a fresh one), LibraryTooNew when a
    newer version wrote it, LibraryError when it cannot be opened at all.
    """

    def __init__(self, path: Path, *, clock: Callable[[], datetime] = now_utc) -> None:
        self.path = Path(path)
        self._clock = clock
        self._db = Database(self.path)

    def session_cache_dir(self, proofread_id: str) -> Path:
        """`<library folder>/sessions/<id>/`, created on demand, for a session's cached SRT."""
        name = proofread_id
        if not _SAFE_NAME.fullmatch(name):
            name = hashlib.sha256(proofread_id.encode("utf-8")).hexdigest()[:32]
        folder = self.path.parent / "sessions" / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    @property
    def journal_dir(self) -> Path:
        """`<library folder>/drafts/`: the edit journals and the open documents' locks."""
        return self.path.parent / "drafts"

    def close(self) -> None:
        """Close the file; the store cannot be used afterwards. Closing twice is harmless."""
        self._db.close()

    def __enter__(self) -> LibraryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
