"""Names of a render's downloaded files: the extension from the link, or from the bytes."""

from __future__ import annotations

import os
from pathlib import Path

_MEDIA_SUFFIXES = frozenset({".mp4", ".mov", ".webm", ".m4a", ".mp3", ".wav", ".aac", ".ogg"})


def output_suffix(url: str, default: str) -> str:
    """The link's media extension when it has one; captions always keep theirs."""
    if default in (".srt", ".vtt"):
        return default
    suffix = Path(url.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    return suffix if suffix in _MEDIA_SUFFIXES else default


def sniffed_audio_suffix(path: Path, current: str) -> str:
    """The audio container by its first bytes (links often have no extension)."""
    with path.open("rb") as handle:
        head = handle.read(12)
    if head[4:8] == b"ftyp":
        return ".m4a"
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return ".mp3"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return ".wav"
    if head.startswith(b"OggS"):
        return ".ogg"
    return current


def rename_audio(path: Path) -> Path:
    """Give a downloaded audio file the extension its bytes call for."""
    sniffed = sniffed_audio_suffix(path, path.suffix)
    if sniffed == path.suffix:
        return path
    renamed = path.with_suffix(sniffed)
    os.replace(path, renamed)
    return renamed


def part_path(dest: Path) -> Path:
    """Where the bytes of `dest` collect until the file is complete."""
    return dest.with_name(f".{dest.name}.part")
