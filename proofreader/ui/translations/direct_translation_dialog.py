"""File ▸ New direct translation…: translate a video without proofreading it first.

The source (a file, a URL checked with a HEAD request, or an asset id), any number of target
languages, a title and every create option of the contract. Submitting calls
service.translations.create once (the button is locked until it answers): one translation per
language, each followed by a RENDER job in the jobs panel.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from proofreader.ui.async_ops import run_async
from proofreader.ui.i18n import translate
from proofreader.ui.renders.cost import cost_text
from proofreader.ui.sessions.request_dialog import DialogText, RequestDialog, UrlCheck
from proofreader.ui.translations.translation_options_form import TranslationOptionsForm
from proofreader.workflow import MediaSource, ProofreadService
from proofreader.workflow.source_facts import check_video_url


def _text() -> DialogText:
    """The dialog's words, in the interface's language (made when the dialog opens)."""
    return DialogText(
        name="direct-translation-dialog",
        window_title=translate("DirectTranslationDialog", "New direct translation — Proofreader"),
        no_video=translate(
            "DirectTranslationDialog", "Choose the video to translate (or drop it on this dialog)."
        ),
        title_name="translation-title",
        title_placeholder=translate(
            "DirectTranslationDialog", "Names the translations and their downloaded files"
        ),
        title_missing=None,
        start_text=translate("DirectTranslationDialog", "&Translate"),
        start_name="translation-start-button",
        cost_name="translation-cost",
        problem_name="translation-problem",
        size=(980, 720),
        intro=translate(
            "DirectTranslationDialog",
            "Translate a video straight away, without reviewing the subtitles first. To check "
            "the translation before the final render, start a proofread instead.",
        ),
    )


class DirectTranslationDialog(RequestDialog[TranslationOptionsForm]):
    """Gathers a direct translation request and starts it; `created(ids)` when HeyGen took it."""

    created = Signal(list)  # the video translation ids, one per language
    _task: asyncio.Task[Any] | None = None  # the URL check, then the create

    def __init__(
        self,
        service: ProofreadService,
        recent_languages: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        url_check: UrlCheck = check_video_url,
    ) -> None:
        super().__init__(
            service, recent_languages, TranslationOptionsForm(), _text(), parent, url_check
        )
        self.ids: list[str] = []

    def is_submitting(self) -> bool:
        return self._task is not None and not self._task.done()

    def is_busy(self) -> bool:
        return self.is_submitting()

    def _refresh(self) -> None:
        super()._refresh()
        if self.languages.is_loaded():
            count = len(self.languages.selected())
            names = ", ".join(self.languages.selected())
            if count == 0:
                text = self.tr("Tick one or more languages: one translation is made per language.")
            elif count == 1:
                text = self.tr("1 translation: {languages}")
            else:
                text = self.tr("{count} translations: {languages}")
            self.languages.status.setText(text.format(count=count, languages=names))

    def cost_note(self) -> str:
        count = len(self.languages.selected())
        return self.tr("{cost} Each translation is charged when it is created.").format(
            cost=cost_text(self.source.duration_s(), max(count, 1))
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
        self._lock(
            self.tr("Checking that the address gives a video…") if source.kind == "url" else ""
        )
        if source.kind == "url":
            self._task = self._check_url(source, lambda: self._create(source), self._failed)
        else:
            self._create(source)

    def _create(self, source: MediaSource) -> None:
        title = self.title_edit.text().strip() or None
        self.problem.setText(self.tr("Starting the translations…"))
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
        self.start_button.setText(self.tr("Starting…"))
        self.problem.setText(note)

    def _created(self, ids: list[str]) -> None:
        self._task = None
        self.ids = list(ids)
        self.created.emit(list(ids))
        self.accept()

    def _failed(self, sentence: str) -> None:
        self._task = None
        self.start_button.setText(translate("DirectTranslationDialog", "&Translate"))
        self._refresh()
        self.problem.setText(sentence)
