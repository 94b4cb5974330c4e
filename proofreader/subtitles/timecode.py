"""Timestamps of SRT ("00:01:02,345") and WebVTT ("00:01:02.345"): reading them tolerantly,
writing them exactly, and telling a broken timing line apart from a line of dialogue."""

from __future__ import annotations

import re

_STAMP = r"(-?)(?:(\d+):)?(\d+):(\d+)(?:[,.](\d+)|:(\d{3}))?"
# A timing line: start, an arrow, end, then anything (SRT "X1:..." positions, VTT cue settings).
_TIMING = re.compile(rf"[ \t]*{_STAMP}[ \t]*-->[ \t]*{_STAMP}(?:[ \t].*)?")
# The line nearly every file has, read without the general pattern's bookkeeping (ASCII
# digits: other digits take the general pattern, which reads them the same).
_CANONICAL = re.compile(
    r"(\d\d):([0-5]\d):([0-5]\d)[,.](\d{3}) --> (\d\d):([0-5]\d):([0-5]\d)[,.](\d{3})",
    re.ASCII,
)
# Its fields in milliseconds, looked up: int() on eight fields was most of reading a file.
_HOURS_MS = {f"{n:02d}": n * 3_600_000 for n in range(100)}
_MINUTES_MS = {f"{n:02d}": n * 60_000 for n in range(60)}
_SECONDS_MS = {f"{n:02d}": n * 1000 for n in range(60)}
_MILLIS = {f"{n:03d}": n for n in range(1000)}
# Something that is meant as a timing line: it has an arrow after a number, or starts with a
# full "h:mm:ss,mmm" stamp (a timing line whose arrow is missing).
_TIMING_ATTEMPT = re.compile(
    r"[ \t]*[-+]?(?=[\w:.,;]*\d)(?=[\w:.,;]*:)[\w:.,;]+[ \t]*-+>"
    r"|[ \t]*-?\d+:\d\d:\d\d[,.:]\d"
)

EXAMPLE = "00:00:01,000 --> 00:00:04,000"
VTT_EXAMPLE = "00:00:01.000 --> 00:00:04.000"
# The longest time the app handles (Qt's players count milliseconds in a 32-bit int): 596 hours.
MAX_MS = 2**31 - 1
# One stamp as written, to rewrite an edited time in the spelling the file used.
_STYLE = re.compile(r"(?:(\d+):)?(\d+):(\d+)(?:([,.])(\d+)|:(\d{3}))?")
# The two stamps of a timing line, with what lies around them (settings, coordinates) kept.
_TIMING_SPANS = re.compile(rf"[ \t]*({_STAMP})[ \t]*-->[ \t]*({_STAMP})")


class TimingError(ValueError):
    """A timing line that cannot be read; the message names what is wrong."""


def looks_like_timing(line: str) -> bool:
    """True when `line` is meant as a timing line, readable or not (so it starts a new block)."""
    return _TIMING_ATTEMPT.match(line) is not None


def parse_timing(line: str) -> tuple[int, int]:
    """(start_ms, end_ms) of a timing line; raises TimingError saying why it cannot be read."""
    fast = _CANONICAL.fullmatch(line)
    if fast is not None:
        h1, m1, s1, f1, h2, m2, s2, f2 = fast.groups()
        return (
            _HOURS_MS[h1] + _MINUTES_MS[m1] + _SECONDS_MS[s1] + _MILLIS[f1],
            _HOURS_MS[h2] + _MINUTES_MS[m2] + _SECONDS_MS[s2] + _MILLIS[f2],
        )
    match = _TIMING.fullmatch(line)
    if match is None:
        shown = line.strip()
        if len(shown) > 60:
            shown = shown[:57] + "..."
        raise TimingError(f"'{shown}' is not a timing line; expected one like '{EXAMPLE}'.")
    groups = match.groups()
    return _to_ms(groups[:6], line), _to_ms(groups[6:], line)


