"""The row of playback controls under the picture. It only emits requests; PreviewPlayer acts."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFontDatabase, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.flow_layout import FlowLayout
from proofreader.ui.i18n import QT_TRANSLATE_NOOP, translate
from proofreader.ui.player.timecode import format_position

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
MIN_RATE, MAX_RATE = RATES[0], RATES[-1]
# (label, tooltip, frames, milliseconds): frames and milliseconds are exclusive; the tooltips
# are translated when the buttons are made
STEPS = (
    ("−5s", QT_TRANSLATE_NOOP("TransportBar", "Back 5 seconds"), 0, -5000),
    ("−1s", QT_TRANSLATE_NOOP("TransportBar", "Back 1 second"), 0, -1000),
    ("−1f", QT_TRANSLATE_NOOP("TransportBar", "Back 1 frame"), -1, 0),
    ("+1f", QT_TRANSLATE_NOOP("TransportBar", "Forward 1 frame"), 1, 0),
    ("+1s", QT_TRANSLATE_NOOP("TransportBar", "Forward 1 second"), 0, 1000),
    ("+5s", QT_TRANSLATE_NOOP("TransportBar", "Forward 5 seconds"), 0, 5000),
)


def rate_label(rate: float) -> str:
    """0.5×, 1×, 1.25× with the interface language's decimal mark (0,5× in Spanish)."""
    mark = translate("TransportBar", ".", "the decimal mark in a playback speed such as 1.5×")
    return f"{rate:g}".replace(".", mark) + "×"


