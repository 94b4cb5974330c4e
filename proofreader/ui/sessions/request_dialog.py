"""The frame of File ▸ New Proofread… and New direct translation…, written once.

Both gather a source video (dropped anywhere on the dialog, or a URL checked with a HEAD request
before anything is sent), target languages from the service, a title and an options form, with
a cost note, a problem line and Start/Cancel. A subclass says what it costs and what Start does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
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

from proofreader.ui.async_ops import run_async
from proofreader.ui.i18n import QT_TRANSLATE_NOOP, translate
from proofreader.ui.sessions.dialog_layout import source_and_options_columns
from proofreader.ui.sessions.language_picker import LanguagePicker
from proofreader.ui.sessions.option_widgets import OptionsForm
from proofreader.ui.sessions.source_picker import SourcePicker
from proofreader.workflow import MediaSource, ProofreadService
from proofreader.workspace.document_source import SAMPLE_DIR

UrlCheck = Callable[[str], Awaitable[str | None]]
FormT = TypeVar("FormT", bound=OptionsForm)
SAMPLE_VIDEO = SAMPLE_DIR / "talk.mp4"
DEMO_NOTE = QT_TRANSLATE_NOOP(
    "RequestDialog", "Demo: the offline sandbox answers; nothing is sent to HeyGen."
)


@dataclass(frozen=True)
class DialogText:
    """What tells the dialogs apart on screen (names are the widgets' object names)."""

    name: str
    window_title: str
    no_video: str  # the problem while no video is chosen
    title_name: str
    title_placeholder: str
    title_missing: str | None  # the problem when the title is empty; None: it is optional
    start_text: str
    start_name: str
    cost_name: str
    problem_name: str
    size: tuple[int, int]
    intro: str = ""


class RequestDialog(QDialog, Generic[FormT]):
    """Source, title, languages and `options` in two columns; the notes kept current."""

    def __init__(
        self,
        service: ProofreadService,
        recent_languages: Sequence[str],
        options: FormT,
        text: DialogText,
        parent: QWidget | None,
        url_check: UrlCheck,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(text.name)
        self.setWindowTitle(text.window_title)
        self.setAcceptDrops(True)
        self._service = service
        self._url_check = url_check
        self._text = text
        self._recent = list(recent_languages)
        self._auto_title = ""
        self._demo = False

        self.source = SourcePicker()
        self.source.changed.connect(self._on_source_changed)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName(text.title_name)
        self.title_edit.setPlaceholderText(text.title_placeholder)
        self.title_edit.textChanged.connect(self._refresh)
        self.languages = LanguagePicker()
        self.languages.selection_changed.connect(self._refresh)
        self.options = options
        self.options.changed.connect(self._refresh)
        self.cost = QLabel()
        self.cost.setObjectName(text.cost_name)
        self.cost.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName(text.problem_name)
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = QPushButton(text.start_text)
        self.start_button.setObjectName(text.start_name)
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if text.intro:
            intro = QLabel(text.intro)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        columns = source_and_options_columns(
            self.source, self.title_edit, self.languages, self.options
        )
        layout.addLayout(columns, 1)
        layout.addWidget(self.cost)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(*text.size)
        self._load_languages()
        self._load_glossaries()
        self._refresh()

    # ----- what a subclass says -----

    def is_busy(self) -> bool:
        """True while a submit is under way: the problem line is then the subclass's."""
        return False

    def cost_note(self) -> str:
        return ""

    def use_demo(self, sample: Path | None = SAMPLE_VIDEO) -> None:
        """Demo mode: the sandbox's sample video is offered as the source, and the dialog
        speaks of no cost (nothing is sent to HeyGen)."""
        self._demo = True
        if sample is not None and sample.is_file() and self.source.media_source() is None:
            self.source.set_file(sample)
        self._refresh()

    def submit(self) -> None:
        raise NotImplementedError

    # ----- the languages, fetched from the service -----

    def _load_languages(self) -> None:
        def loaded(names: list[str]) -> None:
            self.languages.set_languages(names, self._recent)
            self.options.set_languages(names)
            self._refresh()

        def failed(sentence: str) -> None:
            self.languages.set_error(
                self.tr("The languages could not be loaded. {reason}").format(reason=sentence)
            )

        run_async(
            self._service.languages(),
            on_done=loaded,
            on_error=failed,
            parent=self,
            what="load the languages",
        )

    def _load_glossaries(self) -> None:
        """Fill the glossary picker; without the list a raw id can still be typed."""
        run_async(
            self._service.client.list_brand_glossaries(),
            on_done=self.options.set_glossaries,
            on_error=lambda sentence: None,
            parent=self,
            what="load the brand glossaries",
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
        problem = self.source.problem(no_file=self._text.no_video)
        if problem is not None:
            return problem
        if self._text.title_missing and not self.title_edit.text().strip():
            return self._text.title_missing
        if not self.languages.is_loaded():
            return self.tr("Waiting for the list of languages…")
        if not self.languages.selected():
            return self.tr("Tick at least one target language.")
        return self.options.problem()

    def _refresh(self) -> None:
        problem = self.current_problem()
        busy = self.is_busy()
        if not busy:
            self.problem.setText(problem or "")
        self.start_button.setEnabled(problem is None and not busy)
        self.cost.setText(translate("RequestDialog", DEMO_NOTE) if self._demo else self.cost_note())

    # ----- submitting -----

    def _check_url(
        self, source: MediaSource, then: Callable[[], None], fail: Callable[[str], None]
    ) -> asyncio.Task[str | None]:
        """Check by HEAD that the URL gives a video, then `then()`; else `fail(sentence)`."""

        def checked(verdict: str | None) -> None:
            if verdict is None:
                then()
                return
            self.source.show_url_verdict(verdict)
            fail(verdict)

        return run_async(
            self._url_check(source.value),
            on_done=checked,
            on_error=fail,
            parent=self,
            what="check the video URL",
        )

    # A video dropped anywhere on the dialog becomes the source.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.source.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.source.dropEvent(event)
