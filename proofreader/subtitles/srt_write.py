"""SRT text from cues: numbered 1..N, "HH:MM:SS,mmm --> HH:MM:SS,mmm", one blank line between.

Written so that an unedited, well-formed file read by srt_parse comes back byte for byte when
given the newline, BOM and ending the reader found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.timecode import format_timestamp

# Blank as SRT readers see it: spaces and tabs only (a no-break space is text: "&nbsp;" cues).
_BLANK_LINE = re.compile(r"^[ \t]*$", re.MULTILINE)


def format_srt(
    cues: Iterable[Cue],
    *,
    newline: str = "\n",
    bom: bool = False,
    final_newline: bool = True,
    trailing_blank_line: bool = False,
) -> str:
    """The SRT text of `cues`. Blank lines inside a cue's text are dropped (they would end the
    cue for every reader); `trailing_blank_line` adds the empty line some tools end files with."""
    stamps: dict[int, str] = {}
    blocks = []
    for number, cue in enumerate(cues, 1):
        start = stamps.get(cue.start_ms)
        if start is None:
            start = stamps[cue.start_ms] = format_timestamp(cue.start_ms)
        end = stamps.get(cue.end_ms)
        if end is None:
            end = stamps[cue.end_ms] = format_timestamp(cue.end_ms)
        text = cue.text
        if text and ("\r" in text or _BLANK_LINE.search(text) is not None):
            text = _without_blank_lines(text)
        blocks.append(f"{number}\n{start} --> {end}\n{text}")
    body = "\n\n".join(blocks)
    if body and final_newline:
        body += "\n\n" if trailing_blank_line else "\n"
    if newline != "\n":
        body = body.replace("\n", newline)
    return "\ufeff" + body if bom else body


def _without_blank_lines(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line for line in lines if line.strip(" \t"))
