"""A tolerant, line-oriented SRT reader.

Written instead of pysrt: pysrt needs about 85 ms for 10,000 cues before any conversion, gives
no line numbers and silently skips what it cannot read. This reader takes what real files do
(missing or out-of-order numbers, '.' in times, positions after the times, no blank line between
cues, blank lines between them, a file cut after a cue number) and reports every block it cannot
take, with its raw text. Where it has to guess (a number line that may be text or the next cue's
number) it keeps the text and says so in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.timecode import EXAMPLE, TimingError, looks_like_timing, parse_timing

_LINE_START_BOM = re.compile("^\ufeff+", re.MULTILINE)
_RAW_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")
# Control characters a cue's text should not have (tab is fine); U+0000 is read as U+FFFD.
_CONTROL = re.compile(r"[\x01-\x08\x0b-\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class ParseProblem:
    """A block a lenient read could not take, or a warning about one it took by guessing.

    `line` is 1-based; `text` is the block as written."""

    line: int
    message: str
    text: str


@dataclass
class ParsedLines:
    """What a reader found: cues, and for each the lines it came from (first, timing, end), so
    that the file's own text can be kept around them (see layout.py)."""

    cues: list[Cue] = field(default_factory=list)
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    warnings: list[ParseProblem] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)  # WebVTT NOTE, STYLE, REGION, in order


def split_lines(text: str) -> list[str]:
    """Lines of `text` for any of CRLF, CR and LF; BOMs left at line starts by joined files go;
    U+0000 reads as U+FFFD (as browsers do for WebVTT).

    str.splitlines is not used: it also breaks at characters such as U+2028 that belong to text.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = _LINE_START_BOM.sub("", text)
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    return text.split("\n")


def raw_lines(text: str) -> list[str]:
    """The lines of `text` with their own line ends, one for each line of split_lines(text)."""
    lines = _RAW_LINE.findall(text)
    consumed = sum(map(len, lines))
    lines.append(text[consumed:])
    return lines


def is_blank(line: str) -> bool:
    """Empty or spaces and tabs only (a no-break space is text: a cue may be just that)."""
    return not line or not line.strip(" \t")


def parse_srt(text: str, *, lenient: bool = False) -> tuple[list[Cue], list[ParseProblem]]:
    """Cues of an SRT text, in file order, with their numbers ignored.

    Strict: the first block that cannot be read raises SubtitleParseError naming its line.
    Lenient: every such block becomes a ParseProblem holding its raw text, and reading goes on.
    """
    parsed = parse_srt_lines(split_lines(text), lenient=lenient)
    return parsed.cues, parsed.problems


def parse_srt_lines(lines: list[str], *, lenient: bool) -> ParsedLines:
    """The block state machine: a block is [number] timing-line text-lines, ended by a blank
    line or by the next timing line (with its number, when that number is the expected one)."""
    result = ParsedLines()
    count = len(lines)

    def fail(at: int, message: str, first: int, end: int) -> None:
        if not lenient:
            raise SubtitleParseError(message, at + 1)
        result.problems.append(ParseProblem(at + 1, message, "\n".join(lines[first:end])))

    controls = _CONTROL.search("\n".join(lines)) is not None
    index = 0
    while index < count:
        line = lines[index]
        if not line or line.isspace():  # outside a cue, a line of no-break spaces is blank too
            index += 1
            continue
        first = index
        if "-->" in line:
            timing = index
        elif index + 1 < count and _starts_timing(lines[index + 1]):
            timing = index + 1
            if not _is_number(line):
                fail(
                    index,
                    f"'{shorten(line)}' stands where a cue number should be; "
                    "it is not part of any cue.",
                    index,
                    timing,
                )
                first = timing
        elif looks_like_timing(line):
            timing = index
        else:
            end = _block_end(lines, index + 1, count)
            if end == index + 1 and _is_number(line) and all(map(is_blank, lines[end:])):
                result.warnings.append(
                    ParseProblem(
                        index + 1,
                        f"the file ends with a lone cue number '{line.strip()}' (it looks cut "
                        "short); it is kept as it was.",
                        "\n".join(lines[index:end]),
                    )
                )
            else:
                fail(
                    index,
                    f"this text has no timing line such as '{EXAMPLE}' before it, "
                    "so it is not part of any cue.",
                    index,
                    end,
                )
            index = end
            continue
        number_line = lines[first] if first < timing else None
        end = _body_end(lines, timing + 1, count, number_line, result.warnings)
        try:
            start_ms, end_ms = parse_timing(lines[timing])
        except TimingError as error:
            fail(timing, str(error), first, end)
        else:
            result.cues.append(Cue(start_ms, end_ms, "\n".join(lines[timing + 1 : end])))
            result.spans.append((first, timing, end))
            if controls:
                _warn_controls(lines, timing + 1, end, result.warnings)
        index = end
    return result


def _body_end(
    lines: list[str], index: int, count: int, number_line: str | None, warnings: list[ParseProblem]
) -> int:
    """Index just past the text that starts at `index`: it ends at a blank line, or where the
    next cue starts without one (a timing line, with its cue number when the number is the one
    expected after this cue's; any other number line is kept as text, with a warning)."""
    first = index
    while index < count:
        line = lines[index]
        if not line or (line[0] in " \t" and not line.strip(" \t")):  # is_blank, inlined
            return index
        if ("-->" in line or line[:1].isdigit()) and looks_like_timing(line):
            if index > first and _is_number(lines[index - 1]):
                number = None if number_line is None else _number_of(number_line)
                if number is not None and _number_of(lines[index - 1]) == number + 1:
                    return index - 1
                warnings.append(
                    ParseProblem(
                        index,
                        f"'{lines[index - 1].strip()}' right before a timing line could be the "
                        "next cue's number or the last line of this cue's text; it is kept as "
                        "text.",
                        lines[index - 1],
                    )
                )
            return index
        index += 1
    return count


def _block_end(lines: list[str], index: int, count: int) -> int:
    """Index of the next blank line or timing line (the end of text that belongs to no cue)."""
    while index < count and not is_blank(lines[index]) and not _starts_timing(lines[index]):
        index += 1
    return index


def _warn_controls(lines: list[str], first: int, end: int, warnings: list[ParseProblem]) -> None:
    for index in range(first, end):
        found = _CONTROL.search(lines[index])
        if found is not None:
            warnings.append(
                ParseProblem(
                    index + 1,
                    f"the text has a control character (U+{ord(found.group()):04X}); it is kept, "
                    "but players may show it as a box or not at all.",
                    lines[index],
                )
            )


def _starts_timing(line: str) -> bool:
    return "-->" in line or looks_like_timing(line)


def _is_number(line: str) -> bool:
    if line.isdigit():
        return line.isascii()
    stripped = line.strip()
    return stripped.isascii() and stripped.isdigit()


def _number_of(line: str) -> int | None:
    stripped = line.strip()
    return (
        int(stripped) if stripped.isascii() and stripped.isdigit() and len(stripped) < 19 else None
    )


def shorten(line: str) -> str:
    """A line as a message quotes it: stripped, and cut at 60 characters."""
    stripped = line.strip()
    return stripped if len(stripped) <= 60 else stripped[:57] + "..."
