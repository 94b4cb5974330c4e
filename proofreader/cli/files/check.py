"""Sub-commands on local subtitle files: `check` (and `convert`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from proofreader.cli.exit_codes import EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE
from proofreader.cli.files.convert import add_convert_command
from proofreader.cli.files.inputs import (
    Unreadable,
    add_lenient_option,
    read_cues,
    read_glossary_file,
)
from proofreader.subtitles.checks import Finding
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.thresholds import thresholds_for
from proofreader.workspace.document_source import guess_language
from proofreader.workspace.loading import checked_once, unknown_language_note
from proofreader.workspace.report_notices import plural


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """Register this area's sub-commands on the top-level parser."""
    check = commands.add_parser(
        "check",
        help="run the quality checks on a subtitle file",
        description="Run the quality checks on a translated .srt or .vtt file. Exit status: 0 "
        "no error finding, 1 at least one error finding, 2 an input cannot be read.",
    )
    check.add_argument("file", metavar="FILE", help="the translated subtitle file")
    check.add_argument("--original", metavar="FILE", help="the original-language subtitle file")
    check.add_argument(
        "--lang",
        metavar="NAME",
        help='target language, as the API names it ("Spanish (Spain)") or a code ("es"); '
        "absent: the code in the file's name (talk.es.srt), as the editor does; unknown: "
        "generic limits",
    )
    check.add_argument("--glossary", metavar="FILE", help="CSV/TSV glossary: term,rendering")
    check.add_argument(
        "--fps", type=_positive_float, metavar="N", help="frame rate for the gap check (24)"
    )
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.add_argument(
        "--spelling",
        action="store_true",
        help="also check spelling, in the language of --lang or of the file name (video.es.srt)",
    )
    check.add_argument(
        "--words", metavar="FILE", help="with --spelling: words to accept, one per line"
    )
    add_lenient_option(check)
    check.set_defaults(handler=run_check)
    add_convert_command(commands)


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"'{text}' is not a frame rate; give a number such as 25.")
    return value


def run_check(args: argparse.Namespace) -> int:
    """`proofreader check`: print the findings; exit 1 when any is an error."""
    try:
        cues = read_cues(args.file, "translation", lenient=args.lenient)
        originals = (
            read_cues(args.original, "original", lenient=args.lenient) if args.original else None
        )
        glossary = read_glossary_file(args.glossary) if args.glossary else None
    except Unreadable as exc:
        print(exc, file=sys.stderr)
        return EXIT_UNREADABLE
    note = unknown_language_note(args.lang)
    if note is not None:
        print(f"Note: {note}", file=sys.stderr)
    thresholds = thresholds_for(args.lang or guess_language(Path(args.file)))
    if args.fps is not None:
        thresholds = thresholds.with_overrides({"fps": args.fps})
    document, checker = checked_once(cues, originals, None, thresholds, glossary)
    spelling: list[tuple[int, Finding]] = []
    if args.spelling:
        from proofreader.subtitles.spelling import NoDictionary, language_from_filename

        try:
            spelling = _spelling_findings(args, document, glossary)
        except Unreadable as exc:
            print(exc, file=sys.stderr)
            return EXIT_UNREADABLE
        except NoDictionary as exc:  # every other check still runs and decides the exit
            language = args.lang or language_from_filename(args.file)
            hint = f" {exc}" if "; put " in str(exc) else ""
            note = f"Note: no dictionary for {language}: spelling not checked.{hint}"
            print(note, file=sys.stderr)
    found = sorted([*checker.all_findings(), *spelling], key=lambda item: (item[0], item[1].check))
    if args.json:
        payload = {
            "cues": len(document),
            "findings": [
                {
                    "cue": row + 1,
                    "check": f.check,
                    "severity": str(f.severity),
                    "message": f.message,
                }
                for row, f in found
            ],
        }
        print(json.dumps(payload))
    else:
        for row, f in found:
            print(f"Cue {row + 1}: {f.severity} {f.check}: {f.message}")
        errors, warnings = checker.error_count, checker.warning_count + len(spelling)
        checked = f"Checked {plural(len(document), 'cue')}"
        if not found:
            print(f"{checked}: no problems found.")
        else:
            print(f"{checked}: {plural(errors, 'error')}, {plural(warnings, 'warning')}.")
    return EXIT_FINDINGS if checker.error_count else EXIT_OK


def _spelling_findings(
    args: argparse.Namespace, document: ProofreadDocument, glossary: Glossary | None
) -> list[tuple[int, Finding]]:
    """The `spelling` findings of the translation; Unreadable when it cannot be checked,
    NoDictionary when its language has no dictionary."""
    from proofreader.subtitles.spelling import (
        ProjectDictionary,
        language_from_filename,
        load_speller,
        spelling_findings,
    )

    language = args.lang or language_from_filename(args.file)
    if not language:
        raise Unreadable(
            "Cannot check spelling: the language is not known; give it with --lang "
            "(for example --lang es) or name the file like video.es.srt."
        )
    words = ProjectDictionary()
    if args.words:
        try:
            text = Path(args.words).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise Unreadable(f"Cannot read the word list {args.words}: {reason}.") from exc
        words = ProjectDictionary(line.strip() for line in text.splitlines())
    speller = load_speller(language, words, glossary)
    return list(spelling_findings((row.cue.text for row in document.rows), speller))
