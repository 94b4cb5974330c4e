"""PreviewPlayer: the editor's video preview with the translated subtitle drawn over it.

It owns a QMediaPlayer (or, with no usable video, a SilentClock so subtitles can still be played
and timed), the picture with its overlay, an overview ruler and the transport controls. Keys are
not handled here: the action registry calls the public methods.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtMultimedia import (
    QMediaMetaData,
    QMediaPlayer,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from proofreader.subtitles.cue import Cue
from proofreader.ui.media_logs import quiet_ffmpeg
from proofreader.ui.player import media_messages
from proofreader.ui.player.cue_range import CueRange, RangeAction
from proofreader.ui.player.cue_track import NO_CUE, CueTrack
from proofreader.ui.player.gap_skip import GapAction, GapSkipper
from proofreader.ui.player.player_audio import PlayerAudio
from proofreader.ui.player.silent_clock import SilentClock
from proofreader.ui.player.subtitle_overlay import SubtitleOverlay
from proofreader.ui.player.time_ruler import TimeRuler
from proofreader.ui.player.transport_bar import MAX_RATE, MIN_RATE, TransportBar
from proofreader.ui.player.video_view import VideoView

DEFAULT_FPS = 24.0
_LOADED = (
    QMediaPlayer.MediaStatus.LoadedMedia,
    QMediaPlayer.MediaStatus.BufferingMedia,
    QMediaPlayer.MediaStatus.BufferedMedia,
)


class PreviewPlayer(QWidget):
    """Video + live subtitle overlay + transport. Times are integer milliseconds."""

    position_changed = Signal(int)
    duration_changed = Signal(int)
    playhead_cue_changed = Signal(int)  # index in set_cues' list under the playhead, -1 if none
    playing_changed = Signal(bool)
    media_error = Signal(str)  # a sentence for the user (also shown in the picture)
    media_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._track = CueTrack()
        self._source: Path | None = None
        self._media_ready = False
        self._fps = DEFAULT_FPS
        self._position = 0
        self._rate = 1.0
        self._cue_range = CueRange()
        self._gaps = GapSkipper()
        self._acting = False  # seeking or pausing for a cue range or a gap
        self._acting_report: int | None = None  # the last position reported meanwhile
        self._current_cue = NO_CUE
        self._playhead_cue = NO_CUE
        self._override: tuple[str, str] | None = None

        self.view = VideoView()
        self.ruler = TimeRuler()
        self.transport = TransportBar()
        self._timeline_slot = QVBoxLayout()
        self._timeline_slot.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._timeline_slot)
        layout.addWidget(self.ruler)
        layout.addWidget(self.transport)

        self._media = QMediaPlayer(self)
        quiet_ffmpeg()  # no stream dump on the terminal for every video opened
        self._media.setVideoOutput(self.view.video_item)
        self._audio = PlayerAudio(self._media, self)
        self._clock = SilentClock(self)
        self._connect()
        self._audio.sync_device()
        self.set_source(None)

    def _connect(self) -> None:
        media, clock = self._media, self._clock
        media.positionChanged.connect(lambda ms: self._on_position(ms, from_media=True))
        clock.positionChanged.connect(lambda ms: self._on_position(ms, from_media=False))
        media.playingChanged.connect(lambda on: self._on_playing(on, from_media=True))
        clock.playingChanged.connect(lambda on: self._on_playing(on, from_media=False))
        media.mediaStatusChanged.connect(self._on_media_status)
        media.errorOccurred.connect(self._on_media_error)
        media.durationChanged.connect(self._on_media_duration)
        media.metaDataChanged.connect(self._read_frame_rate)
        self._audio.availability_changed.connect(self.transport.set_audio_available)
        self.ruler.seek_requested.connect(self.seek)
        t = self.transport
        t.play_toggled.connect(self.toggle_play)
        t.play_cue_clicked.connect(self.play_current_cue)
        t.loop_toggled.connect(self.set_loop)
        t.frames_stepped.connect(self.step_frames)
        t.skipped.connect(self.skip_ms)
        t.rate_chosen.connect(self.set_rate)
        t.volume_chosen.connect(self.set_volume)
        t.mute_toggled.connect(self.set_muted)

    # -- media ----------------------------------------------------------------------------------
    def set_source(self, path: str | Path | None) -> None:
        """Open a video (or audio) file; None means subtitles only. Errors become a sentence."""
        self._stop_everything()
        self._media_ready = False
        self._fps = DEFAULT_FPS
        self._source = Path(path) if path is not None else None
        self.view.set_has_picture(False)
        if self._source is None:
            self._media.setSource(QUrl())
            self.view.set_message(media_messages.no_video())
        elif not self._source.is_file():
            self._media.setSource(QUrl())
            self._show_error(media_messages.missing_file(self._source))
        else:
            self.view.set_message(media_messages.loading())
            self._media.setSource(QUrl.fromLocalFile(str(self._source.resolve())))
        self._apply_duration()

    def source(self) -> Path | None:
        return self._source

    def has_media(self) -> bool:
        """True once a file is open and playable (False for subtitles only or after an error)."""
        return self._media_ready

    def media_player(self) -> QMediaPlayer:
        """The underlying player, for views that need it (e.g. a waveform timeline)."""
        return self._media

    def frame_rate(self) -> float:
        return self._fps

    def error_text(self) -> str:
        """The sentence shown in place of the picture, or "" when all is well."""
        return self.view.message()

    @Slot(QMediaPlayer.MediaStatus)
    def _on_media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in _LOADED and not self._media_ready:
            self._media_ready = True
            self._read_frame_rate()
            has_picture = self._media.hasVideo()
            self.view.set_has_picture(has_picture)
            self.view.set_message("" if has_picture else media_messages.no_picture())
            self._media.setPlaybackRate(self._rate)
            self._apply_duration()
            self._media.setPosition(self._clock.position())
            self._media.pause()  # paused, not stopped: the frame at the playhead is shown
            self.media_ready.emit()
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._cue_range.cancel()

    @Slot(QMediaPlayer.Error, str)
    def _on_media_error(self, error: QMediaPlayer.Error, _detail: str) -> None:
        if error == QMediaPlayer.Error.NoError or self._source is None:
            return
        self._stop_everything()
        self._media_ready = False
        self.view.set_has_picture(False)
        self._show_error(media_messages.playback_error(self._source, error))
        self._apply_duration()

    @Slot(int)
    def _on_media_duration(self, _ms: int) -> None:
        if self._media_ready:
            self._apply_duration()

    def _show_error(self, sentence: str) -> None:
        self.view.set_message(sentence, error=True)
        self.media_error.emit(sentence)

    def _read_frame_rate(self) -> None:
        value = self._media.metaData().value(QMediaMetaData.Key.VideoFrameRate)
        fps = float(value) if isinstance(value, int | float) else 0.0
        self._fps = fps if 1.0 <= fps <= 240.0 else DEFAULT_FPS

    # -- cues and the overlay -------------------------------------------------------------------
    @property
    def overlay(self) -> SubtitleOverlay:
        return self.view.overlay

    def set_cues(self, cues: Sequence[Cue], originals: Sequence[str] | None = None) -> None:
        """The translated cues (document order) and, optionally, their originals by index."""
        self._track.set_cues(cues, originals)
        if self._current_cue >= len(self._track):
            self._current_cue = NO_CUE
        self._timing_changed()
        self._update_playhead_cue(force=True)

    def update_cue(self, index: int, cue: Cue, original: str | None = None) -> None:
        """Replace one cue, e.g. on every keystroke; cheap unless its timing moved."""
        old = self._track.cue(index)
        self._track.update(index, cue, original)
        if (old.start_ms, old.end_ms) != (cue.start_ms, cue.end_ms):
            self._timing_changed()
        self._update_playhead_cue(force=True)

    def _timing_changed(self) -> None:
        spans = [(c.start_ms, c.end_ms) for c in self._track.cues()]
        self.ruler.set_regions(spans)
        self._gaps.set_ranges(spans)
        self._apply_duration()

    def show_text_now(self, text: str, original: str = "") -> None:
        """Show this text at once (live typing), until the playhead moves into another cue."""
        self._override = (text, original)
        self._refresh_overlay()

    def clear_text_override(self) -> None:
        """Go back to showing the cue under the playhead."""
        self._override = None
        self._refresh_overlay()

    def set_show_original(self, show: bool) -> None:
        """Draw the original text as a smaller, dimmer line above the translation."""
        self.overlay.set_show_original(show)

    def set_current_cue(self, index: int) -> None:
        """The editor's current row (-1 for none): what "play cue" plays."""
        self._current_cue = index if 0 <= index < len(self._track) else NO_CUE

    def playhead_cue(self) -> int:
        return self._playhead_cue

    def _update_playhead_cue(self, force: bool = False) -> None:
        index = self._track.index_at(self._position)
        changed = index != self._playhead_cue
        if changed:
            self._playhead_cue = index
            self._override = None
        if changed or force:
            cue = self._track.cue(index) if index != NO_CUE else None
            self.ruler.set_current_region((cue.start_ms, cue.end_ms) if cue else None)
            self._refresh_overlay()
        if changed:
            self.playhead_cue_changed.emit(index)

    def _refresh_overlay(self) -> None:
        if self._override is not None:
            self.overlay.set_text(*self._override)
        elif self._playhead_cue != NO_CUE:
            i = self._playhead_cue
            self.overlay.set_text(self._track.cue(i).text, self._track.original(i))
        else:
            self.overlay.set_text("", "")

    # -- time line ------------------------------------------------------------------------------
    def set_timeline_widget(self, widget: QWidget | None) -> None:
        """Put a timeline (the waveform, issue 7) between the picture and the ruler."""
        while (item := self._timeline_slot.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.setParent(None)
        if widget is not None:
            self._timeline_slot.addWidget(widget)

    def position(self) -> int:
        return self._position

    def duration(self) -> int:
        """The media's length, or the last cue's end when there is no media."""
        return self._media.duration() if self._media_ready else self._track.end_ms()

    def _apply_duration(self) -> None:
        duration = self.duration()
        self._clock.set_duration(duration)
        self.ruler.set_duration(duration)
        self.transport.set_time(self._position, duration)
        self.duration_changed.emit(duration)

    def _backend(self) -> QMediaPlayer | SilentClock:
        return self._media if self._media_ready else self._clock

    def _on_position(self, ms: int, from_media: bool) -> None:
        if from_media != self._media_ready:
            return
        self._position = ms
        if self._acting:
            self._acting_report = ms  # shown once the seek (or pause) below is done
            return
        playing = self.is_playing()
        action: RangeAction | GapAction | None = self._cue_range.on_position(ms, playing)
        if action is None and self._cue_range.span is None:
            action = self._gaps.on_position(ms, playing)
        if action is None:
            self._show_position(ms)
        elif action.kind != "hold":  # hold: a report from before the last jump, not shown
            self._acting, self._acting_report = True, None
            try:
                backend = self._backend()
                if action.kind == "stop":
                    backend.pause()
                backend.setPosition(action.position)
            finally:
                self._acting = False
            if self._acting_report is not None:
                self._show_position(self._acting_report)

    def _show_position(self, ms: int) -> None:
        self.ruler.set_position(ms)
        self.transport.set_time(ms, self.duration())
        self._update_playhead_cue()
        self.position_changed.emit(ms)

    def _on_playing(self, playing: bool, from_media: bool) -> None:
        if from_media != self._media_ready:
            return
        self.transport.set_playing(playing)
        self.playing_changed.emit(playing)

    # -- transport (the action registry binds keys to these) -----------------------------------
    def is_playing(self) -> bool:
        return self._backend().isPlaying()

    @Slot()
    def toggle_play(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    @Slot()
    def play(self) -> None:
        self._gaps.reset()
        self._backend().play()

    @Slot()
    def pause(self) -> None:
        self._cue_range.cancel()
        self._gaps.reset()
        self._backend().pause()

    @Slot(int)
    def seek(self, ms: int) -> None:
        """Move the playhead (e.g. to a cue's start when its row is clicked)."""
        ms = max(0, min(int(ms), self.duration()))
        self._cue_range.cancel_unless_inside(ms)
        self._gaps.reset()
        self._backend().setPosition(ms)
        if (
            self._media_ready
            and self._media.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        ):
            self._media.pause()  # e.g. after the end: paused shows the frame, stopped does not

    def play_cue(self, start_ms: int, end_ms: int, loop: bool = False) -> None:
        """Play [start, end) and stop at its end, or repeat it while `loop` is on."""
        if end_ms <= start_ms:
            return
        self.set_loop(loop)
        backend = self._backend()
        backend.setPosition(start_ms)
        self._cue_range.start(start_ms, end_ms, backend.position())
        backend.play()

    @Slot()
    def play_current_cue(self) -> None:
        """Play the editor's current cue, else the one under the playhead, else the next one."""
        index = self._current_cue
        if index == NO_CUE:
            index = self._playhead_cue
        if index == NO_CUE:
            index = self._track.next_index_after(self._position)
        if index != NO_CUE:
            cue = self._track.cue(index)
            self.play_cue(cue.start_ms, cue.end_ms, loop=self._cue_range.loop)

    @Slot(bool)
    def set_skip_gaps(self, on: bool) -> None:
        """Play only the subtitled ranges: jump over gaps between cues, stop after the last."""
        self._gaps.enabled = on

    def skips_gaps(self) -> bool:
        return self._gaps.enabled

    @Slot(bool)
    def set_loop(self, loop: bool) -> None:
        self._cue_range.loop = loop
        self.transport.set_loop(loop)

    @Slot(int)
    def step_frames(self, frames: int) -> None:
        """Pause and move by whole frames at the media's frame rate (24 fps if unknown)."""
        self.pause()
        frame_ms = 1000.0 / self._fps
        current = math.floor(self._position / frame_ms + 1e-6)
        self.seek(math.ceil((current + frames) * frame_ms - 1e-6))

    @Slot(int)
    def skip_ms(self, delta_ms: int) -> None:
        self.seek(self._position + delta_ms)

    def rate(self) -> float:
        return self._rate

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        """Playback speed, clamped to 0.5×–2×."""
        self._rate = min(MAX_RATE, max(MIN_RATE, float(rate)))
        self._media.setPlaybackRate(self._rate)
        self._clock.setPlaybackRate(self._rate)
        self.transport.set_rate(self._rate)

    def volume(self) -> float:
        return self._audio.volume()

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        """Volume on the slider's perceptual 0–1 scale (converted to linear gain for Qt)."""
        self.transport.set_volume(self._audio.set_volume(volume))

    def is_muted(self) -> bool:
        return self._audio.is_muted()

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        self._audio.set_muted(muted)
        self.transport.set_muted(muted)

    def _stop_everything(self) -> None:
        self._cue_range.cancel()
        self._media.stop()
        self._clock.pause()
