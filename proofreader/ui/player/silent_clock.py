"""A playhead without media, so a subtitles-only preview can still be played and timed.

It mirrors the few QMediaPlayer members the preview uses (position, play/pause, rate and their
signals), letting PreviewPlayer drive either one the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

TICK_MS = 40  # 25 updates a second: smooth enough for a ruler and subtitle changes


class SilentClock(QObject):
    """Advances a position in real time times the playback rate, stopping at its duration."""

    positionChanged = Signal(int)  # named like QMediaPlayer's, so either can drive the player
    playingChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._position = 0
        self._duration = 0
        self._rate = 1.0
        self._origin = 0
        self._elapsed = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def position(self) -> int:
        return self._position

    def duration(self) -> int:
        return self._duration

    def set_duration(self, ms: int) -> None:
        self._duration = max(0, ms)

    def isPlaying(self) -> bool:
        return self._timer.isActive()

    def playbackRate(self) -> float:
        return self._rate

    def setPlaybackRate(self, rate: float) -> None:
        self._restart_origin()
        self._rate = rate

    def setPosition(self, ms: int) -> None:
        self._position = max(0, min(int(ms), self._duration))
        self._restart_origin()
        self.positionChanged.emit(self._position)

    def play(self) -> None:
        if self._timer.isActive():
            return
        if self._position >= self._duration:
            self._position = 0
        self._restart_origin()
        self._timer.start()
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if not self._timer.isActive():
            return
        self._tick()
        if self._timer.isActive():
            self._timer.stop()
            self.playingChanged.emit(False)

    def _restart_origin(self) -> None:
        self._origin = self._position
        self._elapsed.restart()

    def _tick(self) -> None:
        position = self._origin + round(self._elapsed.elapsed() * self._rate)
        self._position = min(position, self._duration)
        self.positionChanged.emit(self._position)
        if self._position >= self._duration and self._timer.isActive():
            self._timer.stop()
            self.playingChanged.emit(False)
