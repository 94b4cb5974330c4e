"""Sub-commands of the command line (filled in by their issue)."""

from __future__ import annotations

import argparse
from typing import Any


def add_commands(commands: "argparse._SubParsersAction[Any]") -> None:
    """Register this area's sub-commands on the top-level parser."""
