"""File ▸ New Proofread…: the source video, the target languages, a title and every option.

The dialog only gathers and checks (a URL is checked with a HEAD request for a video before
anything is sent); `submitted` carries the request and the SessionsController starts it, so
the jobs panel shows the upload and the library shows the sessions as soon as they exist.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from proofreader.heygen import Mode, ProofreadOptions
from proofreader.ui.i18n import translate
from proofreader.ui.sessions.proofread_options import ProofreadOptionsForm
from proofreader.ui.sessions.request_dialog import DialogText, RequestDialog, UrlCheck
from proofreader.workflow import ProofreadService
from proofreader.workflow.source_facts import billed_minutes, check_video_url
from proofreader.workflow.sources import MediaSource


def _text() -> DialogText:
    """The dialog's words, in the interface's language (made when the dialog opens)."""
    return DialogText(
        name="new-proofread-dialog",
        window_title=translate("NewProofreadDialog", "New Proofread — Proofreader"),
        no_video=translate(
            "NewProofreadDialog", "Choose the video to proofread (or drop it on this dialog)."
        ),
        title_name="proofread-title",
        title_placeholder=translate(
            "NewProofreadDialog", "Names the project and the downloaded subtitle files"
        ),
        title_missing=translate(
            "NewProofreadDialog", "Give the proofread a title; it also names the subtitle files."
        ),
        start_text=translate("NewProofreadDialog", "&Start Proofread"),
        start_name="start-proofread",
        cost_name="cost-note",
        problem_name="dialog-problem",
        size=(940, 680),
    )


@dataclass(frozen=True)
class ProofreadRequest:
    """What the user asked for: handed to ProofreadService.start_proofreads."""

    source: MediaSource
    languages: tuple[str, ...]
    title: str
    options: ProofreadOptions


class NewProofreadDialog(RequestDialog[ProofreadOptionsForm]):
    """Window-modal; emits `submitted(ProofreadRequest)` and closes when the request is sound."""

    submitted = Signal(object)
    checking = False  # True while the URL is checked

    def __init__(
        self,
        service: ProofreadService,
        recent_languages: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        url_check: UrlCheck = check_video_url,
    ) -> None:
        super().__init__(
            service, recent_languages, ProofreadOptionsForm(), _text(), parent, url_check
        )

    def is_busy(self) -> bool:
        return self.checking

    def cost_note(self) -> str:
        count = len(self.languages.selected())
        languages = self.tr("1 language") if count == 1 else self.tr("{count} languages")
        languages = languages.format(count=count)
        duration = self.source.duration_s()
        precision = self.options.current_mode() is Mode.PRECISION
        rate = self.tr("the precision rate") if precision else self.tr("the speed rate")
        if duration is None:
            return self.tr(
                "Cost: the video's minutes × {languages}, at {rate}. The length "
                "is shown once a local file has been read."
            ).format(languages=languages, rate=rate)
        minutes = billed_minutes(duration)
        total = minutes * count
        return self.tr(
            "Cost: {minutes} min × {languages} = {total} min of translation at {rate}, "
            "charged to your HeyGen account when the sessions are created."
        ).format(minutes=minutes, languages=languages, total=total, rate=rate)

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
        self.problem.setText(self.tr("Checking that the address gives a video…"))
        self._refresh()

        def checked() -> None:
            self.checking = False
            self._send(request)

        def failed(sentence: str) -> None:
            self.checking = False
            self._refresh()
            self.problem.setText(sentence)

        self._check_url(request.source, checked, failed)

    def _send(self, request: ProofreadRequest) -> None:
        self.submitted.emit(request)
        self.accept()
