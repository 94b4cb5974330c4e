"""Crash recovery's policy: which autosaved drafts can be restored, and restoring one.

A draft is the newest snapshot of a document (the library's draft row, or the journal's base)
plus the edit journal written after it (see ui/autosave.py). A draft whose document is open in a
running window (this one or another instance: its lock is held) is never offered. A draft is
offered when it is newer than its file (the file was not saved since the draft was
written); a draft older than its file is left alone, and offered again only when that file is
opened. Restoring rebuilds the exact document from the snapshot; the translation on disk is
not touched until the user saves.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from proofreader.i18n import translate
from proofreader.library import DraftInfo, LibraryError, LibraryStore
from proofreader.library.draft_lock import lock_holder
from proofreader.library.edit_journal import JournalFolder, generation_of
from proofreader.subtitles.journal_records import replay
from proofreader.subtitles.snapshot import (
    Snapshot,
    SnapshotError,
    decode_snapshot,
    read_snapshot_meta,
)
from proofreader.subtitles.thresholds import thresholds_for
from proofreader.workspace.document_source import DocumentSource
from proofreader.workspace.inputs import LoadError
from proofreader.workspace.loading import Limits, LoadedDocument, restore_document

log = logging.getLogger(__name__)

# The kinds of document this window can reopen: files, the sample, HeyGen sessions.
LOCAL_KINDS = frozenset({"file", "sample", "session"})
_META_BYTES = 65_536  # a snapshot's meta is in its first bytes


@dataclass(frozen=True)
class RestorableDraft:
    """An autosaved draft with the files it belongs to."""

    info: DraftInfo
    source: DocumentSource
    newer_than_file: bool

    @property
    def key(self) -> str:
        return self.info.key

    def describe(self) -> str:
        """One line for lists: how many cues differ from the machine text, where, and when the
        last change was ("3 edited cues in talk.es.srt, last change 14:02")."""
        saved = self.info.saved_at.astimezone()
        today = datetime.now(UTC).astimezone().date()
        when = (
            saved.strftime("%H:%M") if saved.date() == today else saved.strftime("%Y-%m-%d %H:%M")
        )
        changes = self.info.local_changes
        cues = (
            translate("RecoveryDialog", "1 edited cue")
            if changes == 1
            else translate("RecoveryDialog", "{count} edited cues").format(count=changes)
        )
        where = (
            translate("RecoveryDialog", "the HeyGen session {title}")
            if self.source.kind == "session"
            else self.source.title
        ).format(title=self.source.title)
        return translate("RecoveryDialog", "{cues} in {where}, last change {when}").format(
            cues=cues, where=where, when=when
        )


@dataclass(frozen=True)
class _DraftState:
    """What restoring a key starts from: the newest snapshot (draft or journal base)."""

    key: str
    payload: bytes
    generation: int
    info: DraftInfo | None  # the library's draft row, when that is the newest snapshot


def _newest_state(store: LibraryStore, journal: JournalFolder, key: str) -> _DraftState | None:
    draft = store.load_draft(key)
    base = journal.base(key)
    draft_gen = generation_of(read_snapshot_meta(draft.payload)) if draft is not None else -1
    if base is not None and base.generation > draft_gen:
        try:
            payload = base.read()
        except FileNotFoundError:  # replaced meanwhile by the running window's newer base
            payload = None
        if payload is not None:
            if draft is None and not journal.has_lines_since(key, base.generation):
                return None  # opened, never changed: nothing to restore
            return _DraftState(key, payload, base.generation, None)
    if draft is None:
        return None
    info = DraftInfo(draft.key, draft.local_changes, draft.saved_at, len(draft.payload))
    return _DraftState(key, draft.payload, max(draft_gen, 0), info)


def _rebuild(journal: JournalFolder, state: _DraftState) -> tuple[Snapshot, DraftInfo]:
    """The snapshot with every journal line after it applied, and its figures for the list."""
    snapshot = decode_snapshot(state.payload)
    replayed = replay(snapshot.document, journal.lines_since(state.key, state.generation))
    document = replayed.document() if replayed.applied else snapshot.document
    if replayed.last_change_ms is not None:
        when = datetime.fromtimestamp(replayed.last_change_ms / 1000, UTC)
    elif state.info is not None:
        when = state.info.saved_at
    else:
        when = datetime.now(UTC)
    info = DraftInfo(state.key, document.edited_count, when, len(state.payload))
    return Snapshot(document, snapshot.meta), info


def draft_for(store: LibraryStore, info: DraftInfo) -> RestorableDraft | None:
    """The restorable form of one draft, or None when it is unreadable or not ours."""
    return _restorable(store, JournalFolder(store.journal_dir), info.key)


def _restorable(store: LibraryStore, journal: JournalFolder, key: str) -> RestorableDraft | None:
    try:
        state = _newest_state(store, journal, key)
        if state is None:
            return None
        source = DocumentSource.from_meta(read_snapshot_meta(state.payload))
        if state.info is not None and not journal.has_lines_since(key, state.generation):
            info = state.info  # the snapshot is the whole story: no need to decode it
        else:
            info = _rebuild(journal, state)[1]
    except (SnapshotError, LoadError, OSError) as exc:
        log.warning("Draft %s cannot be read: %s", key, exc)
        return None
    return RestorableDraft(info, source, _newer_than_file(source, info.saved_at))


def find_restorable(
    store: LibraryStore,
    *,
    kinds: Collection[str] = LOCAL_KINDS,
    include_older: bool = False,
    keys: Collection[str] | None = None,
) -> list[RestorableDraft]:
    """Drafts worth offering, newest first: of `kinds` (and `keys` when given), newer than
    their file unless `include_older`, and not open in a window (this one or another)."""
    journal = JournalFolder(store.journal_dir)
    try:
        candidates = {info.key for info in store.list_drafts()}
    except LibraryError as exc:
        log.warning("Drafts cannot be listed: %s", exc)
        return []
    for base in journal.bases():
        try:
            candidates.add(str(read_snapshot_meta(base.read(_META_BYTES)).get("key")))
        except (SnapshotError, OSError):
            continue
    found = []
    for key in candidates:
        if keys is not None and key not in keys:
            continue
        if lock_holder(store.journal_dir, key) is not None:
            continue  # a running window owns it: its draft is live, not left behind
        restorable = _restorable(store, journal, key)
        if restorable is None or restorable.source.kind not in kinds:
            continue
        if restorable.newer_than_file or include_older:
            found.append(restorable)
    found.sort(key=lambda d: (d.info.saved_at, d.key), reverse=True)
    return found


def restore(store: LibraryStore, key: str, *, limits: Limits = thresholds_for) -> LoadedDocument:
    """Rebuild the document of draft `key` (snapshot + journal); raises LoadError."""
    journal = JournalFolder(store.journal_dir)
    gone = translate("RecoveryDialog", "This draft is gone (it was saved or discarded meanwhile).")
    try:
        state = _newest_state(store, journal, key)
        if state is None:
            raise LoadError(gone)
        snapshot, info = _rebuild(journal, state)
    except (SnapshotError, OSError) as exc:
        raise LoadError(str(exc)) from exc
    source = DocumentSource.from_meta(snapshot.meta)
    loaded = restore_document(source, snapshot.document, limits=limits)
    if not _newer_than_file(source, info.saved_at):
        loaded.disk = None  # the file changed after the draft: Save asks before overwriting
    return loaded


def _newer_than_file(source: DocumentSource, saved_at: datetime) -> bool:
    if not source.save_in_place or source.translation is None:
        return True  # the sample (or a session): there is no file of the user's to compare
    try:
        modified = datetime.fromtimestamp(source.translation.stat().st_mtime, UTC)
    except OSError:
        return True  # the file is gone: the draft is all there is
    return saved_at > modified
