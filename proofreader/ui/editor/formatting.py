"""How the editor writes times, speeds and fits, and which way a text runs."""

from __future__ import annotations

import math
import re
import unicodedata

from proofreader.subtitles.text_metrics import strip_formatting

_TIME = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?\s*$")


def format_time(ms: int) -> str:
    """A time as SRT writes it, 'HH:MM:SS,mmm' (the editor's timing fields use the same)."""
    sign = "-" if ms < 0 else ""
    seconds, millis = divmod(abs(ms), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def format_short_time(ms: int) -> str:
    """A time for the table, as short as it can be: '1:03.500', '1:02:03.500' past an hour."""
    sign = "-" if ms < 0 else ""
    seconds, millis = divmod(abs(ms), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"
    return f"{sign}{minutes}:{seconds:02d}.{millis:03d}"


def parse_time(text: str) -> int | None:
    """Milliseconds from 'HH:MM:SS,mmm' (also 'MM:SS', '.' for ','); None if not a time."""
    match = _TIME.match(text)
    if match is None:
        return None
    hours, minutes, seconds, millis = match.groups()
    if int(minutes) > 59 or int(seconds) > 59:
        return None
    fraction = (millis or "0").ljust(3, "0")
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(fraction)


def format_seconds(ms: int) -> str:
    """A duration for the table: '3.565'."""
    return f"{ms / 1000:.3f}"


def format_cps(cps: float) -> str:
    if math.isinf(cps):
        return "∞"
    return f"{cps:.1f}"


def format_fit(fit: float) -> str:
    """Speech fit as a share of the cue's duration: '87%'."""
    if math.isinf(fit):
        return "∞"
    return f"{fit * 100:.0f}%"


def first_strong_is_rtl(text: str) -> bool:
    """True when the first letter with a direction runs right to left (Arabic, Hebrew...).

    This is how a paragraph's base direction is chosen (Unicode bidi rules P2/P3), so Arabic
    punctuation lands on the correct side. Formatting tags are skipped.
    """
    for ch in strip_formatting(text) if "<" in text or "{" in text else text:
        if ch.isascii():
            if ch.isalpha():
                return False
            continue
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False
