"""What a viewer reads: formatting tags removed, characters counted, reading speed.

Counting rules (used by the checks, the CPS column and the editor pane alike):
- Formatting is removed first: HTML-like tags (<i>, </i>, <font color="...">, WebVTT <c.x>,
  <v Name>, <00:00:01.000>), ASS/SSA override blocks ({\\an8}, {\\i1}) and invisible
  characters (zero-width spaces and joiners, direction marks, BOM).
- A line break counts as nothing (not as a space). Spaces and punctuation count.
- With `half_width_halves` (Japanese), a full-width character counts 1 and a half-width one 0.5,
  as subtitle-qc.md asks; otherwise every character counts 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAGS = re.compile(r"</?[A-Za-z][^<>\n]*>|<\d[\d:.]*>|\{\\[^{}]*\}")
_INVISIBLE = re.compile("[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_FORMATTING = re.compile(f"{_TAGS.pattern}|{_INVISIBLE.pattern}")
# Characters that take two columns: an approximation of Unicode East Asian Width W and F
# (CJK ideographs and punctuation, kana, Hangul, full-width forms, common emoji).
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U0001f300-\U0001f64f\U0001f900-\U0001f9ff\U00020000-\U0003fffd]"
)


def _is_latin1(text: str) -> bool:
    """True when every character is below U+0100 (a fast test: no regex scan needed)."""
    return text.isascii() or len(text.encode("latin-1", "ignore")) == len(text)


def strip_formatting(text: str) -> str:
    """The text without tags and invisible characters (line breaks kept)."""
    if _is_latin1(text):  # no invisible characters below U+0100
        if "<" not in text and "{" not in text:
            return text
        return _TAGS.sub("", text)
    return _FORMATTING.sub("", text)


def wide_count(text: str) -> int:
    """How many characters of `text` are full-width (two columns)."""
    if _is_latin1(text):
        return 0
    return len(text) - len(_WIDE.sub("", text))


def display_width(text: str) -> int:
    """Columns the text takes in a monospace grid: wide characters count 2."""
    return len(text) + wide_count(text)


def count_chars(visible: str, half_width_halves: bool = False) -> float:
    """Characters a viewer reads in already-stripped text; line breaks count as nothing."""
    n = len(visible) - visible.count("\n")
    if half_width_halves:
        return (n + wide_count(visible)) / 2
    return n


def line_lengths(text: str, half_width_halves: bool = False) -> list[float]:
    """Length of each line of the visible text, counted as `count_chars` does."""
    return [count_chars(line, half_width_halves) for line in strip_formatting(text).split("\n")]


def reading_chars(text: str, half_width_halves: bool = False) -> float:
    """Characters of the whole cue a viewer reads (see the module's counting rules)."""
    return count_chars(strip_formatting(text), half_width_halves)


def chars_per_second(text: str, duration_ms: int, half_width_halves: bool = False) -> float:
    """Reading speed; 0 for an empty cue, infinity for text in a cue with no duration."""
    chars = reading_chars(text, half_width_halves)
    if chars == 0:
        return 0.0
    if duration_ms <= 0:
        return float("inf")
    return chars * 1000 / duration_ms


def speaking_time_ms(
    text: str, chars_per_second_spoken: float, half_width_halves: bool = False
) -> float:
    """Estimated time to say `text` at a natural rate given in characters per second."""
    return reading_chars(text, half_width_halves) * 1000 / chars_per_second_spoken


@dataclass(frozen=True, slots=True)
class CueMeasures:
    """What the editor shows beside a cue: per-line lengths, reading speed and speech fit."""

    line_lengths: tuple[float, ...]
    chars: float
    cps: float  # 0 for an empty cue, inf when the cue has no duration
    speech_ms: float  # estimated time to say the text at the language's natural rate
    fit: float  # speech_ms / duration: above 1 rushed, well below 1 dead air; inf if no duration


def measure_cue(
    text: str, duration_ms: int, *, speech_rate_cps: float, half_width_halves: bool = False
) -> CueMeasures:
    """Measures counted exactly as the checks count them (pass the Thresholds' values)."""
    visible = strip_formatting(text).strip()
    lines = tuple(count_chars(line, half_width_halves) for line in visible.split("\n"))
    chars = count_chars(visible, half_width_halves)
    speech = chars * 1000 / speech_rate_cps
    if duration_ms > 0:
        return CueMeasures(lines, chars, chars * 1000 / duration_ms, speech, speech / duration_ms)
    infinite = float("inf") if chars else 0.0
    return CueMeasures(lines, chars, infinite, speech, infinite)
