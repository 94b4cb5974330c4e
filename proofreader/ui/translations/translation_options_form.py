"""Every option of a direct video translation, each with its default and one line of why.

The common ones are shown; the rest (source language, a part of the video, your own SRT or
audio, frame rate, folder, glossary, callback) sit under "Advanced". Defaults are the
service's: speed mode, dynamic duration on, everything else off or not sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from proofreader.heygen import BrandGlossary, FpsMode, Mode, SrtRole, TranslationOptions
from proofreader.ui.renders.collapsible import Collapsible
from proofreader.ui.sessions.option_widgets import (
    GlossaryPicker,
    OptionsForm,
    explanation,
    id_field,
    mode_combo,
    speakers_spin,
)
from proofreader.workflow import CAPTIONS_HELP, InputError, MediaSource
from proofreader.workflow.callback_url import callback_url_problem


def explain(text: str) -> QLabel:
    """The shared explanation, spaced and sized for a row of its own in a form layout."""
    label = explanation(text)
    label.setContentsMargins(0, 0, 0, 6)  # space before the next option
    # Expanding: the form gives it the whole field width (else it wraps at a narrow guess).
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _add_row(form: QFormLayout, label: str, widget: QWidget, *below: QWidget) -> None:
    """The option, then its explanation on rows of their own (so wrapped text gets its height)."""
    form.addRow(label, widget)
    for extra in below:
        form.addRow("", extra)


class MediaField(QWidget):
    """A file path, an https:// URL or asset:ID, with a Choose… button for files."""

    def __init__(self, placeholder: str, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self._filter = file_filter
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file"), str(Path.home()), self._filter
        )
        if path:
            self.edit.setText(path)

    def text(self) -> str | None:
        return self.edit.text().strip() or None


