"""Acceptance: every hostile file loads or is refused with a clear message, and a lenient read
never loses text (each non-blank line is in a cue, in a reported problem, or is structure)."""

from __future__ import annotations

import pytest

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.encoding import decode_subtitle_bytes
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.srt_io import (
    SubtitleFile,
    format_srt,
    format_vtt,
    parse_srt,
    parse_vtt,
    read_subtitle_file,
)
from proofreader.subtitles.srt_parse import split_lines
from proofreader.subtitles.timecode import TimingError, parse_timing
from tests.subtitles.hostile_corpus import CORPUS, HostileFile


def test_the_corpus_has_at_least_thirty_files() -> None:
    assert len(CORPUS) >= 30


CASES = [
    pytest.param(name, marks=pytest.mark.slow) if name == "cues_200000" else name
    for name in sorted(CORPUS)
]


@pytest.mark.parametrize("case_name", CASES)
def test_hostile_file_loads_or_is_refused_clearly(case_name: str, tmp_path) -> None:
    case = CORPUS[case_name]()
    path = tmp_path / case.name
    path.write_bytes(case.data)

    strict: SubtitleFile | None = None
    try:
        strict = read_subtitle_file(path)
    except SubtitleParseError as error:
        _assert_clear(str(error))
        if case.outcome == "load":
            pytest.fail(f"a strict read refused a file it should load: {error}")
        if case.outcome == "problems":
            assert error.line is not None, "a parse error must name the line"
        else:
            assert error.line is None and case.refusal in str(error)
    else:
        assert case.outcome == "load", f"a strict read accepted a file it should not: {case.name}"

    if case.outcome == "refuse":
        with pytest.raises(SubtitleParseError, match=case.refusal):
            read_subtitle_file(path, lenient=True)
        return

    lenient = read_subtitle_file(path, lenient=True)
    if strict is not None:
        assert lenient.cues == strict.cues and lenient.problems == []
    else:
        assert lenient.problems, "a lenient read must report what the strict read refused"
        for problem in lenient.problems:
            assert problem.line >= 1 and problem.text.strip() and problem.message
    if case.cues is not None:
        assert len(lenient.cues) == case.cues
    for text in case.texts:
        assert any(text in cue.text for cue in lenient.cues), f"{text!r} was not read"
    _assert_no_text_lost(case, lenient)
    if len(lenient.cues) <= 10_000:  # the 200,000-cue file only has to load
        _assert_writes_back(lenient.cues)


def _assert_clear(message: str) -> None:
    """One readable sentence: no traceback, no Python repr of bytes."""
    assert message.endswith("."), message
    assert "Traceback" not in message and "b'" not in message and "\n" not in message


def _assert_no_text_lost(case: HostileFile, result: SubtitleFile) -> None:
    produced: set[str] = set()
    for cue in result.cues:
        produced.update(cue.text.split("\n"))
    for problem in result.problems:
        produced.update(problem.text.split("\n"))
    text, _ = decode_subtitle_bytes(case.data)
    for number, line in enumerate(split_lines(text), 1):
        if not line.strip() or line in produced or line in case.ignorable:
            continue
        assert _is_structure(line), f"line {number} of {case.name} was lost: {line[:80]!r}"


def _is_structure(line: str) -> bool:
    """A cue number or a readable timing line: the parts of a cue that are not its text."""
    if line.strip().isdigit():
        return True
    try:
        parse_timing(line)
    except TimingError:
        return False
    return True


def _assert_writes_back(cues: list[Cue]) -> None:
    """Whatever loaded can be written as SRT and WebVTT, and the SRT reads back the same."""
    assert parse_srt(format_srt(cues))[0] == cues
    assert len(parse_vtt(format_vtt(cues))[0]) == len(cues)
