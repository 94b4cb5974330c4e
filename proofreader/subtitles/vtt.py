"""WebVTT: recognising it, reading it (vtt_parse.py), and writing cues that came from elsewhere.

Writing rules for cues without a WebVTT layout (an SRT converted, cues built here): times use
'.', '&' and '<' are escaped except in the tags kept (<i>, <b>, <u> and WebVTT's own), so a
"-->" in the text can never look like a timing line; empty lines inside a cue are dropped;
ASS alignment overrides ({\\an8}) become cue settings and <font color> a ::cue class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.srt_parse import ParseProblem, is_blank, split_lines
from proofreader.subtitles.timecode import format_timestamp
from proofreader.subtitles.vtt_parse import parse_vtt_lines

_KEPT_TAG = re.compile(
    r"</?(?:[ibu]|c|v|lang|ruby|rt)(?:[.\s][^<>]*)?>|<\d+(?::\d\d){1,2}\.\d{3}>", re.IGNORECASE
)
_SIGNATURE = re.compile(r"WEBVTT(?:[ \t\r\n]|\Z)")
_TIMING_END = re.compile(r"[^>]*-->[ \t]*[\d:.,]+")


def is_vtt(text: str) -> bool:
    """True when `text` (already decoded, BOM removed) starts with the WebVTT signature."""
    return _SIGNATURE.match(text.lstrip("\ufeff")) is not None


def parse_vtt(text: str, *, lenient: bool = False) -> tuple[list[Cue], list[ParseProblem]]:
    """Cues of a WebVTT text; character references such as &amp; become the characters."""
    parsed = parse_vtt_lines(split_lines(text), lenient=lenient)
    return parsed.cues, parsed.problems


def format_vtt(cues: Iterable[Cue], *, header: str = "WEBVTT", settings: Sequence[str] = ()) -> str:
    """The WebVTT text of `cues`: header, then one block per cue, LF line ends, final newline.

    Cue text is taken as it is (convert.py turns SRT markup into WebVTT's first); `settings`
    are the cue settings of each cue, by position."""
    blocks = [header]
    for index, cue in enumerate(cues):
        start = format_timestamp(cue.start_ms, ".")
        end = format_timestamp(cue.end_ms, ".")
        timing = f"{start} --> {end}"
        if index < len(settings) and settings[index]:
            timing += " " + settings[index]
        text = "\n".join(escape_line(line) for line in cue.text.split("\n") if not is_blank(line))
        blocks.append(f"{timing}\n{text}" if text else timing)
    return "\n\n".join(blocks) + "\n"


def escape_line(line: str) -> str:
    """A line of cue text as WebVTT writes it: '&', '<' and '>' escaped outside the tags kept."""
    if "&" not in line and "<" not in line and ">" not in line:
        return line if line.strip() or not line else line.replace("\xa0", "&nbsp;")
    parts = []
    position = 0
    for tag in _KEPT_TAG.finditer(line):
        if "-->" in tag.group():
            continue
        parts.append(_escape_text(line[position : tag.start()]))
        parts.append(tag.group())
        position = tag.end()
    parts.append(_escape_text(line[position:]))
    return "".join(parts)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def timing_prefix(timing: str) -> tuple[str, str]:
    """A timing line split after its end time: (times, settings or coordinates)."""
    match = _TIMING_END.match(timing)
    if match is None:
        return timing, ""
    return timing[: match.end()], timing[match.end() :]
