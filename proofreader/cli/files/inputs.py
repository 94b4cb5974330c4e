"""Reading the local files the subtitle commands take, with one sentence for each failure.

Shared by `check` (check.py) and `report` (report.py): an input that cannot be used
raises Unreadable, whose message is what the command prints on stderr before exiting 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.glossary import Glossary, GlossaryError, load_glossary
from proofreader.subtitles.srt_io import read_subtitle_file


class Unreadable(Exception):
    """An input cannot be used; the message is the sentence printed on stderr."""


def read_cues(path: str, *, lenient: bool = False) -> list[Cue]:
    """The cues of a subtitle file, or Unreadable naming the file (and the line, if known).

    Blocks a lenient read skips, and guesses any read makes, are printed on stderr, one line
    each with its line number, so that nothing is left out silently."""
    source = Path(path)
    try:
        read = read_subtitle_file(source, lenient=lenient)
    except SubtitleParseError as exc:
        where = f"{source}, line {exc.line}" if exc.line is not None else str(source)
        reason = exc.reason[:1].lower() + exc.reason[1:]
        hint = " Add --lenient to read the rest." if exc.line is not None else ""
        raise Unreadable(f"Cannot read {where}: {reason}{hint}") from exc
    except FileNotFoundError as exc:
        raise Unreadable(f"Cannot read {source}: there is no such file.") from exc
    except IsADirectoryError as exc:
        raise Unreadable(f"Cannot read {source}: it is a folder, not a subtitle file.") from exc
    except OSError as exc:
        raise Unreadable(f"Cannot read {source}: {os_reason(exc)}.") from exc
    for problem in read.problems:
        print(f"{source}, line {problem.line}: skipped: {problem.message}", file=sys.stderr)
    for warning in read.warnings:
        print(f"{source}, line {warning.line}: warning: {warning.message}", file=sys.stderr)
    return read.cues


def add_lenient_option(parser: argparse.ArgumentParser) -> None:
    """`--lenient`, the same for every command that reads subtitle files."""
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="read what can be read: skip blocks that cannot be (each is listed on stderr "
        "with its line number) instead of stopping at the first",
    )


def read_glossary(path: str) -> Glossary:
    try:
        return load_glossary(path)
    except GlossaryError as exc:
        raise Unreadable(str(exc)) from exc
    except OSError as exc:
        raise Unreadable(f"Cannot read the glossary {path}: {os_reason(exc)}.") from exc


def fail(code: int, sentence: str) -> int:
    """Print the sentence on stderr and give back the exit code."""
    print(sentence, file=sys.stderr)
    return code


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def os_reason(error: OSError) -> str:
    """ "permission denied" from an OSError, for the middle of a sentence."""
    return (error.strerror or str(error)).rstrip(".").lower()