class TransportBar(QWidget):
    """Play/pause, play-cue and loop, steps, speed, volume and the time label."""

    play_toggled = Signal()
    play_cue_clicked = Signal()
    loop_toggled = Signal(bool)
    frames_stepped = Signal(int)
    skipped = Signal(int)
    rate_chosen = Signal(float)
    volume_chosen = Signal(float)
    mute_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._controls = self._make_controls()
        self._status = self._make_status()
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 1, 4, 1)
        outer.setSpacing(0)
        self._rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows:
            row.setSpacing(8)
            outer.addLayout(row)
        self._rows[0].addWidget(self._controls)
        self._rows[0].addWidget(self._status, 1)
        self._two_rows = False
        self.set_time(0, 0)

    def _make_controls(self) -> QWidget:
        group = QWidget()
        layout = FlowLayout(group, spacing=1)  # in a very narrow pane the steps go below
        style = self.style()
        self.play_button = self._button(self.tr("Play"))
        self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.clicked.connect(self.play_toggled)
        self.cue_button = self._button(self.tr("Play the current cue only; stops at its end"))
        self.cue_button.setText(self.tr("Cue"))
        self.cue_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.cue_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cue_button.clicked.connect(self.play_cue_clicked)
        self.loop_button = self._button(self.tr("Loop the current cue while playing it"))
        self.loop_button.setText(self.tr("Loop"))
        self.loop_button.setCheckable(True)
        self.loop_button.toggled.connect(self.loop_toggled)
        for widget in (self.play_button, self.cue_button, self.loop_button):
            layout.addWidget(widget)
        steps = QWidget()
        steps_layout = QHBoxLayout(steps)
        steps_layout.setContentsMargins(5, 0, 0, 0)
        steps_layout.setSpacing(1)
        layout.addWidget(steps)
        self.step_buttons: list[QToolButton] = []
        for label, tip, frames, ms in STEPS:
            button = self._button(translate("TransportBar", tip))
            button.setText(label)
            if frames:
                button.clicked.connect(lambda _=False, n=frames: self.frames_stepped.emit(n))
            else:
                button.clicked.connect(lambda _=False, d=ms: self.skipped.emit(d))
            self.step_buttons.append(button)
            steps_layout.addWidget(button)
        return group

    def _make_status(self) -> QWidget:
        group = QWidget()
        layout = QHBoxLayout(group)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.time_label = QLabel()
        self.time_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.time_label.setToolTip(self.tr("Current time / duration"))
        self.time_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.time_label)
        layout.addStretch(1)
        self.rate_combo = QComboBox()
        self.rate_combo.setToolTip(self.tr("Playback speed"))
        self.rate_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for rate in RATES:
            self.rate_combo.addItem(rate_label(rate), rate)
        self.rate_combo.setCurrentIndex(RATES.index(1.0))
        self.rate_combo.currentIndexChanged.connect(
            lambda i: self.rate_chosen.emit(float(self.rate_combo.itemData(i)))
        )
        layout.addWidget(self.rate_combo)
        self.mute_button = self._button(self.tr("Mute"))
        self.mute_button.setCheckable(True)
        self.mute_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
        self.mute_button.toggled.connect(self._on_mute_toggled)
        layout.addWidget(self.mute_button)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(100)
        self.volume_slider.setMinimumWidth(36)  # narrower in a narrow pane, before the time
        self.volume_slider.setMaximumWidth(72)
        self.volume_slider.setToolTip(self.tr("Volume"))
        self.volume_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.volume_slider.valueChanged.connect(lambda v: self.volume_chosen.emit(v / 100))
        layout.addWidget(self.volume_slider)
        return group

    # -- one row when there is room, two in a narrow pane --------------------------------------
    def is_two_rows(self) -> bool:
        return self._two_rows

    def _height_for_width(self) -> int:
        """The height the rows need at the current width (the steps may wrap below)."""
        return self._outer.totalHeightForWidth(self.width()) if self.width() > 0 else 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._height_for_width()))

    def minimumSizeHint(self) -> QSize:
        margins = self._outer.contentsMargins()
        width = max(
            self._controls.minimumSizeHint().width(), self._status.minimumSizeHint().width()
        )
        height = max(super().minimumSizeHint().height(), self._height_for_width())
        return QSize(width + margins.left() + margins.right(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        one_row = self._controls.sizeHint().width() + self._status.sizeHint().width() + 16
        two_rows = event.size().width() < one_row
        if two_rows != self._two_rows:
            self._two_rows = two_rows
            self._rows[0].removeWidget(self._status)
            self._rows[1].removeWidget(self._status)
            self._rows[1 if two_rows else 0].addWidget(self._status, 1)
            self.updateGeometry()
        if self._height_for_width() != self.height():  # the steps wrapped or came back
            self.updateGeometry()

    def _button(self, tip: str) -> QToolButton:
        button = QToolButton()
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the action registry
        return button

    # -- reflect the player's state without echoing signals back --------------------------
    def set_playing(self, playing: bool) -> None:
        pix = QStyle.StandardPixmap
        icon = pix.SP_MediaPause if playing else pix.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setToolTip(self.tr("Pause") if playing else self.tr("Play"))

    def set_time(self, position_ms: int, duration_ms: int) -> None:
        self.time_label.setText(format_position(position_ms, duration_ms))

    def set_rate(self, rate: float) -> None:
        with QSignalBlocker(self.rate_combo):
            index = self.rate_combo.findData(rate)
            if index < 0:
                self.rate_combo.addItem(rate_label(rate), rate)
                index = self.rate_combo.count() - 1
            self.rate_combo.setCurrentIndex(index)

    def rate(self) -> float:
        return float(self.rate_combo.currentData())

    def set_volume(self, volume: float) -> None:
        with QSignalBlocker(self.volume_slider):
            self.volume_slider.setValue(round(volume * 100))

    def set_muted(self, muted: bool) -> None:
        with QSignalBlocker(self.mute_button):
            self.mute_button.setChecked(muted)
        self._show_mute_icon(muted)

    def set_loop(self, loop: bool) -> None:
        with QSignalBlocker(self.loop_button):
            self.loop_button.setChecked(loop)

    def set_audio_available(self, available: bool) -> None:
        """Without an audio output device the volume controls are greyed out, with the reason."""
        for widget in (self.mute_button, self.volume_slider):
            widget.setEnabled(available)
        tip = self.tr("No audio output device was found; playing silently.")
        self.volume_slider.setToolTip(self.tr("Volume") if available else tip)
        self.mute_button.setToolTip(self.tr("Mute") if available else tip)

    def _on_mute_toggled(self, muted: bool) -> None:
        self._show_mute_icon(muted)
        self.mute_toggled.emit(muted)

    def _show_mute_icon(self, muted: bool) -> None:
        pix = QStyle.StandardPixmap
        icon = pix.SP_MediaVolumeMuted if muted else pix.SP_MediaVolume
        self.mute_button.setIcon(self.style().standardIcon(icon))
        self.mute_button.setToolTip(self.tr("Unmute") if muted else self.tr("Mute"))
