"""The Generate dialog: start the final render of a proofread session (it costs credit).

Options of the contract's generate call: captions burned in, audio only (with the warning that
it gives up precision lip-sync), and a callback URL and id for users who run a webhook. The
render itself is followed by the RENDER job the service creates (the jobs panel shows it).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.library import Session, SessionStatus
from proofreader.ui.async_ops import run_async
from proofreader.ui.i18n import QT_TRANSLATE_NOOP, translate
from proofreader.ui.renders.collapsible import Collapsible
from proofreader.ui.renders.cost import cost_text
from proofreader.workflow import CAPTIONS_HELP, GenerateOptions, ProofreadService
from proofreader.workflow.callback_url import callback_url_problem

AUDIO_ONLY_WARNING = QT_TRANSLATE_NOOP(
    "GenerateDialog",
    "Audio only dubs the voice and keeps the original picture: it skips avatar inference, so "
    "it gives up precision mode's lip-sync (a precision session is still charged as precision).",
)
SLOW_NOTE = QT_TRANSLATE_NOOP("GenerateDialog", "The final render is slow and uses credit.")
DEMO_NOTE = QT_TRANSLATE_NOOP(
    "GenerateDialog",
    "Demo: the offline sandbox renders in a few seconds; nothing is sent to HeyGen.",
)
_GENERATABLE = frozenset(
    {SessionStatus.READY, SessionStatus.EDITING, SessionStatus.UPLOADED, SessionStatus.DONE}
)


def generate_blocker(session: Session | None) -> str | None:
    """Why this session cannot be rendered now (a sentence), or None when it can."""
    if session is None:
        return translate(
            "GenerateDialog",
            "Open a proofread session from the library first, then generate its video.",
        )
    status = session.status
    if status is SessionStatus.PROCESSING:
        return translate(
            "GenerateDialog",
            "HeyGen is still preparing this session: wait until it is ready to review.",
        )
    if status is SessionStatus.GENERATING:
        return translate(
            "GenerateDialog", "This session is being rendered already: follow it in the jobs panel."
        )
    if status is SessionStatus.EXPIRED:
        return translate(
            "GenerateDialog",
            "HeyGen no longer knows this session (it expired): start a new proofread.",
        )
    if status is SessionStatus.FAILED and session.video_translation_id is None:
        return translate(
            "GenerateDialog",
            "This session failed on HeyGen, so it cannot be rendered: start a new proofread.",
        )
    if status not in _GENERATABLE and status is not SessionStatus.FAILED:
        return translate("GenerateDialog", "A session that is {status} cannot be rendered.").format(
            status=status.value
        )
    return None


def _note_for(session: Session) -> str:
    if session.status is SessionStatus.EDITING:
        return translate(
            "GenerateDialog",
            "You have corrections that were not uploaded: the render uses the subtitles last "
            "uploaded to HeyGen. Upload your corrections first to include them.",
        )
    if session.status is SessionStatus.READY:
        return translate(
            "GenerateDialog",
            "Nothing was uploaded yet: the render uses HeyGen's machine translation.",
        )
    if session.video_translation_id is not None:
        return translate(
            "GenerateDialog",
            "This session was rendered before: generating again renders (and charges) again.",
        )
    return translate("GenerateDialog", "The render uses the corrections you uploaded.")


def _demo_note_for(session: Session) -> str:
    """The note without the cost: the demo spends nothing."""
    if session.video_translation_id is not None and session.status not in (
        SessionStatus.EDITING,
        SessionStatus.READY,
    ):
        return translate(
            "GenerateDialog", "This session was rendered before: generating again renders again."
        )
    return _note_for(session)


class GenerateDialog(QDialog):
    """Asks for the generate options, then calls service.generate once.

    `source_seconds` (the source video's length, e.g. the player's duration) feeds the cost
    reminder when the library does not know it.
    """

    generated = Signal(str)  # the video translation id of the render that was started

    def __init__(
        self,
        service: ProofreadService,
        proofread_id: str,
        *,
        source_seconds: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("generate-dialog")
        self._service = service
        self.proofread_id = proofread_id
        self._task: asyncio.Task[str] | None = None
        self.render_id: str | None = None
        session = service.store.get_session(proofread_id)
        project = service.store.get_project(session.project_id) if session else None
        title = project.title if project is not None else proofread_id
        language = session.language if session is not None else ""
        seconds = project.duration_s if project and project.duration_s else source_seconds
        self.setWindowTitle(self.tr("Generate the final video"))

        heading = QLabel(f"<b>{title}</b> — {language}" if language else f"<b>{title}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(_note_for(session) if session is not None else "")
        self.note.setWordWrap(True)

        self.captions = QCheckBox(self.tr("Generate captions"))
        self.captions.setObjectName("generate-captions")
        captions_hint = _hint(self.tr(CAPTIONS_HELP) + ".")
        self.audio_only = QCheckBox(self.tr("Audio only"))
        self.audio_only.setObjectName("generate-audio-only")
        self.audio_warning = QLabel(f"⚠ {self.tr(AUDIO_ONLY_WARNING)}")
        self.audio_warning.setObjectName("generate-audio-warning")
        self.audio_warning.setWordWrap(True)
        self.audio_warning.setStyleSheet("color: #9a5b00;")
        self.audio_warning.setVisible(False)
        self.audio_only.toggled.connect(self.audio_warning.setVisible)

        self.callback_url = QLineEdit()
        self.callback_url.setObjectName("generate-callback-url")
        self.callback_url.setPlaceholderText("https://example.com/heygen-webhook")
        self.callback_id = QLineEdit()
        self.callback_id.setObjectName("generate-callback-id")
        self.callback_id.setPlaceholderText(self.tr("any text your server recognises"))
        advanced_body = QWidget()
        form = QFormLayout(advanced_body)
        form.setContentsMargins(18, 0, 0, 0)
        form.addRow(
            _hint(
                self.tr(
                    "HeyGen calls this address when the render finishes or fails. "
                    "Proofreader follows the render itself; fill these in only if you "
                    "run your own server."
                )
            )
        )
        form.addRow(self.tr("Callback URL:"), self.callback_url)
        form.addRow(self.tr("Callback id:"), self.callback_id)
        self.advanced = Collapsible(self.tr("Advanced: callback"), advanced_body)
        self.advanced.setToolTip(
            self.tr(
                "Optional: a web address of your own server that HeyGen calls when the "
                "render ends. Proofreader does not need it."
            )
        )

        self.cost = QLabel(f"{cost_text(seconds, 1)} {self.tr(SLOW_NOTE)}")
        self.cost.setObjectName("generate-cost")
        self.cost.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("generate-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.generate_button: QPushButton = self.buttons.addButton(
            self.tr("Generate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.generate_button.setObjectName("generate-submit")
        self.generate_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(self.captions)
        layout.addWidget(captions_hint)
        layout.addWidget(self.audio_only)
        layout.addWidget(self.audio_warning)
        layout.addWidget(self.advanced)
        layout.addSpacing(6)
        layout.addWidget(self.cost)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self._blocker = generate_blocker(session)
        if self._blocker is not None:
            self._show_error(self._blocker)
            self.generate_button.setEnabled(False)

    def options(self) -> GenerateOptions:
        """What the form says, as the generate call's options (unset fields are not sent)."""
        url = self.callback_url.text().strip()
        callback_id = self.callback_id.text().strip()
        return GenerateOptions(
            captions=self.captions.isChecked(),
            translate_audio_only=self.audio_only.isChecked(),
            callback_url=url or None,
            callback_id=callback_id or None,
        )

    def is_submitting(self) -> bool:
        return self._task is not None and not self._task.done()

    def use_demo(self) -> None:
        """Demo mode: the sandbox renders, so the dialog speaks of no cost."""
        self.cost.setText(self.tr(DEMO_NOTE))
        session = self._service.store.get_session(self.proofread_id)
        if session is not None:
            self.note.setText(_demo_note_for(session))

    def submit(self) -> None:
        """Start the render once: the form is locked until the service answered."""
        if self.is_submitting() or self.render_id is not None or self._blocker is not None:
            return
        problem = callback_url_problem(self.callback_url.text())
        if problem is not None:
            self.advanced.set_open(True)
            self.callback_url.setFocus()
            self._show_error(problem)
            return
        self._set_busy(True)
        self._show_error("")
        self._task = run_async(
            self._service.generate(self.proofread_id, self.options()),
            on_done=self._started,
            on_error=self._failed,
            parent=self,
            what="generate",
        )

    def _started(self, render_id: str) -> None:
        self.render_id = render_id
        self.generated.emit(render_id)
        self.accept()

    def _failed(self, sentence: str) -> None:
        self._set_busy(False)
        self._show_error(sentence)

    def _set_busy(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)
        self.generate_button.setText(self.tr("Starting…") if busy else self.tr("Generate"))
        for widget in (self.captions, self.audio_only, self.callback_url, self.callback_id):
            widget.setEnabled(not busy)

    def _show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setContentsMargins(22, 0, 0, 0)
    return label
