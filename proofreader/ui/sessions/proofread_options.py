"""Every option of a proofread create, each with its default and one line saying what it does.

Mode defaults to precision here (the point of proofreading is the final, lip-synced render);
the speaker count is set apart and highlighted, because precision mode depends on it most.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from proofreader.heygen import BrandGlossary, MediaInput, Mode, ProofreadOptions
from proofreader.ui.sessions.option_widgets import (
    GlossaryPicker,
    OptionsForm,
    explanation,
    id_field,
    mode_combo,
    speakers_spin,
)

#: English; the form shows it through self.tr (tests compare against it).
SPEAKER_HINT = "Setting the number of speakers matters most in precision mode."


class ProofreadOptionsForm(OptionsForm):
    """The options part of the New Proofread dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode_combo("option-mode", (Mode.PRECISION, Mode.SPEED))
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.mode_hint = explanation("")
        self.speakers = speakers_spin("option-speakers")
        self.speakers.valueChanged.connect(self.changed)
        self.speaker_box = self._speaker_box()
        self.enhance = QCheckBox(self.tr("Enhance speech"))
        self.no_music = QCheckBox(self.tr("Leave out the music track"))
        self.stretch = QCheckBox(self.tr("Allow video stretching"))
        self.same_format = QCheckBox(self.tr("Keep the same format"))
        for box in (self.enhance, self.no_music, self.stretch, self.same_format):
            box.setChecked(False)
            box.toggled.connect(self.changed)
        self.glossary = GlossaryPicker("option-glossary")
        self.glossary.editTextChanged.connect(self.changed)
        self.folder = id_field("option-folder")
        self.srt = QLineEdit()
        self.srt.setObjectName("option-srt")
        self.srt.setPlaceholderText(self.tr("none (default): asset id or https:// URL of an SRT"))
        for edit in (self.folder, self.srt):
            edit.textChanged.connect(self.changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.speaker_box)
        mode_row = QHBoxLayout()
        mode_label = QLabel(self.tr("&Mode:"))
        mode_label.setBuddy(self.mode)
        mode_row.addWidget(mode_label)
        mode_row.addWidget(self.mode)
        mode_row.addStretch(1)
        layout.addLayout(self._with_hint(mode_row, self.mode_hint))
        rows = (
            (self.enhance, self.tr("Default off. Cleans up a noisy voice before transcribing.")),
            (self.no_music, self.tr("Default off. The translated video has no background music.")),
            (
                self.stretch,
                self.tr("Default off. Lets the picture slow down where speech runs long."),
            ),
            (self.same_format, self.tr("Default off. The output keeps the source's resolution.")),
        )
        for box, text in rows:
            layout.addLayout(self._with_hint(box, explanation(text)))
        for label, field, text in (
            (
                self.tr("Brand &glossary:"),
                self.glossary,
                self.tr("Terms HeyGen must translate your way."),
            ),
            (
                self.tr("&Folder id:"),
                self.folder,
                self.tr("The HeyGen folder that keeps the results."),
            ),
            (
                self.tr("Video's &SRT:"),
                self.srt,
                self.tr(
                    "The video's own transcript. HeyGen offers an original SRT beside the "
                    "translation only for sessions created with one."
                ),
            ),
        ):
            row = QHBoxLayout()
            caption = QLabel(label)
            caption.setBuddy(field)
            caption.setMinimumWidth(120)
            row.addWidget(caption)
            row.addWidget(field, 1)
            layout.addLayout(self._with_hint(row, explanation(text), indent=126))
        self._on_mode()

    def _speaker_box(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("speaker-box")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(
            "#speaker-box { border: 2px solid palette(highlight); border-radius: 6px; }"
        )
        title = QLabel(self.tr("Number of speakers:"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setBuddy(self.speakers)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addWidget(self.speakers)
        row.addStretch(1)
        self.speaker_hint = QLabel(
            self.tr("Setting the number of speakers matters most in precision mode.")
        )
        self.speaker_hint.setObjectName("speaker-hint")
        self.speaker_hint.setWordWrap(True)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(row)
        layout.addWidget(self.speaker_hint)
        layout.addWidget(
            explanation(self.tr("Default: detected. Count everyone who speaks in the video."))
        )
        return frame

    @staticmethod
    def _with_hint(field: QWidget | QHBoxLayout, hint: QLabel, *, indent: int = 22) -> QVBoxLayout:
        """The field with its one-line explanation under it."""
        layout = QVBoxLayout()
        layout.setSpacing(0)
        if isinstance(field, QWidget):
            layout.addWidget(field)
        else:
            layout.addLayout(field)
        hint.setContentsMargins(indent, 0, 0, 0)
        layout.addWidget(hint)
        return layout

    def _on_mode(self) -> None:
        precision = self.current_mode() is Mode.PRECISION
        self.mode_hint.setText(
            self.tr("Default here. Context-aware translation and the best lip-sync; slower.")
            if precision
            else self.tr("Quicker, adequate translation and standard lip-sync; for drafts.")
        )
        font = self.speaker_hint.font()
        font.setBold(precision)
        self.speaker_hint.setFont(font)
        self.changed.emit()

    def set_glossaries(self, glossaries: Sequence[BrandGlossary]) -> None:
        self.glossary.set_glossaries(glossaries)

    def current_mode(self) -> Mode:
        return Mode(self.mode.currentData() or Mode.PRECISION)  # Qt hands back a plain str

    def problem(self) -> str | None:
        """A sentence when a field cannot be used as it is."""
        text = self.srt.text().strip()
        if text.startswith("http://") or text.startswith("https://") or not text:
            return None
        if "://" in text or " " in text:
            return self.tr("The initial SRT must be an asset id or an http(s) URL of an SRT file.")
        return None

    def options(self) -> ProofreadOptions:
        srt_text = self.srt.text().strip()
        srt: MediaInput | None = None
        if srt_text.lower().startswith(("http://", "https://")):
            srt = MediaInput.url(srt_text)
        elif srt_text:
            srt = MediaInput.asset(srt_text.removeprefix("asset:").strip())
        return ProofreadOptions(
            mode=self.current_mode(),
            speaker_num=self.speakers.value() or None,
            enable_speech_enhancement=self.enhance.isChecked() or None,
            disable_music_track=self.no_music.isChecked() or None,
            enable_video_stretching=self.stretch.isChecked() or None,
            keep_the_same_format=self.same_format.isChecked() or None,
            brand_glossary_id=self.glossary.glossary_id(),
            folder_id=self.folder.text().strip() or None,
            srt=srt,
        )
