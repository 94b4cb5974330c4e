"""The file types HeyGen takes as assets, checked before a byte is uploaded.

Its own module, without the HTTP client: the window checks a chosen file's type at start-up
speed, and importing the uploader would bring httpx into the window's start.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from pathlib import Path

from proofreader.heygen.errors import HeyGenError

ASSET_TYPES: Mapping[str, str] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".pdf": "application/pdf",
    ".srt": "application/x-subrip",
}
"""The file types HeyGen publishes for assets (png, jpeg, mp4, webm, mp3, wav, pdf, srt)."""


class UnsupportedFileType(HeyGenError, ValueError):
    """HeyGen would refuse this file's type: said before a byte is uploaded."""

    def __init__(self, filename: str) -> None:
        super().__init__(
            f"HeyGen does not take {Path(filename).suffix or 'this kind of'} files "
            f"({Path(filename).name}): it takes MP4 and WebM videos, MP3 and WAV audio, PNG "
            "and JPEG images, PDF and SRT; convert the file (a video to MP4) and try again."
        )
        self.filename = filename


def guess_content_type(filename: str) -> str:
    """The media type HeyGen expects for a file name (SRT: application/x-subrip)."""
    suffix = Path(filename).suffix.lower()
    if suffix in ASSET_TYPES:
        return ASSET_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def check_asset_type(filename: str) -> str:
    """The content type to upload `filename` as; UnsupportedFileType when HeyGen refuses it."""
    suffix = Path(filename).suffix.lower()
    if suffix not in ASSET_TYPES:
        raise UnsupportedFileType(filename)
    return ASSET_TYPES[suffix]
