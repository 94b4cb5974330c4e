"""Projects (one source video) and their proofread sessions (one per target language)."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from proofreader.library.database import Database, time_from_text, time_to_text
from proofreader.library.errors import UnknownProject, UnknownSession
from proofreader.library.records import (
    POLLED_STATUSES,
    Project,
    ProjectWithSessions,
    Session,
    SessionStatus,
    SourceKind,
)

_PROJECT_COLUMNS = "id, title, source_kind, source_ref, asset_id, duration_s, created_at"
_SESSION_COLUMNS = (
    "proofread_id, project_id, language, status, failure_message, created_at, updated_at, "
    "video_translation_id, render_status, translated_srt_path, original_srt_path"
)


class ProjectRecords:
    """The project and session half of LibraryStore."""

    _db: Database
    _clock: Callable[[], datetime]

    def session_cache_dir(self, proofread_id: str) -> Path:
        """The folder for a session's cached SRT files; removing the session deletes it."""
        raise NotImplementedError  # provided by LibraryStore

    # Projects

    def add_project(
        self,
        title: str,
        source_kind: SourceKind,
        source_ref: str,
        *,
        asset_id: str | None = None,
        duration_s: float | None = None,
    ) -> Project:
        project = Project(
            id=uuid.uuid4().hex,
            title=title,
            source_kind=SourceKind(source_kind),
            source_ref=source_ref,
            asset_id=asset_id,
            duration_s=duration_s,
            created_at=self._clock(),
        )
        with self._db.write() as conn:
            _insert_project(conn, project)
        return project

    def get_project(self, project_id: str) -> Project | None:
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_PROJECT_COLUMNS} FROM projects WHERE id = ?", (project_id,)
            ).fetchone()
        return None if row is None else _project(row)

    def rename_project(self, project_id: str, title: str) -> Project:
        return self._update_project(project_id, "title = ?", (title,))

    def set_project_asset(
        self, project_id: str, asset_id: str | None, duration_s: float | None = None
    ) -> Project:
        """Remember the uploaded asset (and the duration, when known) of the source video."""
        return self._update_project(
            project_id,
            "asset_id = ?, duration_s = coalesce(?, duration_s)",
            (asset_id, duration_s),
        )

    def list_projects(self) -> list[ProjectWithSessions]:
        """Every project, newest first, each with its sessions (oldest first)."""
        with self._db.read() as conn:
            projects = [
                _project(row)
                for row in conn.execute(
                    f"SELECT {_PROJECT_COLUMNS} FROM projects ORDER BY created_at DESC, rowid DESC"
                )
            ]
            sessions = [
                _session(row)
                for row in conn.execute(
                    f"SELECT {_SESSION_COLUMNS} FROM sessions ORDER BY created_at, rowid"
                )
            ]
        by_project: dict[str, list[Session]] = {p.id: [] for p in projects}
        for session in sessions:
            by_project[session.project_id].append(session)
        return [ProjectWithSessions(p, tuple(by_project[p.id])) for p in projects]

    def remove_project(self, project_id: str) -> None:
        """Forget the project, its sessions, their drafts, transfers, outputs and cached SRT."""
        with self._db.write() as conn:
            ids = [
                row[0]
                for row in conn.execute(
                    "SELECT proofread_id FROM sessions WHERE project_id = ?", (project_id,)
                )
            ]
            conn.executemany("DELETE FROM drafts WHERE key = ?", [(i,) for i in ids])
            conn.execute("DELETE FROM projects WHERE id = ?", (project_id,))
        for proofread_id in ids:
            self._delete_cache(proofread_id)

    # Sessions

    def add_session(
        self,
        proofread_id: str,
        project_id: str,
        language: str,
        status: SessionStatus = SessionStatus.PROCESSING,
        *,
        created_at: datetime | None = None,
    ) -> Session:
        now = self._clock()
        return self.upsert_session(
            Session(
                proofread_id=proofread_id,
                project_id=project_id,
                language=language,
                status=status,
                failure_message=None,
                created_at=created_at or now,
                updated_at=now,
            )
        )

    def upsert_session(self, session: Session) -> Session:
        """Insert or replace a session's fields; created_at is kept from the first insert and
        updated_at is set to now. Raises UnknownProject if its project is not in the library."""
        if not session.proofread_id.strip():
            raise ValueError("A proofread id cannot be empty.")
        with self._db.write() as conn:
            try:
                _upsert_session(conn, session, self._clock())
            except sqlite3.IntegrityError:
                raise UnknownProject(session.project_id) from None
            return _get_session(conn, session.proofread_id)

    def get_session(self, proofread_id: str) -> Session | None:
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE proofread_id = ?",
                (proofread_id,),
            ).fetchone()
        return None if row is None else _session(row)

    def update_session_status(
        self, proofread_id: str, status: SessionStatus, failure_message: str | None = None
    ) -> Session:
        """Set the status (and the service's failure message, cleared when not given)."""
        return self._update_session(
            proofread_id,
            "status = ?, failure_message = ?",
            (SessionStatus(status).value, failure_message),
        )

    def set_session_render(
        self, proofread_id: str, video_translation_id: str | None, render_status: str | None
    ) -> Session:
        """Remember the render started by generate and its last status from the service."""
        return self._update_session(
            proofread_id,
            "video_translation_id = ?, render_status = ?",
            (video_translation_id, render_status),
        )

    def set_session_srt_paths(
        self, proofread_id: str, translated: Path | None, original: Path | None
    ) -> Session:
        """Remember the cached SRT copies (see session_cache_dir) for offline reopening."""
        return self._update_session(
            proofread_id,
            "translated_srt_path = ?, original_srt_path = ?",
            (_path_text(translated), _path_text(original)),
        )

    def remove_session(self, proofread_id: str) -> None:
        """Forget one session with its draft, transfers, outputs and cached SRT files.

        Its project stays, even when this was its last session (remove_project removes it).
        """
        with self._db.write() as conn:
            conn.execute("DELETE FROM drafts WHERE key = ?", (proofread_id,))
            conn.execute("DELETE FROM sessions WHERE proofread_id = ?", (proofread_id,))
        self._delete_cache(proofread_id)

    def open_session_by_id(
        self,
        proofread_id: str,
        *,
        title: str,
        language: str,
        status: SessionStatus = SessionStatus.PROCESSING,
        created_at: datetime | None = None,
    ) -> Session:
        """Add a session made elsewhere (by the web app, the CLI) under a new project named
        after the session's title. Returns the existing session unchanged if it is known."""
        now = self._clock()
        with self._db.write() as conn:
            if (existing := _find_session(conn, proofread_id)) is not None:
                return existing
            project = Project(
                id=uuid.uuid4().hex,
                title=title.strip() or f"Proofread {proofread_id}",
                source_kind=SourceKind.UNKNOWN,
                source_ref="",
                asset_id=None,
                duration_s=None,
                created_at=now,
            )
            _insert_project(conn, project)
            session = Session(
                proofread_id=proofread_id,
                project_id=project.id,
                language=language,
                status=status,
                failure_message=None,
                created_at=created_at or now,
                updated_at=now,
            )
            _upsert_session(conn, session, now)
            return _get_session(conn, proofread_id)

    def sessions_needing_polling(self) -> list[Session]:
        """Sessions the service is still working on (processing or generating), oldest first."""
        marks = ", ".join("?" for _ in POLLED_STATUSES)
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE status IN ({marks}) "
                "ORDER BY created_at, rowid",
                [s.value for s in sorted(POLLED_STATUSES)],
            ).fetchall()
        return [_session(row) for row in rows]

    # Helpers

    def _update_project(
        self, project_id: str, assignments: str, values: tuple[object, ...]
    ) -> Project:
        with self._db.write() as conn:
            cursor = conn.execute(
                f"UPDATE projects SET {assignments} WHERE id = ?", (*values, project_id)
            )
            if cursor.rowcount == 0:
                raise UnknownProject(project_id)
            row = conn.execute(
                f"SELECT {_PROJECT_COLUMNS} FROM projects WHERE id = ?", (project_id,)
            ).fetchone()
        return _project(row)

    def _update_session(
        self, proofread_id: str, assignments: str, values: tuple[object, ...]
    ) -> Session:
        with self._db.write() as conn:
            cursor = conn.execute(
                f"UPDATE sessions SET {assignments}, updated_at = ? WHERE proofread_id = ?",
                (*values, time_to_text(self._clock()), proofread_id),
            )
            if cursor.rowcount == 0:
                raise UnknownSession(proofread_id)
            return _get_session(conn, proofread_id)

    def _delete_cache(self, proofread_id: str) -> None:
        shutil.rmtree(self.session_cache_dir(proofread_id), ignore_errors=True)


