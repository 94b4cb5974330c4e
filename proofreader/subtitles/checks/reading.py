"""What the viewer reads: empty, max-lines, line-length, cps.

Characters are counted as text_metrics explains: tags and invisible characters removed, a line
break counts as nothing, Japanese half-width characters count 0.5. Leading and trailing
whitespace of the cue is not counted.
"""

from __future__ import annotations

from proofreader.subtitles.checks.context import CheckContext
from proofreader.subtitles.checks.findings import ERROR, WARNING, Finding
from proofreader.subtitles.display import format_number
from proofreader.subtitles.text_metrics import count_chars


def check_reading(visible: str, duration: int, ctx: CheckContext, out: list[Finding]) -> float:
    """Append the reading findings of a cue; return its character count (0 when empty).

    `visible` is the cue's text through strip_formatting, then stripped of outer whitespace.
    """
    if not visible:
        out.append(
            Finding("empty", ERROR, "The cue has no text; every cue needs something to read.")
        )
        return 0
    lines = visible.split("\n")
    halves = ctx.halves
    if len(lines) > ctx.max_lines:
        out.append(
            Finding(
                "max-lines",
                WARNING,
                f"{len(lines)} lines; the limit is {ctx.max_lines}{ctx.suffix}.",
            )
        )
    max_chars = ctx.max_chars
    if halves or max(map(len, lines)) > max_chars:
        unit = "full-width characters" if halves else "characters"
        for number, line in enumerate(lines, 1):
            length = count_chars(line, halves) if halves else len(line)
            if length > max_chars:
                out.append(
                    Finding(
                        "line-length",
                        WARNING,
                        f"Line {number} has {format_number(length)} {unit}; the limit is "
                        f"{ctx.max_chars_text}{ctx.suffix}.",
                    )
                )
    chars = count_chars(visible, True) if halves else len(visible) - len(lines) + 1
    if duration > 0 and chars * 1000 > ctx.max_cps * duration:
        cps = chars * 1000 / duration
        out.append(
            Finding(
                "cps",
                WARNING,
                f"Reading speed {cps:.1f} CPS is above the limit of {ctx.max_cps_text} CPS"
                f"{ctx.suffix}.",
            )
        )
    return chars
