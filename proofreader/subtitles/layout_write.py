"""Writing cues over the layout they were read with: untouched cues keep their bytes.

The cues to write are matched with the cues read (a patience diff on whole cues): an unchanged
cue is written exactly as it was; a changed one is rewritten in its own spelling (its
identifier, the stamps it did not change, its settings or coordinates, its unchanged lines with
their character references as written); a new one follows the file's style. NOTE/STYLE/REGION
blocks and the header stay where they were, also when a neighbouring cue is deleted. Cue
numbers that counted regularly (1, 2, 3 or 0, 1, 2) are counted again when cues were added or
removed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.layout import CueSource, Layout
from proofreader.subtitles.srt_parse import is_blank
from proofreader.subtitles.timecode import format_timestamp, restyle_timing
from proofreader.subtitles.vtt import escape_line, timing_prefix


@dataclass(frozen=True, slots=True)
class _Step:
    """One cue of the output: `old` is the index of the cue read in its place (None: new);
    `template` the cue read whose style a new cue copies; `settings` whether it keeps its
    settings (the second half of a split cue does)."""

    cue: Cue
    old: int | None
    template: int | None = None
    settings: bool = False


def render(layout: Layout, cues: Sequence[Cue]) -> str:
    """The file's text with `cues` in place of the cues it was read with."""
    old = layout.cues
    if list(cues) == old:
        return layout.text
    steps, dropped = _plan(old, list(cues))
    newline = layout.newline
    renumber = layout.numbering if (dropped or len(steps) != len(old)) else None
    parts = [layout.gap(0)]
    written = 0
    last_number: int | None = None
    drops = sorted((index for index in dropped if index), reverse=True)
    for step in steps:
        while drops and step.old is not None and drops[-1] < step.old:
            _keep_content(parts, layout.gap(drops.pop()), written)
        number = None if renumber is None else renumber[0] + written * renumber[1]
        if step.old is not None:
            gap = layout.gap(step.old) if step.old else (newline if written else "")
            if not written:
                gap = gap.lstrip("\r\n")
            if step.cue == old[step.old] and number is None:
                block = layout.raw(step.old)  # untouched: its bytes as read
            else:
                block = _rewrite(layout, layout.source(step.old), step.cue, number)
        else:
            gap = newline if written else ""
            if number is None and layout.format == "srt":
                number = (last_number if last_number is not None else written) + 1
            template = None if step.template is None else layout.source(step.template)
            block = _new_block(layout, step.cue, template, step.settings, number)
        _close(parts, newline)
        parts.append(gap)
        parts.append(block)
        if layout.format == "srt":
            last_number = _number_in(block)
        written += 1
    while drops:
        _keep_content(parts, layout.gap(drops.pop()), written)
    ending = layout.gap(len(layout))
    if ending:
        _close(parts, newline)
    parts.append(ending)
    return "".join(parts)


def sources_for(layout: Layout, cues: Sequence[Cue]) -> list[CueSource | None]:
    """For each cue, the cue read in its place (None for a cue added since)."""
    steps, _ = _plan(layout.cues, list(cues))
    return [None if step.old is None else layout.source(step.old) for step in steps]


def _plan(old: list[Cue], new: list[Cue]) -> tuple[list[_Step], set[int]]:
    """Match the cues to write with the cues read (patience diff: cues found once in each
    list anchor the match, in order), then each stretch between anchors one for one when its
    two sides are as long, else by time overlap, so an edited cue keeps its identifier and
    settings and a split's second half its first half's settings."""
    steps: list[_Step] = []
    dropped: set[int] = set()
    previous_old = previous_new = 0
    for old_index, new_index in [*_anchors(old, new), (len(old), len(new))]:
        _stretch(old, new, (previous_old, old_index), (previous_new, new_index), steps, dropped)
        if old_index < len(old):
            steps.append(_Step(new[new_index], old_index))
        previous_old, previous_new = old_index + 1, new_index + 1
    return steps, dropped


def _anchors(old: list[Cue], new: list[Cue]) -> list[tuple[int, int]]:
    """Pairs (old index, new index) of cues that occur once in each list: the longest chain
    of them in the same order in both (patience sorting)."""
    once_old = _unique_positions(old)
    pairs = [(once_old[cue], j) for cue, j in _unique_positions(new).items() if cue in once_old]
    pairs.sort(key=lambda pair: pair[1])
    tails: list[int] = []  # smallest old index ending a chain of each length
    ends: list[int] = []  # the pair ending it
    back = [-1] * len(pairs)
    for k, (i, _) in enumerate(pairs):
        at = bisect.bisect_left(tails, i)
        if at == len(tails):
            tails.append(i)
            ends.append(k)
        else:
            tails[at], ends[at] = i, k
        back[k] = ends[at - 1] if at else -1
    chain = []
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]


