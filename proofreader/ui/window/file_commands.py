"""The File menu: open, save, save as, export SRT/VTT, glossary, video; and the close guard.

Writes are atomic (srt_io writes a temporary file and renames it). Save writes the translation
with the layout of the file it was read from (newline, BOM, ending), so an unedited cue comes
back byte for byte. After a successful save the document's draft is discarded.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle

from proofreader.library.draft_lock import lock_holder
from proofreader.subtitles.file_state import FileState, changed_on_disk
from proofreader.subtitles.report import build_report, report_format_for, write_report
from proofreader.subtitles.srt_io import format_subtitles, write_subtitles, write_text_atomic
from proofreader.ui.actions import ActionSpec
from proofreader.ui.i18n import QT_TRANSLATE_NOOP, translate
from proofreader.workspace.document_source import local_source
from proofreader.workspace.heygen_session import is_session
from proofreader.workspace.inputs import LoadError, read_glossary
from proofreader.workspace.report_notices import (
    NO_ORIGINAL_FILE,
    NO_ORIGINAL_SESSION,
    pairing_notices,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from proofreader.ui.window.host import WindowHost

log = logging.getLogger(__name__)

# file dialog filters (English; _filter translates their descriptions when a dialog opens)
SUBTITLE_FILTER = QT_TRANSLATE_NOOP("FileCommands", "Subtitles (*.srt *.vtt);;All files (*)")
VIDEO_FILTER = QT_TRANSLATE_NOOP(
    "FileCommands",
    "Video or audio (*.mp4 *.mov *.mkv *.webm *.m4v *.mp3 *.m4a *.wav);;All files (*)",
)
GLOSSARY_FILTER = QT_TRANSLATE_NOOP("FileCommands", "Glossaries (*.csv *.tsv *.txt);;All files (*)")
REPORT_FILTER = QT_TRANSLATE_NOOP(
    "FileCommands",
    "HTML review report (*.html *.htm);;CSV review report for spreadsheets (*.csv)",
)
SP = QStyle.StandardPixmap


class FileCommands:
    """Handlers of the File menu; each returns True when it did what was asked."""

    def __init__(self, window: WindowHost) -> None:
        self._window = window
        self.close_prompt: QMessageBox | None = None
        self.overwrite_prompt: QMessageBox | None = None

    def specs(self) -> list[ActionSpec]:
        w = self._window
        has_doc = w.has_session
        keys = QKeySequence.StandardKey
        return [
            ActionSpec("file.open", translate("FileCommands", "&Open…"), "File",
                       self.choose_and_open, (keys.Open,), group="open", order=310,
                       icon="document-open",
                       fallback_icon=SP.SP_DialogOpenButton,
                       tip=translate("FileCommands",
                                     "Open a translated subtitle file, with its original and "
                                     "video"),
                       toolbar=True),
            ActionSpec("file.choose_video", translate("FileCommands", "Choose &Video…"), "File",
                       self.choose_video, group="open", order=320, enabled_when=has_doc,
                       icon="video-x-generic",
                       tip=translate("FileCommands",
                                     "Choose the video (or audio) to preview this document "
                                     "with")),
            ActionSpec("file.save", translate("FileCommands", "&Save"), "File", self.save,
                       (keys.Save,), group="save", order=410, icon="document-save",
                       fallback_icon=SP.SP_DialogSaveButton, enabled_when=has_doc, toolbar=True,
                       tip=translate("FileCommands", "Save the translation to its file")),
            ActionSpec("file.save_as", translate("FileCommands", "Save &As…"), "File",
                       self.choose_and_save_as, (keys.SaveAs,), group="save", order=420,
                       icon="document-save-as", enabled_when=has_doc,
                       tip=translate("FileCommands",
                                     "Save the translation as a new SRT file and keep editing "
                                     "that one")),
            ActionSpec("file.export_srt", translate("FileCommands", "Ex&port SRT…"), "File",
                       self.choose_and_export_srt, group="export", order=510, enabled_when=has_doc,
                       tip=translate("FileCommands",
                                     "Write a copy as SRT; the document stays where it is")),
            ActionSpec("file.export_vtt", translate("FileCommands", "Export &WebVTT…"), "File",
                       self.choose_and_export_vtt, group="export", order=520, enabled_when=has_doc,
                       tip=translate("FileCommands",
                                     "Write a copy as WebVTT for browsers and video players")),
            ActionSpec("file.export_report", translate("FileCommands", "Export Review &Report…"),
                       "File", self.choose_and_export_report, group="export", order=530,
                       enabled_when=has_doc,
                       tip=translate("FileCommands",
                                     "Write the review as HTML or CSV: each cue's changes "
                                     "against the machine translation, findings, review states "
                                     "and notes")),
            ActionSpec("file.import_glossary", translate("FileCommands", "Import &Glossary…"),
                       "File", self.choose_glossary, group="glossary", order=610,
                       enabled_when=has_doc,
                       tip=translate("FileCommands",
                                     "Check the translation against a CSV/TSV glossary: "
                                     "term,rendering")),
            ActionSpec("file.close_window", translate("FileCommands", "&Quit"), "File",
                       w.widget.close, (keys.Quit, "Ctrl+Q"), group="quit", order=710,
                       icon="application-exit"),
        ]  # fmt: skip

    # ----- open -----

    def choose_and_open(self) -> None:
        w = self._window
        path, _ = QFileDialog.getOpenFileName(
            w.widget, translate("FileCommands", "Open the translated subtitles"), self._folder(),
            _filter(SUBTITLE_FILTER),
        )  # fmt: skip
        if not path:
            return
        translation = Path(path)
        original = _guess_sibling(translation, (".en.srt", ".original.srt", ".orig.srt"))
        if original is None:
            chosen, _ = QFileDialog.getOpenFileName(
                w.widget, translate("FileCommands", "Open the original subtitles (Cancel: none)"),
                str(translation.parent), _filter(SUBTITLE_FILTER),
            )  # fmt: skip
            original = Path(chosen) if chosen else None
        video = _guess_video(translation)
        w.documents.open_source(local_source(translation, original, video))

    def choose_video(self) -> None:
        w = self._window
        session = w.session
        if session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            w.widget, translate("FileCommands", "Choose the video to preview"), self._folder(),
            _filter(VIDEO_FILTER),
        )  # fmt: skip
        if path:
            session.set_source(replace(session.source, video=Path(path).absolute()))
            w.apply_video()
            w.autosaver.schedule()

    def choose_glossary(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window.widget, translate("FileCommands", "Import a glossary"), self._folder(),
            _filter(GLOSSARY_FILTER),
        )  # fmt: skip
        if path:
            self.import_glossary(Path(path))

    def import_glossary(self, path: Path) -> bool:
        w = self._window
        session = w.session
        if session is None:
            return False
        try:
            glossary = read_glossary(path)
        except LoadError as exc:
            w.show_error(translate("FileCommands", "Cannot import the glossary"), str(exc))
            return False
        session.checker.configure(glossary=glossary)
        session.set_source(replace(session.source, glossary=path.absolute()))
        w.autosaver.schedule()
        terms = (
            translate("FileCommands", "1 term")
            if len(glossary) == 1
            else translate("FileCommands", "{count} terms").format(count=len(glossary))
        )
        w.show_message(
            translate("FileCommands", "Glossary {name} imported: {terms} are now checked.")
            .format(name=path.name, terms=terms)
        )  # fmt: skip
        return True

    # ----- save -----

    def save(self) -> bool:
        """Save in place; the sample (or a document without a file) asks where."""
        session = self._window.session
        if session is None:
            return False
        source = session.source
        if not source.save_in_place or source.translation is None:
            return self.choose_and_save_as()
        return self._write_translation(source.translation, becomes_home=False)

    def choose_and_save_as(self) -> bool:
        """Ask where, in the file's own format first (a .vtt stays WebVTT unless the user
        picks .srt, and Save then says what SRT cannot carry)."""
        session = self._window.session
        current = session.source.translation if session is not None else None
        srt = translate("FileCommands", "SubRip subtitles (*.srt)")
        vtt = translate("FileCommands", "WebVTT subtitles (*.vtt)")
        is_vtt = current is not None and current.suffix.lower() == ".vtt"
        filters = f"{vtt};;{srt}" if is_vtt else f"{srt};;{vtt}"
        title = translate("FileCommands", "Save the translation as")
        path = self._ask_path(title, ".vtt" if is_vtt else ".srt", filters)
        return self.save_as(path) if path else False

    def save_as(self, path: Path) -> bool:
        """Write the translation to `path`, which becomes the document's file (not one that
        another window has open: its draft would be overwritten)."""
        w, key = self._window, str(path.absolute())
        holder = lock_holder(w.store.journal_dir, key)
        if w.session is not None and key != w.session.key and holder is not None:
            w.show_error(
                translate("FileCommands", "Cannot save"),
                translate(
                    "FileCommands",
                    "{name} is open in another Proofreader window (process {pid}); close it "
                    "there first, or choose another name.",
                ).format(name=path.name, pid=holder or "?"),
            )
            return False
        return self._write_translation(path, becomes_home=True)

    def _write_translation(
        self, path: Path, *, becomes_home: bool, over_changes: bool = False
    ) -> bool:
        w = self._window
        session = w.session
        if session is None:
            return False
        if not (becomes_home or over_changes) and changed_on_disk(path, session.disk):
            self._ask_overwrite(path)  # another program changed the file since we read it
            return False
        old_key = session.key
        try:
            losses = write_subtitles(
                path, session.document.to_cues(), **session.source.write_options
            )
        except OSError as exc:
            w.show_error(translate("FileCommands", "Cannot save"), _write_error(path, exc))
            return False
        session.disk = FileState.of(path)
        new_source = session.source.saved_as(path) if becomes_home else None
        session.mark_saved(new_source)
        w.autosaver.discard(old_key)
        if new_source is not None:
            w.state.add_recent(new_source)
        w.documents.refresh_sidebar()
        saved = translate("FileCommands", "Saved {name}.").format(name=path.name)
        w.show_message(" ".join([saved, *(loss.sentence() for loss in losses)]), 15_000)
        return True

    def _ask_overwrite(self, path: Path) -> None:
        """Save over a file another program changed (or removed)? Overwrite / Save As / Cancel
        (window-modal, not blocking: tests answer it)."""
        box = QMessageBox(self._window.widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("FileCommands", "File changed on disk — Proofreader"))
        gone = not path.exists()
        text = (
            translate("FileCommands", "{name} was deleted or moved since you opened it.")
            if gone
            else translate("FileCommands", "{name} was changed by another program since you "
                           "opened it.")
        )  # fmt: skip
        box.setText(text.format(name=path.name))
        box.setInformativeText(
            translate("FileCommands", "Saving writes it again here.")
            if gone
            else translate(
                "FileCommands",
                "Overwriting replaces the other program's changes with yours; Save As keeps both.",
            )
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.SaveAll | buttons.Cancel)
        box.button(buttons.Save).setText(
            translate("FileCommands", "&Save") if gone else translate("FileCommands", "&Overwrite")
        )
        box.button(buttons.SaveAll).setText(translate("FileCommands", "Save &As…"))
        box.setDefaultButton(buttons.SaveAll)

        def answered(button: int) -> None:
            self.overwrite_prompt = None
            if button == buttons.Save:
                self._write_translation(path, becomes_home=False, over_changes=True)
            elif button == buttons.SaveAll:
                self.choose_and_save_as()

        box.finished.connect(lambda _r: answered(box.standardButton(box.clickedButton())))
        self.overwrite_prompt = box
        box.open()

    def choose_and_export_srt(self) -> None:
        path = self._ask_path(
            translate("FileCommands", "Export as SRT"), ".srt",
            translate("FileCommands", "SubRip subtitles (*.srt)"),
        )  # fmt: skip
        if path:
            self.export_srt(path)

    def choose_and_export_vtt(self) -> None:
        path = self._ask_path(
            translate("FileCommands", "Export as WebVTT"), ".vtt",
            translate("FileCommands", "WebVTT subtitles (*.vtt)"),
        )  # fmt: skip
        if path:
            self.export_vtt(path)

    def export_srt(self, path: Path) -> bool:
        session = self._window.session
        if session is None:
            return False
        return self._export(path, "srt")

    def export_vtt(self, path: Path) -> bool:
        session = self._window.session
        if session is None:
            return False
        return self._export(path, "vtt")

    def choose_and_export_report(self) -> None:
        session = self._window.session
        if session is None:
            return
        base = session.source.translation
        stem = base.name.split(".")[0] if base is not None and base.name else "translation"
        folder = Path.home() if session.source.kind == "sample" else Path(self._folder())
        path, chosen_filter = QFileDialog.getSaveFileName(
            self._window.widget, translate("FileCommands", "Export the review report"),
            str(folder / f"{stem}.review.html"), _filter(REPORT_FILTER),
        )  # fmt: skip
        if not path:
            return
        chosen = Path(path)
        if report_format_for(chosen) is None:
            csv = "*.csv" in chosen_filter  # the patterns stay the same in every language
            chosen = chosen.with_name(chosen.name + (".csv" if csv else ".html"))
        self.export_report(chosen)

    def export_report(self, path: Path) -> bool:
        """Write the open document's review report: HTML, or CSV for a .csv name."""
        session = self._window.session
        if session is None:
            return False
        document = session.document  # the report is shared: its notices stay in English
        notices = pairing_notices(
            [row.cue for row in document.rows],
            None,  # the machine text was paired when the document was opened
            document.originals if document.has_originals else None,
            no_original=NO_ORIGINAL_SESSION if is_session(session.source) else NO_ORIGINAL_FILE,
        )
        report = build_report(
            session.document, session.checker, title=session.title, notices=notices
        )
        try:
            write_report(path, report)
        except OSError as exc:
            self._window.show_error(
                translate("FileCommands", "Cannot export the review report"),
                translate(
                    "FileCommands",
                    "Could not write {path} ({reason}); check that the folder exists and is "
                    "writable, or choose another place.",
                ).format(path=path, reason=exc.strerror or exc),
            )
            return False
        self._window.show_message(
            translate("FileCommands", "Exported the review report {name}.").format(name=path.name)
        )
        return True

    def _export(self, path: Path, kind: Literal["srt", "vtt"]) -> bool:
        """Write a copy in `kind` over the file's own layout (a .vtt keeps its header, NOTE and
        STYLE blocks, settings); says what the format cannot carry."""
        session = self._window.session
        if session is None:
            return False
        cues = session.document.to_cues()
        try:
            text, losses = format_subtitles(cues, kind, **session.source.write_options)
            write_text_atomic(path, text)
        except OSError as exc:
            self._window.show_error(translate("FileCommands", "Cannot export"),
                                    _write_error(path, exc))  # fmt: skip
            return False
        exported = translate("FileCommands", "Exported {name}.").format(name=path.name)
        self._window.show_message(
            " ".join([exported, *(loss.sentence() for loss in losses)]), 15_000
        )
        return True

    def _ask_path(self, title: str, suffix: str, name_filter: str) -> Path | None:
        session = self._window.session
        if session is None:
            return None
        base = session.source.translation
        stem = base.name[: -len(base.suffix) or None] if base is not None else "translation"
        suggestion = str(Path(self._folder()) / f"{stem}{suffix}")
        if session.source.kind == "sample":
            suggestion = str(Path.home() / f"sample.es{suffix}")
        path, _ = QFileDialog.getSaveFileName(self._window.widget, title, suggestion, name_filter)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(suffix)

    def _folder(self) -> str:
        """Where the file dialogs start: the open file's folder when it is the user's own
        file; never the app's cache (a HeyGen session) or its resources (the sample)."""
        session = self._window.session
        source = session.source if session is not None else None
        if (
            source is not None
            and source.kind == "file"
            and source.translation is not None
            and source.save_in_place
        ):
            return str(source.translation.parent)
        return str(Path.home())

    # ----- closing -----

    def confirm_close(self, then: Callable[[], None]) -> bool:
        """True when nothing would be lost; else ask Save / Discard / Cancel and call `then`
        after Save or Discard (not blocking: the box is window-modal)."""
        w = self._window
        session = w.session
        if session is None or not session.is_modified():
            return True
        box = QMessageBox(w.widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("FileCommands", "Unsaved changes — Proofreader"))
        box.setText(
            translate("FileCommands", "Save your changes to {title} before closing?")
            .format(title=session.title)
        )  # fmt: skip
        box.setInformativeText(
            translate(
                "FileCommands", "If you don't save, your changes since the last save are lost."
            )
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.button(buttons.Discard).setText(translate("FileCommands", "&Discard Changes"))

        def answered(button: int) -> None:
            self.close_prompt = None
            if button == buttons.Save:
                if self.save():
                    then()
            elif button == buttons.Discard:
                session.mark_saved()  # nothing left to protect: no draft is written again
                w.autosaver.discard(session.key)
                w.autosaver.flush()
                then()

        box.finished.connect(lambda _r: answered(box.standardButton(box.clickedButton())))
        self.close_prompt = box
        box.open()
        return False


def _filter(name_filter: str) -> str:
    """A file dialog filter with its descriptions in the interface's language."""
    return translate("FileCommands", name_filter)


def _write_error(path: Path, exc: OSError) -> str:
    return translate(
        "FileCommands",
        "Could not write {path} ({reason}); check that the folder exists and is writable, or "
        "choose another place with Save As.",
    ).format(path=path, reason=exc.strerror or exc)


def _guess_sibling(translation: Path, endings: tuple[str, ...]) -> Path | None:
    """talk.es.srt -> talk.en.srt (when it exists), the usual HeyGen download naming."""
    stem = translation.name.split(".")[0]
    for ending in endings:
        candidate = translation.with_name(stem + ending)
        if candidate.is_file() and candidate != translation:
            return candidate
    return None


def _guess_video(translation: Path) -> Path | None:
    stem = translation.name.split(".")[0]
    for suffix in (".mp4", ".mov", ".mkv", ".webm", ".m4v"):
        candidate = translation.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None
