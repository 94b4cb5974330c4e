"""Writing a review report to disk: the format follows the file name, the write is atomic."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from proofreader.subtitles.atomic import write_text_atomic
from proofreader.subtitles.report.csv_report import CSV_ENCODING, render_csv
from proofreader.subtitles.report.html_report import render_html
from proofreader.subtitles.report.model import ReviewReport

ReportFormat = Literal["html", "csv"]
_SUFFIXES: dict[str, ReportFormat] = {".html": "html", ".htm": "html", ".csv": "csv"}


def report_format_for(path: str | os.PathLike[str]) -> ReportFormat | None:
    """ "html" for .html/.htm, "csv" for .csv (any case), None for anything else."""
    return _SUFFIXES.get(Path(path).suffix.lower())


def write_report(
    path: str | os.PathLike[str], report: ReviewReport, format: ReportFormat | None = None
) -> ReportFormat:
    """Write `report` as HTML or CSV (`format`, else from the suffix; HTML when neither says).

    Atomic: a failed write leaves any earlier file untouched. Raises OSError. Returns the
    format written.
    """
    chosen: ReportFormat = format or report_format_for(path) or "html"
    if chosen == "csv":
        write_text_atomic(path, render_csv(report), encoding=CSV_ENCODING)
    else:
        write_text_atomic(path, render_html(report))
    return chosen
