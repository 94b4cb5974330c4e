"""One clear sentence for each way a video can fail to open, saying what to do about it.

Functions, not constants: the sentences are translated when shown, after the translator is in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtMultimedia import QMediaPlayer

from proofreader.ui.i18n import translate


def no_video() -> str:
    return translate("MediaMessages", "No video: subtitles only")


def loading() -> str:
    return translate("MediaMessages", "Opening the video…")


def no_picture() -> str:
    return translate("MediaMessages", "This file has no picture: audio and subtitles only")


def missing_file(path: Path) -> str:
    return translate(
        "MediaMessages",
        "The video “{path}” was not found; check that the file still exists or open another.",
    ).format(path=path)


def playback_error(path: Path, error: QMediaPlayer.Error) -> str:
    """The sentence for a QMediaPlayer error; Qt's own text is too terse for a user."""
    name = path.name
    if error == QMediaPlayer.Error.FormatError:
        sentence = translate(
            "MediaMessages",
            "“{name}” cannot be played because its format is not supported;"
            " convert it to MP4 (H.264 video, AAC audio) and open it again.",
        )
    elif error == QMediaPlayer.Error.AccessDeniedError:
        sentence = translate(
            "MediaMessages", "You are not allowed to read “{name}”; check the file's permissions."
        )
    else:
        sentence = translate(
            "MediaMessages",
            "“{name}” could not be read; check that the file is complete and try again.",
        )
    return sentence.format(name=name)
