"""Player time labels: HH:MM:SS.mmm, the precision subtitle timing is edited at."""

from __future__ import annotations


def format_timecode(ms: int) -> str:
    """Format milliseconds as HH:MM:SS.mmm; negative values clamp to zero."""
    ms = max(0, int(ms))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def format_position(position_ms: int, duration_ms: int) -> str:
    """'MM:SS.mmm / MM:SS.mmm' for media under an hour (the hours would always read 00 and
    take the narrow player's room), 'HH:MM:SS.mmm / HH:MM:SS.mmm' otherwise."""
    both = (format_timecode(position_ms), format_timecode(duration_ms))
    if duration_ms < 3_600_000 and position_ms < 3_600_000:
        both = (both[0][3:], both[1][3:])
    return f"{both[0]} / {both[1]}"
