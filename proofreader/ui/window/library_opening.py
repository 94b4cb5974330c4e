"""Opening the library store at start-up, and what to do when it cannot be used.

A file that is not a library (damaged, or something else) is moved aside and a fresh library
started, with a warning in the log: the window must open. A library from a newer version is
never touched; the user is told to update.
"""

from __future__ import annotations

import logging

from proofreader.library import (
    AppPaths,
    LibraryError,
    LibraryStore,
    LibraryTooNew,
    NotALibraryFile,
    move_aside,
)

log = logging.getLogger(__name__)


class LibraryUnavailable(Exception):
    """The library cannot be opened; the message is one sentence for the user."""


def open_library(paths: AppPaths) -> LibraryStore:
    path = paths.library_file()
    try:
        return LibraryStore(path)
    except LibraryTooNew as exc:
        raise LibraryUnavailable(str(exc)) from exc
    except NotALibraryFile as exc:
        moved = move_aside(path)
        log.warning("%s Moved it to %s and started a new library.", exc, moved)
    except LibraryError as exc:
        raise LibraryUnavailable(str(exc)) from exc
    try:
        return LibraryStore(path)
    except LibraryError as exc:
        raise LibraryUnavailable(str(exc)) from exc
