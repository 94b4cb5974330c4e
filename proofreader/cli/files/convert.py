"""`proofreader convert INPUT OUTPUT`: any supported subtitle file to UTF-8 .srt or .vtt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from proofreader.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from proofreader.cli.files.inputs import Unreadable, add_lenient_option, fail, read_file
from proofreader.subtitles.srt_io import format_subtitles, write_text_atomic
from proofreader.workspace.inputs import os_reason

_FORMATS = (".srt", ".vtt")


def add_convert_command(commands: argparse._SubParsersAction[Any]) -> None:
    """Register `convert` on the top-level parser; its handler returns the exit code."""
    parser = commands.add_parser(
        "convert",
        help="convert a subtitle file to .srt or .vtt (always UTF-8)",
        description="Read an .srt or .vtt file in any supported encoding and write it as UTF-8 "
        "SRT or WebVTT, chosen by OUTPUT's extension. The same format comes back as it was "
        "(an unedited UTF-8 file byte for byte); the other format gets what it can carry, and "
        "one line per kind says what it cannot. Exit 0 when done, 1 when OUTPUT cannot be "
        "written, 2 when INPUT cannot be read or OUTPUT's extension is not .srt or .vtt.",
    )
    parser.add_argument("input", metavar="INPUT", help="the subtitle file to read")
    parser.add_argument("output", metavar="OUTPUT", help="the file to write: name.srt or name.vtt")
    add_lenient_option(parser)
    parser.add_argument(
        "--voice-names",
        action="store_true",
        help='WebVTT to SRT: write a voice span <v Ann> as "Ann: " instead of leaving it out',
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Convert args.input to args.output; errors are one sentence on stderr, never a traceback."""
    target = Path(args.output)
    kind = target.suffix.lower()
    if kind not in _FORMATS:
        return fail(
            EXIT_USAGE,
            f"Cannot write {target}: the output name must end in .srt or .vtt "
            f"(it ends in '{target.suffix or 'nothing'}').",
        )
    try:
        lenient = bool(getattr(args, "lenient", False))
        subtitles = read_file(args.input, "subtitle file", lenient=lenient, verb="convert")
    except Unreadable as exc:
        return fail(EXIT_USAGE, str(exc))
    text, losses = format_subtitles(
        subtitles.cues,
        "vtt" if kind == ".vtt" else "srt",
        voice_names=bool(getattr(args, "voice_names", False)),
        **subtitles.write_options(),
    )
    for loss in losses:
        print(loss.sentence(), file=sys.stderr)
    try:
        write_text_atomic(target, text)
    except OSError as error:
        return fail(EXIT_FAILED, f"Cannot write {target}: {os_reason(error)}.")
    return EXIT_OK
