"""The words of a subtitle to spell-check, with where each one is in the text.

Skipped, because a dictionary cannot judge them: formatting tags (<i>, {\\an8}), URLs, e-mail
addresses and domain names, anything with a digit or an underscore ("MP4", "3D"), words in
capitals ("NASA", "CEO"), words with a capital inside ("HeyGen", "iPhone") and single letters.
A word keeps its inner apostrophes and hyphens ("aujourd'hui", "peut-être"): the dictionary
knows many such words whole; the speller checks the parts of an unknown hyphenated word.
Combining marks count as letters, so Devanagari and Arabic words are not cut at their vowel signs.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

APOSTROPHES = "'\u2019\u02bc"  # typewriter, right single quotation mark, modifier letter
HYPHENS = "-\u2010\u2011"
_JOINERS = "\u200c\u200d"  # zero-width non-joiner / joiner: part of Persian and Indic words

# Markup and addresses, blanked out (same length) before looking for words.
_MASK = re.compile(
    r"</?[A-Za-z][^<>\n]*>|<\d[\d:.]*>|\{\\[^{}]*\}"  # tags, as text_metrics removes them
    r"|(?:https?://|ftp://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|io|ai|app|dev|co|tv|me|info)\b(?:/\S*)?",
    re.IGNORECASE,
)


class Token(NamedTuple):
    """A word to check: `text[start:start + length] == word`."""

    start: int
    length: int
    word: str


@cache
def _word_run() -> re.Pattern[str]:
    """Letters, digits and marks, joined by single apostrophes or hyphens."""
    marks = _mark_ranges()
    letter = f"[\\w{marks}{_JOINERS}]"
    joiner = f"[{APOSTROPHES}{HYPHENS}]"
    return re.compile(f"{letter}+(?:{joiner}{letter}+)*")


def _mark_ranges() -> str:
    """A character-class body of every combining mark (category M) in the BMP and beyond."""
    parts: list[str] = []
    start = -1
    limit = min(sys.maxunicode, 0x1FFFF) + 1
    for cp in range(0x300, limit):
        is_mark = unicodedata.category(chr(cp))[0] == "M"
        if is_mark and start < 0:
            start = cp
        elif not is_mark and start >= 0:
            parts.append(f"{chr(start)}-{chr(cp - 1)}" if cp - 1 > start else chr(start))
            start = -1
    if start >= 0:
        parts.append(f"{chr(start)}-{chr(limit - 1)}")
    return re.escape("".join(parts)).replace("\\-", "-")


def _masked(text: str) -> str:
    if "<" not in text and "{" not in text and "." not in text and "@" not in text:
        return text
    return _MASK.sub(lambda m: " " * len(m.group(0)), text)


def _skipped(word: str) -> bool:
    if len(word) < 2 or "_" in word:
        return True
    if any(ch.isdigit() for ch in word):
        return True
    if word.isupper():  # an acronym or a shouted word
        return True
    return any(ch.isupper() for ch in word[1:])  # HeyGen, iPhone, McDonald: names


def words(text: str) -> Iterator[Token]:
    """The words of `text` to check, in order (offsets are Python string indices)."""
    if not text:
        return
    for match in _word_run().finditer(_masked(text)):
        word = match.group(0)
        if not _skipped(word):
            yield Token(match.start(), len(word), word)


def hyphen_parts(token: Token) -> list[Token]:
    """The parts of a hyphenated word ("franco-alemán" -> "franco", "alemán")."""
    parts: list[Token] = []
    offset = token.start
    for part in re.split(f"[{HYPHENS}]", token.word):
        if not _skipped(part):
            parts.append(Token(offset, len(part), part))
        offset += len(part) + 1
    return parts
