"""The library file itself: creation, migration, refusal of foreign files, threads."""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from proofreader.library.database import Database, move_aside
from proofreader.library.errors import LibraryError, LibraryTooNew, NotALibraryFile
from proofreader.library.records import SessionStatus, SourceKind
from proofreader.library.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from proofreader.library.store import LibraryStore


def _pragma(path: Path, name: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_new_library_is_created_with_wal_and_the_current_schema(library_path: Path) -> None:
    with LibraryStore(library_path) as store:
        assert store.list_projects() == []

    assert _pragma(library_path, "user_version") == SCHEMA_VERSION
    assert _pragma(library_path, "application_id") == APPLICATION_ID
    assert _pragma(library_path, "journal_mode") == "wal"


@pytest.mark.parametrize("kind", ["empty file", "empty database"])
def test_version_0_file_is_migrated(library_path: Path, kind: str) -> None:
    library_path.parent.mkdir(parents=True)
    if kind == "empty file":
        library_path.write_bytes(b"")
    else:
        conn = sqlite3.connect(library_path)  # a real database file whose schema is empty
        conn.execute("CREATE TABLE scratch (x)")
        conn.execute("DROP TABLE scratch")
        conn.close()
        assert library_path.stat().st_size > 0

    with LibraryStore(library_path) as store:
        store.add_project("After migration", SourceKind.URL, "https://example.com/v.mp4")

    with LibraryStore(library_path) as store:
        assert [e.project.title for e in store.list_projects()] == ["After migration"]
    assert _pragma(library_path, "user_version") == SCHEMA_VERSION


def test_an_older_schema_is_migrated_forward_keeping_its_data(library_path: Path) -> None:
    with LibraryStore(library_path) as store:
        project = store.add_project("Kept", SourceKind.FILE, "/v.mp4")
        store.add_session("pf-1", project.id, "German", SessionStatus.READY)
        store.save_draft("pf-1", b"draft", 2)
    newer = (*MIGRATIONS, ("ALTER TABLE projects ADD COLUMN note TEXT DEFAULT 'migrated'",))

    Database(library_path, newer).close()

    assert _pragma(library_path, "user_version") == SCHEMA_VERSION + 1
    conn = sqlite3.connect(library_path)
    try:
        assert conn.execute("SELECT title, note FROM projects").fetchall() == [("Kept", "migrated")]
    finally:
        conn.close()
    # This version cannot read what the newer one wrote, and says so.
    with pytest.raises(LibraryTooNew, match="newer version of Proofreader"):
        LibraryStore(library_path)


def test_a_failing_migration_leaves_the_previous_version_intact(library_path: Path) -> None:
    with LibraryStore(library_path) as store:
        store.add_project("Kept", SourceKind.FILE, "/v.mp4")
    broken = (*MIGRATIONS, ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"))

    with pytest.raises(LibraryError):
        Database(library_path, broken)

    assert _pragma(library_path, "user_version") == SCHEMA_VERSION
    with LibraryStore(library_path) as store:
        assert [e.project.title for e in store.list_projects()] == ["Kept"]
    conn = sqlite3.connect(library_path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "half_done" not in tables


def test_a_file_that_is_not_a_database_is_refused_and_can_be_moved_aside(
    library_path: Path,
) -> None:
    library_path.parent.mkdir(parents=True)
    library_path.write_text("these are my notes, not a database\n" * 100)

    with pytest.raises(NotALibraryFile, match="is not a Proofreader library") as caught:
        LibraryStore(library_path)
    assert caught.value.path == library_path

    moved = move_aside(library_path)
    assert moved.read_text().startswith("these are my notes")
    assert not library_path.exists()
    with LibraryStore(library_path) as store:
        assert store.list_projects() == []


def test_another_programs_database_is_refused(library_path: Path) -> None:
    library_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(library_path)
    conn.execute("CREATE TABLE projects (whatever TEXT)")
    conn.commit()
    conn.close()

    with pytest.raises(NotALibraryFile, match="another program"):
        LibraryStore(library_path)


def test_a_folder_in_the_way_is_a_sentence(library_path: Path) -> None:
    library_path.mkdir(parents=True)
    with pytest.raises(LibraryError, match="library"):
        LibraryStore(library_path)


def test_using_a_closed_store_is_a_sentence(library_path: Path) -> None:
    store = LibraryStore(library_path)
    store.close()
    store.close()
    with pytest.raises(LibraryError, match="closed"):
        store.list_projects()


def test_many_threads_can_use_one_store(store: LibraryStore) -> None:
    project = store.add_project("Busy", SourceKind.FILE, "/v.mp4")

    def work(worker: int) -> None:
        for step in range(40):
            proofread_id = f"pf-{worker}-{step}"
            store.add_session(proofread_id, project.id, "French")
            store.save_draft(proofread_id, f"{worker}/{step}".encode(), step)
            store.update_session_status(proofread_id, SessionStatus.READY)
            store.list_projects()

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(work, range(6)))

    [entry] = store.list_projects()
    assert len(entry.sessions) == 240
    assert all(s.status is SessionStatus.READY for s in entry.sessions)
    assert len(store.list_drafts()) == 240
    draft = store.load_draft("pf-3-17")
    assert draft is not None and draft.payload == b"3/17"


async def test_the_store_works_from_asyncio_worker_threads(store: LibraryStore) -> None:
    project = await asyncio.to_thread(store.add_project, "Async", SourceKind.ASSET, "asset-1")
    await asyncio.gather(
        *(asyncio.to_thread(store.add_session, f"pf-{i}", project.id, "German") for i in range(20))
    )
    entries = await asyncio.to_thread(store.list_projects)
    assert len(entries[0].sessions) == 20
