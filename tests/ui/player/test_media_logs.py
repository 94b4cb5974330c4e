"""Qt Multimedia's back-end notes go to the log, not the terminal; real problems still show."""

from __future__ import annotations

from PySide6.QtCore import QtMsgType

from proofreader.ui.media_logs import is_backend_note


def test_backend_notes_are_recognised() -> None:
    warning, info = QtMsgType.QtWarningMsg, QtMsgType.QtInfoMsg
    assert is_backend_note("qt.multimedia.symbolsresolver", "Couldn't load pipewire-0.3", warning)
    assert is_backend_note("qt.multimedia.playbackengine.codec", '"No HW decoder found"', info)
    assert is_backend_note("default", "PulseAudioService: pa_context_connect() failed", warning)


def test_other_messages_and_critical_ones_still_reach_the_terminal() -> None:
    warning = QtMsgType.QtWarningMsg
    assert not is_backend_note("default", "QWidget::setLayout: already has a layout", warning)
    assert not is_backend_note("qt.multimedia.ffmpeg", "crashed", QtMsgType.QtCriticalMsg)
