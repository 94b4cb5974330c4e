"""One clear sentence for each way a video can fail to open, saying what to do about it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtMultimedia import QMediaPlayer

NO_VIDEO = "No video: subtitles only"
LOADING = "Opening the video…"
NO_PICTURE = "This file has no picture: audio and subtitles only"


def missing_file(path: Path) -> str:
    return f"The video “{path}” was not found; check that the file still exists or open another."


def playback_error(path: Path, error: QMediaPlayer.Error) -> str:
    """The sentence for a QMediaPlayer error; Qt's own text is too terse for a user."""
    name = path.name
    if error == QMediaPlayer.Error.FormatError:
        return (
            f"“{name}” cannot be played because its format is not supported;"
            " convert it to MP4 (H.264 video, AAC audio) and open it again."
        )
    if error == QMediaPlayer.Error.AccessDeniedError:
        return f"You are not allowed to read “{name}”; check the file's permissions."
    return f"“{name}” could not be read; check that the file is complete and try again."
