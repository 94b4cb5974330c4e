"""The player's sound: volume on a perceptual scale, mute, and the output device.

The QAudioOutput is attached only while an output device exists, so a machine without one
plays silently instead of failing (and the volume controls say why they are greyed out).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer, QtAudio


class PlayerAudio(QObject):
    """Owns the QAudioOutput of one QMediaPlayer."""

    availability_changed = Signal(bool)

    def __init__(self, media: QMediaPlayer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._media = media
        self._output = QAudioOutput(self)
        self._devices = QMediaDevices(self)
        self._volume = 1.0
        self._devices.audioOutputsChanged.connect(self.sync_device)

    def sync_device(self) -> bool:
        """Follow the system's default output; returns whether there is one."""
        available = bool(QMediaDevices.audioOutputs())
        if available:
            self._output.setDevice(QMediaDevices.defaultAudioOutput())
        self._media.setAudioOutput(self._output if available else None)  # type: ignore[arg-type]
        self.availability_changed.emit(available)
        return available

    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> float:
        """Set the slider-scale volume (0–1, perceptual); returns the clamped value."""
        self._volume = min(1.0, max(0.0, float(volume)))
        self._output.setVolume(
            QtAudio.convertVolume(
                self._volume,
                QtAudio.VolumeScale.LogarithmicVolumeScale,
                QtAudio.VolumeScale.LinearVolumeScale,
            )
        )
        return self._volume

    def is_muted(self) -> bool:
        return self._output.isMuted()

    def set_muted(self, muted: bool) -> None:
        self._output.setMuted(muted)
