"""File ▸ New direct translation…: translate a video without proofreading it first.

The source (a file, a URL checked with a HEAD request, or an asset id), any number of target
languages, a title and every create option of the contract. Submitting calls
service.translations.create once (the button is locked until it answers): one translation per
language, each followed by a RENDER job in the jobs panel.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

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

from proofreader.ui.async_ops import run_async
from proofreader.ui.renders.cost import cost_text
from proofreader.ui.sessions.dialog_layout import source_and_options_columns
from proofreader.ui.sessions.language_picker import LanguagePicker
from proofreader.ui.sessions.media_info import check_video_url
from proofreader.ui.sessions.source_picker import SourcePicker
from proofreader.ui.translations.translation_options_form import TranslationOptionsForm
from proofreader.workflow import MediaSource, ProofreadService

UrlCheck = Callable[[str], Awaitable[str | None]]


class DirectTranslationDialog(QDialog):
    """Gathers a direct translation request and starts it; `created(ids)` when HeyGen took it."""

    created = Signal(list)  # the video translation ids, one per language

    def __init__(
        self,
        service: ProofreadService,
        recent_languages: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        url_check: UrlCheck = check_video_url,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("direct-translation-dialog")
        self.setWindowTitle("New direct translation — Proofreader")
        self.setAcceptDrops(True)
        self._service = service
        self._url_check = url_check
        self._recent = list(recent_languages)
        self._task: asyncio.Task[Any] | None = None
        self._auto_title = ""
        self.ids: list[str] = []

        intro = QLabel(
            "Translate a video straight away, without reviewing the subtitles first. To check "
            "the translation before the final render, start a proofread instead."
        )
        intro.setWordWrap(True)
        self.source = SourcePicker()
        self.source.changed.connect(self._on_source_changed)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("translation-title")
        self.title_edit.setPlaceholderText("Names the translations and their downloaded files")
        self.title_edit.textChanged.connect(self._refresh)
        self.languages = LanguagePicker()
        self.languages.selection_changed.connect(self._refresh)
        self.options = TranslationOptionsForm()
        self.options.changed.connect(self._refresh)
        self.cost = QLabel()
        self.cost.setObjectName("translation-cost")
        self.cost.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("translation-problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        columns = source_and_options_columns(
            self.source, self.title_edit, self.languages, self.options
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = QPushButton("&Translate")
        self.start_button.setObjectName("translation-start-button")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.cost)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(980, 720)
        self._load_languages()
        self._refresh()

    # -- languages ------------------------------------------------------------------------------
    def _load_languages(self) -> None:
        def loaded(names: list[str]) -> None:
            self.languages.set_languages(names, self._recent)
            self.options.set_languages(names)
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

    # -- keeping the notes current --------------------------------------------------------------
    def _on_source_changed(self) -> None:
        suggested = self.source.suggested_title()
        current = self.title_edit.text().strip()
        if suggested and (not current or current == self._auto_title):
            self._auto_title = suggested
            self.title_edit.setText(suggested)
        self._refresh()

    def is_submitting(self) -> bool:
        return self._task is not None and not self._task.done()

    def current_problem(self) -> str | None:
        """What keeps the request from being sent, as a sentence (None: ready)."""
        problem = self.source.problem()
        if problem is not None:
            return problem.replace("to proofread", "to translate")
        if not self.languages.is_loaded():
            return "Waiting for the list of languages…"
        if not self.languages.selected():
            return "Tick at least one target language."
        return self.options.problem()

    def _refresh(self) -> None:
        problem = self.current_problem()
        busy = self.is_submitting()
        if not busy:
            self.problem.setText(problem or "")
        self.start_button.setEnabled(problem is None and not busy)
        count = len(self.languages.selected())
        if self.languages.is_loaded():
            translations = "1 translation" if count == 1 else f"{count} translations"
            names = ", ".join(self.languages.selected())
            self.languages.status.setText(
                f"{translations}: {names}"
                if count
                else "Tick one or more languages: one translation is made per language."
            )
        self.cost.setText(
            f"{cost_text(self.source.duration_s(), max(count, 1))} Each translation is "
            "charged when it is created."
        )

    # -- submitting -----------------------------------------------------------------------------
    def submit(self) -> None:
        """Check (a URL by HEAD), then create the translations once."""
        if self.is_submitting() or self.ids:
            return
        source = self.source.media_source()
        if source is None or self.current_problem() is not None:
            self._refresh()
            return
        self._lock("Checking that the address gives a video…" if source.kind == "url" else "")
        if source.kind == "url":
            self._task = run_async(
                self._url_check(source.value),
                on_done=lambda verdict: self._checked(source, verdict),
                on_error=self._failed,
                parent=self,
                what="check the video URL",
            )
        else:
            self._create(source)

    def _checked(self, source: MediaSource, verdict: str | None) -> None:
        if verdict is not None:
            self.source.show_url_verdict(verdict)
            self._failed(verdict)
            return
        self._create(source)

    def _create(self, source: MediaSource) -> None:
        title = self.title_edit.text().strip() or None
        self.problem.setText("Starting the translations…")
        self._task = run_async(
            self._service.translations.create(
                source,
                self.languages.selected(),
                self.options.options(title),
                srt=self.options.srt_source(),
                audio=self.options.audio_source(),
            ),
            on_done=self._created,
            on_error=self._failed,
            parent=self,
            what="create translations",
        )

    def _lock(self, note: str) -> None:
        self.start_button.setEnabled(False)
        self.start_button.setText("Starting…")
        self.problem.setText(note)

    def _created(self, ids: list[str]) -> None:
        self._task = None
        self.ids = list(ids)
        self.created.emit(list(ids))
        self.accept()

    def _failed(self, sentence: str) -> None:
        self._task = None
        self.start_button.setText("&Translate")
        self._refresh()
        self.problem.setText(sentence)

    # A video dropped anywhere on the dialog becomes the source.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.source.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.source.dropEvent(event)
