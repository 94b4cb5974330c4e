"""Review ▸ Upload Corrections: check, save into the session's cache, then send to HeyGen.

Errors of the quality checks block the upload (a list, each line going to its cue); warnings
ask "Upload anyway?". The text is written to the session's working copy first (so the cache,
the draft and HeyGen agree), then uploaded as a PUSH job with progress in the jobs panel; the
session becomes "uploaded" and the local copy stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from proofreader.subtitles.checks.findings import Finding, Severity
from proofreader.subtitles.file_state import FileState
from proofreader.subtitles.srt_io import write_srt
from proofreader.ui.async_ops import run_async
from proofreader.ui.sessions.findings_dialog import FindingsDialog
from proofreader.workflow import ProofreadService
from proofreader.workspace.heygen_session import is_session

if TYPE_CHECKING:
    from proofreader.ui.editor_session import EditorSession
    from proofreader.ui.window.host import WindowHost


class CorrectionsUploader(QObject):
    """The Upload Corrections command of one window."""

    message = Signal(str)
    error = Signal(str, str)  # title, sentence
    uploaded = Signal(str)  # proofread id
    busy_changed = Signal()

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.widget)
        self._window = window
        self._service: ProofreadService | None = None
        self.uploading: str | None = None  # the proofread id being uploaded
        self.findings_dialog: FindingsDialog | None = None
        self.prompt: QMessageBox | None = None

    def attach(self, service: ProofreadService | None) -> None:
        self._service = service

    def can_upload(self) -> bool:
        session = self._window.session
        return (
            self._service is not None
            and session is not None
            and is_session(session.source)
            and self.uploading is None
        )

    def upload(self) -> None:
        """Check first: errors block, warnings ask; then save and send."""
        session = self._window.session
        if session is None or not is_session(session.source):
            return
        if self._service is None:
            self.error.emit(
                self.tr("Cannot upload the corrections"),
                self.tr("Sign in or start the demo first: uploading needs HeyGen."),
            )
            return
        if self.uploading is not None:
            return
        findings = list(session.checker.all_findings())
        errors = [(row, f) for row, f in findings if f.severity is Severity.ERROR]
        if errors:
            self._show_errors(errors)
            return
        warnings = len(findings)
        if warnings:
            self._ask_about_warnings(session, warnings)
            return
        self.send(session)

    def _show_errors(self, errors: list[tuple[int, Finding]]) -> None:
        dialog = FindingsDialog(
            errors, self.tr("Fix these errors before uploading"), self._window.widget
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.row_chosen.connect(self._window.select_row)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.findings_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: FindingsDialog) -> None:
        if self.findings_dialog is dialog:
            self.findings_dialog = None
        dialog.deleteLater()

    def _ask_about_warnings(self, session: EditorSession, count: int) -> None:
        box = QMessageBox(self._window.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Upload corrections — Proofreader"))
        if count == 1:
            box.setText(self.tr("The checks found 1 warning. Upload anyway?"))
        else:
            box.setText(
                self.tr("The checks found {count} warnings. Upload anyway?").format(count=count)
            )
        box.setInformativeText(
            self.tr(
                "Warnings (reading speed, line length, untranslated text…) do not stop the "
                "render, but the dubbed video may read or sound worse. Press F8 to go through "
                "them."
            )
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.Cancel)
        box.button(buttons.Yes).setText(self.tr("&Upload Anyway"))
        box.button(buttons.Cancel).setText(self.tr("&Review Warnings"))
        box.setDefaultButton(buttons.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            self.prompt = None
            chosen = box.standardButton(box.clickedButton())
            box.deleteLater()
            if chosen == buttons.Yes and self._window.session is session:
                self.send(session)

        box.finished.connect(answered)
        self.prompt = box
        box.open()

    def send(self, session: EditorSession) -> None:
        """Save the text into the session's working copy, then upload it (no more checks)."""
        service = self._service
        path = session.source.translation
        if service is None or path is None:
            return
        window = self._window
        proofread_id = session.key
        try:
            write_srt(path, session.document.to_cues(), **session.source.write_options)
        except OSError as exc:
            self.error.emit(
                self.tr("Cannot upload the corrections"),
                self.tr(
                    "Could not save the corrections to {path} ({reason}); check the "
                    "free space and the permissions of that folder."
                ).format(path=path, reason=exc.strerror or exc),
            )
            return
        session.disk = FileState.of(path)  # our own write: Save must not take it for another's
        session.mark_saved()
        window.autosaver.discard(proofread_id)
        window.documents.refresh_sidebar()
        self.uploading = proofread_id
        self.busy_changed.emit()
        self.message.emit(
            self.tr("Uploading the corrections of {session}…").format(session=session.title)
        )

        def done(_session: object) -> None:
            self._finished()
            self.message.emit(
                self.tr(
                    "Uploaded the corrections of {session}: generate the final video next."
                ).format(session=session.title)
            )
            self.uploaded.emit(proofread_id)

        def failed(sentence: str) -> None:
            self._finished()
            self.error.emit(self.tr("The corrections were not uploaded"), sentence)

        run_async(
            service.upload_corrections(proofread_id, path),
            on_done=done,
            on_error=failed,
            what="upload corrections",
        )

    def _finished(self) -> None:
        self.uploading = None
        self.busy_changed.emit()
