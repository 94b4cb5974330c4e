"""Uploads and downloads in progress, and where finished renders were downloaded."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from proofreader.library.database import Database, time_from_text, time_to_text
from proofreader.library.errors import UnknownSession, UnknownTransfer
from proofreader.library.records import RenderOutputs, Transfer, TransferKind, TransferState

_TRANSFER_COLUMNS = (
    "id, kind, proofread_id, source, dest, bytes_done, total, state, error, created_at, updated_at"
)


class TransferRecords:
    """The transfer and render-output half of LibraryStore.

    Progress is committed on every update_transfer_progress call: call it a few times a
    second at most (for example per megabyte or per 250 ms), not per chunk.
    """

    _db: Database
    _clock: Callable[[], datetime]

    def add_transfer(
        self,
        kind: TransferKind,
        source: str,
        dest: str,
        *,
        proofread_id: str | None = None,
        total: int | None = None,
    ) -> Transfer:
        """Remember a transfer that is starting (state running)."""
        now = time_to_text(self._clock())
        transfer_id = uuid.uuid4().hex
        with self._db.write() as conn:
            try:
                conn.execute(
                    f"INSERT INTO transfers ({_TRANSFER_COLUMNS}) "
                    "VALUES (?, ?, ?, ?, ?, 0, ?, ?, NULL, ?, ?)",
                    (
                        transfer_id,
                        TransferKind(kind).value,
                        proofread_id,
                        source,
                        dest,
                        total,
                        TransferState.RUNNING.value,
                        now,
                        now,
                    ),
                )
            except sqlite3.IntegrityError:
                raise UnknownSession(str(proofread_id)) from None
            return _get_transfer(conn, transfer_id)

    def update_transfer_progress(
        self, transfer_id: str, bytes_done: int, total: int | None = None
    ) -> None:
        """Record how far it got (total None keeps the known total)."""
        self._update_transfer(
            transfer_id, "bytes_done = ?, total = coalesce(?, total)", (bytes_done, total)
        )

    def finish_transfer(
        self, transfer_id: str, state: TransferState, error: str | None = None
    ) -> Transfer:
        """Mark it done, failed (with the sentence shown to the user) or cancelled."""
        return self._update_transfer(
            transfer_id, "state = ?, error = ?", (TransferState(state).value, error)
        )

    def restart_transfer(self, transfer_id: str, *, keep_progress: bool = True) -> Transfer:
        """Mark it running again for a retry; keep_progress=False starts from byte 0."""
        assignments = "state = ?, error = NULL" + ("" if keep_progress else ", bytes_done = 0")
        return self._update_transfer(transfer_id, assignments, (TransferState.RUNNING.value,))

    def get_transfer(self, transfer_id: str) -> Transfer | None:
        with self._db.read() as conn:
            return _find_transfer(conn, transfer_id)

    def list_transfers(self, states: Iterable[TransferState] | None = None) -> list[Transfer]:
        """Transfers in the given states (all when None), newest first."""
        query = f"SELECT {_TRANSFER_COLUMNS} FROM transfers"
        params: list[str] = []
        if states is not None:
            params = [TransferState(s).value for s in states]
            query += f" WHERE state IN ({', '.join('?' for _ in params)})"
        with self._db.read() as conn:
            rows = conn.execute(query + " ORDER BY created_at DESC, rowid DESC", params)
            return [_transfer(row) for row in rows]

    def unfinished_transfers(self) -> list[Transfer]:
        """Transfers still marked running: after a restart, resume or restart them."""
        return self.list_transfers([TransferState.RUNNING])

    def remove_transfer(self, transfer_id: str) -> None:
        with self._db.write() as conn:
            conn.execute("DELETE FROM transfers WHERE id = ?", (transfer_id,))

    def clear_finished_transfers(self) -> int:
        """Forget every transfer that is no longer running; returns how many."""
        with self._db.write() as conn:
            cursor = conn.execute(
                "DELETE FROM transfers WHERE state != ?", (TransferState.RUNNING.value,)
            )
            return cursor.rowcount

    # Render outputs

    def record_outputs(
        self,
        video_translation_id: str,
        folder: Path,
        files: Sequence[Path],
        *,
        proofread_id: str | None = None,
    ) -> RenderOutputs:
        """Remember (or replace) where a finished render's files were downloaded."""
        outputs = RenderOutputs(
            video_translation_id, proofread_id, folder, tuple(files), self._clock()
        )
        with self._db.write() as conn:
            try:
                conn.execute(
                    "INSERT OR REPLACE INTO render_outputs "
                    "(video_translation_id, proofread_id, folder, files, created_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        video_translation_id,
                        proofread_id,
                        str(folder),
                        json.dumps([str(f) for f in outputs.files]),
                        time_to_text(outputs.created_at),
                    ),
                )
            except sqlite3.IntegrityError:
                raise UnknownSession(str(proofread_id)) from None
        return outputs

    def get_outputs(self, video_translation_id: str) -> RenderOutputs | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT video_translation_id, proofread_id, folder, files, created_at "
                "FROM render_outputs WHERE video_translation_id = ?",
                (video_translation_id,),
            ).fetchone()
        return None if row is None else _outputs(row)

    def list_outputs(self, proofread_id: str | None = None) -> list[RenderOutputs]:
        """Outputs of every render (or of one session's renders), newest first."""
        query = (
            "SELECT video_translation_id, proofread_id, folder, files, created_at "
            "FROM render_outputs"
        )
        params: tuple[str, ...] = ()
        if proofread_id is not None:
            query += " WHERE proofread_id = ?"
            params = (proofread_id,)
        with self._db.read() as conn:
            rows = conn.execute(query + " ORDER BY created_at DESC, rowid DESC", params)
            return [_outputs(row) for row in rows]

    def remove_outputs(self, video_translation_id: str) -> None:
        """Forget the record (the downloaded files are the user's and stay)."""
        with self._db.write() as conn:
            conn.execute(
                "DELETE FROM render_outputs WHERE video_translation_id = ?",
                (video_translation_id,),
            )

    def _update_transfer(
        self, transfer_id: str, assignments: str, values: tuple[object, ...]
    ) -> Transfer:
        with self._db.write() as conn:
            cursor = conn.execute(
                f"UPDATE transfers SET {assignments}, updated_at = ? WHERE id = ?",
                (*values, time_to_text(self._clock()), transfer_id),
            )
            if cursor.rowcount == 0:
                raise UnknownTransfer(transfer_id)
            return _get_transfer(conn, transfer_id)


