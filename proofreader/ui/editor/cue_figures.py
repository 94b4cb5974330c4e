"""A cue's reading speed and speech fit against its limits, as the table and the pane show them.

The numbers come from the core's measure_cue, so they agree with the checks to the character;
the limits are the checker's current Thresholds.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from proofreader.subtitles.display import format_number
from proofreader.subtitles.text_metrics import CueMeasures, measure_cue
from proofreader.subtitles.thresholds import Thresholds
from proofreader.ui.editor.formatting import format_cps, format_fit
from proofreader.ui.i18n import translate


class Fit(enum.Enum):
    OK = "ok"
    RUSHED = "rushed"
    DEAD_AIR = "dead air"


@dataclass(frozen=True, slots=True)
class CueFigures:
    """Measures of one cue plus the verdicts against the limits."""

    measures: CueMeasures
    duration_ms: int
    cps_over: bool
    fit: Fit
    line_over: tuple[bool, ...]

    @property
    def cps_text(self) -> str:
        return format_cps(self.measures.cps) if self.measures.chars else "–"

    @property
    def fit_text(self) -> str:
        return format_fit(self.measures.fit) if self.measures.chars else "–"


def measure(text: str, duration_ms: int, thresholds: Thresholds) -> CueFigures:
    t = thresholds
    m = measure_cue(
        text,
        duration_ms,
        speech_rate_cps=t.speech_rate_cps,
        half_width_halves=t.half_width_halves,
    )
    cps_over = t.max_cps is not None and m.chars > 0 and m.cps > t.max_cps
    fit = Fit.OK
    if m.chars > 0 and duration_ms > 0:
        if m.speech_ms > duration_ms * t.rushed_ratio:
            fit = Fit.RUSHED
        elif (
            m.speech_ms < duration_ms * t.dead_air_ratio
            and duration_ms - m.speech_ms >= t.dead_air_min_ms
        ):
            fit = Fit.DEAD_AIR
    limit = t.max_chars_per_line
    line_over = tuple(limit is not None and n > limit for n in m.line_lengths)
    return CueFigures(m, duration_ms, cps_over, fit, line_over)


def _for_language(sentence: str, language_sentence: str, language: str) -> str:
    """Pick the sentence naming the limits' language when there is one (its name is English)."""
    return language_sentence if language else sentence


def cps_sentence(figures: CueFigures, thresholds: Thresholds) -> str:
    m = figures.measures
    if not m.chars:
        return translate("CueFigures", "No text to read.")
    limit = thresholds.max_cps
    language = thresholds.language
    if limit is None:
        limit_text = translate("CueFigures", "no limit is set")
    else:
        limit_text = _for_language(
            translate("CueFigures", "the limit is {limit}"),
            translate("CueFigures", "the limit is {limit} for {language}"),
            language,
        ).format(limit=format_number(limit), language=language)
    return translate(
        "CueFigures",
        "Reading speed {cps} characters per second ({chars} characters in {seconds} s); "
        "{limit_text}.",
    ).format(
        cps=figures.cps_text,
        chars=format_number(m.chars),
        seconds=f"{figures.duration_ms / 1000:.3f}",
        limit_text=limit_text,
    )


def fit_sentence(figures: CueFigures, thresholds: Thresholds) -> str:
    m = figures.measures
    if not m.chars:
        return translate("CueFigures", "No text to speak.")
    t = thresholds
    base = _for_language(
        translate(
            "CueFigures",
            "About {speech} s to speak at {rate} characters/s; the cue lasts {duration} s",
        ),
        translate(
            "CueFigures",
            "About {speech} s to speak at {rate} characters/s for {language}; "
            "the cue lasts {duration} s",
        ),
        t.language,
    ).format(
        speech=f"{m.speech_ms / 1000:.1f}",
        rate=format_number(t.speech_rate_cps),
        language=t.language,
        duration=f"{figures.duration_ms / 1000:.1f}",
    )
    if figures.fit is Fit.RUSHED:
        return translate(
            "CueFigures", "{base}: the dubbed line will be rushed (limit {ratio})."
        ).format(base=base, ratio=f"{t.rushed_ratio:.0%}")
    if figures.fit is Fit.DEAD_AIR:
        return translate("CueFigures", "{base}: it will leave dead air (below {ratio}).").format(
            base=base, ratio=f"{t.dead_air_ratio:.0%}"
        )
    return f"{base}."
