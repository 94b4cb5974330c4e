"""The review report as CSV: one row per cue, for a spreadsheet.

Written as UTF-8 with a byte-order mark so that Excel shows accented text correctly. Subtitle
text is untrusted: a cell starting with = + - @ (or a tab or carriage return) would run as a
formula in a spreadsheet, so it gets a leading apostrophe (OWASP's advice against CSV
injection). Dialogue lines starting with "- " get it too; that is the price of safety.
"""

from __future__ import annotations

import csv
import io

from proofreader.subtitles.report.model import ReportRow, ReviewReport
from proofreader.subtitles.report.word_diff import diff_markup
from proofreader.subtitles.timecode import format_timestamp

COLUMNS = (
    "number",
    "start",
    "end",
    "machine_start",
    "machine_end",
    "original",
    "machine",
    "final",
    "diff",
    "changed",
    "review_state",
    "findings",
    "note",
)
#: Encode render_csv's text with this: UTF-8 with a byte-order mark.
CSV_ENCODING = "utf-8-sig"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def render_csv(report: ReviewReport) -> str:
    """The header row and one row per cue ("\\r\\n" between rows, as RFC 4180 says)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in report.rows:
        writer.writerow([row.number, *(neutralise(cell) for cell in _cells(row))])
    return out.getvalue()


def _cells(row: ReportRow) -> list[str]:
    times = row.machine_times
    machine_start, machine_end = ("", "") if times is None else (_stamp(times[0]), _stamp(times[1]))
    return [
        _stamp(row.start_ms),
        _stamp(row.end_ms),
        machine_start,
        machine_end,
        row.original or "",
        row.machine or "",
        row.final,
        diff_markup(list(row.diff)) if row.text_changed else "",
        row.change,
        row.review.value,
        "\n".join(f"{f.severity.value} {f.check}: {f.message}" for f in row.findings),
        row.note,
    ]


def _stamp(ms: int) -> str:
    return format_timestamp(ms)
