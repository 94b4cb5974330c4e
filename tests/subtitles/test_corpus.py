"""Every file of tests/corpus (real files written by others, see SOURCES.md) is read, written
back, converted both ways and compared with two peer readers, pysubs2 and webvtt-py.

Where a peer disagrees, the file is listed below with the reason we are right; the W3C
web-platform-tests files (wpt/) are checked against the cues their own tests expect.
"""

from __future__ import annotations

import io
from pathlib import Path

import pysubs2
import pytest
import webvtt

from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.srt_io import SubtitleFile, format_subtitles, parse_subtitle_bytes
from proofreader.subtitles.text_metrics import strip_formatting

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".srt", ".vtt"))
NAMES = [str(p.relative_to(CORPUS)) for p in FILES]

# Files with a block a strict read refuses (naming its line); a lenient read takes the rest.
MALFORMED = {
    "vtt.js/cue-times__incorrect-delimiter.vtt": "'00.00.000' is no WebVTT time",
    "vtt.js/cue-times__min-top-digits.vtt": "'000:00.000': minutes need exactly two digits",
    "vtt.js/file-layout__bad-double-webvtt.vtt": "'WEBvtt' is no WebVTT signature",
    "webvtt-py/invalid_format2.srt": "text without any timing line",
    "webvtt-py/invalid_format3.srt": "text without any timing line",
    "webvtt-py/invalid_format4.srt": "'some text' where a cue number should be",
    "webvtt-py/invalid_timeframe.vtt": "'00:00:1d.890' is no time",
    "webvtt-py/missing_timeframe.srt": "a cue without its timing line",
    "wpt/arrows.vtt": "'-->' lines that are no timing lines (browsers skip them)",
    "wpt/timings-too-long.vtt": "timestamps with too many digits (the test's 'invalid' cues)",
    "wpt/timings-too-short.vtt": "timestamps with too few digits (the test's 'invalid' cues)",
}

# (file, peer) -> why our reading is the right one.
_CONTINUES = (
    "a blank line (or a timing line) ends a cue in WebVTT; {peer} runs on into the next block"
)
PEER_DISAGREEMENTS = {
    ("pysrt/capability_tester.srt", "pysubs2"): "SRT has no {…} markup but ASS overrides ({\\…});"
    " we keep '{normal text}' as written, as pysrt does",
    ("pysrt/capability_tester.srt", "webvtt-py"): "webvtt-py drops unknown tags such as"
    " '2<3,5>1' from SRT text; we keep the text as written, as pysrt does",
    ("pysrt/empty.srt", "webvtt-py"): "webvtt-py drops cues without text; the file has them",
    ("webvtt-py/missing_caption_text.srt", "webvtt-py"): "webvtt-py drops cues without text",
    ("pysrt/invalid.srt", "pysubs2"): "'00:00:01 --> 00:00:10' (no milliseconds) is read, as"
    " Subtitle Edit reads it; the cue's text is shown by mpv too",
    ("pysrt/invalid.srt", "webvtt-py"): "the same: a timing line without milliseconds",
    ("pysrt/no-indexes.srt", "webvtt-py"): "webvtt-py refuses SRT without cue numbers",
    ("vtt.js/cue-times__min-top-digits.vtt", "pysubs2"): "'000:00.000' breaks the WebVTT"
    " timestamp rules (the WPT timings-too-long test expects no cue)",
    ("vtt.js/cuetext__escape-characters__incorrect.vtt", "pysubs2"): "browsers decode character"
    " references with HTML's table ('&nbsp' without ';' too); peers leave them as text",
    ("vtt.js/cuetext__escape-characters__incorrect.vtt", "webvtt-py"): "the same",
    ("vtt.js/cuetext__escape-characters__nbsp.vtt", "pysubs2"): "'&nbsp;' is a no-break space",
    ("vtt.js/cuetext__escape-characters__nbsp.vtt", "webvtt-py"): "the same",
    ("vtt.js/cuetext__escape-characters__together.vtt", "pysubs2"): "character references",
    ("vtt.js/cuetext__escape-characters__together.vtt", "webvtt-py"): "character references",
    ("vtt.js/cuetext__timestamp__nested.vtt", "pysubs2"): "pysubs2 splits a karaoke cue at"
    " its inline timestamps into two events; it is one cue",
    ("vtt.js/file-layout__bad-double-webvtt.vtt", "webvtt-py"): "both read no cue",
    ("webvtt-py/empty.vtt", "webvtt-py"): "an empty file has no cues; webvtt-py refuses it",
    ("webvtt-py/invalid.vtt", "webvtt-py"): "no WEBVTT line: read as SRT-like blocks, as pysubs2",
    ("webvtt-py/invalid_format1.srt", "webvtt-py"): "a lone '1': no cue, with a warning",
    ("webvtt-py/invalid_format2.srt", "webvtt-py"): "no cue; the text is reported",
    ("webvtt-py/invalid_format3.srt", "webvtt-py"): "no cue; the text is reported",
    ("webvtt-py/invalid_format4.srt", "webvtt-py"): "the one readable cue is taken",
    ("webvtt-py/missing_timeframe.srt", "pysubs2"): "the block without a timing line is"
    " reported, not glued to the previous cue's text",
    ("webvtt-py/missing_timeframe.srt", "webvtt-py"): "the same",
    ("wpt/timings-too-long.vtt", "pysubs2"): "pysubs2 fails on this file (ValueError)",
    ("wpt/timings-too-short.vtt", "pysubs2"): "the WPT test expects these 2 cues",
    ("wpt/timings-too-short.vtt", "webvtt-py"): "the WPT test expects these 2 cues",
}
for _name in (
    "vtt.js/cuetext__format__double-line-break.vtt",
    "vtt.js/file-layout__many-comments.vtt",
    "vtt.js/integration__one-line-comment.vtt",
    "webvtt-py/comments.vtt",
    "webvtt-py/invalid_timeframe.vtt",
    "webvtt-py/missing_timeframe.vtt",
    "webvtt-py/using_identifiers.vtt",
    "wpt/arrows.vtt",
    "wpt/ids.vtt",
    "wpt/settings-line.vtt",
):
    PEER_DISAGREEMENTS[(_name, "pysubs2")] = _CONTINUES.format(peer="pysubs2")

