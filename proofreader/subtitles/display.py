"""How times and quantities appear in messages shown to the user."""

from __future__ import annotations


def format_time(ms: int) -> str:
    """A time as 'H:MM:SS.mmm', the way the editor's timing fields show it."""
    sign = "-" if ms < 0 else ""
    seconds, millis = divmod(abs(ms), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def format_duration(ms: float) -> str:
    """A signed or unsigned length of time in seconds, e.g. '2.500 s', '-0.250 s'."""
    return f"{ms / 1000:.3f} s"


def format_number(value: float) -> str:
    """A limit or measure without a useless '.0' (17, 13, 0.5, 23.4)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.1f}".rstrip("0").rstrip(".")
