"""Reading and writing subtitle files: the one place the rest of the app calls for disk I/O.

Reading decodes any supported encoding (see encoding.py), recognises WebVTT by its header, and
remembers the file's layout (newline, BOM, ending, and everything around and inside the cues:
see layout.py) so that an unedited file is written back byte for byte and an edited one changes
only where it was edited: ``write_subtitles(path, cues, **subtitle_file.write_options())``
writes the format `path` names, converting (convert.py) when it is not the format read.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NotRequired, TypedDict

from proofreader.subtitles.atomic import write_text_atomic
from proofreader.subtitles.convert import Loss, srt_to_vtt, vtt_to_srt
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.encoding import decode_subtitle_bytes, decode_with
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.layout import Layout, build_layout
from proofreader.subtitles.layout_write import render
from proofreader.subtitles.srt_parse import ParseProblem, parse_srt, parse_srt_lines, split_lines
from proofreader.subtitles.srt_write import format_srt
from proofreader.subtitles.vtt import is_vtt, parse_vtt
from proofreader.subtitles.vtt_parse import parse_vtt_lines

__all__ = [
    "Layout",
    "Loss",
    "ParseProblem",
    "SrtWriteOptions",
    "SubtitleFile",
    "decode_subtitle_bytes",
    "format_srt",
    "format_subtitles",
    "format_vtt",
    "parse_srt",
    "parse_subtitle_bytes",
    "parse_vtt",
    "read_srt",
    "read_subtitle_file",
    "write_srt",
    "write_subtitles",
    "write_text_atomic",
    "write_vtt",
]

# Far above any real subtitle file (200,000 cues are about 12 MB); refuses videos picked by mistake.
MAX_FILE_BYTES = 256 * 1024 * 1024
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


class SrtWriteOptions(TypedDict):
    """The keyword arguments of write_subtitles/write_srt that reproduce a file's layout.

    `layout` (absent in a draft restored from disk) is the file as read, cue by cue."""

    newline: str
    bom: bool
    final_newline: bool
    trailing_blank_line: bool
    layout: NotRequired[Layout]


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
    warnings: list[ParseProblem] = field(default_factory=list)
    layout: Layout | None = None

    def write_options(self) -> SrtWriteOptions:
        """Layout to pass to write_subtitles so that unedited cues come back unchanged."""
        options = SrtWriteOptions(
            newline=self.newline,
            bom=self.bom,
            final_newline=self.final_newline,
            trailing_blank_line=self.trailing_blank_line,
        )
        if self.layout is not None:
            options["layout"] = self.layout
        return options


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
    parse = parse_vtt_lines if kind == "vtt" else parse_srt_lines
    parsed = parse(split_lines(text), lenient=lenient)
    cues = parsed.cues
    newline = _newline_of(text)
    tail = text[len(text.rstrip("\r\n")) :]
    ending = tail.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    if cues and cues[-1].text == "" and ending:
        ending -= 1  # the empty text line of an empty last cue is not part of the ending
    return SubtitleFile(
        cues=cues,
        encoding=encoding,
        newline=newline,
        bom=bom,
        final_newline=ending >= 1,
        problems=parsed.problems,
        trailing_blank_line=ending >= 2,
        format=kind,
        warnings=parsed.warnings,
        layout=build_layout(text, parsed, kind, newline),
    )


def write_subtitles(
    path: str | os.PathLike[str],
    cues: Sequence[Cue],
    *,
    newline: str = "\n",
    bom: bool = False,
    final_newline: bool = True,
    trailing_blank_line: bool = False,
    layout: Layout | None = None,
) -> list[Loss]:
    """Write cues as UTF-8 WebVTT when `path` ends in .vtt, SRT when in .srt (any other name:
    the format read), atomically; returns what the format written could not carry (nothing
    when it is the format read)."""
    suffix = Path(path).suffix.lower()
    kind: Literal["srt", "vtt"] = "srt" if layout is None else layout.format
    if suffix in (".srt", ".vtt"):
        kind = "vtt" if suffix == ".vtt" else "srt"
    text, losses = format_subtitles(
        cues,
        kind,
        newline=newline,
        bom=bom,
        final_newline=final_newline,
        trailing_blank_line=trailing_blank_line,
        layout=layout,
    )
    write_text_atomic(path, text)
    return losses


def format_subtitles(
    cues: Sequence[Cue],
    kind: Literal["srt", "vtt"],
    *,
    newline: str = "\n",
    bom: bool = False,
    final_newline: bool = True,
    trailing_blank_line: bool = False,
    layout: Layout | None = None,
    voice_names: bool = False,
) -> tuple[str, list[Loss]]:
    """The text of `cues` in `kind`: over `layout` when it is that format, else converted."""
    losses: list[Loss] = []
    if layout is not None and layout.format == kind:
        text = render(layout, cues)
    elif kind == "vtt":
        text, losses = srt_to_vtt(cues, layout)
    else:
        if layout is not None:
            cues, losses = vtt_to_srt(cues, layout, voice_names=voice_names)
        text = format_srt(
            cues, newline=newline, final_newline=final_newline,
            trailing_blank_line=trailing_blank_line,
        )  # fmt: skip
    if "\x00" in text:  # U+0000 (a UTF-16 file may have it) would make the file binary
        text = text.replace("\x00", "\ufffd")
    return ("\ufeff" + text if bom else text), losses


def write_srt(
    path: str | os.PathLike[str],
    cues: Sequence[Cue],
    *,
    newline: str = "\n",
    bom: bool = False,
    final_newline: bool = True,
    trailing_blank_line: bool = False,
    layout: Layout | None = None,
) -> None:
    """Write cues as a UTF-8 SRT file, atomically (converted when `layout` is WebVTT's)."""
    text, _ = format_subtitles(
        cues, "srt", newline=newline, bom=bom, final_newline=final_newline,
        trailing_blank_line=trailing_blank_line, layout=layout,
    )  # fmt: skip
    write_text_atomic(path, text)


def write_vtt(
    path: str | os.PathLike[str], cues: Sequence[Cue], *, layout: Layout | None = None
) -> None:
    """Write cues as a UTF-8 WebVTT file, atomically."""
    write_text_atomic(path, format_subtitles(cues, "vtt", layout=layout)[0])


def format_vtt(cues: Sequence[Cue]) -> str:
    """WebVTT text for cues read from SRT or made here ({\\an8} and <font color> mapped)."""
    return srt_to_vtt(cues, None)[0]


def _newline_of(text: str) -> str:
    """The newline of the first line break: "\\r\\n", "\\r" or "\\n" (also when there is none)."""
    carriage = text.find("\r")
    feed = text.find("\n")
    if carriage == -1 or (feed != -1 and feed < carriage):
        return "\n"
    return "\r\n" if text.startswith("\n", carriage + 1) else "\r"
