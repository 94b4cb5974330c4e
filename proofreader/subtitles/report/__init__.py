"""The review report: a session's review as HTML or CSV (changes, findings, states, notes)."""

from __future__ import annotations

from proofreader.subtitles.report.csv_report import COLUMNS, neutralise, render_csv
from proofreader.subtitles.report.html_report import render_html
from proofreader.subtitles.report.model import (
    CheckCount,
    ReportRow,
    ReportSummary,
    ReviewReport,
    build_report,
    summarize,
)
from proofreader.subtitles.report.word_diff import DiffRun, diff_markup, tokens, word_diff
from proofreader.subtitles.report.writing import ReportFormat, report_format_for, write_report

__all__ = [
    "COLUMNS",
    "CheckCount",
    "DiffRun",
    "ReportFormat",
    "ReportRow",
    "ReportSummary",
    "ReviewReport",
    "build_report",
    "diff_markup",
    "neutralise",
    "render_csv",
    "render_html",
    "report_format_for",
    "summarize",
    "tokens",
    "word_diff",
    "write_report",
]
