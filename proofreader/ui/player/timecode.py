"""Player time labels: HH:MM:SS.mmm, the precision subtitle timing is edited at."""

from __future__ import annotations


def format_timecode(ms: int) -> str:
    """Format milliseconds as HH:MM:SS.mmm; negative values clamp to zero."""
    ms = max(0, int(ms))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"
