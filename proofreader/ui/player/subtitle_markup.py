"""Subtitle text to the small, safe rich-text subset the preview draws.

Only <i>, <b> and <u> are honoured, as players and HeyGen's renderer do; every other tag
(<font>, <script>, <img>…) is shown literally so the editor notices it, and ASS override blocks
such as {\\an8} are dropped because they are placement hints, not text. Nothing here touches Qt.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_ASS_BLOCK = re.compile(r"\{\\[^}]*\}")
_STYLE_TAG = re.compile(r"<(/?)([ibu])>", re.IGNORECASE)
_ASS_NEWLINE = re.compile(r"\\[Nn]")
_TAG_ORDER = ("i", "b", "u")


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with the styles in force over it."""

    text: str
    italic: bool = False
    bold: bool = False
    underline: bool = False


def strip_ass_overrides(text: str) -> str:
    """Drop ASS override blocks and turn ASS hard breaks (\\N) into line breaks."""
    text = _ASS_BLOCK.sub("", text)
    return _ASS_NEWLINE.sub("\n", text).replace("\\h", "\u00a0")


def parse_markup(text: str) -> list[Run]:
    """Split subtitle text into styled runs; unbalanced tags are tolerated, never an error."""
    text = strip_ass_overrides(text.replace("\r\n", "\n").replace("\r", "\n"))
    depth = dict.fromkeys(_TAG_ORDER, 0)
    runs: list[Run] = []
    pos = 0

    def emit(chunk: str) -> None:
        if chunk:
            runs.append(Run(chunk, depth["i"] > 0, depth["b"] > 0, depth["u"] > 0))

    for match in _STYLE_TAG.finditer(text):
        emit(text[pos : match.start()])
        tag = match.group(2).lower()
        if match.group(1):
            depth[tag] = max(0, depth[tag] - 1)
        else:
            depth[tag] += 1
        pos = match.end()
    emit(text[pos:])
    return _merge(runs)


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last and (last.italic, last.bold, last.underline) == (
            run.italic,
            run.bold,
            run.underline,
        ):
            merged[-1] = Run(last.text + run.text, run.italic, run.bold, run.underline)
        else:
            merged.append(run)
    return merged


def plain_text(text: str) -> str:
    """What a viewer reads: the text without the honoured tags and ASS blocks."""
    return "".join(run.text for run in parse_markup(text))


def to_html(text: str) -> str:
    """Well-formed HTML for the runs: honoured tags as <i>/<b>/<u>, everything else escaped."""
    parts: list[str] = []
    for run in parse_markup(text):
        body = html.escape(run.text, quote=False).replace("\n", "<br>")
        opened = [tag for tag, on in zip(_TAG_ORDER, _flags(run), strict=True) if on]
        parts.append(
            "".join(f"<{t}>" for t in opened) + body + "".join(f"</{t}>" for t in reversed(opened))
        )
    return "".join(parts)


def _flags(run: Run) -> tuple[bool, bool, bool]:
    return (run.italic, run.bold, run.underline)
