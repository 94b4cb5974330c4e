"""Timing lines read to the same milliseconds whichever way they are spelled."""

from __future__ import annotations

import pytest

from proofreader.subtitles.timecode import parse_timing


@pytest.mark.parametrize(
    "line",
    [
        "01:23:45,678 --> 01:23:48,078",  # the usual spelling (the fast path)
        "01:23:45.678 --> 01:23:48.078",
        "1:23:45,678-->1:23:48,078",  # the general pattern
        "٠١:٢٣:٤٥,٦٧٨ --> ٠١:٢٣:٤٨,٠٧٨",  # Arabic-Indic digits: the general pattern too
    ],
)
def test_a_timing_line_reads_the_same_in_every_spelling(line: str) -> None:
    assert parse_timing(line) == (5_025_678, 5_028_078)


def test_the_largest_two_digit_stamp_reads_whole() -> None:
    assert parse_timing("99:59:59,999 --> 00:00:00,000") == (359_999_999, 0)
