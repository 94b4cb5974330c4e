"""Reading and writing subtitle files: the one place the rest of the app calls for disk I/O.

Reading decodes any supported encoding (see encoding.py), recognises WebVTT by its header, and
remembers the file's layout (newline, BOM, ending) so that an unedited file is written back
byte for byte: ``write_srt(path, cues, **subtitle_file.write_options())``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypedDict

from proofreader.subtitles.atomic import write_text_atomic
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.encoding import decode_subtitle_bytes, decode_with
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.srt_parse import ParseProblem, parse_srt
from proofreader.subtitles.srt_write import format_srt
from proofreader.subtitles.vtt import format_vtt, is_vtt, parse_vtt

__all__ = [
    "ParseProblem",
    "SrtWriteOptions",
    "SubtitleFile",
    "decode_subtitle_bytes",
    "format_srt",
    "format_vtt",
    "parse_srt",
    "parse_subtitle_bytes",
    "parse_vtt",
    "read_srt",
    "read_subtitle_file",
    "write_srt",
    "write_text_atomic",
    "write_vtt",
]

# Far above any real subtitle file (200,000 cues are about 12 MB); refuses videos picked by mistake.
MAX_FILE_BYTES = 256 * 1024 * 1024
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


class SrtWriteOptions(TypedDict):
    """The keyword arguments of format_srt/write_srt that reproduce a file's layout."""

    newline: str
    bom: bool
    final_newline: bool
    trailing_blank_line: bool


@dataclass
class SubtitleFile:
    """What a read found: the cues, how the file was laid out, and what could not be taken."""

    cues: list[Cue]
    encoding: str
    newline: str
    bom: bool
    final_newline: bool
    problems: list[ParseProblem] = field(default_factory=list)
    trailing_blank_line: bool = False
    format: Literal["srt", "vtt"] = "srt"

    def write_options(self) -> SrtWriteOptions:
        """Layout to pass to write_srt/format_srt so that unedited cues come back unchanged."""
        return SrtWriteOptions(
            newline=self.newline,
            bom=self.bom,
            final_newline=self.final_newline,
            trailing_blank_line=self.trailing_blank_line,
        )


def read_srt(
    path: str | os.PathLike[str], *, lenient: bool = False, encoding: str | None = None
) -> SubtitleFile:
    """Read an SRT file (a WebVTT file given as .srt is recognised by its header and read too).

    `encoding` overrides detection (for a "Reopen with encoding" choice). Raises
    SubtitleParseError (a sentence for the user, with the line when there is one) and OSError
    when the file cannot be opened.
    """
    return read_subtitle_file(path, lenient=lenient, encoding=encoding)


def read_subtitle_file(
    path: str | os.PathLike[str], *, lenient: bool = False, encoding: str | None = None
) -> SubtitleFile:
    """Read an .srt or .vtt file; the content decides (a "WEBVTT" header), not the extension."""
    file_path = Path(path)
    if file_path.stat().st_size > MAX_FILE_BYTES:
        raise SubtitleParseError(
            f"This file is {file_path.stat().st_size // 2**20} MB, far too large for a subtitle "
            "file; choose the .srt or .vtt file instead."
        )
    return parse_subtitle_bytes(file_path.read_bytes(), lenient=lenient, encoding=encoding)


def parse_subtitle_bytes(
    data: bytes, *, lenient: bool = False, encoding: str | None = None
) -> SubtitleFile:
    """read_subtitle_file without the disk: decode, recognise the format, parse."""
    if encoding is None:
        text, encoding = decode_subtitle_bytes(data)
    else:
        text = decode_with(data, encoding)
    bom = data.startswith(_BOMS)
    kind: Literal["srt", "vtt"] = "vtt" if is_vtt(text) else "srt"
    parse = parse_vtt if kind == "vtt" else parse_srt
    cues, problems = parse(text, lenient=lenient)
    tail = text[len(text.rstrip("\r\n")) :]
    ending = tail.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    if cues and cues[-1].text == "" and ending:
        ending -= 1  # the empty text line of an empty last cue is not part of the ending
    return SubtitleFile(
        cues=cues,
        encoding=encoding,
        newline=_newline_of(text),
        bom=bom,
        final_newline=ending >= 1,
        problems=problems,
        trailing_blank_line=ending >= 2,
        format=kind,
    )


def write_srt(
    path: str | os.PathLike[str],
    cues: Iterable[Cue],
    *,
    newline: str = "\n",
    bom: bool = False,
    final_newline: bool = True,
    trailing_blank_line: bool = False,
) -> None:
    """Write cues as a UTF-8 SRT file, atomically (see format_srt for the layout arguments)."""
    text = format_srt(
        cues,
        newline=newline,
        bom=bom,
        final_newline=final_newline,
        trailing_blank_line=trailing_blank_line,
    )
    write_text_atomic(path, text)


def write_vtt(path: str | os.PathLike[str], cues: Iterable[Cue]) -> None:
    """Write cues as a UTF-8 WebVTT file, atomically."""
    write_text_atomic(path, format_vtt(cues))


def _newline_of(text: str) -> str:
    """The newline of the first line break: "\\r\\n", "\\r" or "\\n" (also when there is none)."""
    carriage = text.find("\r")
    feed = text.find("\n")
    if carriage == -1 or (feed != -1 and feed < carriage):
        return "\n"
    return "\r\n" if text.startswith("\n", carriage + 1) else "\r"
