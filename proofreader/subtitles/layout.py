"""What a subtitle file held around and inside its cues, kept so that it can be written back.

A file is read as gaps and cues: gap 0 (BOM aside: the WebVTT header, NOTE/STYLE/REGION blocks,
blank lines, blocks a lenient read skipped), cue 0 exactly as written (its number or identifier,
its timing line with settings or SRT coordinates, its text with character references as
written), gap 1, cue 1, … and the last gap (the file's ending). Joined, they are the file's text.
layout_write.py writes edited cues over this, so what the user did not touch keeps its bytes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Literal

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.srt_parse import ParsedLines, raw_lines

Format = Literal["srt", "vtt"]


@dataclass(frozen=True, slots=True)
class CueSource:
    """One cue as it was written: the cue read from it and its lines without their line ends."""

    cue: Cue
    raw: str  # the cue's lines, each with its line end (the last may have none)
    identifier: str | None  # SRT number line or WebVTT cue identifier, as written
    timing: str  # the timing line, with WebVTT cue settings or SRT coordinates
    text_lines: tuple[str, ...]  # the text lines as written (entities not decoded)
    newline: str  # the line end this cue used


class Layout:
    """The whole file as read (see the module docstring). Built cheaply while reading (the raw
    lines and where each cue is); a cue's CueSource is made when a write needs it."""

    def __init__(
        self,
        kind: Format,
        text: str,
        cues: list[Cue],
        spans: list[tuple[int, int, int]],
        newline: str,
        blocks: tuple[str, ...] = (),
    ) -> None:
        self.format: Format = kind
        self.newline = newline
        self.blocks = blocks  # WebVTT NOTE, STYLE and REGION blocks, in file order
        self._text = text
        self._raw: list[str] | None = None  # the lines with their own line ends, when needed
        self._cues = tuple(cues)
        self._spans = spans
        self._sources: dict[int, CueSource] = {}

    def __len__(self) -> int:
        return len(self._cues)

    @property
    def cues(self) -> list[Cue]:
        return list(self._cues)

    @property
    def text(self) -> str:
        return self._text

    @property
    def _lines(self) -> list[str]:
        if self._raw is None:
            self._raw = raw_lines(self._text)
        return self._raw

    def raw(self, index: int) -> str:
        """Cue `index` exactly as written, with its line ends."""
        first, _, end = self._spans[index]
        return "".join(self._lines[first:end])

    def gap(self, index: int) -> str:
        """What stands before cue `index` (0: the start of the file; len(self): the ending)."""
        start = self._spans[index - 1][2] if index else 0
        stop = self._spans[index][0] if index < len(self._spans) else len(self._lines)
        return "".join(self._lines[start:stop])

    def source(self, index: int) -> CueSource:
        found = self._sources.get(index)
        if found is None:
            first, timing, end = self._spans[index]
            contents = [line.rstrip("\r\n") for line in self._lines[first:end]]
            timing_line = self._lines[timing]
            found = self._sources[index] = CueSource(
                cue=self._cues[index],
                raw="".join(self._lines[first:end]),
                identifier=contents[0] if first < timing else None,
                timing=contents[timing - first],
                text_lines=tuple(contents[timing - first + 1 :]),
                newline=timing_line[len(timing_line.rstrip("\r\n")) :] or self.newline,
            )
        return found

    @property
    def sources(self) -> list[CueSource]:
        return [self.source(index) for index in range(len(self._cues))]

    @property
    def numbering(self) -> tuple[int, int] | None:
        """(first, step) when the cue numbers (or numeric WebVTT identifiers) count regularly,
        as 1, 2, 3 or 0, 1, 2 or 2, 4, 6."""
        numbers = []
        for first, timing, _ in self._spans:
            identifier = self._lines[first].strip() if first < timing else ""
            if not (identifier.isascii() and identifier.isdigit() and len(identifier) < 19):
                return None
            numbers.append(int(identifier))
        if not numbers:
            return None
        step = numbers[1] - numbers[0] if len(numbers) > 1 else 1
        if step < 1 or any(b - a != step for a, b in itertools.pairwise(numbers)):
            return None
        return numbers[0], step


def build_layout(text: str, parsed: ParsedLines, kind: Format, newline: str) -> Layout:
    """The layout of `text` (decoded, BOM removed) from what a reader found in its lines."""
    return Layout(kind, text, parsed.cues, parsed.spans, newline, tuple(parsed.blocks))
