"""Qt Multimedia's start-up chatter goes to the log file, not the terminal.

Every start printed FFmpeg's "Input #0, mov,mp4…" stream dump, "Couldn't load pipewire-0.3
library", "PulseAudioService: pa_context_connect() failed" and "No HW decoder found": notes
about the backend, not problems a user can act on. They are kept in the log (Help ▸ Report a
Problem… gathers it); everything else Qt says still reaches stderr.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt.multimedia")

_NOISY_PREFIXES = ("PulseAudioService:", "This plugin does not support propagateSizeHints")
_AV_LOG_ERROR = 16


def is_backend_note(category: str | None, message: str, kind: QtMsgType) -> bool:
    """A multimedia back-end note (not an error a user can act on)."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        return False
    return (category or "").startswith("qt.multimedia") or message.startswith(_NOISY_PREFIXES)


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if is_backend_note(context.category, message, kind):
        log.info("%s: %s", context.category, message)
        return
    category = context.category or "default"
    sys.stderr.write(f"{message}\n" if category == "default" else f"{category}: {message}\n")


@functools.cache
def _avutil() -> ctypes.CDLL | None:
    """Qt's bundled libavutil (the one its FFmpeg back end logs through)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for pattern in ("Qt/lib/libavutil.so.*", "avutil-*.dll", "Qt/lib/libavutil.*.dylib"):
        for path in sorted(folder.glob(pattern)):
            try:
                return ctypes.CDLL(str(path))
            except OSError:
                continue
    return None


def quiet_ffmpeg() -> None:
    """FFmpeg's own log (the stream dumps) shows errors only. Qt's back end sets the level
    when it loads, so call this right after creating a QMediaPlayer or QAudioDecoder."""
    lib = _avutil()
    if lib is not None and hasattr(lib, "av_log_set_level"):
        lib.av_log_set_level(_AV_LOG_ERROR)


def quiet_media_logs() -> None:
    """Route the back-end notes to the log; call once, before Qt Multimedia loads."""
    qInstallMessageHandler(_handler)