def _insert_project(conn: sqlite3.Connection, project: Project) -> None:
    conn.execute(
        f"INSERT INTO projects ({_PROJECT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            project.id,
            project.title,
            project.source_kind.value,
            project.source_ref,
            project.asset_id,
            project.duration_s,
            time_to_text(project.created_at),
        ),
    )


def _upsert_session(conn: sqlite3.Connection, session: Session, now: datetime) -> None:
    conn.execute(
        f"INSERT INTO sessions ({_SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(proofread_id) DO UPDATE SET project_id = excluded.project_id, "
        "language = excluded.language, status = excluded.status, "
        "failure_message = excluded.failure_message, updated_at = excluded.updated_at, "
        "video_translation_id = excluded.video_translation_id, "
        "render_status = excluded.render_status, "
        "translated_srt_path = excluded.translated_srt_path, "
        "original_srt_path = excluded.original_srt_path",
        (
            session.proofread_id,
            session.project_id,
            session.language,
            SessionStatus(session.status).value,
            session.failure_message,
            time_to_text(session.created_at),
            time_to_text(now),
            session.video_translation_id,
            session.render_status,
            _path_text(session.translated_srt_path),
            _path_text(session.original_srt_path),
        ),
    )


def _find_session(conn: sqlite3.Connection, proofread_id: str) -> Session | None:
    row = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE proofread_id = ?", (proofread_id,)
    ).fetchone()
    return None if row is None else _session(row)


