"""Just enough SRT for the server side: check an upload parses, convert to VTT, write placeholders.

The app's real subtitle domain lives in proofreader.subtitles; the sandbox keeps its own small
reader so the two sides of the contract stay independent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_TIMING = re.compile(
    r"^\s*(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*"
    r"(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})(?:\s+.*)?$"
)


class SrtError(ValueError):
    """The text is not a usable SRT file."""


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str


def _ms(hours: str, minutes: str, seconds: str, millis: str) -> int:
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis.ljust(3, "0"))


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), falling back to Latin-1 as players do."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def parse(text: str) -> list[Cue]:
    """Read cues; raise SrtError with the block number when a block has no timing line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cues: list[Cue] = []
    block: list[str] = []
    blocks: list[list[str]] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    for number, lines_of_block in enumerate(blocks, start=1):
        timing_at = 1 if lines_of_block[0].strip().isdigit() and len(lines_of_block) > 1 else 0
        match = _TIMING.match(lines_of_block[timing_at])
        if match is None:
            raise SrtError(f"Subtitle block {number} has no valid timing line.")
        start = _ms(*match.group(1, 2, 3, 4))
        end = _ms(*match.group(5, 6, 7, 8))
        if end < start:
            raise SrtError(f"Subtitle block {number} ends before it starts.")
        cues.append(Cue(start, end, "\n".join(lines_of_block[timing_at + 1 :])))
    if not cues:
        raise SrtError("The file contains no subtitles.")
    return cues


def timestamp(ms: int, separator: str = ",") -> str:
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    seconds, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{ms:03d}"


def format_srt(cues: Sequence[Cue]) -> str:
    return "\n".join(
        f"{n}\n{timestamp(c.start_ms)} --> {timestamp(c.end_ms)}\n{c.text}\n"
        for n, c in enumerate(cues, start=1)
    )


def to_vtt(srt_data: bytes) -> bytes:
    """WebVTT with the same cues and text as the SRT."""
    cues = parse(decode(srt_data))
    body = "\n".join(
        f"{timestamp(c.start_ms, '.')} --> {timestamp(c.end_ms, '.')}\n{c.text}\n" for c in cues
    )
    return ("WEBVTT\n\n" + body).encode("utf-8")


_PLACEHOLDER_LINES = (
    "This is a placeholder transcript made by the sandbox.",
    "Each line stands for about three seconds of speech.",
    "The sandbox does not listen to the audio of this video.",
    "Upload the sample video to see a real transcript.",
    "Our 3 teams reviewed 120 videos in 2024.",
    "Proofreader keeps names and numbers consistent.",
    "Edit any line, then send the subtitles back.",
    "The render starts only after you generate it.",
)


def placeholder_transcript(duration_s: float) -> list[Cue]:
    """A deterministic transcript spread over the video: one line every three seconds."""
    total_ms = max(1000, int(duration_s * 1000))
    count = max(1, min(2000, total_ms // 3000))
    step = total_ms // count
    cues = []
    for index in range(count):
        start = index * step
        end = start + max(500, step - 400)
        text = _PLACEHOLDER_LINES[index % len(_PLACEHOLDER_LINES)]
        cues.append(Cue(start, min(end, total_ms), text))
    return cues


def placeholder_translation(cues: Sequence[Cue], language_code: str) -> list[Cue]:
    """A deterministic stand-in for a machine translation: the text tagged with the language."""
    return [Cue(c.start_ms, c.end_ms, f"[{language_code}] {c.text}") for c in cues]
