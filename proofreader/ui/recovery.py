"""Crash recovery: which autosaved drafts can be restored, and the dialog that offers them.

A draft is offered when it is newer than its file (the file was not saved since the draft was
written); a draft older than its file is left alone, and offered again only when that file is
opened. Restoring rebuilds the exact document from the snapshot; the translation on disk is
not touched until the user saves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.library import DraftInfo, LibraryError, LibraryStore
from proofreader.subtitles.snapshot import SnapshotError, decode_snapshot, read_snapshot_meta
from proofreader.ui.i18n import translate
from proofreader.ui.window.document_source import (
    DocumentSource,
    LoadedDocument,
    LoadError,
    restore_document,
)

log = logging.getLogger(__name__)

# The kinds of document this window can reopen: files, the sample, HeyGen sessions.
LOCAL_KINDS = frozenset({"file", "sample", "session"})


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
        """One line for lists: title, when, how many cues differ from the machine text."""
        when = self.info.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        changes = self.info.local_changes
        cues = (
            translate("RecoveryDialog", "1 changed cue")
            if changes == 1
            else translate("RecoveryDialog", "{count} changed cues").format(count=changes)
        )
        return translate("RecoveryDialog", "{title} — saved {when}, {cues}").format(
            title=self.source.title, when=when, cues=cues
        )


def draft_for(store: LibraryStore, info: DraftInfo) -> RestorableDraft | None:
    """The restorable form of one draft, or None when it is unreadable or not ours."""
    draft = store.load_draft(info.key)
    if draft is None:
        return None
    try:
        source = DocumentSource.from_meta(read_snapshot_meta(draft.payload))
    except (SnapshotError, LoadError) as exc:
        log.warning("Draft %s cannot be read: %s", info.key, exc)
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
    their file unless `include_older`."""
    found = []
    try:
        infos = store.list_drafts()
    except LibraryError as exc:
        log.warning("Drafts cannot be listed: %s", exc)
        return []
    for info in infos:
        if keys is not None and info.key not in keys:
            continue
        restorable = draft_for(store, info)
        if restorable is None or restorable.source.kind not in kinds:
            continue
        if restorable.newer_than_file or include_older:
            found.append(restorable)
    return found


def restore(store: LibraryStore, key: str) -> LoadedDocument:
    """Rebuild the document of draft `key`; raises LoadError with a sentence."""
    draft = store.load_draft(key)
    if draft is None:
        raise LoadError(
            translate("RecoveryDialog", "This draft is gone (it was saved or discarded meanwhile).")
        )
    try:
        snapshot = decode_snapshot(draft.payload)
    except SnapshotError as exc:
        raise LoadError(str(exc)) from exc
    return restore_document(DocumentSource.from_meta(snapshot.meta), snapshot.document)


def _newer_than_file(source: DocumentSource, saved_at: datetime) -> bool:
    if not source.save_in_place or source.translation is None:
        return True  # the sample (or a session): there is no file of the user's to compare
    try:
        modified = datetime.fromtimestamp(source.translation.stat().st_mtime, UTC)
    except OSError:
        return True  # the file is gone: the draft is all there is
    return saved_at > modified


class RecoveryDialog(QDialog):
    """ "Proofreader closed with unsaved changes": Restore / Discard / Later, per draft."""

    restore_requested = Signal(object)  # RestorableDraft
    discard_requested = Signal(object)  # RestorableDraft

    def __init__(self, drafts: list[RestorableDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore unsaved changes — Proofreader"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._drafts = list(drafts)
        heading = QLabel(
            self.tr(
                "<b>Proofreader closed before these changes were saved.</b><br>"
                "Restore one to keep working on it; the file on disk is unchanged until you save."
            )
        )
        heading.setWordWrap(True)
        self.list = QListWidget()
        for draft in self._drafts:
            item = QListWidgetItem(draft.describe())
            path = draft.source.translation
            item.setToolTip(str(path) if path is not None else draft.key)
            if not draft.newer_than_file:
                item.setText(item.text() + self.tr(" (the file was changed after this draft)"))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard Changes"))
        self.later_button = QPushButton(self.tr("&Later"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 120 + 28 * min(len(self._drafts), 8))

    def drafts(self) -> list[RestorableDraft]:
        return list(self._drafts)

    def _current(self) -> RestorableDraft | None:
        row = self.list.currentRow()
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    def _restore(self) -> None:
        draft = self._current()
        if draft is not None:
            self.accept()
            self.restore_requested.emit(draft)

    def _discard(self) -> None:
        draft = self._current()
        if draft is None:
            return
        self._remove(draft)
        self.discard_requested.emit(draft)
        if not self._drafts:
            self.reject()

    def _remove(self, draft: RestorableDraft) -> None:
        index = self._drafts.index(draft)
        del self._drafts[index]
        self.list.takeItem(index)
        self.list.setCurrentRow(min(index, len(self._drafts) - 1))


DraftAction = Callable[[RestorableDraft], None]
