"""Projects and their proofread sessions, as the library sidebar and the poller use them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from proofreader.library.errors import UnknownProject, UnknownSession
from proofreader.library.records import Session, SessionStatus, SourceKind
from proofreader.library.store import LibraryStore


def _project_with_two_languages(store: LibraryStore) -> str:
    project = store.add_project("Launch talk", SourceKind.FILE, "/videos/talk.mp4")
    store.add_session("pf-es", project.id, "Spanish (Spain)")
    store.add_session("pf-fr", project.id, "French (France)")
    return project.id


def test_a_project_lists_its_sessions_after_a_reopen(library_path: Path) -> None:
    with LibraryStore(library_path) as store:
        project_id = _project_with_two_languages(store)
        store.set_project_asset(project_id, "asset-1", duration_s=52.5)

    with LibraryStore(library_path) as store:
        [entry] = store.list_projects()

    assert entry.project.id == project_id
    assert entry.project.title == "Launch talk"
    assert entry.project.source_kind is SourceKind.FILE
    assert entry.project.source_ref == "/videos/talk.mp4"
    assert (entry.project.asset_id, entry.project.duration_s) == ("asset-1", 52.5)
    assert [(s.proofread_id, s.language, s.status) for s in entry.sessions] == [
        ("pf-es", "Spanish (Spain)", SessionStatus.PROCESSING),
        ("pf-fr", "French (France)", SessionStatus.PROCESSING),
    ]


def test_projects_are_listed_newest_first(store: LibraryStore) -> None:
    first = store.add_project("First", SourceKind.URL, "https://example.com/a.mp4")
    second = store.add_project("Second", SourceKind.ASSET, "asset-9")

    assert [e.project.id for e in store.list_projects()] == [second.id, first.id]
    assert store.get_project(first.id) == first
    assert store.get_project("nope") is None


def test_rename_project(store: LibraryStore) -> None:
    project = store.add_project("Old", SourceKind.FILE, "/v.mp4")
    assert store.rename_project(project.id, "New").title == "New"
    assert store.list_projects()[0].project.title == "New"
    with pytest.raises(UnknownProject, match="not in the library"):
        store.rename_project("missing", "x")


def test_status_changes_are_kept_with_the_service_message(store: LibraryStore) -> None:
    project_id = _project_with_two_languages(store)
    before = store.get_session("pf-es")
    assert before is not None

    store.update_session_status("pf-es", SessionStatus.READY)
    failed = store.update_session_status(
        "pf-fr", SessionStatus.FAILED, "No audio found, please retry with another video"
    )

    after = store.get_session("pf-es")
    assert after is not None
    assert after == replace(before, status=SessionStatus.READY, updated_at=after.updated_at)
    assert failed.failure_message == "No audio found, please retry with another video"
    assert failed.updated_at >= failed.created_at
    assert {s.project_id for s in store.list_projects()[0].sessions} == {project_id}


def test_render_and_cached_srt_are_remembered(store: LibraryStore) -> None:
    _project_with_two_languages(store)
    cache = store.session_cache_dir("pf-es")
    (cache / "translated.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nHola\n")

    store.set_session_srt_paths("pf-es", cache / "translated.srt", cache / "original.srt")
    store.update_session_status("pf-es", SessionStatus.GENERATING)
    session = store.set_session_render("pf-es", "vt-1", "running")

    assert session.video_translation_id == "vt-1"
    assert session.render_status == "running"
    assert session.translated_srt_path == cache / "translated.srt"
    assert session.original_srt_path == cache / "original.srt"


def test_upsert_replaces_fields_but_keeps_created_at(store: LibraryStore) -> None:
    project_id = _project_with_two_languages(store)
    original = store.get_session("pf-es")
    assert original is not None
    earlier = datetime(2020, 1, 1, tzinfo=UTC)

    stored = store.upsert_session(
        replace(original, status=SessionStatus.EDITING, created_at=earlier, language="Spanish")
    )

    assert stored.status is SessionStatus.EDITING
    assert stored.language == "Spanish"
    assert stored.created_at == original.created_at
    assert stored.project_id == project_id


def test_a_session_needs_a_known_project(store: LibraryStore) -> None:
    now = datetime.now(UTC)
    orphan = Session("pf-x", "no-such-project", "German", SessionStatus.READY, None, now, now)

    with pytest.raises(UnknownProject):
        store.upsert_session(orphan)
    assert store.get_session("pf-x") is None


def test_updating_an_unknown_session_says_so(store: LibraryStore) -> None:
    with pytest.raises(UnknownSession, match="pf-gone is not in the library"):
        store.update_session_status("pf-gone", SessionStatus.READY)


def test_sessions_needing_polling(store: LibraryStore) -> None:
    project = store.add_project("P", SourceKind.FILE, "/v.mp4")
    for proofread_id, status in [
        ("a", SessionStatus.PROCESSING),
        ("b", SessionStatus.READY),
        ("c", SessionStatus.GENERATING),
        ("d", SessionStatus.DONE),
        ("e", SessionStatus.EXPIRED),
    ]:
        store.add_session(proofread_id, project.id, "French", status)

    assert [s.proofread_id for s in store.sessions_needing_polling()] == ["a", "c"]


def test_open_by_id_makes_a_project_titled_after_the_session(store: LibraryStore) -> None:
    made = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)

    session = store.open_session_by_id(
        "pf-web", title="Webinar", language="German", status=SessionStatus.READY, created_at=made
    )
    again = store.open_session_by_id("pf-web", title="Other", language="German")

    [entry] = store.list_projects()
    assert entry.project.title == "Webinar"
    assert entry.project.source_kind is SourceKind.UNKNOWN
    assert entry.sessions == (session,)
    assert again == session
    assert session.created_at == made
    untitled = store.open_session_by_id("pf-2", title=" ", language="x")
    assert untitled.project_id != entry.project.id
    project = store.get_project(untitled.project_id)
    assert project is not None and project.title == "Proofread pf-2"


def test_removing_a_session_keeps_nothing_of_it(store: LibraryStore) -> None:
    project_id = _project_with_two_languages(store)
    cache = store.session_cache_dir("pf-es")
    (cache / "translated.srt").write_text("x")
    store.save_draft("pf-es", b"draft", 3)
    store.save_draft("pf-fr", b"other", 1)

    store.remove_session("pf-es")

    assert store.get_session("pf-es") is None
    assert store.load_draft("pf-es") is None
    assert not cache.exists()
    assert store.load_draft("pf-fr") is not None
    [entry] = store.list_projects()
    assert entry.project.id == project_id
    assert [s.proofread_id for s in entry.sessions] == ["pf-fr"]


def test_removing_a_project_removes_its_sessions_and_their_traces(store: LibraryStore) -> None:
    project_id = _project_with_two_languages(store)
    other = store.add_project("Keep me", SourceKind.FILE, "/other.mp4")
    store.add_session("pf-keep", other.id, "German")
    store.save_draft("pf-fr", b"draft", 2)
    store.save_draft("/local/file.srt", b"local", 1)
    caches = [store.session_cache_dir(i) for i in ("pf-es", "pf-fr")]

    store.remove_project(project_id)

    assert [e.project.id for e in store.list_projects()] == [other.id]
    assert store.get_session("pf-es") is None and store.get_session("pf-fr") is None
    assert [d.key for d in store.list_drafts()] == ["/local/file.srt"]
    assert not any(c.exists() for c in caches)
    assert store.get_session("pf-keep") is not None


def test_cache_folder_names_are_safe_for_odd_ids(store: LibraryStore) -> None:
    folder = store.session_cache_dir("../../etc/passwd")
    assert folder.parent == store.path.parent / "sessions"
    assert folder.is_dir()
