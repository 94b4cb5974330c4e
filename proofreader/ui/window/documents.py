"""Opening documents: files, the sample, restored drafts; and the library sidebar's sections.

Opening a file that has an autosaved draft asks first (Restore / Discard Changes / Later).
Small files load at once; big ones on a worker thread, the window staying responsive. When
another document is opened, the one that was open keeps its unsaved changes as a draft: the
sidebar lists it under "Unsaved changes" and restores it with one click.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from proofreader.library import LibraryError
from proofreader.library.draft_lock import lock_holder
from proofreader.subtitles.thresholds import Thresholds
from proofreader.ui.editor_session import EditorSession
from proofreader.ui.i18n import QT_TRANSLATE_NOOP, translate
from proofreader.ui.library_sidebar import LibraryEntry
from proofreader.ui.recovery import RecoveryDialog
from proofreader.ui.window.first_paint import after_first_paint
from proofreader.ui.window.lenient_open import lenient_retry, offer_lenient_open, skipped_sentence
from proofreader.workspace.document_source import DocumentSource, sample_source
from proofreader.workspace.drafts import RestorableDraft, find_restorable, restore
from proofreader.workspace.inputs import LoadError
from proofreader.workspace.loading import LoadedDocument, load_document

if TYPE_CHECKING:
    from proofreader.ui.window.host import WindowHost

log = logging.getLogger(__name__)

BACKGROUND_BYTES = 400_000  # larger translations (about 5,000 cues) parse on the worker
SECTIONS = (  # titles in English; translated when the sidebar gets them
    ("open", QT_TRANSLATE_NOOP("DocumentOpener", "Open")),
    ("drafts", QT_TRANSLATE_NOOP("DocumentOpener", "Unsaved changes")),
    ("recent", QT_TRANSLATE_NOOP("DocumentOpener", "Recent files")),
    ("samples", QT_TRANSLATE_NOOP("DocumentOpener", "Sample")),
)


class DocumentOpener(QObject):
    """Knows how to turn a source, a draft or a sidebar entry into the window's session."""

    load_failed = Signal(str)  # a sentence (also shown in a dialog when errors_in_dialog)
    document_shown = Signal()  # a newly opened document is on screen (painted)

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.widget)
        self._window = window
        self.recovery_dialog: RecoveryDialog | None = None
        self.loading: DocumentSource | None = None
        self.lenient_prompt: QMessageBox | None = None  # the open-error box, when it offers it
        self.errors_in_dialog = True  # the command line turns it off: it prints the sentence
        sidebar = window.sidebar
        for section_id, title in SECTIONS:
            sidebar.add_section(section_id, translate("DocumentOpener", title))
        sidebar.entry_activated.connect(self._open_entry)
        sidebar.remove_requested.connect(self._remove_entry)

    # ----- opening -----

    def open_source(self, source: DocumentSource, *, ask_about_draft: bool = True) -> None:
        """Open `source` in the window (after asking about its draft, if it has one)."""
        window = self._window
        if window.session is not None and window.session.key == source.key:
            return
        if not self._free(source.key, source.title):
            return
        if ask_about_draft:
            drafts = find_restorable(window.store, keys={source.key}, include_older=True)
            if drafts:
                self.offer(drafts, open_instead=source)
                return
        self._load(source)

    def _limits(self, language: str | None) -> Thresholds:
        """The checks' limits a document opens with (Preferences included), read at each open."""
        return self._window.context.check_limits(language)

    def _free(self, key: str, title: str) -> bool:
        """False (after saying so) when another window has the document open: two windows on
        one file would each keep a draft of it and overwrite each other's work."""
        self._window.autosaver.flush()  # a document this window just closed lets go there
        holder = lock_holder(self._window.store.journal_dir, key)
        if holder is None:
            return True
        self._failed(
            self.tr(
                "{title} is already open in another Proofreader window (process {pid}). "
                "Work on it there, or close it there first and open it here again."
            ).format(title=title, pid=holder or "?")
        )
        return False

    def _load(self, source: DocumentSource) -> None:
        translation = source.translation
        try:
            size = translation.stat().st_size if translation is not None else 0
        except OSError:
            size = 0
        if size < BACKGROUND_BYTES:
            try:
                loaded = load_document(source, limits=self._limits)
            except LoadError as exc:
                self._failed(str(exc), lenient_retry(exc, source))
                return
            self._show(loaded, restored=False)
            return
        self.loading = source
        self._window.area.set_empty_text(self.tr("Opening {title}…").format(title=source.title))
        self._window.background.run(
            lambda: load_document(source, limits=self._limits, defer_checks=True),
            lambda loaded: self._show(loaded, restored=False),
            lambda exc: self._failed(self._sentence(exc, source), lenient_retry(exc, source)),
        )

    def _sentence(self, exc: Exception, source: DocumentSource) -> str:
        """A LoadError is already the sentence; anything else is a bug: logged with its
        traceback, and the user gets a sentence saying where the details are."""
        if isinstance(exc, LoadError):
            return str(exc)
        log.error("Opening %s failed", source.title, exc_info=exc)
        return self.tr(
            "Could not open {title} because of an unexpected error ({kind}). The details are in "
            "the log: Help ▸ Report a Problem… gathers them for you to send."
        ).format(title=source.title, kind=type(exc).__name__)

    def start_with_sample(self, sample: DocumentSource) -> None:
        """First thing at start-up without a file: the sample, unless it has a draft (the
        start-up dialog offers that draft; opening the sample fresh would overwrite it)."""
        if find_restorable(self._window.store, keys={sample.key}):
            self.refresh_sidebar()
            return
        self._load(sample)

    def restore_draft(self, draft: RestorableDraft) -> None:
        """Open the document of a draft, with its unsaved changes."""
        session = self._window.session
        if session is not None and session.key == draft.key:
            return  # restored already (from another question about the same draft)
        if not self._free(draft.key, draft.source.title):
            return
        try:
            loaded = restore(self._window.store, draft.key, limits=self._limits)
        except (LoadError, LibraryError) as exc:
            self._failed(str(exc))
            return
        self._show(loaded, restored=True)
        self._window.show_message(
            self.tr("Restored your unsaved changes to {title}.").format(title=loaded.source.title)
        )

    def discard_draft(self, draft: RestorableDraft) -> None:
        session = self._window.session
        if session is not None and session.key == draft.key:
            return  # it is open here with those changes: they are not a leftover any more
        self._window.autosaver.discard(draft.key)
        self._window.autosaver.flush()
        self.refresh_sidebar()

    def _show(self, loaded: LoadedDocument, *, restored: bool) -> None:
        self.loading = None
        window = self._window
        session = EditorSession(loaded, restored=restored, parent=window.widget)
        window.set_session(session)
        if loaded.skipped:
            window.show_error(self.tr("Some blocks were skipped"), skipped_sentence(loaded.skipped))
        window.state.add_recent(session.source)
        self.refresh_sidebar()
        after_first_paint(window.area.table.viewport(), lambda: self._painted(session))

    def _painted(self, session: EditorSession) -> None:
        """The table is on screen: what waited for it (the player, the checks) may run."""
        self.document_shown.emit()
        session.check_in_slices()

    def _failed(self, sentence: str, retry: DocumentSource | None = None) -> None:
        self.loading = None
        self._window.area.set_empty_text()
        log.debug("Open failed: %s", sentence)
        self.load_failed.emit(sentence)
        if self.errors_in_dialog and retry is not None:
            title = self.tr("Cannot open the document")
            self.lenient_prompt = offer_lenient_open(
                self._window.widget, title, sentence, lambda: self._load(retry)
            )
        elif self.errors_in_dialog:
            self._window.show_error(self.tr("Cannot open the document"), sentence)

    # ----- drafts -----

    def offer(
        self, drafts: list[RestorableDraft], *, open_instead: DocumentSource | None = None
    ) -> RecoveryDialog:
        """Ask what to do with drafts (window-modal, not blocking: tests answer it)."""
        dialog = RecoveryDialog(drafts, self._window.widget)
        self.recovery_dialog = dialog
        dialog.restore_requested.connect(self.restore_draft)
        dialog.discard_requested.connect(self.discard_draft)
        if open_instead is not None:
            dialog.later_button.setText(self.tr("&Cancel"))
            dialog.discard_requested.connect(
                lambda _draft: self.open_source(open_instead, ask_about_draft=False)
            )
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.open()
        return dialog

    def offer_startup_drafts(self) -> RecoveryDialog | None:
        """At start-up: drafts newer than their files, except the open document's and those
        a restore question already on screen offers (the demo opens its session meanwhile)."""
        current = self._window.session.key if self._window.session else None
        asked = self.recovery_dialog
        offered = {d.key for d in asked.drafts()} if asked is not None else set()
        drafts = [
            d for d in find_restorable(self._window.store) if d.key not in {current, *offered}
        ]
        return self.offer(drafts) if drafts else None

    def _forget_dialog(self, dialog: RecoveryDialog) -> None:
        if self.recovery_dialog is dialog:
            self.recovery_dialog = None
        dialog.deleteLater()

    # ----- the sidebar -----

    def refresh_sidebar(self) -> None:
        window, sidebar = self._window, self._window.sidebar
        session = window.session
        current = session.key if session else None
        open_entries = []
        if session is not None:
            badge = self.tr("unsaved") if session.is_modified() else ""
            open_entries.append(_entry(session.source, badge=badge))
        sidebar.set_entries("open", open_entries)
        drafts = [d for d in find_restorable(window.store, include_older=True) if d.key != current]
        sidebar.set_entries(
            "drafts",
            [
                LibraryEntry(
                    d.key,
                    d.source.title,
                    d,
                    detail=d.describe(),
                    badge=self.tr("draft"),
                    removable=False,
                )
                for d in drafts
            ],
        )
        shown = {current, *(d.key for d in drafts)}
        recent = [s for s in window.state.recent_sources() if s.key not in shown]
        sidebar.set_entries("recent", [_entry(s, removable=True) for s in recent])
        sample = sample_source()
        samples = [] if sample.key in shown else [_entry(sample, title=self.tr("Sample (Spanish)"))]
        sidebar.set_entries("samples", samples)
        sidebar.set_current(current)

    def _open_entry(self, entry: LibraryEntry) -> None:
        payload = entry.payload
        if isinstance(payload, RestorableDraft):
            self.restore_draft(payload)
        elif isinstance(payload, DocumentSource):
            self.open_source(payload)

    def _remove_entry(self, entry: LibraryEntry) -> None:
        self._window.state.remove_recent(entry.key)
        self.refresh_sidebar()


def _entry(
    source: DocumentSource, *, badge: str = "", removable: bool = False, title: str = ""
) -> LibraryEntry:
    path = source.translation
    detail = str(path) if path is not None else source.key
    if source.original is not None:
        detail += "\n" + translate("DocumentOpener", "Original: {path}").format(
            path=source.original
        )
    if source.video is not None:
        detail += "\n" + translate("DocumentOpener", "Video: {path}").format(path=source.video)
    return LibraryEntry(
        source.key, title or source.title, source, detail=detail, badge=badge, removable=removable
    )
