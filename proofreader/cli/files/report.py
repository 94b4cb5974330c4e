"""`proofreader report`: a review report (HTML or CSV) of a translation against the machine's.

Exit status: 0 written, 1 the report cannot be written, 2 an input cannot be read or the
report's name says no format.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from proofreader.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from proofreader.cli.files.inputs import (
    Unreadable,
    add_lenient_option,
    fail,
    os_reason,
    plural,
    read_cues,
    read_glossary,
)
from proofreader.subtitles.checks import Checker
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.pairing import pair_cues
from proofreader.subtitles.report import build_report, report_format_for, write_report
from proofreader.subtitles.thresholds import GENERIC, lookup_language, thresholds_for


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
        "--lang", metavar="NAME", help='target language for the checks ("Spanish" or "es")'
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
        cues = read_cues(args.file, lenient=lenient)
        machine = read_cues(args.machine, lenient=lenient)
        originals = read_cues(args.original, lenient=lenient) if args.original else None
        glossary = read_glossary(args.glossary) if args.glossary else None
    except Unreadable as exc:
        return fail(EXIT_USAGE, str(exc))
    notices = pairing_notices(cues, machine, originals)
    if args.lang and lookup_language(args.lang) is None:
        print(
            f"Note: the language '{args.lang}' is not known; checking with the generic limits "
            f"({GENERIC.max_chars_per_line:g} characters per line, {GENERIC.max_cps:g} CPS).",
            file=sys.stderr,
        )
    for notice in notices:
        print(f"Note: {notice}", file=sys.stderr)
    document = ProofreadDocument(cues, originals, machine)
    checker = Checker(document, thresholds_for(args.lang), glossary, follow=False)
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


def pairing_notices(
    cues: Sequence[Cue], machine: Sequence[Cue], originals: Sequence[Cue] | None
) -> list[str]:
    """Sentences saying how cues were paired when the files' cue counts differ, and that
    there is no original when none was given (a HeyGen session may have none)."""
    notices = []
    if len(machine) != len(cues):
        partners = pair_cues(cues, machine)
        added = sum(1 for p in partners if p is None)
        removed = len(machine) - len({p for p in partners if p is not None})
        sentence = (
            f"the machine translation has {plural(len(machine), 'cue')} and the translation "
            f"{len(cues)}, so cues were paired by time overlap"
        )
        if added:
            verb = "overlaps" if added == 1 else "overlap"
            sentence += f"; {plural(added, 'translation cue')} {verb} no machine cue (reported "
            sentence += "as added)"
        if removed:
            verb = "pairs" if removed == 1 else "pair"
            sentence += f"; {plural(removed, 'machine cue')} {verb} with no translation cue "
            sentence += "(deleted or merged in review)"
        notices.append(sentence[0].upper() + sentence[1:] + ".")
    if originals is None:
        notices.append(
            "No original transcript was given (--original), so the report has no Original "
            "column and the checks that compare with it (length ratio) did not run."
        )
    elif len(originals) != len(cues):
        notices.append(
            f"The original has {plural(len(originals), 'cue')} and the translation "
            f"{len(cues)}, so originals were paired by time overlap."
        )
    return notices
