"""Dubbing checks, because the translation is spoken in the cue's slot: speech-fit, length-ratio.

speech-fit estimates the time to say the translation as its character count (counted as for
CPS) divided by the language's natural speaking rate (Thresholds.speech_rate_cps; the figures
per language are in thresholds/languages.py) and compares it with the cue's duration.
length-ratio compares display widths (a CJK character counts 2) of translation and original.
"""

from __future__ import annotations

from proofreader.subtitles.checks.context import CheckContext
from proofreader.subtitles.checks.findings import WARNING, Finding
from proofreader.subtitles.display import format_number
from proofreader.subtitles.text_metrics import wide_count


def check_speech_fit(chars: float, duration: int, ctx: CheckContext, out: list[Finding]) -> None:
    """Append a finding when speaking `chars` characters clearly does not fit `duration`."""
    if chars <= 0 or duration <= 0:
        return
    speech = chars * 1000 / ctx.speech_rate
    if speech > duration * ctx.rushed_ratio:
        out.append(
            Finding(
                "speech-fit",
                WARNING,
                f"Will be rushed: about {speech / 1000:.1f} s to speak at "
                f"{format_number(ctx.speech_rate)} characters/s{ctx.suffix}, but the cue lasts "
                f"{duration / 1000:.1f} s (limit {ctx.rushed_ratio:.0%} of the cue).",
            )
        )
    elif speech < duration * ctx.dead_air_ratio and duration - speech >= ctx.dead_air_min_ms:
        out.append(
            Finding(
                "speech-fit",
                WARNING,
                f"Will leave dead air: about {speech / 1000:.1f} s to speak at "
                f"{format_number(ctx.speech_rate)} characters/s{ctx.suffix} fills "
                f"{speech / duration:.0%} of the {duration / 1000:.1f} s cue "
                f"(limit {ctx.dead_air_ratio:.0%}).",
            )
        )


def visible_width(visible: str) -> int:
    """Display width of stripped text, line breaks not counted."""
    if visible.isascii():
        return len(visible) - visible.count("\n")
    return len(visible) - visible.count("\n") + wide_count(visible)


def length_ratio_finding(ratio: float, prefix: str, ctx: CheckContext) -> Finding:
    """The finding for a translated/original length ratio outside the flagged band.

    Originals shorter than Thresholds.length_ratio_min_chars are not judged (the caller skips
    them): "OK" -> "De acuerdo" is fine.
    """
    low, high = ctx.thresholds.length_ratio_band
    return Finding(
        "length-ratio",
        WARNING,
        f"{prefix}The translation is {ratio:.2f}× the original's length; usual{ctx.suffix} is "
        f"{low:.2f}–{high:.2f}×, flagged outside {ctx.ratio_low:.2f}–{ctx.ratio_high:.2f}× "
        "(a possible omission or addition).",
    )
