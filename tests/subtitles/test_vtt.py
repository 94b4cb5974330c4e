"""WebVTT: export that browsers accept, and a basic reader."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.srt_io import format_vtt, read_subtitle_file, write_vtt
from proofreader.subtitles.timecode import looks_like_timing
from proofreader.subtitles.vtt import parse_vtt


def test_export_has_the_header_and_dotted_times() -> None:
    assert format_vtt([Cue(1000, 3_723_004, "Hello"), Cue(4000, 5000, "Two\nlines")]) == (
        "WEBVTT\n\n00:00:01.000 --> 01:02:03.004\nHello\n\n"
        "00:00:04.000 --> 00:00:05.000\nTwo\nlines\n"
    )


def test_an_arrow_in_the_text_cannot_become_a_timing_line() -> None:
    exported = format_vtt([Cue(0, 1000, "00:00:05.000 --> 00:00:06.000\nA --> B")])
    assert exported.count("-->") == 1
    assert "00:00:05.000 --&gt; 00:00:06.000\nA --&gt; B" in exported


def test_blank_lines_inside_a_cue_collapse() -> None:
    assert format_vtt([Cue(0, 1000, "one\n\n \ntwo\n")]).endswith("\none\ntwo\n")


def test_italic_bold_and_underline_are_kept_and_other_markup_escaped() -> None:
    text = '<i>it</i> <b>bold</b> <u>u</u> <font color="red">red</font> a < b & c'
    exported = format_vtt([Cue(0, 1000, text)])
    assert exported.endswith("\n<i>it</i> <b>bold</b> <u>u</u> <c.red>red</c> a &lt; b &amp; c\n")
    assert "\nSTYLE\n::cue(.red) { color: red; }\n" in exported


def test_ass_alignment_becomes_cue_settings_and_other_overrides_go() -> None:
    exported = format_vtt([Cue(0, 1000, "{\\an8}Top"), Cue(1000, 2000, "{\\an7\\i1}Corner")])
    assert "00:00:00.000 --> 00:00:01.000 line:0\nTop\n" in exported
    assert "00:00:01.000 --> 00:00:02.000 line:0 align:start\nCorner\n" in exported


def test_an_empty_cue_is_a_timing_line_alone() -> None:
    assert format_vtt([Cue(0, 1000, "")]) == "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n"


def test_reads_header_notes_styles_ids_settings_and_character_references() -> None:
    text = (
        "WEBVTT - title\nKind: captions\n\nNOTE hidden\n\nSTYLE\n::cue { color: red }\n\n"
        "intro\n00:01.000 --> 00:02.000 align:start\n<v Ann>Fish &amp; chips &lt;3</v>\n\n"
        "00:00:03.000 --> 00:00:04.000\nTwo\nlines\n"
    )
    assert parse_vtt(text) == (
        [Cue(1000, 2000, "<v Ann>Fish & chips <3</v>"), Cue(3000, 4000, "Two\nlines")],
        [],
    )


def test_a_vtt_file_and_a_vtt_given_as_srt_are_recognised(tmp_path) -> None:
    cues = [Cue(0, 1500, "Hello"), Cue(2000, 3000, "<i>World</i>")]
    for name in ("a.vtt", "a.srt"):
        write_vtt(tmp_path / name, cues)
        read = read_subtitle_file(tmp_path / name)
        assert (read.format, read.cues) == ("vtt", cues)


_line = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff{"),
    min_size=1,
    max_size=25,
).filter(lambda line: not line.isspace() and not looks_like_timing(line))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.builds(
            lambda start, lines: Cue(start, start + 1000, "\n".join(lines)),
            st.integers(0, 3_600_000),
            st.lists(_line, max_size=3),
        ),
        max_size=6,
    )
)
def test_export_then_read_gives_the_same_cues(cues: list[Cue]) -> None:
    assume_plain = [cue for cue in cues if "<font" not in cue.text.lower()]
    assert parse_vtt(format_vtt(assume_plain)) == (assume_plain, [])


def test_a_cue_right_after_a_note_line_is_a_cue_as_browsers_show_it() -> None:
    text = (
        "WEBVTT\n\nNOTE\n00:00:01.000 --> 00:00:02.000\nShown\n\n"
        "NOTE a\nb\n\n00:03.000 --> 00:04.000\nx\n"
    )
    assert parse_vtt(text) == ([Cue(1000, 2000, "Shown"), Cue(3000, 4000, "x")], [])


def test_style_and_region_blocks_with_blank_lines_and_old_region_headers_are_read() -> None:
    text = (
        "WEBVTT\nRegion: id=fred width=40% lines=3\n"
        "X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n"
        "STYLE\n::cue {\n  color: red;\n\n  background: none;\n}\n\n"
        "REGION\nid:top\n\n00:01.000 --> 00:02.000 region:top\nOne\n"
    )
    read = read_subtitle_bytes(text)
    assert (read.cues, read.problems, read.warnings) == ([Cue(1000, 2000, "One")], [], [])


def test_the_whole_html_table_of_named_references_is_decoded() -> None:
    text = (
        "WEBVTT\n\n00:01.000 --> 00:02.000\n&copy; &notin; &hearts; &amp;amp; &nbsp &lt;3 &bogus;\n"
    )
    assert parse_vtt(text)[0][0].text == "© ∉ ♥ &amp; \xa0 <3 &bogus;"


def test_a_broken_vtt_timing_line_names_a_vtt_example() -> None:
    import pytest

    from proofreader.subtitles.errors import SubtitleParseError

    with pytest.raises(SubtitleParseError) as refused:
        parse_vtt("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nComma\n")
    assert refused.value.line == 3
    assert "WebVTT timing line" in str(refused.value) and "00:00:01.000" in str(refused.value)


def read_subtitle_bytes(text: str):
    from proofreader.subtitles.srt_io import parse_subtitle_bytes

    return parse_subtitle_bytes(text.encode("utf-8"))
