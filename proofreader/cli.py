"""The `proofreader` command line: a thin layer over workflow/ and subtitles/.

Exit codes follow HeyGen's own CLI: 0 ok, 1 API error or failed job (or, for `check`, an error
finding), 2 usage or unreadable input, 3 authentication, 4 timeout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from proofreader import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_TIMEOUT = 4


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree; each area adds its own sub-commands."""
    from proofreader import cli_api, cli_report, cli_subtitles

    parser = _root_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli_api.add_commands(commands)
    cli_subtitles.add_commands(commands)
    cli_report.add_commands(commands)
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


def wants_window(argv: Sequence[str]) -> bool:
    """True when the arguments name no command, or a command that opens the window (`edit`).

    Reads only the global options (no command module is imported), so the window starts fast;
    --help and --version go to the command line.
    """
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
            return False
        if arg == "--":
            return i + 1 >= len(args) or args[i + 1] == "edit"
        if arg.startswith("-"):
            takes_value = "=" not in arg and any(o.startswith(arg) for o in valued)
            i += 2 if takes_value else 1
            continue
        return arg == "edit"
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    from proofreader.library.logs import start_logging
    from proofreader.library.paths import AppPaths

    parser = build_parser()
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


if __name__ == "__main__":
    sys.exit(main())
