"""Timing checks: bad-timing, min-duration, max-duration, overlap, min-gap.

Overlap and gap are reported on the earlier cue of the pair, naming "the next cue".
"""

from __future__ import annotations

from proofreader.subtitles.checks.context import CheckContext
from proofreader.subtitles.checks.findings import ERROR, WARNING, Finding
from proofreader.subtitles.display import format_duration, format_number, format_time


def check_timing(
    start: int, end: int, next_start: int | None, ctx: CheckContext, out: list[Finding]
) -> None:
    """Append the timing findings of a cue; `next_start` is the following cue's start, if any."""
    duration = end - start
    if duration <= 0:
        out.append(
            Finding(
                "bad-timing",
                ERROR,
                f"The cue ends at {format_time(end)}, not after its start at {format_time(start)}.",
            )
        )
    elif duration < ctx.min_duration:
        out.append(
            Finding(
                "min-duration",
                WARNING,
                f"On screen for {format_duration(duration)}, below the minimum of "
                f"{format_duration(ctx.min_duration)}.",
            )
        )
    elif duration > ctx.max_duration:
        out.append(
            Finding(
                "max-duration",
                WARNING,
                f"On screen for {format_duration(duration)}, above the maximum of "
                f"{format_duration(ctx.max_duration)}.",
            )
        )
    if next_start is None:
        return
    gap = next_start - end
    if gap < 0:
        out.append(
            Finding(
                "overlap",
                ERROR,
                f"Overlaps the next cue by {format_duration(-gap)}; cues must not overlap.",
            )
        )
    elif gap < ctx.min_gap:
        frames = format_number(ctx.thresholds.min_gap_frames)
        out.append(
            Finding(
                "min-gap",
                WARNING,
                f"The gap to the next cue is {format_duration(gap)}, below the minimum of "
                f"{frames} frames ({format_duration(ctx.min_gap)} at {ctx.fps_text} fps).",
            )
        )
