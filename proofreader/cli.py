"""The `proofreader` command line: a thin layer over workflow/ and subtitles/.

Exit codes follow HeyGen's own CLI: 0 ok, 1 API error or failed job (or, for `check`, an error
finding), 2 usage or unreadable input, 3 authentication, 4 timeout.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from proofreader import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_TIMEOUT = 4


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree; each area adds its own sub-commands."""
    from proofreader import cli_api, cli_subtitles

    parser = argparse.ArgumentParser(
        prog="proofreader",
        description="Proofread HeyGen's translated subtitles before the lip-synced render. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"proofreader {__version__}")
    parser.add_argument("--api-base", metavar="URL", help="API base URL (default: HEYGEN_API_BASE, else the service)")
    parser.add_argument("--poll-interval", type=float, metavar="SECONDS", help="seconds between status checks")
    parser.add_argument("--debug", action="store_true", help="log details and show tracebacks")
    parser.add_argument("--demo", action="store_true", help="use the built-in offline sandbox")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli_api.add_commands(commands)
    cli_subtitles.add_commands(commands)
    return parser


def wants_window(argv: Sequence[str]) -> bool:
    """True when the arguments name no command, so the caller should open the window."""
    args, _ = build_parser().parse_known_args(argv)
    return args.command is None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    handler = args.handler
    return int(handler(args))


if __name__ == "__main__":
    sys.exit(main())
