"""Turn the bytes of a subtitle file into text, whatever encoding the tool that wrote it chose.

Order: byte-order marks, strict UTF-8, UTF-8 mixed with a few legacy lines, then detection of a
legacy 8-bit code page with charset-normalizer (with a Western bias, because short cp1252 files
are easily mistaken for cp1250). Binary files are refused with a sentence that says what they are.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from proofreader.subtitles.errors import SubtitleParseError

_UTF8_BOM = b"\xef\xbb\xbf"
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"RIFF", "a WAV or AVI file"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x7fELF", "a program"),
)

# Control characters that never occur in text; tab, newlines, vertical tab and form feed are
# allowed (some tools break lines with a vertical tab; the reader warns about it).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_RATIO = 0.01
_WESTERN = "cp1252"
_LATIN1_FALLBACK = "proofreader-latin-1-fallback"
_LINES = re.compile(rb"[^\n]*\n?")


def decode_subtitle_bytes(data: bytes) -> tuple[str, str]:
    """Decode a subtitle file; returns (text, encoding name). The BOM is not part of the text.

    The name is descriptive (for example "utf-8-sig", "cp1252", "utf-8+cp1252" for a UTF-8 file
    with a few legacy lines); files are always written back as UTF-8.
    Raises SubtitleParseError("This file is not text: ...") for binary or undecodable data.
    """
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            return _decode_wide(data[len(bom) :], codec, len(bom)), codec
    if data.startswith(_UTF8_BOM):
        text, encoding = _decode_narrow(data[len(_UTF8_BOM) :], len(_UTF8_BOM))
        return text, "utf-8-sig" if encoding == "utf-8" else encoding
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise _not_text(f"it looks like {what}")
    if data[4:8] == b"ftyp":
        raise _not_text("it looks like an MP4 or MOV video")
    return _decode_narrow(data)


def _decode_wide(payload: bytes, codec: str, offset: int) -> str:
    """UTF-16/32 after its BOM; a file cut in the middle of its last character still reads."""
    try:
        return _checked(payload.decode(codec))
    except UnicodeDecodeError as error:
        if error.reason != "truncated data":
            raise _not_text(
                f"it starts with a {codec.upper()} byte-order mark but byte "
                f"{error.start + offset} does not fit that encoding"
            ) from None
        return _checked(payload[: error.start].decode(codec))


def _decode_narrow(data: bytes, offset: int = 0) -> tuple[str, str]:
    """Files without a wide BOM: UTF-8, UTF-8 with some legacy lines, or an 8-bit code page."""
    # Files cut short by a crash are often padded with NUL bytes; they carry no text.
    data = data.rstrip(b"\x00")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        first = data.index(b"\x00") + offset
        raise _not_text(
            f"it contains NUL bytes (the first at byte {first}), so it is binary, "
            "damaged, or in an encoding this app cannot recognise"
        )
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    encoding = _detect_legacy(data)
    return _checked(_decode_8bit(data, encoding)), encoding


def _checked(text: str) -> str:
    """Refuse text that is mostly control characters: random bytes decode in any 8-bit code page."""
    if _CONTROL.search(text) is None:
        return text
    count = len(_CONTROL.findall(text))
    if count > max(2, len(text) * _MAX_CONTROL_RATIO):
        raise _not_text("it is full of control characters")
    return text


def _not_text(reason: str) -> SubtitleParseError:
    return SubtitleParseError(
        f"This file is not text: {reason}; choose the .srt or .vtt subtitle file instead."
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: mostly-ASCII text leaves a NUL in every other byte."""
    if len(data) % 2:
        data += b"\x00"
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) > 0.6 * half and low.count(0) < 0.05 * half:
            try:
                text = data.decode(codec).rstrip("\x00")
            except UnicodeDecodeError:
                return None
            return _checked(text), codec
    return None


def _decode_mixed(data: bytes) -> tuple[str, str] | None:
    """A UTF-8 file with some lines pasted from a legacy file: decode line by line.

    None unless some whole line with non-ASCII characters is valid UTF-8 (legacy multi-byte
    files such as GBK contain UTF-8-valid byte pairs by chance, but not whole valid lines).
    """
    lines = [match.group() for match in _LINES.finditer(data) if match.group()]
    decoded: list[str | None] = []
    bad = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
            bad.append(line)
    if not any(text is not None and not text.isascii() for text in decoded):
        return None
    legacy = _detect_legacy(b"".join(bad))
    parts = [
        _decode_8bit(line, legacy) if text is None else text
        for line, text in zip(lines, decoded, strict=True)
    ]
    name = f"utf-8+{legacy}"
    return _checked("".join(parts)), name


def _detect_legacy(data: bytes) -> str:
    """Name the 8-bit code page of `data`, preferring cp1252 when it reads the bytes as well.

    charset-normalizer guesses wildly on short files ("Año nuevo" comes back as Big5), so a
    guess outside the Latin code pages loses to cp1252 when cp1252 reads like Western text.
    """
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        return _WESTERN
    for match in results:
        if (
            match.chaos <= best.chaos + 0.005
            and match.coherence >= best.coherence - 0.01
            and _WESTERN in match.could_be_from_charset
        ):
            return _WESTERN
    encoding = str(best.encoding)
    if encoding not in _LATIN_CODE_PAGES and _reads_as_western(data):
        return _WESTERN
    return encoding


# Code pages of Latin-script languages: a guess among these is trusted over the cp1252 heuristic.
_LATIN_CODE_PAGES = frozenset(
    {"cp1250", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4"}
    | {"iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16"}
)
# What Western European text uses beyond ASCII in cp1252. Left out on purpose: letters that
# mostly appear when cp1250/cp1254 text is misread (þ ð Ý ý), and rare symbols (¤ ¦ ¹ ³ µ ¶ ¬).
_WESTERN_CHARS = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜßàáâãäåæçèéêëìíîïñòóôõöøùúûüÿŒœŠšŽžŸƒ"
    "€‚„…†‡‰‹›‘’“”•–—™ ¡¢£¥§¨©ª«®¯°±²´·¸º»¼½¾¿×"
)
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")
_CP1252_UNDEFINED = dict.fromkeys(b"\x81\x8d\x8f\x90\x9d")  # these bytes say nothing


def _reads_as_western(data: bytes) -> bool:
    """cp1252 gives only Western letters and punctuation, mostly one at a time between ASCII
    letters (other scripts misread as cp1252 give whole words of accented letters)."""
    text = data.decode(_WESTERN, errors=_LATIN1_FALLBACK).translate(_CP1252_UNDEFINED)
    runs = _NON_ASCII_RUN.findall(text)
    if not runs or any(char not in _WESTERN_CHARS for run in runs for char in run):
        return False
    return sum(map(len, runs)) <= 1.5 * len(runs)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


def _decode_8bit(data: bytes, encoding: str) -> str:
    """Decode with a legacy code page; bytes it leaves undefined (cp1252 has 5) read as latin-1."""
    try:
        return data.decode(encoding, errors=_LATIN1_FALLBACK)
    except LookupError:
        return data.decode(_WESTERN, errors=_LATIN1_FALLBACK)


def decode_with(data: bytes, encoding: str) -> str:
    """Decode with an encoding the user chose ("Reopen with encoding"); a leading BOM is dropped.

    Raises SubtitleParseError when the bytes do not fit it or the name is unknown.
    """
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise SubtitleParseError(f"'{encoding}' is not an encoding this app knows.") from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise SubtitleParseError(
            f"This file cannot be read as {encoding}: byte {error.start} does not fit it; "
            "try another encoding."
        ) from None
    return _checked(text.removeprefix("\ufeff"))