class TranslationOptionsForm(OptionsForm):
    """The options part of the direct translation dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode_combo("translation-mode", (Mode.SPEED, Mode.PRECISION))
        self.mode_hint = explain(self._mode_hint(Mode.SPEED))
        self.speakers = speakers_spin("translation-speakers")
        self.dynamic = QCheckBox(self.tr("Dynamic duration"))
        self.dynamic.setObjectName("translation-dynamic-duration")
        self.dynamic.setChecked(True)
        self.captions = QCheckBox(self.tr("Generate captions"))
        self.captions.setObjectName("translation-captions")
        self.captions.setToolTip(self.tr(CAPTIONS_HELP) + ".")
        self.audio_only = QCheckBox(self.tr("Audio only"))
        self.audio_only.setObjectName("translation-audio-only")
        self.audio_warning = QLabel(
            self.tr(
                "⚠ Audio only skips avatar inference, so it gives up precision mode's lip-sync "
                "(you pay for precision and get speed-quality lips)."
            )
        )
        self.audio_warning.setObjectName("translation-audio-warning")
        self.audio_warning.setWordWrap(True)
        self.audio_warning.setStyleSheet("color: #9a5b00;")
        self.audio_warning.setVisible(False)
        self.no_music = QCheckBox(self.tr("Leave out the music track"))
        self.enhance = QCheckBox(self.tr("Enhance speech"))
        self.same_format = QCheckBox(self.tr("Keep the same format"))
        self.watermark = QCheckBox(self.tr("Watermark"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(2)
        _add_row(form, self.tr("Mode:"), self.mode, self.mode_hint)
        _add_row(
            form,
            self.tr("Speakers:"),
            self.speakers,
            explain(self.tr("How many people speak; it matters most in precision mode.")),
        )
        checks = (
            (self.dynamic, self.tr("Default on. Lets the dub run a little longer or shorter "
                                   "than the original so it sounds natural.")),
            (self.captions, self.tr("Default off. Adds SRT and VTT caption files to the "
                                    "outputs.")),
            (self.audio_only, self.tr("Default off. Dubs the voice and keeps the original "
                                      "picture.")),
            (self.no_music, self.tr("Default off. The translated video has no background "
                                    "music.")),
            (self.enhance, self.tr("Default off. Cleans up a noisy voice before it is "
                                   "transcribed.")),
            (self.same_format, self.tr("Default off. The output keeps the source's "
                                       "resolution.")),
            (self.watermark, self.tr("Default off. Adds HeyGen's watermark to the video.")),
        )  # fmt: skip
        for box, text in checks:
            extra = (self.audio_warning,) if box is self.audio_only else ()
            _add_row(form, "", box, explain(text), *extra)

        self.advanced = Collapsible(self.tr("Advanced options"), self._advanced_body())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.advanced)

        self.mode.currentIndexChanged.connect(self._on_mode)
        self.audio_only.toggled.connect(self._on_mode)
        for box in (
            self.dynamic, self.captions, self.no_music, self.enhance, self.same_format,
            self.watermark,
        ):  # fmt: skip
            box.toggled.connect(self.changed)
        for spin in (self.speakers, self.start, self.end):
            spin.valueChanged.connect(self.changed)
        for edit in (
            self.srt.edit, self.audio.edit, self.folder, self.callback_url, self.callback_id,
        ):  # fmt: skip
            edit.textChanged.connect(self.changed)
        self.glossary.editTextChanged.connect(self.changed)
        for combo in (self.input_language, self.srt_role, self.fps):
            combo.currentIndexChanged.connect(self.changed)

    def _advanced_body(self) -> QWidget:
        self.input_language = QComboBox()
        self.input_language.setObjectName("translation-input-language")
        self.input_language.addItem(self.tr("Detect automatically"), None)
        self.start = QDoubleSpinBox()
        self.start.setObjectName("translation-start")
        self.end = QDoubleSpinBox()
        self.end.setObjectName("translation-end")
        for spin, special in ((self.start, self.tr("the start")), (self.end, self.tr("the end"))):
            spin.setRange(0.0, 24 * 3600.0)
            spin.setDecimals(1)
            spin.setSuffix(" s")
            spin.setSpecialValueText(special)
        span = QWidget()
        span_row = QHBoxLayout(span)
        span_row.setContentsMargins(0, 0, 0, 0)
        span_row.addWidget(QLabel(self.tr("from")))
        span_row.addWidget(self.start)
        span_row.addWidget(QLabel(self.tr("to")))
        span_row.addWidget(self.end)
        span_row.addStretch(1)
        self.glossary = GlossaryPicker("translation-glossary")
        self.srt = MediaField(
            self.tr("none: an SRT file, https:// URL or asset:ID"), self.tr("Subtitles (*.srt)")
        )
        self.srt.setObjectName("translation-srt")
        self.srt_role = QComboBox()
        self.srt_role.setObjectName("translation-srt-role")
        self.srt_role.addItem(self.tr("It is the source transcript (input)"), SrtRole.INPUT)
        self.srt_role.addItem(self.tr("It is the translation (output)"), SrtRole.OUTPUT)
        self.audio = MediaField(
            self.tr("none: an audio file, https:// URL or asset:ID"),
            self.tr("Audio (*.mp3 *.wav *.m4a)"),
        )
        self.audio.setObjectName("translation-audio")
        self.fps = QComboBox()
        self.fps.setObjectName("translation-fps")
        self.fps.addItem(self.tr("Service default"), None)
        self.fps.addItem(self.tr("Variable (vfr)"), FpsMode.VFR)
        self.fps.addItem(self.tr("Constant (cfr)"), FpsMode.CFR)
        self.fps.addItem(self.tr("As the source (passthrough)"), FpsMode.PASSTHROUGH)
        self.folder = id_field("translation-folder")
        self.callback_url = QLineEdit()
        self.callback_url.setObjectName("translation-callback-url")
        self.callback_url.setPlaceholderText("https://example.com/heygen-webhook")
        self.callback_id = QLineEdit()
        self.callback_id.setObjectName("translation-callback-id")
        self.callback_id.setPlaceholderText(self.tr("any text your server recognises"))

        body = QWidget()
        form = QFormLayout(body)
        form.setVerticalSpacing(2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: Sequence[tuple[str, QWidget, str]] = (
            (
                self.tr("Source language:"),
                self.input_language,
                self.tr("Default: detected from the audio."),
            ),
            (
                self.tr("Translate:"),
                span,
                self.tr("Default: the whole video. Seconds, for a part only."),
            ),
            (
                self.tr("Brand glossary:"),
                self.glossary,
                self.tr("Terms HeyGen must translate your way."),
            ),
            (
                self.tr("Your SRT:"),
                self.srt,
                self.tr("Default: none. Subtitles to use instead of HeyGen's."),
            ),
            (
                self.tr("SRT role:"),
                self.srt_role,
                self.tr("Whether your SRT is the transcript or the translation."),
            ),
            (
                self.tr("Custom audio:"),
                self.audio,
                self.tr("Your own dub instead of a generated voice."),
            ),
            (self.tr("Frame rate:"), self.fps, self.tr("Default: the service decides.")),
            (
                self.tr("Folder id:"),
                self.folder,
                self.tr("The HeyGen folder that keeps the results."),
            ),
            (
                self.tr("Callback URL:"),
                self.callback_url,
                self.tr("HeyGen calls it when a render ends (https)."),
            ),
            (
                self.tr("Callback id:"),
                self.callback_id,
                self.tr("Passed back to your server with the call."),
            ),
        )
        for label, widget, hint in rows:
            _add_row(form, label, widget, explain(hint))
        return body

    # -- state ----------------------------------------------------------------------------------
    def set_glossaries(self, glossaries: Sequence[BrandGlossary]) -> None:
        self.glossary.set_glossaries(glossaries)

    def set_languages(self, names: Sequence[str]) -> None:
        """The languages HeyGen offers, for the source-language choice."""
        chosen = self.input_language.currentData()
        self.input_language.clear()
        self.input_language.addItem(self.tr("Detect automatically"), None)
        for name in names:
            self.input_language.addItem(name, name)
        index = self.input_language.findData(chosen) if chosen else 0
        self.input_language.setCurrentIndex(max(index, 0))

    def selected_mode(self) -> Mode:
        # Qt hands enum item data back as plain strings.
        return Mode(self.mode.currentData() or Mode.SPEED)

    def _on_mode(self) -> None:
        mode = self.selected_mode()
        self.mode_hint.setText(self._mode_hint(mode))
        self.audio_warning.setVisible(self.audio_only.isChecked() and mode is Mode.PRECISION)
        self.changed.emit()

    def _mode_hint(self, mode: Mode) -> str:
        if mode is Mode.PRECISION:
            return self.tr(
                "Slower; context- and gender-aware translation with high-quality lip-sync."
            )
        return self.tr(
            "Default. Faster; adequate translation and standard lip-sync, good for drafts."
        )

    def problem(self) -> str | None:
        """A sentence when an option cannot be used as filled in, else None."""
        start, end = self.start.value(), self.end.value()
        if end > 0 and end <= start:
            return self.tr("The end of the part to translate must come after its start.")
        for field, what in ((self.srt, "SRT"), (self.audio, "audio")):
            text = field.text()
            if text is not None:
                try:
                    MediaSource.parse(text, what)
                except InputError as exc:
                    return str(exc)
        return callback_url_problem(self.callback_url.text())

    def srt_source(self) -> str | None:
        return self.srt.text()

    def audio_source(self) -> str | None:
        return self.audio.text()

    def options(self, title: str | None) -> TranslationOptions:
        """The create options (the SRT and audio files travel beside them, see create())."""
        start, end = self.start.value(), self.end.value()
        fps = self.fps.currentData()
        srt_role = self.srt_role.currentData() if self.srt.text() else None
        input_language = self.input_language.currentData()
        return TranslationOptions(
            title=title or None,
            mode=self.selected_mode(),
            speaker_num=self.speakers.value() or None,
            translate_audio_only=self.audio_only.isChecked(),
            enable_dynamic_duration=self.dynamic.isChecked(),
            disable_music_track=self.no_music.isChecked(),
            enable_speech_enhancement=self.enhance.isChecked(),
            enable_caption=self.captions.isChecked(),
            enable_watermark=self.watermark.isChecked(),
            keep_the_same_format=self.same_format.isChecked(),
            brand_glossary_id=self.glossary.glossary_id(),
            input_language=str(input_language) if input_language else None,
            start_time=start if start > 0 else None,
            end_time=end if end > 0 else None,
            srt_role=SrtRole(srt_role) if srt_role else None,
            fps_mode=FpsMode(fps) if fps else None,
            folder_id=self.folder.text().strip() or None,
            callback_url=self.callback_url.text().strip() or None,
            callback_id=self.callback_id.text().strip() or None,
        )