def _to_ms(groups: tuple[str | None, ...], line: str) -> int:
    sign, hours, minutes, seconds, fraction, colon_ms = groups
    assert minutes is not None and seconds is not None
    if sign:
        raise TimingError(
            f"the time '{_stamp_text(groups)}' is negative; subtitle times start at 00:00:00,000."
        )
    if len(minutes) > 6 or int(minutes) >= 60:
        raise TimingError(f"the minutes in '{_stamp_text(groups)}' must be below 60.")
    if len(seconds) > 6 or int(seconds) >= 60:
        raise TimingError(f"the seconds in '{_stamp_text(groups)}' must be below 60.")
    millis = 0
    if fraction is not None:
        millis = int(fraction[:3].ljust(3, "0"))
    elif colon_ms is not None:
        millis = int(colon_ms)
    if hours is not None and len(hours) > 6:
        raise _too_large(groups)
    total = ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + millis
    if total > MAX_MS:
        raise _too_large(groups)
    return total


def _too_large(groups: tuple[str | None, ...]) -> TimingError:
    shown = _stamp_text(groups)
    if len(shown) > 30:
        shown = shown[:27] + "..."
    return TimingError(f"the time '{shown}' is beyond 596 hours, longer than any video.")


def _stamp_text(groups: tuple[str | None, ...]) -> str:
    sign, hours, minutes, seconds, fraction, colon_ms = groups
    text = f"{sign}{hours + ':' if hours is not None else ''}{minutes}:{seconds}"
    if fraction is not None:
        text += f",{fraction}"
    elif colon_ms is not None:
        text += f":{colon_ms}"
    return text


def format_timestamp(ms: int, separator: str = ",") -> str:
    """ "HH:MM:SS,mmm" (SRT) or with separator "." (WebVTT). Negative times are written as 0."""
    if ms < 0:
        ms = 0
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    hh = _TWO_DIGITS[hours] if hours < 100 else str(hours)
    return f"{hh}:{_TWO_DIGITS[minutes]}:{_TWO_DIGITS[seconds]}{separator}{_THREE_DIGITS[millis]}"


# Table look-ups: formatting 20,000 stamps with format specs costs a third of serializing.
_TWO_DIGITS = tuple(f"{number:02d}" for number in range(100))
_THREE_DIGITS = tuple(f"{number:03d}" for number in range(1000))


def restyle_timing(line: str, start_ms: int, end_ms: int) -> str:
    """`line` with its times replaced by these, each spelled like the stamp it replaces; what
    follows the times (WebVTT cue settings, SRT coordinates) and the spacing are kept."""
    match = _TIMING_SPANS.match(line)
    if match is None:
        return f"{format_timestamp(start_ms)} --> {format_timestamp(end_ms)}"
    first, second = match.span(1), match.span(8)
    old_start, old_end = parse_timing(line)
    start = line[first[0] : first[1]]
    end = line[second[0] : second[1]]
    if old_start != start_ms:
        start = format_like(start_ms, start)
    if old_end != end_ms:
        end = format_like(end_ms, end)
    return line[: first[0]] + start + line[first[1] : second[0]] + end + line[second[1] :]


def format_like(ms: int, stamp: str) -> str:
    """`ms` spelled like `stamp`: hours present or not and their width, ',' or '.', the
    number of fraction digits (at least 3, so no millisecond is lost)."""
    match = _STYLE.fullmatch(stamp.strip())
    if match is None:
        return format_timestamp(ms)
    hours_text, _, _, separator, fraction, colon_ms = match.groups()
    seconds, millis = divmod(max(ms, 0), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if colon_ms is not None:
        tail = f":{millis:03d}"
    else:
        digits = max(3, len(fraction or ""))
        tail = f"{separator or ','}{millis:03d}".ljust(digits + 1, "0")
    if hours_text is None and hours == 0:
        return f"{minutes:02d}:{seconds:02d}{tail}"
    width = len(hours_text) if hours_text is not None else 2
    return f"{hours:0{width}d}:{minutes:02d}:{seconds:02d}{tail}"
