"""WaveformTimeline: the waveform view with its scroll bar and zoom buttons, and its loader.

What the window puts between the picture and the overview ruler. It reads the source's audio
in the background (WaveformLoader) and says so calmly: "Reading audio…" until the first part is
in, "No audio" for a source without sound; the cues are drawn (and retimable) in every case.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QScrollBar, QToolButton, QVBoxLayout, QWidget

from proofreader.media import PeakCache, Peaks
from proofreader.ui.player.waveform_loader import WaveformLoader, WaveformState
from proofreader.ui.player.waveform_view import ZOOM_STEP, WaveformView


class WaveformTimeline(QWidget):
    """The view plus a scroll bar (one step: a tenth of the view) and −, +, Fit buttons."""

    def __init__(self, cache: PeakCache | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform-timeline")
        self.view = WaveformView()
        self.loader = WaveformLoader(cache, self)
        self.scroll_bar = QScrollBar(Qt.Orientation.Horizontal)
        self.scroll_bar.setObjectName("waveform-scroll")
        self.zoom_out_button = self._button(
            "−", self.tr("Zoom out (Ctrl+wheel)"), lambda: self._zoom(-1)
        )
        self.zoom_in_button = self._button(
            "+", self.tr("Zoom in (Ctrl+wheel)"), lambda: self._zoom(1)
        )
        self.fit_button = self._button(
            self.tr("Fit"), self.tr("Show the whole timeline"), self.view.zoom_to_fit
        )

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(self.scroll_bar, 1)
        height = self.scroll_bar.sizeHint().height()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setFixedHeight(height)  # as thin as the scroll bar: the picture needs room
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view)
        layout.addLayout(bar)

        self.view.view_changed.connect(self._sync_scroll)
        self.scroll_bar.valueChanged.connect(self._on_scroll)
        self.loader.peaks_changed.connect(self._on_peaks)
        self.loader.state_changed.connect(self._on_state)
        self._sync_scroll()

    def _button(self, text: str, tip: str, handler: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(handler)
        return button

    # -- source ----------------------------------------------------------------------------------
    def set_source(self, source: Path | None) -> None:
        """Read this file's audio (None: subtitles only, the cues are still drawn)."""
        self.loader.load(source)

    def state(self) -> WaveformState:
        return self.loader.state()

    def shutdown(self) -> None:
        """Stop reading (the window is closing)."""
        self.loader.shutdown()

    @Slot(object)
    def _on_peaks(self, peaks: Peaks | None) -> None:
        self.view.set_peaks(peaks)
        if peaks is not None and self.view.duration() < peaks.duration_ms and peaks.complete:
            self.view.set_duration(peaks.duration_ms)

    @Slot(object)
    def _on_state(self, state: WaveformState) -> None:
        texts = {
            WaveformState.NONE: "",
            WaveformState.READING: self.tr("Reading audio…"),
            WaveformState.READY: "",
            WaveformState.NO_AUDIO: self.tr("No audio"),
            WaveformState.FAILED: self.loader.error_text(),
        }
        self.view.set_status(texts[state])

    # -- scrolling -------------------------------------------------------------------------------
    def _zoom(self, steps: int) -> None:
        self.view.zoom(ZOOM_STEP ** (2 * steps))

    @Slot()
    def _sync_scroll(self) -> None:
        view = self.view
        span = round(view.visible_ms())
        scroll = self.scroll_bar
        scroll.blockSignals(True)
        scroll.setRange(0, max(0, view.duration() - span))
        scroll.setPageStep(max(1, span))
        scroll.setSingleStep(max(1, span // 10))
        scroll.setValue(round(view.origin_ms()))
        scroll.blockSignals(False)
        scroll.setEnabled(view.duration() > span)

    @Slot(int)
    def _on_scroll(self, value: int) -> None:
        self.view.set_origin(value)