# What the web-platform-tests expect of their files: (text, start_ms, end_ms) per cue.
_ZERO_ONE = [(f"text{n}", 0, 1000) for n in range(1, 7)]
WPT_CUES = {
    "wpt/arrows.vtt": _ZERO_ONE,
    "wpt/ids.vtt": _ZERO_ONE[:5],
    "wpt/regions-old.vtt": _ZERO_ONE[:2],
    "wpt/timings-omitted-hours.vtt": _ZERO_ONE[:3],
    "wpt/timings-too-long.vtt": _ZERO_ONE[:2],
    "wpt/timings-too-short.vtt": _ZERO_ONE[:2],
    "wpt/settings-align.vtt": [(f"text{n}", 0, 1000) for n in range(1, 14)],
    "wpt/settings-vertical.vtt": _ZERO_ONE[:4] + [("invalid", 0, 1000)] * 4,
    "wpt/regions-scroll.vtt": [("text", 0, 1000)] * 6,
    "wpt/timings-negative.vtt": [
        ("text1", 0, 0),
        ("text2", 1000, 999),
        ("text3", 60_000, 59_999),
        ("text4", 3_600_000, 3_599_999),
    ],
}
WPT_IDS = {"wpt/ids.vtt": [" leading space", "trailing space ", "-- >", "->", " "]}


def _read(name: str) -> SubtitleFile:
    data = (CORPUS / name).read_bytes()
    if name in MALFORMED:
        with pytest.raises(SubtitleParseError) as refused:
            parse_subtitle_bytes(data)
        assert refused.value.line is not None
        read = parse_subtitle_bytes(data, lenient=True)
        assert read.problems
        return read
    return parse_subtitle_bytes(data)


def _plain(text: str) -> list[str]:
    """Text as a viewer reads it: no markup, no blank lines, lines stripped."""
    lines = strip_formatting(text.replace("(", "").replace(")", "")).split("\n")
    return [line.strip() for line in lines if line.strip()]


def test_the_corpus_has_sixty_files_each_with_its_source() -> None:
    assert len(FILES) >= 60
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert [name for name in NAMES if f"`{name}`" not in sources] == []


