"""WebVTT: a basic reader (header, NOTE/STYLE/REGION blocks, cue ids, cue settings ignored) and
an exporter that always produces a file browsers accept.

Export rules: times use '.', '&' and '<' are escaped except in the tags kept (<i>, <b>, <u> and
WebVTT's own), so a "-->" in the text can never look like a timing line; blank lines inside a
cue are dropped; <font> tags are removed; ASS alignment overrides ({\\an8}) become cue settings.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.srt_parse import ParseProblem, parse_lines, split_lines
from proofreader.subtitles.timecode import format_timestamp

_META_BLOCK = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t]|$)")
_HEADER = re.compile(r"WEBVTT(?:[ \t\r\n]|\Z)")
_ENTITY = re.compile(r"&(?:amp|lt|gt|nbsp|lrm|rlm|quot|apos|#\d+|#[xX][0-9a-fA-F]+);")
_KEPT_TAG = re.compile(
    r"</?(?:[ibu]|c|v|lang|ruby|rt)(?:[.\s][^<>]*)?>|<\d+(?::\d\d){1,2}\.\d{3}>", re.IGNORECASE
)
_DROPPED_TAG = re.compile(r"</?font(?:\s[^<>]*)?>", re.IGNORECASE)
_ASS_BLOCK = re.compile(r"\{\\[^{}]*\}")
_ASS_ALIGNMENT = re.compile(r"\\an([1-9])")
# Numpad layout of ASS \anN: 7 8 9 top, 4 5 6 middle, 1 2 3 bottom (the default).
# ASS \anN follows the numpad: rows 1-3 bottom (the default), 4-6 middle, 7-9 top; columns
# left, centre, right.
_ROW_SETTING = ("", " line:50%", " line:0")
_COLUMN_SETTING = (" align:start", "", " align:end")


def is_vtt(text: str) -> bool:
    """True when `text` (already decoded, BOM removed) starts with the WebVTT signature."""
    return _HEADER.match(text.lstrip("\ufeff")) is not None


def parse_vtt(text: str, *, lenient: bool = False) -> tuple[list[Cue], list[ParseProblem]]:
    """Cues of a WebVTT text; character references such as &amp; become the characters.

    A missing "WEBVTT" header is tolerated (the blocks are read the same way).
    """
    lines = split_lines(text)
    start = 0
    if lines and _HEADER.match(lines[0]):
        start = 1
        while start < len(lines) and lines[start].strip() and "-->" not in lines[start]:
            start += 1
    cues, problems = parse_lines(
        lines, lenient=lenient, start=start, any_identifier=True, skip=_is_meta_block
    )
    return [_unescaped(cue) for cue in cues], problems


def _is_meta_block(line: str) -> bool:
    return _META_BLOCK.match(line) is not None


def _unescaped(cue: Cue) -> Cue:
    if "&" not in cue.text:
        return cue
    return Cue(cue.start_ms, cue.end_ms, _ENTITY.sub(lambda m: html.unescape(m.group()), cue.text))


def format_vtt(cues: Iterable[Cue]) -> str:
    """The WebVTT text of `cues`: header, then one block per cue, LF line ends, final newline."""
    blocks = ["WEBVTT"]
    for cue in cues:
        text, settings = _vtt_text(cue.text)
        start = format_timestamp(cue.start_ms, ".")
        end = format_timestamp(cue.end_ms, ".")
        timing = f"{start} --> {end}{settings}"
        blocks.append(f"{timing}\n{text}" if text else timing)
    return "\n\n".join(blocks) + "\n"


def _vtt_text(text: str) -> tuple[str, str]:
    """Cue text made safe for WebVTT, and the cue settings taken from ASS alignment tags."""
    settings = ""
    if "{" in text:
        alignment = _ASS_ALIGNMENT.search(text)
        if alignment is not None:
            position = int(alignment.group(1))
            row, column = divmod(position - 1, 3)
            settings = _ROW_SETTING[row] + _COLUMN_SETTING[column]
        text = _ASS_BLOCK.sub("", text)
    if "<" in text:
        text = _DROPPED_TAG.sub("", text)
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line and not line.isspace():
            lines.append(_escaped(line))
    return "\n".join(lines), settings


def _escaped(line: str) -> str:
    if "&" not in line and "<" not in line and ">" not in line:
        return line
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
