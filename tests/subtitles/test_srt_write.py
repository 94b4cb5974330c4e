"""Writing SRT: unedited files come back byte for byte, and writes are atomic."""

from __future__ import annotations

import os
import stat

import pytest

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.srt_io import (
    format_srt,
    read_srt,
    read_subtitle_file,
    write_srt,
    write_text_atomic,
)
from tests.subtitles.hostile_corpus import srt_text

BODY = srt_text("Hello there.", "Two lines,\n<i>the second</i> in italics.", "¿Qué? 5 € 👍")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(BODY.encode(), id="lf"),
        pytest.param(BODY.replace("\n", "\r\n").encode(), id="crlf"),
        pytest.param(BODY.replace("\n", "\r").encode(), id="cr"),
        pytest.param(b"\xef\xbb\xbf" + BODY.encode(), id="bom"),
        pytest.param(b"\xef\xbb\xbf" + BODY.replace("\n", "\r\n").encode(), id="bom-crlf"),
        pytest.param(BODY.rstrip("\n").encode(), id="no-final-newline"),
        pytest.param(BODY.replace("\n", "\r\n").rstrip("\r\n").encode(), id="crlf-no-final"),
        pytest.param((BODY + "\n").encode(), id="trailing-blank-line"),
        pytest.param((BODY + "\n").replace("\n", "\r\n").encode(), id="crlf-trailing-blank"),
        pytest.param(b"", id="empty"),
    ],
)
def test_an_unedited_file_is_written_back_byte_for_byte(data: bytes, tmp_path) -> None:
    source, copy = tmp_path / "in.srt", tmp_path / "out.srt"
    source.write_bytes(data)
    read = read_srt(source)
    write_srt(copy, read.cues, **read.write_options())
    assert copy.read_bytes() == data


def test_the_layout_read_from_the_file_is_reported() -> None:
    assert (
        format_srt(
            [Cue(0, 1000, "a"), Cue(1000, 2000, "b")], newline="\r\n", bom=True, final_newline=False
        )
        == "\ufeff1\r\n00:00:00,000 --> 00:00:01,000\r\na\r\n\r\n"
        "2\r\n00:00:01,000 --> 00:00:02,000\r\nb"
    )


def test_layout_fields_describe_the_file(tmp_path) -> None:
    path = tmp_path / "x.srt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.replace("\n", "\r\n").rstrip("\r\n").encode())
    read = read_srt(path)
    assert (read.encoding, read.newline, read.bom, read.final_newline) == (
        "utf-8-sig",
        "\r\n",
        True,
        False,
    )
    assert read.format == "srt" and read.problems == []


def test_writing_renumbers_and_uses_commas_and_two_digit_hours() -> None:
    text = format_srt([Cue(3_723_004, 3_723_005, "x"), Cue(0, 360_000_000, "y")])
    assert text == ("1\n01:02:03,004 --> 01:02:03,005\nx\n\n2\n00:00:00,000 --> 100:00:00,000\ny\n")


def test_blank_lines_inside_a_cue_are_dropped_so_the_file_stays_readable() -> None:
    text = format_srt([Cue(0, 1000, "one\n\n  \ntwo\r\nthree"), Cue(1000, 2000, "")])
    assert (
        text == "1\n00:00:00,000 --> 00:00:01,000\none\ntwo\nthree\n\n"
        "2\n00:00:01,000 --> 00:00:02,000\n\n"
    )


def test_a_file_in_a_legacy_encoding_is_written_as_utf8(tmp_path) -> None:
    source, copy = tmp_path / "in.srt", tmp_path / "out.srt"
    source.write_bytes(BODY.encode("utf-16"))
    read = read_srt(source)
    write_srt(copy, read.cues, newline=read.newline)
    assert copy.read_bytes() == BODY.encode("utf-8")


def test_the_encoding_can_be_chosen_instead_of_detected(tmp_path) -> None:
    path = tmp_path / "x.srt"
    path.write_bytes(srt_text("Ðîáðî").encode("latin-1"))
    assert read_subtitle_file(path, encoding="cp1251").cues[0].text == "Робро"
    with pytest.raises(SubtitleParseError, match="cannot be read as utf-8"):
        read_subtitle_file(path, encoding="utf-8")
    with pytest.raises(SubtitleParseError, match="not an encoding"):
        read_subtitle_file(path, encoding="klingon")


def test_atomic_write_replaces_the_file_and_leaves_no_temporary_file(tmp_path) -> None:
    path = tmp_path / "x.srt"
    path.write_text("old")
    write_text_atomic(path, "new\r\nline")
    assert path.read_bytes() == b"new\r\nline"
    assert os.listdir(tmp_path) == ["x.srt"]


def test_a_failed_write_leaves_the_old_file_untouched(tmp_path, monkeypatch) -> None:
    path = tmp_path / "x.srt"
    path.write_text("old")

    def disk_full(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_srt(path, [Cue(0, 1000, "new")])
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["x.srt"]


def test_text_that_cannot_be_encoded_never_touches_the_file(tmp_path) -> None:
    path = tmp_path / "x.srt"
    path.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(path, "é", encoding="ascii")
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["x.srt"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_new_file_keeps_the_permissions_of_the_old_one(tmp_path) -> None:
    path = tmp_path / "x.srt"
    path.write_text("old")
    path.chmod(0o640)
    write_srt(path, [Cue(0, 1000, "new")])
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
