"""The standalone sandbox tunes glibc's malloc for streaming; elsewhere it changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROBE = "from proofreader.sandbox.allocator import keep_freed_buffers as k; print(k(), k())"


def _glibc() -> bool:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError):
        return False


def _probe() -> str:
    # A fresh process: the thresholds hold for the whole process, not just one test.
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _glibc(), reason="glibc only")
def test_thresholds_are_set_on_glibc_and_setting_them_again_is_harmless() -> None:
    assert _probe() == "True True"


@pytest.mark.skipif(sys.platform.startswith("linux") and _glibc(), reason="not glibc only")
def test_other_platforms_are_left_alone() -> None:
    assert _probe() == "False False"
