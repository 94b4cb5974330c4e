"""Decoding subtitle bytes: BOMs, UTF-8, legacy code pages, and refusing what is not text."""

from __future__ import annotations

import pytest

from proofreader.subtitles.encoding import decode_subtitle_bytes
from proofreader.subtitles.errors import SubtitleParseError
from tests.subtitles.hostile_corpus import srt_text

TEXT = srt_text("Café, niño — 5 €", "Grüße, “quotes”…")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le"), "utf-32-le"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_to_the_same_text_without_the_bom(data: bytes, encoding: str) -> None:
    assert decode_subtitle_bytes(data) == (TEXT, encoding)


def test_short_western_files_are_read_as_cp1252_not_central_european() -> None:
    text = srt_text("Año nuevo, niño")
    assert decode_subtitle_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_latin_1_files_read_correctly() -> None:
    text = srt_text("À bientôt, garçon! Ça coûte très cher.")
    assert decode_subtitle_bytes(text.encode("latin-1"))[0] == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Привет, как дела? Всё хорошо, спасибо. Увидимся завтра.", "cp1251"),
        ("Zażółć gęślą jaźń. Dzień dobry, proszę pana.", "cp1250"),
        ("Güzel bir gün, şimdi İstanbul'a gidiyorum. Ağaç.", "cp1254"),
        ("Καλημέρα, πώς είστε σήμερα;", "cp1253"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy.", "cp1250"),
    ],
)
def test_other_code_pages_are_detected(text: str, codec: str) -> None:
    assert decode_subtitle_bytes(srt_text(text).encode(codec)) == (srt_text(text), codec)


def test_utf8_with_a_few_legacy_lines_decodes_each_line_right() -> None:
    data = "Müller\n".encode() + "Señor, 5 €\n".encode("cp1252") + "Ωmega\n".encode()
    assert decode_subtitle_bytes(data) == ("Müller\nSeñor, 5 €\nΩmega\n", "utf-8+cp1252")


def test_cp1252_bytes_it_leaves_undefined_still_decode() -> None:
    text = srt_text("El niño comió una manzana en el café de la esquina.")
    assert decode_subtitle_bytes(text.encode("cp1252") + b"\x81")[0] == text + "\x81"


def test_nul_padding_after_a_crash_is_dropped() -> None:
    assert decode_subtitle_bytes(TEXT.encode() + b"\x00" * 100)[0] == TEXT


def test_a_utf16_file_cut_in_its_last_character_still_reads() -> None:
    data = (b"\xff\xfe" + TEXT.encode("utf-16-le"))[:-1]
    assert decode_subtitle_bytes(data)[0] == TEXT[:-1]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "it looks like a PNG image"),
        (b"\x1a\x45\xdf\xa3\x01\x00", "Matroska/WebM video"),
        (b"\x00\x00\x00\x18ftypmp42", "MP4 or MOV video"),
        (b"1\n00:00:01,000 --> 00:00:02,000\nA\x00B\n", "NUL bytes (the first at byte 33)"),
        (bytes(range(1, 32)) * 20, "full of control characters"),
        (b"\xff\xfe\x00\xd8A\x00", "UTF-16-LE byte-order mark but byte 2"),
    ],
)
def test_what_is_not_text_is_refused_with_a_sentence(data: bytes, fragment: str) -> None:
    with pytest.raises(SubtitleParseError) as caught:
        decode_subtitle_bytes(data)
    message = str(caught.value)
    assert message.startswith("This file is not text: ") and fragment in message
    assert message.endswith("choose the .srt or .vtt subtitle file instead.")
    assert caught.value.line is None
