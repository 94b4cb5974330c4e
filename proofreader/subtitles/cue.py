"""The smallest unit of a subtitle file: a timed piece of text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    """One subtitle event. Times are integer milliseconds; text keeps its line breaks as '\\n'.

    Frozen so that edits always go through the document's reversible operations.
    """

    start_ms: int
    end_ms: int
    text: str

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms
