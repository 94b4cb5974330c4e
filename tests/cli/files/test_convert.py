"""`proofreader convert INPUT OUTPUT`, driven through an argparse tree like the real one."""

from __future__ import annotations

import argparse

import pytest

from proofreader.cli.files.convert import add_convert_command
from tests.subtitles.hostile_corpus import srt_text


def convert(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="proofreader")
    commands = parser.add_subparsers(dest="command")
    add_convert_command(commands)
    args = parser.parse_args(["convert", *argv])
    return int(args.handler(args))


def test_converts_a_cp1252_srt_to_utf8_vtt(tmp_path, capsys) -> None:
    source, target = tmp_path / "in.srt", tmp_path / "out.vtt"
    source.write_bytes(srt_text("Café -- 5 €", "<i>Adiós</i>").encode("cp1252"))
    assert convert(str(source), str(target)) == 0
    assert target.read_bytes().decode("utf-8") == (
        "WEBVTT\n\n00:00:02.000 --> 00:00:03.500\nCafé -- 5 €\n\n"
        "00:00:04.000 --> 00:00:05.500\n<i>Adiós</i>\n"
    )
    assert capsys.readouterr().err == ""


def test_converts_a_vtt_to_srt_and_a_utf16_srt_to_utf8_srt(tmp_path) -> None:
    vtt, srt = tmp_path / "in.vtt", tmp_path / "out.SRT"
    vtt.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nFish &amp; chips\n", encoding="utf-8")
    assert convert(str(vtt), str(srt)) == 0
    assert srt.read_bytes() == b"1\n00:00:01,000 --> 00:00:02,000\nFish & chips\n"

    wide, narrow = tmp_path / "wide.srt", tmp_path / "narrow.srt"
    wide.write_bytes(srt_text("Ünïcode", newline="\r\n").encode("utf-16"))
    assert convert(str(wide), str(narrow)) == 0
    # The byte-order mark is carried over (as UTF-8's), like everything else the file had.
    expected = "\ufeff" + srt_text("Ünïcode", newline="\r\n")
    assert narrow.read_bytes() == expected.encode("utf-8")


@pytest.mark.parametrize(
    ("make_input", "output", "expected"),
    [
        (
            lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00"),
            "out.vtt",
            "looks like a PNG image",
        ),
        (lambda p: None, "out.vtt", "there is no such file"),
        (lambda p: p.mkdir(), "out.vtt", "it is a folder"),
        (
            lambda p: p.write_text("1\n00:61:00,000 --> 00:62:00,000\nx\n"),
            "out.vtt",
            "in.srt, line 2: the minutes in '00:61:00,000' must be below 60.",
        ),
        (lambda p: p.write_text(srt_text("ok")), "out.ass", "must end in .srt or .vtt"),
        (lambda p: p.write_text(srt_text("ok")), "out", "(it ends in 'nothing')"),
    ],
)
def test_unreadable_input_or_unsupported_output_exits_2_with_one_sentence(
    tmp_path, capsys, make_input, output: str, expected: str
) -> None:
    source = tmp_path / "in.srt"
    make_input(source)
    assert convert(str(source), str(tmp_path / output)) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / output).exists()


def test_lenient_conversion_reports_each_skipped_block(tmp_path, capsys) -> None:
    source, target = tmp_path / "in.srt", tmp_path / "out.srt"
    source.write_text(srt_text("Kept") + "\n2\n00:61:00,000 --> 00:62:00,000\nSkipped\n")
    assert convert("--lenient", str(source), str(target)) == 0
    # Written back in the same format, the block that could not be read is kept as it was...
    assert target.read_text() == source.read_text()
    assert (
        "line 6: skipped: the minutes in '00:61:00,000' must be below 60."
        in capsys.readouterr().err
    )
    # ...and left out of the other format, which it could not be converted to.
    assert convert("--lenient", str(source), str(tmp_path / "out.vtt")) == 0
    assert "Skipped" not in (tmp_path / "out.vtt").read_text()


def test_an_output_that_cannot_be_written_exits_1(tmp_path, capsys) -> None:
    source = tmp_path / "in.srt"
    source.write_text(srt_text("ok"))
    assert convert(str(source), str(tmp_path / "missing" / "out.vtt")) == 1
    err = capsys.readouterr().err
    assert err.startswith("Cannot write ") and err.count("\n") == 1
