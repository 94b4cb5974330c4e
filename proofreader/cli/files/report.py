"""`proofreader report`: a review report (HTML or CSV) of a translation against the machine's.

Exit status: 0 written, 1 the report cannot be written, 2 an input cannot be read or the
report's name says no format.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from proofreader.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from proofreader.cli.files.inputs import (
    Unreadable,
    add_lenient_option,
    fail,
    read_cues,
    read_glossary_file,
)
from proofreader.subtitles.report import build_report, report_format_for, write_report
from proofreader.subtitles.thresholds import thresholds_for
from proofreader.workspace.document_source import guess_language
from proofreader.workspace.inputs import os_reason
from proofreader.workspace.loading import checked_once, unknown_language_note
from proofreader.workspace.report_notices import NO_ORIGINAL_GIVEN, pairing_notices, plural


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """Register `report` on the top-level parser; its handler returns the exit code."""
    parser = commands.add_parser(
        "report",
        help="write a review report (HTML or CSV): machine text against the final text",
        description="Compare a reviewed translation with the machine translation it started "
        "from and write a report: per cue the word-level changes, the quality findings and the "
        "original; summary counts at the top. The format follows --out's extension (.html, "
        ".htm or .csv) unless --format says. Exit status: 0 written, 1 the report cannot be "
        "written, 2 an input cannot be read.",
    )
    parser.add_argument("file", metavar="TRANSLATION", help="the reviewed translation (.srt/.vtt)")
    parser.add_argument(
        "--machine", metavar="FILE", required=True, help="the machine translation as delivered"
    )
    parser.add_argument("--original", metavar="FILE", help="the original-language subtitle file")
    parser.add_argument(
        "--out", metavar="FILE", required=True, help="the report to write: name.html or name.csv"
    )
    parser.add_argument(
        "--format", choices=("html", "csv"), help="the report's format, whatever --out's name"
    )
    parser.add_argument(
        "--lang",
        metavar="NAME",
        help='target language for the checks ("Spanish" or "es"; absent: the code in '
        "the file's name, talk.es.srt)",
    )
    parser.add_argument("--glossary", metavar="FILE", help="CSV/TSV glossary: term,rendering")
    parser.add_argument(
        "--title", metavar="TEXT", help="the report's title (default: the translation's name)"
    )
    add_lenient_option(parser)
    parser.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    """Read the files, pair the cues, check them and write the report."""
    out = Path(args.out)
    kind = args.format or report_format_for(out)
    if kind is None:
        return fail(
            EXIT_USAGE,
            f"Cannot write {out}: the report's name must end in .html, .htm or .csv "
            f"(it ends in '{out.suffix or 'nothing'}'), or add --format html or --format csv.",
        )
    try:
        lenient = args.lenient
        cues = read_cues(args.file, "translation", lenient=lenient)
        machine = read_cues(args.machine, "machine translation", lenient=lenient)
        originals = read_cues(args.original, "original", lenient=lenient) if args.original else None
        glossary = read_glossary_file(args.glossary) if args.glossary else None
    except Unreadable as exc:
        return fail(EXIT_USAGE, str(exc))
    notices = pairing_notices(cues, machine, originals, no_original=NO_ORIGINAL_GIVEN)
    note = unknown_language_note(args.lang)
    for line in ([note] if note is not None else []) + notices:
        print(f"Note: {line}", file=sys.stderr)
    document, checker = checked_once(
        cues,
        originals,
        machine,
        thresholds_for(args.lang or guess_language(Path(args.file))),
        glossary,
    )
    report = build_report(
        document, checker, title=args.title or Path(args.file).name, notices=notices
    )
    try:
        write_report(out, report, kind)
    except OSError as exc:
        return fail(EXIT_FAILED, f"Cannot write {out}: {os_reason(exc)}.")
    s = report.summary
    print(
        f"Wrote the review report to {out}: {plural(s.cues, 'cue')}, {s.edited} edited, "
        f"{plural(s.errors, 'error')}, {plural(s.warnings, 'warning')}."
    )
    return EXIT_OK
