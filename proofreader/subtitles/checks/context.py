"""Thresholds turned into the plain numbers the hot loops compare against, plus caches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.display import format_number
from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.thresholds import Thresholds

if TYPE_CHECKING:
    from proofreader.subtitles.checks.translation import OriginalInfo

_INF = float("inf")


class CheckContext:
    """Everything a check needs besides the cue; built once per thresholds/glossary setting.

    Millisecond limits are rounded to whole milliseconds, because SRT times are: 2 frames at
    24 fps (83.33 ms) written out is 83 ms, which must not be flagged.
    """

    __slots__ = (
        "dead_air_min_ms",
        "dead_air_ratio",
        "disabled",
        "fps_text",
        "glossary",
        "halves",
        "max_chars",
        "max_chars_text",
        "max_cps",
        "max_cps_text",
        "max_duration",
        "max_lines",
        "min_duration",
        "min_gap",
        "original_cache",
        "ratio_high",
        "ratio_low",
        "ratio_min_chars",
        "rushed_ratio",
        "speech_rate",
        "suffix",
        "thresholds",
    )

    def __init__(self, thresholds: Thresholds, glossary: Glossary | None = None) -> None:
        t = thresholds
        self.thresholds = t
        self.glossary = glossary if glossary is not None and len(glossary) else None
        self.suffix = t.for_language
        self.min_duration = round(t.min_duration_ms)
        self.max_duration = round(t.max_duration_ms)
        self.min_gap = round(t.min_gap_ms)
        self.fps_text = format_number(t.fps)
        self.max_lines = t.max_lines
        self.max_chars = _INF if t.max_chars_per_line is None else t.max_chars_per_line
        self.max_chars_text = format_number(self.max_chars) if self.max_chars != _INF else ""
        self.max_cps = _INF if t.max_cps is None else t.max_cps
        self.max_cps_text = format_number(self.max_cps) if self.max_cps != _INF else ""
        self.halves = t.half_width_halves
        low, high = t.length_ratio_band
        self.ratio_low = low / t.length_ratio_factor
        self.ratio_high = high * t.length_ratio_factor
        self.ratio_min_chars = t.length_ratio_min_chars
        self.speech_rate = t.speech_rate_cps
        self.rushed_ratio = t.rushed_ratio
        self.dead_air_ratio = t.dead_air_ratio
        self.dead_air_min_ms = t.dead_air_min_ms
        self.disabled = t.disabled
        # id(original cue) -> (the cue, kept alive so the id stays its own; what we know of it)
        self.original_cache: dict[int, tuple[Cue, OriginalInfo]] = {}
