"""The document keeps everything it read: same-format writes give back the file's bytes, and
an edit changes only the cue it touched (the neighbours, NOTE/STYLE blocks and header stay)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.edits import (
    DeleteCues,
    InsertCues,
    MergeWithNext,
    SetText,
    SetTimes,
    SplitCue,
)
from proofreader.subtitles.srt_io import format_subtitles, parse_subtitle_bytes

VTT = (
    "WEBVTT - Netflix\r\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\r\n\r\n"
    "STYLE\r\n::cue(.yellow) {\r\n  color: yellow;\r\n\r\n}\r\n\r\n"
    "REGION\r\nid:top width:40% lines:3\r\n\r\n"
    "NOTE written by hand\r\n\r\n"
    "intro\r\n00:01.000 --> 00:02.000 line:10% align:start\r\nFish &amp; chips &copy;\r\n\r\n"
    "NOTE\r\n00:00:03.000 --> 00:00:04.000 region:top\r\nAfter a note line\r\n\r\n"
    "NOTE between cues\r\n\r\n"
    "3\r\n00:00:05.000 --> 00:00:06.000 position:20%\r\n&nbsp;\r\n"
)
SRT = (
    "\ufeff0\n00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:1 Y2:2\nZero\n\n"
    "2\n0:0:3.5 --> 0:0:4.5\nTwo\n\n"
    "4\n00:00:05,000 --> 00:00:06,000\n{\\an8}Four\n\n\n"
)


def _read(text: str):
    return parse_subtitle_bytes(text.encode("utf-8"))


def _written(file, cues, kind: str | None = None) -> str:
    return format_subtitles(cues, kind or file.format, **file.write_options())[0]


@pytest.mark.parametrize("text", [VTT, SRT, VTT.replace("\r\n", "\n"), SRT.replace("\n", "\r")])
def test_an_unedited_file_comes_back_exactly(text: str) -> None:
    file = _read(text)
    assert _written(file, file.cues).encode() == text.encode()


def test_a_vtt_cue_after_a_note_line_is_read_as_browsers_do() -> None:
    cues = _read(VTT).cues
    assert [cue.text for cue in cues] == ["Fish & chips ©", "After a note line", "\xa0"]


def _document_edit(text: str, edit) -> tuple[str, str]:
    file = _read(text)
    document = ProofreadDocument(file.cues)
    document.apply(edit)
    return _written(file, file.cues), _written(file, document.to_cues())


def test_editing_a_vtt_cue_changes_only_what_was_edited() -> None:
    before, after = _document_edit(VTT, SetText(0, "Fish & chips © and peas"))
    assert after == before.replace("Fish &amp; chips &copy;\r\n", "Fish &amp; chips © and peas\r\n")
    before, after = _document_edit(VTT, SetTimes(1, 3000, 4250))
    assert after == before.replace("00:00:04.000 region:top", "00:00:04.250 region:top")


def test_deleting_a_vtt_cue_keeps_the_note_blocks_around_it() -> None:
    _, after = _document_edit(VTT, DeleteCues((1,)))
    assert "After a note line" not in after
    assert "NOTE between cues\r\n\r\n3\r\n00:00:05.000" in after
    assert after.startswith(VTT[: VTT.index("intro")])


def test_a_new_vtt_cue_is_written_between_its_neighbours_untouched() -> None:
    _, after = _document_edit(VTT, InsertCues(1, (Cue(2500, 2900, "New < & >"),)))
    assert (
        "Fish &amp; chips &copy;\r\n\r\n00:02.500 --> 00:02.900\r\nNew &lt; &amp; &gt;\r\n" in after
    )
    assert after.replace("00:02.500 --> 00:02.900\r\nNew &lt; &amp; &gt;\r\n\r\n", "") == VTT


def test_splitting_a_positioned_vtt_cue_keeps_its_settings_on_both_halves() -> None:
    file = _read(VTT)
    document = ProofreadDocument(file.cues)
    document.apply(SplitCue(0, 5, 1500))
    after = _written(file, document.to_cues())
    assert "intro\r\n00:01.000 --> 00:01.500 line:10% align:start\r\nFish\r\n" in after
    assert "\r\n00:01.500 --> 00:02.000 line:10% align:start\r\n&amp; chips ©\r\n" in after


def test_srt_numbers_counted_as_written_are_kept_and_recounted_only_on_insert_or_delete() -> None:
    before, after = _document_edit(SRT, SetText(1, "Two, edited"))
    assert after == before.replace("\nTwo\n", "\nTwo, edited\n")
    _, after = _document_edit(SRT, DeleteCues((0,)))
    four = "2\n00:00:05,000 --> 00:00:06,000\n{\\an8}Four\n\n\n"
    assert after == "\ufeff0\n0:0:3.5 --> 0:0:4.5\nTwo\n\n" + four
    _, after = _document_edit(SRT, MergeWithNext(0))
    assert after.startswith(
        "\ufeff0\n00:00:01,000 --> 00:00:04,500 X1:10 X2:20 Y1:1 Y2:2\nZero\nTwo\n\n2\n00:00:05"
    )


def test_an_edited_time_keeps_the_spelling_of_the_stamp_it_replaces() -> None:
    _, after = _document_edit(SRT, SetTimes(1, 3600, 4500))
    assert "\n0:00:03.600 --> 0:0:4.5\nTwo\n" in after


def test_save_of_a_vtt_file_writes_webvtt_and_of_an_srt_file_srt(tmp_path) -> None:
    from proofreader.subtitles.srt_io import read_subtitle_file, write_subtitles

    source = tmp_path / "talk.es.vtt"
    source.write_bytes(VTT.encode())
    file = read_subtitle_file(source)
    cues = file.cues
    cues[2] = Cue(5000, 6000, "Three")
    write_subtitles(source, cues, **file.write_options())
    assert source.read_bytes() == VTT.replace("&nbsp;", "Three").encode()
    copy = tmp_path / "talk.es.srt"
    losses = write_subtitles(copy, cues, **file.write_options())
    assert copy.read_text(encoding="utf-8-sig").startswith(
        "1\n00:00:01,000 --> 00:00:02,000\n{\\an7}Fish & chips ©\n"
    )
    assert {loss.noun.split("|")[0] for loss in losses} >= {"REGION block", "NOTE block"}


_TEXT = st.text(alphabet="abc XYZ&<>éñ;.", min_size=1, max_size=12).filter(
    lambda line: line.strip() != "" and not line.strip().isdigit()
)
_EDIT = st.tuples(
    st.sampled_from(["text", "times", "insert", "delete", "split"]),
    st.integers(0, 40),
    st.lists(_TEXT, min_size=1, max_size=2),
    st.integers(0, 900),
)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([VTT, SRT]), st.lists(_EDIT, max_size=5))
def test_any_edits_read_back_as_made_and_untouched_cues_keep_their_bytes(text, edits) -> None:
    file = _read(text)
    cues = list(file.cues)
    for kind, at, lines, ms in edits:
        row = at % max(len(cues), 1)
        new_text = "\n".join(lines)
        if kind == "insert" or not cues:
            base = cues[row - 1].end_ms if cues and row else 0
            cues.insert(row, Cue(base + ms, base + ms + 500, new_text))
        elif kind == "text":
            cues[row] = Cue(cues[row].start_ms, cues[row].end_ms, new_text)
        elif kind == "times":
            cues[row] = Cue(ms, ms + 1000 + at, cues[row].text)
        elif kind == "delete":
            del cues[row]
        else:
            cue = cues[row]
            cues[row : row + 1] = [
                Cue(cue.start_ms, cue.start_ms + 1, cue.text),
                Cue(cue.start_ms + 1, cue.end_ms, new_text),
            ]
    written = _written(file, cues)
    assert parse_subtitle_bytes(written.encode()).cues == cues
    for source in file.layout.sources if file.layout else []:
        if source.cue in cues and source.identifier is None:
            assert source.raw.rstrip("\r\n") in written


def test_save_under_another_name_keeps_the_format_read(tmp_path) -> None:
    from proofreader.subtitles.srt_io import read_subtitle_file, write_subtitles

    source = tmp_path / "captions.txt"
    source.write_bytes(VTT.encode())
    file = read_subtitle_file(source)
    assert write_subtitles(source, file.cues, **file.write_options()) == []
    assert source.read_bytes() == VTT.encode()
