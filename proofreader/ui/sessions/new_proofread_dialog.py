"""File ▸ New Proofread…: the source video, the target languages, a title and every option.

The dialog only gathers and checks (a URL is checked with a HEAD request for a video before
anything is sent); `submitted` carries the request and the SessionsController starts it, so
the jobs panel shows the upload and the library shows the sessions as soon as they exist.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.heygen import Mode, ProofreadOptions
from proofreader.ui.async_ops import run_async
from proofreader.ui.sessions.dialog_layout import source_and_options_columns
from proofreader.ui.sessions.language_picker import LanguagePicker
from proofreader.ui.sessions.media_info import billed_minutes, check_video_url
from proofreader.ui.sessions.proofread_options import ProofreadOptionsForm
from proofreader.ui.sessions.source_picker import SourcePicker
from proofreader.workflow import ProofreadService
from proofreader.workflow.sources import MediaSource

UrlCheck = Callable[[str], Awaitable[str | None]]


@dataclass(frozen=True)
class ProofreadRequest:
    """What the user asked for: handed to ProofreadService.start_proofreads."""

    source: MediaSource
    languages: tuple[str, ...]
    title: str
    options: ProofreadOptions


class NewProofreadDialog(QDialog):
    """Window-modal; emits `submitted(ProofreadRequest)` and closes when the request is sound."""

    submitted = Signal(object)

    def __init__(
        self,
        service: ProofreadService,
        recent_languages: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        url_check: UrlCheck = check_video_url,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new-proofread-dialog")
        self.setWindowTitle("New Proofread — Proofreader")
        self.setAcceptDrops(True)
        self._service = service
        self._url_check = url_check
        self._auto_title = ""
        self.checking = False

        self.source = SourcePicker()
        self.source.changed.connect(self._on_source_changed)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("proofread-title")
        self.title_edit.setPlaceholderText("Names the project and the downloaded subtitle files")
        self.title_edit.textChanged.connect(self._refresh)
        self.languages = LanguagePicker()
        self.languages.selection_changed.connect(self._refresh)
        self.options = ProofreadOptionsForm()
        self.options.changed.connect(self._refresh)
        self.cost = QLabel()
        self.cost.setObjectName("cost-note")
        self.cost.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("dialog-problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        columns = source_and_options_columns(
            self.source, self.title_edit, self.languages, self.options
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = QPushButton("&Start Proofread")
        self.start_button.setObjectName("start-proofread")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.cost)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(940, 680)
        self._recent = list(recent_languages)
        self._load_languages()
        self._refresh()

    # ----- the languages, fetched from the service -----

    def _load_languages(self) -> None:
        def loaded(names: list[str]) -> None:
            self.languages.set_languages(names, self._recent)
            self._refresh()

        def failed(sentence: str) -> None:
            self.languages.set_error(f"The languages could not be loaded. {sentence}")

        run_async(
            self._service.languages(),
            on_done=loaded,
            on_error=failed,
            parent=self,
            what="load the languages",
        )

    # ----- keeping the dialog's notes current -----

    def _on_source_changed(self) -> None:
        suggested = self.source.suggested_title()
        current = self.title_edit.text().strip()
        if suggested and (not current or current == self._auto_title):
            self._auto_title = suggested
            self.title_edit.setText(suggested)
        self._refresh()

    def current_problem(self) -> str | None:
        """What keeps the request from being sent, as a sentence (None: ready)."""
        problem = self.source.problem()
        if problem is not None:
            return problem
        if not self.title_edit.text().strip():
            return "Give the proofread a title; it also names the subtitle files."
        if not self.languages.is_loaded():
            return "Waiting for the list of languages…"
        if not self.languages.selected():
            return "Tick at least one target language."
        return self.options.problem()

    def _refresh(self) -> None:
        problem = self.current_problem()
        if not self.checking:
            self.problem.setText(problem or "")
        self.start_button.setEnabled(problem is None and not self.checking)
        self.cost.setText(self.cost_note())

    def cost_note(self) -> str:
        count = len(self.languages.selected())
        languages = "1 language" if count == 1 else f"{count} languages"
        duration = self.source.duration_s()
        mode = "precision" if self.options.current_mode() is Mode.PRECISION else "speed"
        if duration is None:
            return (
                f"Cost: the video's minutes × {languages}, at the {mode} rate. The length "
                "is shown once a local file has been read."
            )
        minutes = billed_minutes(duration)
        total = minutes * max(count, 1)
        return (
            f"Cost: {minutes} min × {languages} = {total} min of translation at the {mode} "
            "rate, charged to your HeyGen account when the sessions are created."
        )

    # ----- submitting -----

    def request(self) -> ProofreadRequest | None:
        source = self.source.media_source()
        if source is None or self.current_problem() is not None:
            return None
        return ProofreadRequest(
            source=source,
            languages=tuple(self.languages.selected()),
            title=self.title_edit.text().strip(),
            options=self.options.options(),
        )

    def submit(self) -> None:
        """Check (a URL by HEAD), then emit `submitted` and close."""
        request = self.request()
        if request is None or self.checking:
            self._refresh()
            return
        if request.source.kind != "url":
            self._send(request)
            return
        self.checking = True
        self.problem.setText("Checking that the address gives a video…")
        self._refresh()

        def checked(verdict: str | None) -> None:
            self.checking = False
            if verdict is None:
                self._send(request)
                return
            self.source.show_url_verdict(verdict)
            self._refresh()
            self.problem.setText(verdict)

        def failed(sentence: str) -> None:
            self.checking = False
            self._refresh()
            self.problem.setText(sentence)

        run_async(
            self._url_check(request.source.value),
            on_done=checked,
            on_error=failed,
            parent=self,
            what="check the video URL",
        )

    def _send(self, request: ProofreadRequest) -> None:
        self.submitted.emit(request)
        self.accept()

    # A video dropped anywhere on the dialog becomes the source.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.source.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.source.dropEvent(event)
