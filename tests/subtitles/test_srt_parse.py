"""Reading SRT text: what real files do is accepted; what cannot be read is named by its line."""

from __future__ import annotations

import pysrt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.srt_io import ParseProblem, format_srt, parse_srt
from proofreader.subtitles.timecode import looks_like_timing
from tests.subtitles.hostile_corpus import srt_text

TWO = "1\n00:00:01,000 --> 00:00:02,500\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo\nlines\n"


def test_reads_cues_with_times_in_milliseconds_and_multi_line_text() -> None:
    cues, problems = parse_srt(TWO)
    assert cues == [Cue(1000, 2500, "Hello"), Cue(3000, 4000, "Two\nlines")]
    assert problems == []


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_any_line_ending_reads_the_same(newline: str) -> None:
    assert parse_srt(TWO.replace("\n", newline))[0] == parse_srt(TWO)[0]


def test_a_file_without_a_final_newline_keeps_its_last_line() -> None:
    assert parse_srt(TWO.rstrip("\n"))[0][-1] == Cue(3000, 4000, "Two\nlines")


def test_dots_short_fractions_missing_hours_and_positions_are_accepted() -> None:
    text = (
        "1\n00:00:01.000 --> 00:00:02.5 X1:100 X2:600 Y1:20 Y2:80\nA\n\n"
        "2\n01:02,250 --> 01:03,000\nB\n\n3\n01:00:00,000-->01:00:01,000\nC\n"
    )
    assert parse_srt(text)[0] == [
        Cue(1000, 2500, "A"),
        Cue(62_250, 63_000, "B"),
        Cue(3_600_000, 3_601_000, "C"),
    ]


def test_missing_and_out_of_order_numbers_keep_the_file_order() -> None:
    text = "7\n00:00:05,000 --> 00:00:06,000\nSeven\n\n00:00:01,000 --> 00:00:02,000\nNone\n"
    assert [cue.text for cue in parse_srt(text)[0]] == ["Seven", "None"]


def test_extra_blank_lines_and_missing_blank_lines_between_cues() -> None:
    crowded = TWO.replace("\n\n", "\n")
    airy = "\n\n" + TWO.replace("\n\n", "\n\n \n\t\n") + "\n\n\n"
    assert parse_srt(crowded)[0] == parse_srt(TWO)[0] == parse_srt(airy)[0]


def test_text_lines_that_look_like_numbers_or_arrows_stay_text() -> None:
    text = srt_text("42", "1999\n2024", "Step 3 -> 4", "He said --> go", "12:30 sharp")
    assert [cue.text for cue in parse_srt(text)[0]] == [
        "42",
        "1999\n2024",
        "Step 3 -> 4",
        "He said --> go",
        "12:30 sharp",
    ]


def test_leading_whitespace_and_tags_in_text_are_kept_verbatim() -> None:
    text = srt_text("  <i>indented</i> {\\an8}", "trailing space ")
    assert [cue.text for cue in parse_srt(text)[0]] == [
        "  <i>indented</i> {\\an8}",
        "trailing space ",
    ]


def test_byte_order_marks_left_at_line_starts_by_joined_files_are_ignored() -> None:
    text = srt_text("First") + "\n\ufeff" + srt_text("Second")
    assert [cue.text for cue in parse_srt(text)[0]] == ["First", "Second"]


def test_end_before_start_loads_so_that_the_checks_can_flag_it() -> None:
    assert parse_srt("1\n00:00:05,000 --> 00:00:04,000\nBackwards\n")[0] == [
        Cue(5000, 4000, "Backwards")
    ]


@pytest.mark.parametrize(
    ("timing", "fragment"),
    [
        ("00:61:00,000 --> 00:62:00,000", "minutes in '00:61:00,000' must be below 60"),
        ("00:00:75,000 --> 00:01:00,000", "seconds in '00:00:75,000' must be below 60"),
        ("-00:00:01,000 --> 00:00:02,000", "'-00:00:01,000' is negative"),
        ("00:0a:01,000 --> 00:00:02,000", "is not a timing line"),
        ("00:00:01,000 00:00:02,000", "is not a timing line"),
        ("00:00:01,000 -> 00:00:02,000", "is not a timing line"),
    ],
)
def test_a_broken_timing_line_is_an_error_naming_its_line(timing: str, fragment: str) -> None:
    text = srt_text("Good") + f"\n2\n{timing}\nBroken\n"
    with pytest.raises(SubtitleParseError) as caught:
        parse_srt(text)
    assert caught.value.line == 6
    assert fragment in str(caught.value)
    assert str(caught.value).startswith("Line 6: ")


