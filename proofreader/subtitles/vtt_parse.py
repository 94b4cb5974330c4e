"""A WebVTT reader that follows the W3C parsing algorithm (https://www.w3.org/TR/webvtt1/#file-parsing).

Blocks are separated by empty lines; a timing line on a block's first or second line starts a
cue (the line before it is the cue's identifier, whatever it says, even "NOTE"); a timing line
further down ends the block. Blocks without a timing line (NOTE, STYLE, REGION, anything else)
are not cues: they stay in the file's layout and are written back where they were. Timestamps
follow the spec (hours optional, exactly two minute and second digits, three fraction digits);
character references use the full HTML table, as browsers decode them.
"""

from __future__ import annotations

import html
import re

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.srt_parse import ParsedLines, ParseProblem, shorten
from proofreader.subtitles.timecode import MAX_MS, VTT_EXAMPLE

HEADER = re.compile(r"WEBVTT(?:[ \t]|$)")
_WHITESPACE = " \t\x0c\r\n"
_STAMP = re.compile(r"(\d+):(\d+)(?::(\d+))?\.(\d+)")
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_META = re.compile(r"(STYLE|REGION)[ \t]*$")


class VttTimingError(ValueError):
    """A WebVTT timing line that the spec's algorithm rejects; the message says why."""


def parse_vtt_lines(lines: list[str], *, lenient: bool) -> ParsedLines:
    """Cues of a WebVTT file's lines (a missing "WEBVTT" line is tolerated)."""
    result = ParsedLines()
    count = len(lines)
    index = 0
    if count and HEADER.match(lines[0]):
        index = 1
        while index < count and lines[index] and "-->" not in lines[index]:
            index += 1  # header lines (Kind:, X-TIMESTAMP-MAP=, old Region: lines) are kept
    seen_cue = False
    after_meta = False  # a block after STYLE/REGION with no cue between is part of it
    while index < count:
        if not lines[index]:
            index += 1
            continue
        first = index
        identifier: str | None = None
        timing = -1
        while index < count and lines[index]:
            line = lines[index]
            number = index - first + 1
            if "-->" in line:
                if timing < 0 and (number == 1 or number == 2):
                    timing = index
                    index += 1
                    continue
                break
            if number == 1:
                identifier = line
            index += 1
        end = index
        if timing < 0:
            kind = _block_kind(lines[first], lines[first + 1] if first + 1 < end else None)
            if kind in ("STYLE", "REGION") and not seen_cue:
                result.blocks.append(kind)
                after_meta = True
            elif kind == "NOTE":
                result.blocks.append(kind)
            elif not after_meta and any(not line.isspace() for line in lines[first:end]):
                shown = next(line for line in lines[first:end] if not line.isspace())
                result.warnings.append(
                    ParseProblem(
                        first + 1,
                        f"'{shorten(shown)}' is in a block without a timing line such "
                        f"as '{VTT_EXAMPLE}', so players ignore it; it is kept as it is.",
                        "\n".join(lines[first:end]),
                    )
                )
            continue
        after_meta = False
        try:
            start_ms, end_ms, _ = parse_vtt_timing(lines[timing])
        except VttTimingError as error:
            if not lenient:
                raise SubtitleParseError(str(error), timing + 1) from None
            result.problems.append(
                ParseProblem(timing + 1, str(error), "\n".join(lines[first:end]))
            )
            continue
        seen_cue = True
        text = "\n".join(lines[timing + 1 : end])
        if "&" in text:
            text = _ENTITY.sub(lambda match: html.unescape(match.group()), text)
        result.cues.append(Cue(start_ms, end_ms, text))
        result.spans.append((first if identifier is not None else timing, timing, end))
    return result


def _block_kind(line: str, second: str | None) -> str | None:
    if line.startswith("NOTE") and (len(line) == 4 or line[4] in " \t"):
        return "NOTE"
    if second is not None:
        match = _META.match(line)
        if match is not None:
            return match.group(1)
    return None


def parse_vtt_timing(line: str) -> tuple[int, int, str]:
    """(start_ms, end_ms, settings) of a WebVTT timing line, as the spec reads it."""
    rest = line.lstrip(_WHITESPACE)
    start_ms, rest = _timestamp(rest, line)
    rest = rest.lstrip(_WHITESPACE)
    if not rest.startswith("-->"):
        raise VttTimingError(_not_timing(line))
    rest = rest[3:].lstrip(_WHITESPACE)
    end_ms, rest = _timestamp(rest, line)
    return start_ms, end_ms, rest


def _timestamp(text: str, line: str) -> tuple[int, str]:
    match = _STAMP.match(text)
    if match is None:
        raise VttTimingError(_not_timing(line))
    first, second, third, fraction = match.groups()
    if third is None:
        if len(first) != 2 or int(first) > 59:
            raise VttTimingError(_not_timing(line))
        hours, minutes, seconds = "0", first, second
    else:
        hours, minutes, seconds = first, second, third
    stamp = match.group()
    if len(minutes) != 2 or len(seconds) != 2 or len(fraction) != 3:
        raise VttTimingError(
            f"'{shorten(stamp)}' is not a WebVTT time: it needs two digits for minutes and "
            "seconds and three after the '.'."
        )
    if int(minutes) > 59 or int(seconds) > 59:
        raise VttTimingError(f"the minutes and seconds in '{shorten(stamp)}' must be below 60.")
    if len(hours) > 6 or int(hours) * 3_600_000 > MAX_MS:
        raise VttTimingError(
            f"the time '{shorten(stamp)}' is beyond 596 hours, longer than any video."
        )
    total = ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(fraction)
    return total, text[match.end() :]


def _not_timing(line: str) -> str:
    return f"'{shorten(line)}' is not a WebVTT timing line; expected one like '{VTT_EXAMPLE}'."
