"""Small file-system helpers for what the workflow downloads."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def clear_exec_bits(path: Path) -> Path:
    """Make a downloaded file a plain, non-executable file.

    Works around heygen.downloads creating its temporary file with os.open's default mode
    0o777 (minus the umask), which leaves videos and SRTs marked executable on POSIX.
    """
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o111:
            path.chmod(mode & ~0o111)
    return path
