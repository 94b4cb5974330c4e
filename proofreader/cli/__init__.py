"""The `proofreader` command line: a thin layer over workflow/ and subtitles/.

`api/` holds the HeyGen commands, `files/` the commands on local subtitle files; exit statuses
(HeyGen's CLI's) are in exit_codes.py. A files command imports only its own area, so `check`
starts without the HTTP client, the keychain or the sandbox.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from proofreader import __version__
from proofreader.cli.exit_codes import EXIT_USAGE

#: The commands on local files: for these only the files area is imported (fast start).
FILE_COMMANDS = frozenset({"check", "convert", "report"})


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command tree; each area adds its own sub-commands. With a files `command`, only
    the files area is loaded (its help and errors are the same as in the whole tree)."""
    from proofreader.cli.files import check, report

    parser = _root_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command not in FILE_COMMANDS:
        from proofreader.cli.api import commands as api_commands

        api_commands.add_commands(commands)
    check.add_commands(commands)
    report.add_commands(commands)
    _add_edit_command(commands)
    return parser


def build_window_parser() -> argparse.ArgumentParser:
    """The options of the window alone (global options and `edit`), without importing the
    command modules: the window starts faster."""
    parser = _root_parser()
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="with --demo: run the whole workflow in the window on a fresh sandbox, then exit",
    )
    parser.add_argument(
        "--new-instance",
        action="store_true",
        help="open another window even if Proofreader is already running (by default the "
        "file is opened in the running window)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_edit_command(commands)
    return parser


def _root_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="proofreader",
        description="Proofread HeyGen's translated subtitles before the lip-synced render. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"proofreader {__version__}")
    parser.add_argument(
        "--api-base",
        metavar="URL",
        help="API base URL (default: HEYGEN_API_BASE, else the service)",
    )
    parser.add_argument(
        "--poll-interval", type=float, metavar="SECONDS", help="seconds between status checks"
    )
    parser.add_argument("--debug", action="store_true", help="log details and show tracebacks")
    parser.add_argument("--demo", action="store_true", help="use the built-in offline sandbox")
    return parser


def _add_edit_command(commands: argparse._SubParsersAction[Any]) -> None:
    """`edit` opens the window on local files; app.py runs it (this layer stays Qt-free)."""
    edit = commands.add_parser(
        "edit",
        help="open the editor window on a local subtitle file",
        description="Open the proofreading window on a translated .srt or .vtt file, beside its "
        "original and the video. Exit status 2 when a file cannot be read.",
    )
    edit.add_argument("file", metavar="TRANSLATION", help="the translated subtitle file")
    edit.add_argument("--original", metavar="FILE", help="the original-language subtitle file")
    edit.add_argument("--video", metavar="FILE", help="the source video (or audio) to preview")
    edit.add_argument(
        "--lang", metavar="NAME", help='target language for the checks ("Spanish" or "es")'
    )
    edit.add_argument("--glossary", metavar="FILE", help="CSV/TSV glossary: term,rendering")
    edit.add_argument(
        "--lenient",
        action="store_true",
        help="open what can be read: skip blocks that cannot be (each is listed)",
    )
    edit.set_defaults(handler=_edit_without_window, opens_window=True)


def _edit_without_window(args: argparse.Namespace) -> int:
    print("The edit command opens a window; run it as `proofreader edit FILE`.", file=sys.stderr)
    return EXIT_USAGE


def command_of(argv: Sequence[str]) -> str | None:
    """The command word in the arguments (after the global options), without importing any
    command module; None for none, or for --help and --version."""
    valued = [
        option
        for action in _root_parser()._actions
        if action.nargs != 0
        for option in action.option_strings
    ]
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in ("-h", "--help", "--version"):
            return None
        if arg == "--":
            return args[i + 1] if i + 1 < len(args) else None
        if arg.startswith("-"):
            takes_value = "=" not in arg and any(o.startswith(arg) for o in valued)
            i += 2 if takes_value else 1
            continue
        return arg
    return None


def wants_window(argv: Sequence[str]) -> bool:
    """True when the arguments name no command, or a command that opens the window (`edit`).

    Reads only the global options (no command module is imported), so the window starts fast;
    --help and --version go to the command line.
    """
    if any(arg in ("-h", "--help", "--version") for arg in _before_command(argv)):
        return False
    return command_of(argv) in (None, "edit")


def _before_command(argv: Sequence[str]) -> list[str]:
    command = command_of(argv)
    args = list(argv)
    return args if command is None else args[: args.index(command)]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    from proofreader.library.logs import start_logging
    from proofreader.library.paths import AppPaths

    parser = build_parser(command_of(sys.argv[1:] if argv is None else argv))
    args, extra = parser.parse_known_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    # the log file of the window too (stderr still shows warnings, or everything with --debug)
    logs = start_logging(AppPaths.from_environment().log, debug=args.debug)
    try:
        handler = args.handler
        return int(handler(args))
    finally:
        logs.close()
