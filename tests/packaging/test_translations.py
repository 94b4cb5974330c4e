"""The Spanish interface is complete and its compiled .qm matches the .ts sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_interface_string_is_translated_and_compiled() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
