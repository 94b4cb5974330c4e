"""The waveform cache: a source's Peaks on disk, so a file opened again draws at once.

One file per source, named after a hash of its absolute path, size and modification time: a
changed or replaced video gets a new entry, and the old one ages out (the folder is kept under
MAX_BYTES, oldest first). Files are written atomically; anything unreadable counts as missing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import struct
from pathlib import Path

from proofreader.media.peaks import PeakLevel, Peaks
from proofreader.subtitles.atomic import write_bytes_atomic

log = logging.getLogger(__name__)

MAGIC = b"PRPEAKS\x01"
SUFFIX = ".peaks"
MAX_BYTES = 256 << 20  # about 130 hours of audio
_LENGTH = struct.Struct("<I")


class PeakCache:
    """Peaks by source file, in `folder` (created when the first entry is written)."""

    def __init__(self, folder: Path, max_bytes: int = MAX_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes

    def entry_for(self, source: Path) -> Path | None:
        """Where `source`'s peaks live (None if the source cannot be read)."""
        try:
            resolved = source.resolve()
            info = resolved.stat()
        except OSError:
            return None
        identity = f"{resolved}\0{info.st_size}\0{info.st_mtime_ns}".encode()
        return self.folder / (hashlib.sha256(identity).hexdigest()[:32] + SUFFIX)

    def load(self, source: Path) -> Peaks | None:
        """The cached peaks of `source` as it is now, or None."""
        entry = self.entry_for(source)
        if entry is None:
            return None
        try:
            data = entry.read_bytes()
        except OSError:
            return None
        try:
            peaks = decode(data)
        except ValueError as exc:
            log.warning("Ignoring the damaged waveform cache %s: %s", entry, exc)
            with contextlib.suppress(OSError):
                entry.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # recently used: pruned last
        return peaks

    def store(self, source: Path, peaks: Peaks) -> Path | None:
        """Remember complete peaks of `source`; returns the entry (None if not written)."""
        entry = self.entry_for(source)
        if entry is None or not peaks.complete:
            return None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(entry, encode(peaks))
        except OSError as exc:
            log.warning("Could not write the waveform cache %s: %s", entry, exc)
            return None
        self.prune(keep=entry)
        return entry

    def prune(self, keep: Path | None = None) -> None:
        """Delete the least recently used entries until the folder is under max_bytes."""
        try:
            entries = [(p.stat(), p) for p in self.folder.glob("*" + SUFFIX)]
        except OSError:
            return
        total = sum(info.st_size for info, _ in entries)
        for info, path in sorted(entries, key=lambda e: e[0].st_mtime_ns):
            if total <= self.max_bytes:
                break
            if path == keep:
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                total -= info.st_size


def encode(peaks: Peaks) -> bytes:
    """MAGIC, a JSON header's length and the header, then each level's mins and maxs."""
    header = {
        "duration_ms": peaks.duration_ms,
        "levels": [[level.bucket_ms, len(level)] for level in peaks.levels],
    }
    head = json.dumps(header, separators=(",", ":")).encode()
    parts = [MAGIC, _LENGTH.pack(len(head)), head]
    for level in peaks.levels:
        parts += [level.mins, level.maxs]
    return b"".join(parts)


def decode(data: bytes) -> Peaks:
    """The inverse of encode; ValueError for anything that is not a whole, valid entry."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _LENGTH.size:
        raise ValueError("not a waveform cache entry")
    offset = len(MAGIC)
    (size,) = _LENGTH.unpack_from(data, offset)
    offset += _LENGTH.size
    try:
        header = json.loads(data[offset : offset + size])
        duration = int(header["duration_ms"])
        shapes = [(int(bucket), int(count)) for bucket, count in header["levels"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"bad header ({exc})") from None
    offset += size
    levels = []
    for bucket, count in shapes:
        if bucket <= 0 or count < 0 or offset + 2 * count > len(data):
            raise ValueError("truncated")
        mins = data[offset : offset + count]
        maxs = data[offset + count : offset + 2 * count]
        levels.append(PeakLevel(bucket, mins, maxs))
        offset += 2 * count
    if offset != len(data) or not levels or duration < 0:
        raise ValueError("wrong length")
    return Peaks(levels, duration)