def _unique_positions(cues: list[Cue]) -> dict[Cue, int]:
    seen: dict[Cue, int] = {}
    repeated: set[Cue] = set()
    for index, cue in enumerate(cues):
        if cue in seen:
            repeated.add(cue)
        else:
            seen[cue] = index
    for cue in repeated:
        del seen[cue]
    return seen


def _stretch(
    old: list[Cue],
    new: list[Cue],
    olds: tuple[int, int],
    news: tuple[int, int],
    steps: list[_Step],
    dropped: set[int],
) -> None:
    """Steps for old[i1:i2] replaced by new[j1:j2], a stretch with no anchor inside."""
    (i1, i2), (j1, j2) = olds, news
    if i2 - i1 == j2 - j1:
        steps.extend(_Step(new[j1 + k], i1 + k) for k in range(i2 - i1))
        return
    used = i1
    previous: int | None = None
    for j in range(j1, j2):
        match = _best_overlap(old, used, i2, new[j])
        if match is None:
            template = previous if previous is not None else (i1 - 1 if i1 else None)
            if template is None and old:
                template = 0
            steps.append(_Step(new[j], None, template, previous is not None))
            continue
        dropped.update(range(used, match))
        steps.append(_Step(new[j], match))
        previous, used = match, match + 1
    dropped.update(range(used, i2))


def _best_overlap(old: list[Cue], first: int, stop: int, cue: Cue) -> int | None:
    best, best_overlap = None, 0
    for index in range(first, stop):
        other = old[index]
        overlap = min(other.end_ms, cue.end_ms) - max(other.start_ms, cue.start_ms)
        if overlap > best_overlap or (best is None and other.start_ms == cue.start_ms):
            best, best_overlap = index, max(overlap, 0)
    return best


def _rewrite(layout: Layout, source: CueSource, cue: Cue, number: int | None) -> str:
    """`source` written again for `cue`, changing only what differs."""
    if cue == source.cue and number is None:
        return source.raw
    identifier = source.identifier
    if number is not None and identifier is not None and identifier.strip() != str(number):
        identifier = identifier.replace(identifier.strip(), str(number), 1)
    if cue == source.cue and identifier is not None and source.identifier is not None:
        return identifier + source.raw[len(source.identifier) :]
    timing = source.timing
    if (cue.start_ms, cue.end_ms) != (source.cue.start_ms, source.cue.end_ms):
        timing = restyle_timing(timing, cue.start_ms, cue.end_ms)
    if cue.text == source.cue.text:
        text_lines = list(source.text_lines)
    else:
        text_lines = _text_lines(layout, cue.text, source)
    lines = ([identifier] if identifier is not None else []) + [timing, *text_lines]
    ending = source.newline if source.raw.endswith(("\n", "\r")) else ""
    return source.newline.join(lines) + ending


def _new_block(
    layout: Layout, cue: Cue, template: CueSource | None, settings: bool, number: int | None
) -> str:
    separator = "," if layout.format == "srt" else "."
    if template is None:
        start = format_timestamp(cue.start_ms, separator)
        timing = f"{start} --> {format_timestamp(cue.end_ms, separator)}"
    else:
        prefix, rest = timing_prefix(template.timing)
        timing = restyle_timing(prefix, cue.start_ms, cue.end_ms) + (rest if settings else "")
    lines = ([str(number)] if number is not None else []) + [timing]
    lines += _text_lines(layout, cue.text, template)
    return layout.newline.join(lines) + layout.newline


def _text_lines(layout: Layout, text: str, source: CueSource | None) -> list[str]:
    """Cue text as the format writes it; a line the cue had before keeps its spelling."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if layout.format == "srt":
        kept = [line for line in lines if not is_blank(line)]
        return kept if kept or not text else lines[:1]
    written = {}
    if source is not None:
        for raw, read in zip(source.text_lines, source.cue.text.split("\n"), strict=False):
            written[read] = raw
    return [written.get(line) or escape_line(line) for line in lines if line]


def _keep_content(parts: list[str], gap: str, written: int) -> None:
    """A deleted cue's gap is kept when it holds more than blank lines (a NOTE, a STYLE)."""
    if gap.strip():
        kept = gap.rstrip("\r\n") + _line_end(gap)
        parts.append(kept if written else kept.lstrip("\r\n"))


def _line_end(text: str) -> str:
    stripped = text.rstrip("\r\n")
    tail = text[len(stripped) :]
    return "\r\n" if tail.startswith("\r\n") else tail[:1]


def _ends_open(parts: list[str]) -> bool:
    last = next((part for part in reversed(parts) if part), "")
    return bool(last) and not last.endswith(("\n", "\r"))


def _close(parts: list[str], newline: str) -> None:
    if _ends_open(parts):
        parts.append(newline)


def _number_in(block: str) -> int | None:
    first = block.partition("\n")[0].strip()
    return int(first) if first.isascii() and first.isdigit() and len(first) < 19 else None
