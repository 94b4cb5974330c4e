"""The files commands' side of reading inputs: what is printed on stderr and the hint to add
--lenient. The sentences themselves come from workspace/inputs.py, shared with the window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.srt_io import SubtitleFile
from proofreader.workspace.inputs import LoadError, Role, read_glossary, read_subtitles


class Unreadable(Exception):
    """An input cannot be used; the message is the sentence printed on stderr."""


def read_file(path: str, role: Role, *, lenient: bool = False, verb: str = "read") -> SubtitleFile:
    """The file as read, or Unreadable with the shared sentence (plus "Add --lenient to
    {verb} the rest." when that would help). Blocks a lenient read skips, and guesses any
    read makes, are printed on stderr, one line each with its line number, so that nothing
    is left out silently."""
    source = Path(path)
    try:
        read = read_subtitles(source, role, lenient=lenient)
    except LoadError as exc:
        hint = f" Add --lenient to {verb} the rest." if exc.lenient_helps else ""
        raise Unreadable(f"{exc}{hint}") from exc
    for problem in read.problems:
        print(f"{source}, line {problem.line}: skipped: {problem.message}", file=sys.stderr)
    for warning in read.warnings:
        print(f"{source}, line {warning.line}: warning: {warning.message}", file=sys.stderr)
    return read


def read_cues(path: str, role: Role, *, lenient: bool = False) -> list[Cue]:
    """The cues of a subtitle file (see read_file)."""
    return read_file(path, role, lenient=lenient).cues


def read_glossary_file(path: str) -> Glossary:
    try:
        return read_glossary(Path(path))
    except LoadError as exc:
        raise Unreadable(str(exc)) from exc


def add_lenient_option(parser: argparse.ArgumentParser) -> None:
    """`--lenient`, the same for every command that reads subtitle files."""
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="read what can be read: skip blocks that cannot be (each is listed on stderr "
        "with its line number) instead of stopping at the first",
    )


def fail(code: int, sentence: str) -> int:
    """Print the sentence on stderr and give back the exit code."""
    print(sentence, file=sys.stderr)
    return code
