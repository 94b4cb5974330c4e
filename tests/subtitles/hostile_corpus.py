"""Builds the hostile corpus: subtitle files as real tools, people and accidents produce them.

Nothing binary is committed: each case is generated (seeded) at test time and written to a
temporary folder. Builders are lazy so that the 200,000-cue file is made only by its own test.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Outcome = Literal["load", "problems", "refuse"]


@dataclass(frozen=True)
class HostileFile:
    """One file and what reading it must do.

    load: a strict read succeeds. problems: a strict read raises a parse error naming a line,
    a lenient read succeeds and reports problems. refuse: both raise (the file is not subtitles).
    """

    name: str
    data: bytes
    outcome: Outcome
    cues: int | None = None
    texts: tuple[str, ...] = ()  # must appear inside some cue's text after a lenient read
    refusal: str = ""  # part of the refusal message
    ignorable: tuple[str, ...] = ()  # lines the reader drops by design (WebVTT header, NOTE)


def _stamp(ms: int, separator: str = ",") -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def srt_text(*texts: str, first: int = 1, newline: str = "\n") -> str:
    """A well-formed SRT of `texts`, two seconds apart, numbered from `first`."""
    blocks = [
        f"{number}\n{_stamp(number * 2000)} --> {_stamp(number * 2000 + 1500)}\n{text}\n"
        for number, text in enumerate(texts, first)
    ]
    return "\n".join(blocks).replace("\n", newline)


def _utf8(
    name: str,
    text: str,
    outcome: Outcome = "load",
    *,
    cues: int | None = None,
    texts: tuple[str, ...] = (),
    ignorable: tuple[str, ...] = (),
) -> HostileFile:
    return HostileFile(name, text.encode("utf-8"), outcome, cues, texts, ignorable=ignorable)


def _good_then(broken_timing: str) -> str:
    """A good cue, a cue with `broken_timing`, and another good cue."""
    return (
        srt_text("Before the broken cue.")
        + f"\n2\n{broken_timing}\nInside the broken cue.\n\n"
        + srt_text("After the broken cue.", first=3)
    )


def _many_cues(count: int) -> HostileFile:
    parts = [
        f"{n}\n{_stamp(n * 1000)} --> {_stamp(n * 1000 + 900)}\nCue number {n} says hello.\n"
        for n in range(1, count + 1)
    ]
    return HostileFile(f"cues_{count}.srt", "\n".join(parts).encode(), "load", cues=count)


CAFE = "Café, niño, 5 € — “quoted”…"
ARABIC = "\u200fمرحبا، كيف حالك اليوم؟"
VTT = (
    "WEBVTT - a VTT saved as .srt\nKind: captions\n\nNOTE a comment\nover two lines\n\n"
    "STYLE\n::cue { color: yellow }\n\nintro\n00:01.000 --> 00:02.500 align:start line:0\n"
    "Hello <c.yellow>VTT</c>\n\n00:00:03.000 --> 00:00:04.000\nFish &amp; chips\n"
)
VTT_IGNORABLE = (
    "WEBVTT - a VTT saved as .srt",
    "Kind: captions",
    "NOTE a comment",
    "over two lines",
    "STYLE",
    "::cue { color: yellow }",
    "intro",
    "Fish &amp; chips",
)

CORPUS: dict[str, Callable[[], HostileFile]] = {
    # Encodings
    "utf8_plain": lambda: _utf8(
        "utf8_plain.srt", srt_text("Hello there.", "Two lines\nof text."), cues=2
    ),
    "utf8_bom": lambda: HostileFile(
        "utf8_bom.srt",
        b"\xef\xbb\xbf" + srt_text("Grüße aus Köln").encode(),
        "load",
        texts=("Grüße aus Köln",),
    ),
    "utf16le_bom": lambda: HostileFile(
        "utf16le_bom.srt",
        ("\ufeff" + srt_text("Ça va? ¿Qué tal? 你好")).encode("utf-16-le"),
        "load",
        texts=("Ça va? ¿Qué tal? 你好",),
    ),
    "utf16be_bom": lambda: HostileFile(
        "utf16be_bom.srt",
        ("\ufeff" + srt_text("Привет 👋", newline="\r\n")).encode("utf-16-be"),
        "load",
        texts=("Привет 👋",),
    ),
    "utf16le_no_bom": lambda: HostileFile(
        "utf16le_no_bom.srt",
        srt_text("UTF-16 without a byte-order mark").encode("utf-16-le"),
        "load",
        texts=("UTF-16 without a byte-order mark",),
    ),
    "utf16_truncated": lambda: HostileFile(
        "utf16_truncated.srt",
        ("\ufeff" + srt_text("Cut short")).encode("utf-16-le")[:-1],
        "load",
        texts=("Cut short",),
    ),
    "utf32le_bom": lambda: HostileFile(
        "utf32le_bom.srt",
        ("\ufeff" + srt_text("Thirty-two bits")).encode("utf-32-le"),
        "load",
        texts=("Thirty-two bits",),
    ),
    "cp1252": lambda: HostileFile(
        "cp1252.srt",
        srt_text(CAFE, "Año nuevo, señor").encode("cp1252"),
        "load",
        texts=(CAFE, "Año nuevo, señor"),
    ),
    "latin1": lambda: HostileFile(
        "latin1.srt",
        srt_text("À bientôt, garçon! Ça coûte très cher.").encode("latin-1"),
        "load",
        texts=("À bientôt, garçon! Ça coûte très cher.",),
    ),
    "cp1251_cyrillic": lambda: HostileFile(
        "cp1251.srt",
        srt_text("Привет, как дела?", "Всё хорошо, спасибо. Увидимся завтра.").encode("cp1251"),
        "load",
        texts=("Привет, как дела?",),
    ),
    "mixed_utf8_cp1252": lambda: HostileFile(
        "mixed.srt",
        srt_text("Written in UTF-8: Müller").encode()
        + b"\n"
        + srt_text("Pasted from cp1252: Señor, 5 €", first=2).encode("cp1252"),
        "load",
        texts=("Written in UTF-8: Müller", "Pasted from cp1252: Señor, 5 €"),
    ),
    "utf8_bom_then_cp1252": lambda: HostileFile(
        "bom_cp1252.srt",
        b"\xef\xbb\xbf" + srt_text("Crème brûlée").encode("cp1252"),
        "load",
        texts=("Crème brûlée",),
    ),
    # Broken timestamps and structure
    "missing_arrow": lambda: _utf8(
        "missing_arrow.srt", _good_then("00:00:04,000 00:00:05,000"), "problems", cues=2
    ),
    "minutes_61": lambda: _utf8(
        "minutes_61.srt", _good_then("00:61:00,000 --> 00:62:00,000"), "problems", cues=2
    ),
    "negative_time": lambda: _utf8(
        "negative.srt", _good_then("-00:00:01,000 --> 00:00:02,000"), "problems", cues=2
    ),
    "letters_in_time": lambda: _utf8(
        "letters.srt", _good_then("00:0a:01,000 --> 00:oo:02,000"), "problems", cues=2
    ),
    "single_dash_arrow": lambda: _utf8(
        "single_dash.srt",
        srt_text("Good.") + "2\n00:00:04,000 -> 00:00:05,000\nNo blank line before me.\n",
        "problems",
        cues=1,
    ),
    "only_numbers": lambda: _utf8("only_numbers.srt", "1\n2\n3\n4\n", "problems", cues=0),
    "orphan_text": lambda: _utf8(
        "orphan.srt",
        srt_text("Before a blank line")
        + "\nAfter a blank line\n\n"
        + srt_text("Next cue", first=2),
        "problems",
        cues=2,
    ),
    "dangling_number": lambda: _utf8(
        "dangling.srt", srt_text("Last real cue") + "\n2\n", "load", cues=1
    ),
    "end_before_start": lambda: _utf8(
        "end_before_start.srt", "1\n00:00:05,000 --> 00:00:04,000\nBackwards\n", cues=1
    ),
    "duplicate_numbers": lambda: _utf8(
        "duplicates.srt",
        srt_text("One").replace("1\n", "7\n", 1) + "\n" + srt_text("Two", first=7),
        cues=2,
    ),
    "out_of_order_numbers": lambda: _utf8(
        "out_of_order.srt", srt_text("Five", first=5) + "\n" + srt_text("Three", first=3), cues=2
    ),
    "no_numbers": lambda: _utf8(
        "no_numbers.srt",
        "00:00:01,000 --> 00:00:02,000\nNo number\n\n00:00:03,000 --> 00:00:04,000\nNor here\n",
        cues=2,
    ),
    "dot_short_times_positions": lambda: _utf8(
        "dots.srt",
        "1\n00:00:01.5 --> 00:00:02.25 X1:100 X2:600 Y1:20 Y2:80\nDots and positions\n\n"
        "2\n01:02,000 --> 01:03,000\nNo hours\n",
        cues=2,
    ),
    "huge_hours": lambda: _utf8(
        "huge_hours.srt", "1\n123:00:00,000 --> 123:00:01,000\nA very long film\n", cues=1
    ),
    "no_blank_between_cues": lambda: _utf8(
        "no_blank.srt", srt_text("First", "Second", "Third").replace("\n\n", "\n"), cues=3
    ),
    "extra_blank_lines": lambda: _utf8(
        "extra_blank.srt",
        "\n\n\n" + srt_text("One", "Two").replace("\n\n", "\n \n\n\t\n\n") + "\n\n\n",
        cues=2,
    ),
    "number_like_text": lambda: _utf8(
        "numbers_text.srt",
        srt_text("42", "2024\n1999", "12:30 sharp", "3 -> 4"),
        cues=4,
        texts=("42", "2024\n1999", "12:30 sharp", "3 -> 4"),
    ),
    # Line endings
    "crlf_no_final_newline": lambda: _utf8(
        "crlf.srt", srt_text("Windows", "style", newline="\r\n").rstrip("\r\n"), cues=2
    ),
    "cr_only": lambda: _utf8("cr.srt", srt_text("Old", "Mac\nstyle", newline="\r"), cues=2),
    "mixed_newlines": lambda: _utf8(
        "mixed_newlines.srt",
        srt_text("One", newline="\r\n") + "\n" + srt_text("Two", first=2, newline="\r"),
        cues=2,
    ),
    # Tags, scripts and invisible characters
    "html_tags": lambda: _utf8(
        "html.srt",
        srt_text("<i>Italic</i> and <b>bold</b>", '<font color="#ff0000">Red</font> <u>u</u>'),
        texts=("<i>Italic</i> and <b>bold</b>", '<font color="#ff0000">Red</font> <u>u</u>'),
    ),
    "ass_tags": lambda: _utf8(
        "ass.srt",
        srt_text("{\\an8}Top of the screen", "{\\i1}ASS italic{\\i0}"),
        texts=("{\\an8}Top of the screen",),
    ),
    "arabic_rtl": lambda: _utf8(
        "arabic.srt", srt_text(ARABIC, "العنوان: ١٢٣ شارع النيل"), texts=(ARABIC,)
    ),
    "hebrew_rtl": lambda: _utf8(
        "hebrew.srt",
        srt_text("שלום, מה שלומך?", "גרסה 2.0 of the app"),
        texts=("שלום, מה שלומך?", "גרסה 2.0 of the app"),
    ),
    "emoji": lambda: _utf8(
        "emoji.srt",
        srt_text("Great job 👍🏽", "Family 👨‍👩‍👧‍👦 in 🇪🇸"),
        texts=("Great job 👍🏽", "Family 👨‍👩‍👧‍👦 in 🇪🇸"),
    ),
    "zero_width": lambda: _utf8(
        "zero_width.srt",
        srt_text("zero\u200bwidth", "\u200c\u200djoin\u2060ers", "\u200b"),
        texts=("zero\u200bwidth", "\u200c\u200djoin\u2060ers", "\u200b"),
        cues=3,
    ),
    "unicode_line_separator": lambda: _utf8(
        "line_separator.srt",
        srt_text("one\u2028two\u2029three\x85four"),
        cues=1,
        texts=("one\u2028two\u2029three\x85four",),
    ),
    "bom_in_middle": lambda: HostileFile(
        "bom_middle.srt",
        ("\ufeff" + srt_text("First file") + "\n\ufeff" + srt_text("Second file")).encode(),
        "load",
        cues=2,
        texts=("First file", "Second file"),
    ),
    "very_long_line": lambda: _utf8(
        "long_line.srt", srt_text("word " * 40_000 + "end"), cues=1, texts=("word word", "end")
    ),
    "stray_control_char": lambda: _utf8(
        "control.srt", srt_text("Bell\x07 rings"), cues=1, texts=("Bell\x07 rings",)
    ),
    "nul_padding": lambda: HostileFile(
        "nul_padding.srt",
        srt_text("Padded after a crash").encode() + b"\x00" * 512,
        "load",
        cues=1,
    ),
    "vtt_as_srt": lambda: _utf8(
        "vtt_as.srt",
        VTT,
        cues=2,
        ignorable=VTT_IGNORABLE,
        texts=("Hello <c.yellow>VTT</c>", "Fish & chips"),
    ),
    "vtt_real": lambda: _utf8("real.vtt", VTT, cues=2, ignorable=VTT_IGNORABLE),
    "empty": lambda: HostileFile("empty.srt", b"", "load", cues=0),
    "whitespace_only": lambda: HostileFile(
        "blank.srt", b" \n\t\r\n   \n\xc2\xa0\n", "load", cues=0
    ),
    "cues_200000": lambda: _many_cues(200_000),
    # Not subtitles at all
    "nul_bytes": lambda: HostileFile(
        "nul.srt",
        srt_text("Before").encode() + b"\x00\x01\x00garbage\x00" + b"x" * 50,
        "refuse",
        refusal="NUL bytes",
    ),
    "garbage_bytes": lambda: HostileFile(
        "garbage.srt", random.Random(3).randbytes(4096), "refuse", refusal="not text"
    ),
    "garbage_without_nul": lambda: HostileFile(
        "garbage2.srt",
        bytes(b or 1 for b in random.Random(4).randbytes(4096)),
        "refuse",
        refusal="control characters",
    ),
    "control_char_flood": lambda: HostileFile(
        "flood.srt",
        srt_text("\x01\x02\x03\x04\x05\x06" * 50).encode(),
        "refuse",
        refusal="control characters",
    ),
    "png_renamed": lambda: HostileFile(
        "picture.srt",
        b"\x89PNG\r\n\x1a\n" + random.Random(5).randbytes(2048),
        "refuse",
        refusal="PNG image",
    ),
    "mp4_renamed": lambda: HostileFile(
        "video.srt",
        b"\x00\x00\x00\x20ftypisom" + random.Random(6).randbytes(2048),
        "refuse",
        refusal="MP4",
    ),
}
