"""Converting between SRT and WebVTT: what each format can carry goes across (and comes back),
what it cannot is left out and counted, one line per kind."""

from __future__ import annotations

import argparse

from proofreader.cli.files.convert import add_convert_command
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.srt_io import format_subtitles, parse_subtitle_bytes


def _convert(text: str, kind: str, **options: bool) -> tuple[str, list[str]]:
    read = parse_subtitle_bytes(text.encode("utf-8"))
    converted, losses = format_subtitles(read.cues, kind, **read.write_options(), **options)
    return converted, [loss.sentence() for loss in losses]


YOUTUBE = (
    "WEBVTT\nKind: captions\nLanguage: en\n\n"
    "00:05:03.000 --> 00:05:05.000 align:start position:0%\n"
    "so<00:05:04.199><c> this</c><00:05:04.400><c> is</c>\n\n"
    "00:05:06.000 --> 00:05:08.000 line:0\n<v Ann>Hello, <c.yellow>you</c>.</v>\n"
)


def test_vtt_to_srt_leaves_no_webvtt_markup_on_screen() -> None:
    srt, losses = _convert(YOUTUBE, "srt")
    assert srt == (
        "1\n00:05:03,000 --> 00:05:05,000\n{\\an1}so this is\n\n"
        '2\n00:05:06,000 --> 00:05:08,000\n{\\an8}Hello, <font color="yellow">you</font>.\n'
    )
    assert losses == [
        "2 inline timestamps have no SRT equivalent and were left out (karaoke).",
        "2 class spans have no SRT equivalent and were left out (<c.…>).",
        "1 cue position has no SRT equivalent and was left out "
        "(position:, size:, region:, vertical:).",
        "1 voice span has no SRT equivalent and was left out "
        "(<v …>; --voice-names keeps the names).",
        "2 header lines have no SRT equivalent and were left out (text after WEBVTT).",
    ]


def test_a_voice_can_become_the_speakers_name() -> None:
    srt, losses = _convert(YOUTUBE, "srt", voice_names=True)
    assert "\n{\\an8}Ann: Hello, " in srt
    assert not any("voice" in loss for loss in losses)


def test_srt_positions_and_colours_go_to_webvtt_and_come_back() -> None:
    srt = (
        '1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<font color="#ff0000">Top</font> & <i>it</i>\n\n'
        "2\n00:00:03,000 --> 00:00:04,000\n{\\an7}Corner\n"
    )
    vtt, losses = _convert(srt, "vtt")
    assert losses == []
    assert vtt == (
        "WEBVTT\n\nSTYLE\n::cue(.color_ff0000) { color: #ff0000; }\n\n"
        "00:00:01.000 --> 00:00:02.000 line:0\n<c.color_ff0000>Top</c> &amp; <i>it</i>\n\n"
        "00:00:03.000 --> 00:00:04.000 line:0 align:start\nCorner\n"
    )
    back, losses = _convert(vtt, "srt")
    assert (back, losses) == (srt, [])


def test_what_webvtt_cannot_carry_from_srt_is_counted() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000 X1:10 X2:300 Y1:20 Y2:80\n"
        '{\\i1}<font face="Arial">A</font>\n'
    )
    vtt, losses = _convert(srt, "vtt")
    assert vtt.endswith("\n00:00:01.000 --> 00:00:02.000\nA\n")
    assert losses == [
        "1 cue with ASS override tags has no WebVTT equivalent and was left out ({\\…}).",
        "1 font face or size has no WebVTT equivalent and was left out.",
        "1 cue with SRT coordinates has no WebVTT equivalent and was left out (X1…Y2).",
    ]


def test_an_nbsp_only_cue_stays_a_cue_with_its_space_both_ways() -> None:
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n&nbsp;\n"
    srt, _ = _convert(vtt, "srt")
    assert srt == "1\n00:00:01,000 --> 00:00:02,000\n\xa0\n"
    assert parse_subtitle_bytes(srt.encode()).cues == [Cue(1000, 2000, "\xa0")]
    again, _ = _convert(srt, "vtt")
    assert again == vtt


def convert_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="proofreader")
    add_convert_command(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["convert", *argv])
    return int(args.handler(args))


def test_convert_prints_one_line_per_kind_left_out(tmp_path, capsys) -> None:
    source, target = tmp_path / "in.vtt", tmp_path / "out.srt"
    source.write_text(YOUTUBE, encoding="utf-8")
    assert convert_cli(str(source), str(target)) == 0
    err = capsys.readouterr().err.splitlines()
    assert "2 inline timestamps have no SRT equivalent and were left out (karaoke)." in err
    assert len(err) == 5


def test_an_unedited_srt_converts_to_srt_byte_for_byte(tmp_path, capsys) -> None:
    data = (
        b"\xef\xbb\xbf0\r\n00:00:01,000 --> 00:00:02,000 X1:1 X2:2 Y1:3 Y2:4\r\nA\r\n\r\n"
        b"2\r\n0:0:3.5 --> 0:0:4.5\r\nB\r\n\r\n\r\n"
    )
    source, target = tmp_path / "in.srt", tmp_path / "out.srt"
    source.write_bytes(data)
    assert convert_cli(str(source), str(target)) == 0
    assert target.read_bytes() == data
    assert capsys.readouterr().err == ""


def test_a_utf16_file_with_u0000_converts_to_utf8_the_app_reads(tmp_path) -> None:
    source, target = tmp_path / "in.srt", tmp_path / "out.srt"
    source.write_bytes("1\n00:00:01,000 --> 00:00:02,000\nA\x00B\n".encode("utf-16"))
    assert convert_cli(str(source), str(target)) == 0
    assert parse_subtitle_bytes(target.read_bytes()).cues == [Cue(1000, 2000, "A\ufffdB")]


def test_overflowing_hours_are_one_sentence_and_exit_2_in_check_and_convert(
    tmp_path, capsys
) -> None:
    from proofreader.cli import main

    source = tmp_path / "huge.srt"
    source.write_text("1\n" + "1" * 1000 + ":00:01,000 --> 00:00:02,000\nx\n", encoding="utf-8")
    for argv in (["check", str(source)], ["convert", str(source), str(tmp_path / "o.vtt")]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "beyond 596 hours" in err and "Traceback" not in err
    assert main(["check", "--lenient", str(source)]) == 0
    assert "line 2: skipped: the time" in capsys.readouterr().err


def test_settings_that_leave_a_cue_where_srt_players_put_it_are_no_loss() -> None:
    vtt = (
        "WEBVTT\n\n00:01.000 --> 00:02.000 position:50.00%,middle align:middle size:80.00% "
        "line:84.67%\nBottom centre\n\n00:03.000 --> 00:04.000 line:10%\nTop\n\n"
        "00:05.000 --> 00:06.000 position:10% size:30%\nMoved\n"
    )
    srt, losses = _convert(vtt, "srt")
    assert "\nBottom centre\n" in srt and "\n{\\an8}Top\n" in srt
    assert losses == [
        "1 cue position has no SRT equivalent and was left out "
        "(position:, size:, region:, vertical:)."
    ]


def test_a_cue_of_spaces_only_keeps_its_spaces_in_srt() -> None:
    srt, _ = _convert("WEBVTT\n\n00:01.000 --> 00:02.000\n   \n", "srt")
    assert parse_subtitle_bytes(srt.encode()).cues == [Cue(1000, 2000, "\xa0\xa0\xa0")]
