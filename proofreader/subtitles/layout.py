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


@dataclass(frozen=True, slots=True)
class Layout:
    """The whole file as read (see the module docstring); `numbering` is (first, step) when
    the cue numbers (or numeric WebVTT identifiers) count regularly, as 1, 2, 3 or 0, 1, 2."""

    format: Format
    sources: tuple[CueSource, ...]
    gaps: tuple[str, ...]
    newline: str
    blocks: tuple[str, ...] = ()
    numbering: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        parts = [self.gaps[0]]
        for source, gap in zip(self.sources, self.gaps[1:], strict=True):
            parts.append(source.raw)
            parts.append(gap)
        return "".join(parts)

    @property
    def cues(self) -> list[Cue]:
        return [source.cue for source in self.sources]


def build_layout(text: str, parsed: ParsedLines, kind: Format, newline: str) -> Layout:
    """The layout of `text` (decoded, BOM removed) from what a reader found in its lines."""
    raw = raw_lines(text)
    gaps: list[str] = []
    sources: list[CueSource] = []
    position = 0
    for cue, (first, timing, end) in zip(parsed.cues, parsed.spans, strict=True):
        gaps.append("".join(raw[position:first]))
        lines = raw[first:end]
        contents = [_content(line) for line in lines]
        sources.append(
            CueSource(
                cue=cue,
                raw="".join(lines),
                identifier=contents[0] if first < timing else None,
                timing=contents[timing - first],
                text_lines=tuple(contents[timing - first + 1 :]),
                newline=_ending(raw[timing]) or newline,
            )
        )
        position = end
    gaps.append("".join(raw[position:]))
    return Layout(
        kind, tuple(sources), tuple(gaps), newline, tuple(parsed.blocks), _numbering(sources)
    )


def _content(line: str) -> str:
    return line.rstrip("\r\n")


def _ending(line: str) -> str:
    return line[len(line.rstrip("\r\n")) :]


def _numbering(sources: list[CueSource]) -> tuple[int, int] | None:
    numbers = []
    for source in sources:
        identifier = (source.identifier or "").strip()
        if not (identifier.isascii() and identifier.isdigit() and len(identifier) < 19):
            return None
        numbers.append(int(identifier))
    if not numbers:
        return None
    step = numbers[1] - numbers[0] if len(numbers) > 1 else 1
    if step < 1 or any(b - a != step for a, b in itertools.pairwise(numbers)):
        return None
    return numbers[0], step
