"""Errors of the subtitle core, phrased for the person who gave us the file."""

from __future__ import annotations


class SubtitleParseError(ValueError):
    """A subtitle file could not be read. `line` is 1-based, or None when the whole file is bad."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message if line is None else f"Line {line}: {message}")
        self.reason = message
        self.line = line
