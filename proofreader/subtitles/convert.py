"""Converting between SRT and WebVTT, and saying what the other format cannot carry.

VTT -> SRT: WebVTT-only markup goes (inline timestamps, class, voice, language and ruby spans;
a voice may become "Name: "), colour classes become <font color>, cue line/align settings
become ASS alignment ({\\an8}). SRT -> VTT: {\\anN} becomes line/align settings and
<font color> a ::cue class defined in a STYLE block; the two directions undo each other.
Everything left out is counted, one Loss per kind, for a one-line report each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.layout import CueSource, Layout
from proofreader.subtitles.layout_write import sources_for
from proofreader.subtitles.vtt import format_vtt, timing_prefix

# ASS \anN follows the numpad: rows 1-3 bottom (the default), 4-6 middle, 7-9 top; columns
# left, centre, right.
_ROW_SETTING = ("", "line:50%", "line:0")
_COLUMN_SETTING = ("align:start", "", "align:end")
_ASS_BLOCK = re.compile(r"\{\\[^{}]*\}")
_ASS_ALIGNMENT = re.compile(r"\\an([1-9])")
_FONT = re.compile(r"<font(\s[^<>]*)?>|</font\s*>", re.IGNORECASE)
_FONT_COLOR = re.compile(r"""color\s*=\s*["']?([#\w]+)["']?""", re.IGNORECASE)
_FONT_OTHER = re.compile(r"\b(?:face|size)\s*=", re.IGNORECASE)
_COORDINATES = re.compile(r"\bX1:", re.IGNORECASE)
_INLINE_TIME = re.compile(r"<\d+(?::\d+){1,2}\.\d+>")
_SPAN = re.compile(r"<(/?)([A-Za-z]+)((?:\.[^\s.<>]+)*)(?:[ \t]([^<>]*))?>")
_STYLE_RULE = re.compile(r"::cue\(\s*\.[\w-]+\s*\)\s*\{\s*color\s*:\s*[^;}\s]+;?\s*\}")
_STYLE_COLOR = re.compile(r"::cue\(\s*\.([\w-]+)\s*\)\s*\{[^}]*?\bcolor\s*:\s*([^;}\s]+)")
# WebVTT's default colour classes (the spec's default style sheet).
_DEFAULT_COLORS = ("white", "lime", "cyan", "red", "yellow", "magenta", "blue", "black")


@dataclass(frozen=True, slots=True)
class Loss:
    """`count` things of one kind that the target format cannot hold; `noun` is "singular|plural"
    with what follows the noun after a space ("cue position|cue positions (position:)")."""

    count: int
    noun: str
    target: str

    def sentence(self) -> str:
        one, _, many = self.noun.partition("|")
        many, _, detail = many.partition(" (")
        if self.count == 1:
            head = f"1 {one} has"
            tail = "was"
        else:
            head = f"{self.count} {many} have"
            tail = "were"
        detail = f" ({detail}" if detail else ""
        return f"{head} no {self.target} equivalent and {tail} left out{detail}."


def vtt_to_srt(
    cues: Sequence[Cue], layout: Layout | None, *, voice_names: bool = False
) -> tuple[list[Cue], list[Loss]]:
    """SRT cues for WebVTT cues (read with `layout`), and what was left out."""
    counts: dict[str, int] = {}
    colors = _style_colors(layout)
    sources = sources_for(layout, cues) if layout is not None else [None] * len(cues)
    result = []
    for cue, source in zip(cues, sources, strict=True):
        text = _srt_text(cue.text, colors, counts, voice_names)
        if text and not text.strip(" \t\n"):  # spaces alone would end an SRT cue: keep them
            text = text.replace(" ", "\xa0")
        alignment = _alignment(source, counts)
        result.append(Cue(cue.start_ms, cue.end_ms, alignment + text))
    if layout is not None:
        styles = layout.blocks.count("STYLE")
        if styles and "{" not in _STYLE_RULE.sub("", layout.gap(0)):
            styles = 0  # only colour classes, carried as <font color>
        _add(counts, "STYLE block|STYLE blocks", styles)
        for kind in ("REGION", "NOTE"):
            _add(counts, f"{kind} block|{kind} blocks", layout.blocks.count(kind))
        header = layout.gap(0).replace("\r\n", "\n").replace("\r", "\n").split("\n\n")[0]
        lines = header.strip("\n").split("\n")
        extra = len(lines) - 1 + (lines[0].strip() != "WEBVTT")
        _add(counts, "header line|header lines (text after WEBVTT)", extra)
        named = sum(1 for s in layout.sources if s.identifier and not s.identifier.isdigit())
        _add(counts, "cue identifier|cue identifiers", named)
    return result, _losses(counts, "SRT")


def srt_to_vtt(cues: Sequence[Cue], layout: Layout | None) -> tuple[str, list[Loss]]:
    """WebVTT text for SRT cues (read with `layout`), and what was left out."""
    counts: dict[str, int] = {}
    classes: dict[str, str] = {}
    blocks = []
    for cue in cues:
        text, settings = _vtt_text(cue.text, classes, counts)
        blocks.append((Cue(cue.start_ms, cue.end_ms, text), settings))
    if layout is not None:
        placed = sum(1 for s in layout.sources if _COORDINATES.search(s.timing))
        _add(counts, "cue with SRT coordinates|cues with SRT coordinates (X1…Y2)", placed)
    header = "WEBVTT"
    if classes:
        rules = "\n".join(
            f"::cue(.{name}) {{ color: {color}; }}" for name, color in classes.items()
        )
        header += f"\n\nSTYLE\n{rules}"
    text = format_vtt([cue for cue, _ in blocks], header=header, settings=[s for _, s in blocks])
    return text, _losses(counts, "WebVTT")


def _srt_text(text: str, colors: dict[str, str], counts: dict[str, int], voices: bool) -> str:
    if "<" not in text:
        return text
    found = len(_INLINE_TIME.findall(text))
    _add(counts, "inline timestamp|inline timestamps (karaoke)", found)
    text = _INLINE_TIME.sub("", text)
    open_tags: list[str] = []

    def span(match: re.Match[str]) -> str:
        closing, name, classes, annotation = match.groups()
        name = name.lower()
        if closing:
            kind = open_tags.pop() if open_tags else ""
            if name in ("i", "b", "u"):
                return f"</{name}>"
            if name == "rt":
                return ")"
            return "</font>" if kind == "c:font" else ""
        if name in ("i", "b", "u"):
            open_tags.append(name)
            return f"<{name}>"
        if name == "c":
            color = next((colors[c] for c in classes.split(".") if c in colors), None)
            open_tags.append("c:font" if color else "c")
            if color:
                return f'<font color="{color}">'
            _add(counts, "class span|class spans (<c.…>)", 1)
            return ""
        if name == "v":
            open_tags.append("v")
            if voices and annotation:
                return f"{annotation.strip()}: "
            _add(counts, "voice span|voice spans (<v …>; --voice-names keeps the names)", 1)
            return ""
        if name == "rt":
            open_tags.append("rt")
            return "("
        open_tags.append(name)
        return ""

    return _SPAN.sub(span, text)


def _alignment(source: CueSource | None, counts: dict[str, int]) -> str:
    """ASS alignment for a cue's WebVTT settings (line: gives the row, align: the column);
    settings that move the cue away from where SRT players put it anyway are counted."""
    if source is None:
        return ""
    row, column, moved = 0, 1, False
    for setting in timing_prefix(source.timing)[1].split():
        name, _, value = setting.partition(":")
        if name == "line" and value:
            row = _row(value)
        elif name == "align" and value in ("start", "left"):
            column = 0
        elif name == "align" and value in ("end", "right"):
            column = 2
        elif name == "align" and value == "center":
            column = 1
        elif name in ("position", "size"):
            moved |= not _near_default(name, value)
        elif name in ("vertical", "region"):
            moved = True
    if moved:
        _add(counts, "cue position|cue positions (position:, size:, region:, vertical:)", 1)
    number = row * 3 + column + 1
    return "" if number == 2 else f"{{\\an{number}}}"


def _near_default(name: str, value: str) -> bool:
    """position: near the middle, size: nearly the whole width: what SRT players do anyway."""
    try:
        percent = float(value.split(",")[0].rstrip("%"))
    except ValueError:
        return True  # a value browsers ignore
    return 40 <= percent <= 60 if name == "position" else percent >= 75


def _row(value: str) -> int:
    """0 bottom, 1 middle, 2 top, from a WebVTT line: setting (a percentage or a line number)."""
    value = value.split(",")[0]
    try:
        if value.endswith("%"):
            percent = float(value[:-1])
            return 2 if percent < 34 else (1 if percent < 67 else 0)
        return 2 if int(value) >= 0 and int(value) < 4 else 0
    except ValueError:
        return 0


def _vtt_text(text: str, classes: dict[str, str], counts: dict[str, int]) -> tuple[str, str]:
    """Cue text for WebVTT, and the cue settings taken from ASS alignment tags."""
    settings = ""
    if "{" in text:
        alignment = _ASS_ALIGNMENT.search(text)
        if alignment is not None:
            row, column = divmod(int(alignment.group(1)) - 1, 3)
            settings = " ".join(s for s in (_ROW_SETTING[row], _COLUMN_SETTING[column]) if s)
        blocks = _ASS_BLOCK.findall(text)
        if any(_ASS_ALIGNMENT.sub("", block) != "{}" for block in blocks):
            _add(counts, "cue with ASS override tags|cues with ASS override tags ({\\…})", 1)
        text = _ASS_BLOCK.sub("", text)
    if "<" in text:
        opened: list[bool] = []

        def font(match: re.Match[str]) -> str:
            attributes = match.group(1)
            if attributes is None and match.group().startswith("</"):
                return "</c>" if opened and opened.pop() else ""
            color = _FONT_COLOR.search(attributes or "")
            if attributes and _FONT_OTHER.search(attributes):
                _add(counts, "font face or size|font faces and sizes", 1)
            opened.append(color is not None)
            if color is None:
                return ""
            name = _class_name(color.group(1))
            classes[name] = color.group(1)
            return f"<c.{name}>"

        text = _FONT.sub(font, text)
    return text, settings


def _class_name(color: str) -> str:
    lowered = color.lower()
    return f"color_{lowered[1:]}" if lowered.startswith("#") else lowered


def _style_colors(layout: Layout | None) -> dict[str, str]:
    """Colour classes: WebVTT's defaults, ours (color_rrggbb) and those a STYLE block defines."""
    colors = {name: name for name in _DEFAULT_COLORS}
    if layout is not None:
        for match in _STYLE_COLOR.finditer(layout.gap(0)):
            colors[match.group(1)] = match.group(2)
    return colors


def _add(counts: dict[str, int], noun: str, count: int) -> None:
    if count:
        counts[noun] = counts.get(noun, 0) + count


def _losses(counts: dict[str, int], target: str) -> list[Loss]:
    return [Loss(count, noun, target) for noun, count in counts.items()]
