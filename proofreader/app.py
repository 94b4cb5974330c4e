"""GUI start-up, and the console script's entry point.

Qt is imported only when a window is wanted, so the headless commands start fast and run on
machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from proofreader import cli


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window when no command is given; otherwise run the command line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not cli.wants_window(args):
        return cli.main(args)
    return run_window(args)


def run_window(argv: Sequence[str]) -> int:
    """Placeholder until the editor issue lands: say so plainly."""
    print("The Proofreader window is coming in a later release; use the command line for now.")
    return 0
