"""Keeps freed transfer buffers in the sandbox process instead of handing them to the kernel.

Streaming a file through uvicorn and h11 allocates and frees buffers of a few hundred KiB for
every chunk. glibc gives such memory back to the kernel at once (anything above 128 KiB is
mmap()ed, and the heap is trimmed once 128 KiB at its top are free), so every chunk faults
fresh zeroed pages in again: half the sandbox's CPU for an upload (benchmarks/transfer.py:
3.1 s/GiB before, 1.6 after). Fixed thresholds let it reuse a few MiB instead.
"""

from __future__ import annotations

import ctypes
import os
import sys

MMAP_THRESHOLD = 4 << 20
"""Allocations up to this size come from the heap, which is reused, rather than from mmap()."""
TRIM_THRESHOLD = 32 << 20
"""Free memory kept at the top of the heap before it is given back to the kernel."""

_M_TRIM_THRESHOLD = -1  # glibc's malloc.h
_M_MMAP_THRESHOLD = -3


def _is_glibc() -> bool:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError):
        return False


def keep_freed_buffers() -> bool:
    """Set the thresholds for this whole process; False where malloc is not glibc's.

    Meant for a process that runs the sandbox alone (`python -m proofreader.sandbox`).
    """
    if not sys.platform.startswith("linux") or not _is_glibc():
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    # Setting either threshold also stops glibc from adjusting both on its own.
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
