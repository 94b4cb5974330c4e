"""``python -m proofreader.sandbox [--port N] [--state FILE]``: run the sandbox for a demo."""

from __future__ import annotations

import argparse
from pathlib import Path

from proofreader.sandbox.server import serve_forever


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m proofreader.sandbox",
        description="Run the local HeyGen-compatible sandbox server until Ctrl+C.",
    )
    parser.add_argument("--port", type=int, default=0, help="API port (default: any free port)")
    parser.add_argument(
        "--state", type=Path, default=None, help="SQLite state file (default: a temporary one)"
    )
    args = parser.parse_args(argv)
    serve_forever(port=args.port, state_path=args.state)


if __name__ == "__main__":
    main()