def _get_session(conn: sqlite3.Connection, proofread_id: str) -> Session:
    session = _find_session(conn, proofread_id)
    if session is None:
        raise UnknownSession(proofread_id)
    return session


def _project(row: Sequence[Any]) -> Project:
    id_, title, kind, ref, asset_id, duration, created = row
    return Project(
        id=str(id_),
        title=str(title),
        source_kind=SourceKind(kind),
        source_ref=str(ref),
        asset_id=None if asset_id is None else str(asset_id),
        duration_s=None if duration is None else float(duration),
        created_at=time_from_text(str(created)),
    )


def _session(row: Sequence[Any]) -> Session:
    pid, project_id, language, status, failure, created, updated, vt_id, render, tr, orig = row
    return Session(
        proofread_id=str(pid),
        project_id=str(project_id),
        language=str(language),
        status=SessionStatus(status),
        failure_message=_opt_text(failure),
        created_at=time_from_text(str(created)),
        updated_at=time_from_text(str(updated)),
        video_translation_id=_opt_text(vt_id),
        render_status=_opt_text(render),
        translated_srt_path=None if tr is None else Path(str(tr)),
        original_srt_path=None if orig is None else Path(str(orig)),
    )


def _opt_text(value: object) -> str | None:
    return None if value is None else str(value)


def _path_text(path: Path | None) -> str | None:
    return None if path is None else str(path)