@pytest.mark.parametrize("name", NAMES)
def test_writing_the_same_format_gives_back_the_file(name: str) -> None:
    data = (CORPUS / name).read_bytes()
    read = _read(name)
    written, losses = format_subtitles(read.cues, read.format, **read.write_options())
    assert losses == []
    if read.encoding in ("utf-8", "utf-8-sig"):
        assert written.encode("utf-8") == data
    else:  # written as UTF-8: the same text (and a BOM, as UTF-8's, when the file had one)
        assert read.layout is not None
        assert written.lstrip("\ufeff") == read.layout.text
        assert parse_subtitle_bytes(written.encode("utf-8")).cues == read.cues


@pytest.mark.parametrize("name", NAMES)
def test_converting_both_ways_keeps_every_cue_and_its_words(name: str) -> None:
    read = _read(name)
    other = "srt" if read.format == "vtt" else "vtt"
    converted, _ = format_subtitles(read.cues, other, **read.write_options())
    back = parse_subtitle_bytes(converted.encode("utf-8"))
    assert (back.format, back.problems) == (other, [])
    assert [(c.start_ms, c.end_ms) for c in back.cues] == [
        (c.start_ms, c.end_ms) for c in read.cues
    ]
    assert [_plain(c.text) for c in back.cues] == [_plain(c.text) for c in read.cues]
    again, _ = format_subtitles(back.cues, read.format, **back.write_options())
    assert [c.start_ms for c in parse_subtitle_bytes(again.encode()).cues] == [
        c.start_ms for c in read.cues
    ]


def _peer_texts(name: str, read: SubtitleFile, peer: str) -> list[list[str]] | str:
    data = (CORPUS / name).read_bytes()
    encoding = read.encoding.split("+")[0]
    text = data.decode("utf-8" if "+" in read.encoding else encoding, "replace").lstrip("\ufeff")
    try:
        if peer == "pysubs2":
            events = pysubs2.SSAFile.from_string(text, format_=read.format)
            return [_plain(event.plaintext) for event in events]
        captions = webvtt.from_buffer(io.StringIO(text), format=read.format).captions
        return [_plain(caption.text) for caption in captions]
    except Exception as error:  # a peer that cannot read the file disagrees with any reading
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("peer", ["pysubs2", "webvtt-py"])
@pytest.mark.parametrize("name", NAMES)
def test_peers_read_the_same_cues_or_the_difference_is_explained(name: str, peer: str) -> None:
    read = _read(name)
    ours = [_plain(cue.text) for cue in read.cues]
    theirs = _peer_texts(name, read, peer)
    if (name, peer) in PEER_DISAGREEMENTS:
        assert theirs != ours, f"{peer} now agrees on {name}: remove it from the list"
    else:
        assert theirs == ours


@pytest.mark.parametrize("name", sorted(WPT_CUES))
def test_web_platform_tests_expectations(name: str) -> None:
    read = _read(name)
    assert [(c.text, c.start_ms, c.end_ms) for c in read.cues] == WPT_CUES[name]
    if name in WPT_IDS:
        assert read.layout is not None
        assert [s.identifier for s in read.layout.sources] == WPT_IDS[name]


def test_web_platform_tests_line_settings_file_has_its_36_cues() -> None:
    read = _read("wpt/settings-line.vtt")
    assert len(read.cues) == 36 and read.layout is not None
    assert read.layout.sources[0].timing.endswith(" line:-1")


def test_web_platform_tests_alignments_become_the_srt_alignment_browsers_use() -> None:
    read = _read("wpt/settings-align.vtt")
    srt, _ = format_subtitles(read.cues, "srt", **read.write_options())
    expected = [
        "center",
        "start",
        "center",
        "end",
        "left",
        "right",
        "end",
        "end",
        "end",
        "end",
        "end",
        "end",
        "center",
    ]
    tags = {
        "center": "",
        "start": "{\\an1}",
        "left": "{\\an1}",
        "end": "{\\an3}",
        "right": "{\\an3}",
    }
    texts = [cue.text for cue in parse_subtitle_bytes(srt.encode()).cues]
    assert texts == [f"{tags[align]}text{n}" for n, align in enumerate(expected, 1)]