def test_text_after_a_blank_line_inside_a_cue_is_not_silently_attached() -> None:
    text = srt_text("Before") + "\nAfter a blank line\n\n" + srt_text("Next", first=2)
    with pytest.raises(SubtitleParseError, match="no timing line") as caught:
        parse_srt(text)
    assert caught.value.line == 5


def test_a_lenient_read_reports_every_block_with_its_raw_text_and_goes_on() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\nGood one\n\n"
        "2\n00:61:00,000 --> 00:62:00,000\nBad minutes\n\n"
        "Orphan line\n\n"
        "label\n00:00:05,000 --> 00:00:06,000\nGood two\n\n"
        "5\n"
    )
    cues, problems = parse_srt(text, lenient=True)
    assert cues == [Cue(1000, 2000, "Good one"), Cue(5000, 6000, "Good two")]
    assert [(problem.line, problem.text) for problem in problems] == [
        (6, "2\n00:61:00,000 --> 00:62:00,000\nBad minutes"),
        (9, "Orphan line"),
        (11, "label"),
    ]
    assert all(isinstance(problem, ParseProblem) and problem.message for problem in problems)
    # A lone number at the end (a file cut short) is no refusal: read with a warning.
    assert parse_srt(text[text.index("label") + 6 :]) == ([Cue(5000, 6000, "Good two")], [])


def test_a_broken_cue_without_a_blank_line_before_it_is_not_swallowed_as_text() -> None:
    text = srt_text("Good") + "2\n00:00:04,000 -> 00:00:05,000\nLost?\n"
    cues, problems = parse_srt(text, lenient=True)
    assert cues == [Cue(2000, 3500, "Good")]
    assert problems[0].text == "2\n00:00:04,000 -> 00:00:05,000\nLost?"


def test_empty_and_blank_texts_have_no_cues() -> None:
    assert parse_srt("") == ([], [])
    assert parse_srt(" \n\n\t\n") == ([], [])


def test_agrees_with_pysrt_on_a_well_formed_file() -> None:
    text = srt_text(*(f"Cue {n}\n<i>second</i> line {n}" for n in range(300)), "é ñ € 👍")
    ours = parse_srt(text)[0]
    theirs = pysrt.from_string(text, error_handling=pysrt.ERROR_RAISE)
    assert ours == [Cue(item.start.ordinal, item.end.ordinal, item.text) for item in theirs]


_text_line = st.text(
    # U+0000 is left out: the reader reads it as U+FFFD, as browsers do.
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\ufeff\x00"),
    min_size=1,
    max_size=30,
).filter(lambda line: not line.isspace() and not looks_like_timing(line))
_cue = st.builds(
    lambda start, length, lines: Cue(start, start + length, "\n".join(lines)),
    st.integers(0, 10 * 3_600_000),
    st.integers(0, 60_000),
    st.lists(_text_line, min_size=0, max_size=3),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_cue, max_size=8), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_any_cues_written_and_read_back_are_the_same(
    cues: list[Cue], newline: str, final_newline: bool
) -> None:
    text = format_srt(cues, newline=newline, final_newline=final_newline)
    assert parse_srt(text) == (cues, [])


def test_a_number_line_that_may_be_text_is_kept_as_text_with_a_warning() -> None:
    from proofreader.subtitles.srt_io import parse_subtitle_bytes

    text = (
        "00:00:01,000 --> 00:00:02,000\nThe answer is\n42\n00:00:03,000 --> 00:00:04,000\nRight.\n"
    )
    read = parse_subtitle_bytes(text.encode())
    assert [cue.text for cue in read.cues] == ["The answer is\n42", "Right."]
    assert [(w.line, w.text) for w in read.warnings] == [(3, "42")]
    # the expected next number, in a file without blank lines, is the next cue's number
    crowded = "1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:03,000 --> 00:00:04,000\nB\n"
    assert parse_subtitle_bytes(crowded.encode()).warnings == []


def test_control_characters_and_a_cut_tail_read_with_warnings() -> None:
    from proofreader.subtitles.srt_io import parse_subtitle_bytes

    text = "1\n00:00:01,000 --> 00:00:02,000\nVertical\x0btab\n\n2\n"
    read = parse_subtitle_bytes(text.encode())
    assert read.cues == [Cue(1000, 2000, "Vertical\x0btab")]
    assert [
        (w.line, "U+000B" in w.message or "lone cue number" in w.message) for w in read.warnings
    ] == [
        (3, True),
        (5, True),
    ]


@pytest.mark.parametrize("hours", ["1" * 1000, "9" * 7, "600"])
def test_an_overflowing_time_is_one_sentence(hours: str) -> None:
    with pytest.raises(SubtitleParseError) as refused:
        parse_srt(f"1\n{hours}:00:01,000 --> 00:00:02,000\nx\n")
    assert "beyond 596 hours" in str(refused.value) and len(str(refused.value)) < 200
