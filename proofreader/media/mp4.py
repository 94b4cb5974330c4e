"""Read a video's duration and whether it has a sound track from its MP4 boxes.

Only the boxes needed are visited (moov/mvhd for the duration, moov/trak/mdia/hdlr for the
track kinds); media data is skipped with seeks, so a large file is never read whole.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_MAX_MOOV = 64 * 1024 * 1024
_CONTAINERS = {b"trak", b"mdia"}


@dataclass(frozen=True)
class MediaInfo:
    duration_s: float
    has_audio: bool


DEFAULT_INFO = MediaInfo(duration_s=30.0, has_audio=True)


def _boxes(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of the boxes in data[start:end]."""
    found = []
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1:
            if pos + 16 > end:
                break
            (size,) = struct.unpack_from(">Q", data, pos + 8)
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            break
        found.append((kind, pos + header, pos + size))
        pos += size
    return found


def _find_moov(stream: BinaryIO, file_size: int) -> bytes | None:
    pos = 0
    while pos + 8 <= file_size:
        stream.seek(pos)
        head = stream.read(16)
        if len(head) < 8:
            return None
        size, kind = struct.unpack_from(">I4s", head)
        header = 8
        if size == 1:
            if len(head) < 16:
                return None
            (size,) = struct.unpack_from(">Q", head, 8)
            header = 16
        elif size == 0:
            size = file_size - pos
        if size < header:
            return None
        if kind == b"moov":
            if size > _MAX_MOOV:
                return None
            stream.seek(pos + header)
            payload = stream.read(size - header)
            return payload if len(payload) == size - header else None
        pos += size
    return None


def _duration(data: bytes, start: int, end: int) -> float | None:
    if end - start < 20:
        return None
    version = data[start]
    if version == 1:
        if end - start < 32:
            return None
        timescale, duration = struct.unpack_from(">IQ", data, start + 20)
    else:
        timescale, duration = struct.unpack_from(">II", data, start + 12)
    if timescale == 0:
        return None
    return float(duration) / float(timescale)


def _handlers(data: bytes, start: int, end: int) -> list[bytes]:
    kinds = []
    for kind, child_start, child_end in _boxes(data, start, end):
        if kind in _CONTAINERS:
            kinds += _handlers(data, child_start, child_end)
        elif kind == b"hdlr" and child_end - child_start >= 12:
            kinds.append(data[child_start + 8 : child_start + 12])
    return kinds


def probe(path: Path) -> MediaInfo | None:
    """Duration and sound-track presence, or None when the file is not a readable MP4."""
    try:
        with path.open("rb") as stream:
            moov = _find_moov(stream, path.stat().st_size)
    except OSError:
        return None
    if moov is None:
        return None
    duration: float | None = None
    handlers: list[bytes] = []
    for kind, start, end in _boxes(moov, 0, len(moov)):
        if kind == b"mvhd":
            duration = _duration(moov, start, end)
        elif kind == b"trak":
            handlers += _handlers(moov, start, end)
    if duration is None:
        return None
    return MediaInfo(duration_s=duration, has_audio=b"soun" in handlers)


def probe_or_default(path: Path) -> MediaInfo:
    """What the sandbox assumes about a source: its MP4 facts, else 30 s with audio."""
    return probe(path) or DEFAULT_INFO