def _find_transfer(conn: sqlite3.Connection, transfer_id: str) -> Transfer | None:
    row = conn.execute(
        f"SELECT {_TRANSFER_COLUMNS} FROM transfers WHERE id = ?", (transfer_id,)
    ).fetchone()
    return None if row is None else _transfer(row)


def _get_transfer(conn: sqlite3.Connection, transfer_id: str) -> Transfer:
    transfer = _find_transfer(conn, transfer_id)
    if transfer is None:
        raise UnknownTransfer(transfer_id)
    return transfer


def _transfer(row: Sequence[Any]) -> Transfer:
    (id_, kind, pid, source, dest, done, total, state, error, created, updated) = row
    return Transfer(
        id=str(id_),
        kind=TransferKind(kind),
        proofread_id=None if pid is None else str(pid),
        source=str(source),
        dest=str(dest),
        bytes_done=int(done),
        total=None if total is None else int(total),
        state=TransferState(state),
        error=None if error is None else str(error),
        created_at=time_from_text(str(created)),
        updated_at=time_from_text(str(updated)),
    )


def _outputs(row: Sequence[Any]) -> RenderOutputs:
    vt_id, pid, folder, files, created = row
    return RenderOutputs(
        video_translation_id=str(vt_id),
        proofread_id=None if pid is None else str(pid),
        folder=Path(str(folder)),
        files=tuple(Path(f) for f in json.loads(str(files))),
        created_at=time_from_text(str(created)),
    )
