"""A tolerant, line-oriented SRT reader (also the block reader under WebVTT).

Written instead of pysrt: pysrt needs about 85 ms for 10,000 cues before any conversion, gives
no line numbers and silently skips what it cannot read. This reader takes what real files do
(missing or out-of-order numbers, '.' in times, positions after the times, no blank line between
cues, blank lines between them) and reports every block it cannot take, with its raw text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.timecode import EXAMPLE, TimingError, looks_like_timing, parse_timing

_LINE_START_BOM = re.compile("^\ufeff+", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ParseProblem:
    """A block a lenient read could not take. `line` is 1-based; `text` is the block as written."""

    line: int
    message: str
    text: str


def split_lines(text: str) -> list[str]:
    """Lines of `text` for any of CRLF, CR and LF; BOMs left at line starts by joined files go.

    str.splitlines is not used: it also breaks at characters such as U+2028 that belong to text.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = _LINE_START_BOM.sub("", text)
    return text.split("\n")


def parse_srt(text: str, *, lenient: bool = False) -> tuple[list[Cue], list[ParseProblem]]:
    """Cues of an SRT text, in file order, with their numbers ignored.

    Strict: the first block that cannot be read raises SubtitleParseError naming its line.
    Lenient: every such block becomes a ParseProblem holding its raw text, and reading goes on.
    """
    return parse_lines(split_lines(text), lenient=lenient)


def parse_lines(
    lines: list[str],
    *,
    lenient: bool,
    start: int = 0,
    any_identifier: bool = False,
    skip: Callable[[str], bool] | None = None,
) -> tuple[list[Cue], list[ParseProblem]]:
    """The block state machine: a block is [identifier] timing-line text-lines, ended by a blank
    line or by the next timing line. `any_identifier` allows WebVTT's free-text cue ids; `skip`
    names blocks to pass over (WebVTT NOTE, STYLE, REGION)."""
    cues: list[Cue] = []
    problems: list[ParseProblem] = []
    count = len(lines)

    def fail(at: int, message: str, first: int, end: int) -> None:
        if not lenient:
            raise SubtitleParseError(message, at + 1)
        problems.append(ParseProblem(at + 1, message, "\n".join(lines[first:end])))

    index = start
    while index < count:
        line = lines[index]
        if not line or line.isspace():
            index += 1
            continue
        first = index
        if skip is not None and "-->" not in line and skip(line):
            index = _blank_line_after(lines, index + 1, count)
            continue
        if "-->" in line:
            timing = index
        elif index + 1 < count and _starts_timing(lines[index + 1]):
            timing = index + 1
            if not any_identifier and not _is_number(line):
                fail(
                    index,
                    f"'{_shorten(line)}' stands where a cue number should be; "
                    "it is not part of any cue.",
                    index,
                    timing,
                )
                first = timing
        elif looks_like_timing(line):
            timing = index
        else:
            end = _body_end(lines, index + 1, count)
            fail(
                index,
                f"this text has no timing line such as '{EXAMPLE}' before it, "
                "so it is not part of any cue.",
                index,
                end,
            )
            index = end
            continue
        end = _body_end(lines, timing + 1, count)
        try:
            start_ms, end_ms = parse_timing(lines[timing])
        except TimingError as error:
            fail(timing, str(error), first, end)
        else:
            cues.append(Cue(start_ms, end_ms, "\n".join(lines[timing + 1 : end])))
        index = end
    return cues, problems


def _body_end(lines: list[str], index: int, count: int) -> int:
    """Index just past the text that starts at `index`: it ends at a blank line, or where the
    next cue starts without one (a timing line, with its cue number if it has one)."""
    first = index
    while index < count:
        line = lines[index]
        if not line or line.isspace():
            return index
        if ("-->" in line or line[:1].isdigit()) and looks_like_timing(line):
            if index > first and _is_number(lines[index - 1]):
                return index - 1
            return index
        index += 1
    return count


def _blank_line_after(lines: list[str], index: int, count: int) -> int:
    while index < count and lines[index] and not lines[index].isspace():
        index += 1
    return index


def _starts_timing(line: str) -> bool:
    return "-->" in line or looks_like_timing(line)


def _is_number(line: str) -> bool:
    if line.isdigit():
        return line.isascii()
    stripped = line.strip()
    return stripped.isascii() and stripped.isdigit()


def _shorten(line: str) -> str:
    stripped = line.strip()
    return stripped if len(stripped) <= 60 else stripped[:57] + "..."
