"""SpellingHighlighter: a red wavy underline under each misspelled word, live while typing.

Qt re-highlights only the paragraph being typed in, and a cue is a line or two, so the cost
per keystroke is a few dictionary lookups. Offsets from the speller are Python string indices;
Qt counts UTF-16 units, which differ after an emoji or another character beyond the BMP.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from proofreader.subtitles.spelling import SpellChecker, Token


def utf16_span(text: str, token: Token) -> tuple[int, int]:
    """(start, length) of a token in UTF-16 units, as QTextLayout counts."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return token.start, token.length
    before = text[: token.start]
    start = len(before.encode("utf-16-le")) // 2
    return start, len(token.word.encode("utf-16-le")) // 2


def token_at(text: str, utf16_offset: int, speller: SpellChecker) -> Token | None:
    """The misspelled word of `text` at a cursor offset (UTF-16), if there is one."""
    for token in speller.misspelled(text):
        start, length = utf16_span(text, token)
        if start <= utf16_offset <= start + length:
            return token
    return None


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines misspellings in one QTextDocument while a speller is set."""

    def __init__(self, document: QTextDocument, color: QColor) -> None:
        super().__init__(document)
        self._speller: SpellChecker | None = None
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(color)

    @property
    def speller(self) -> SpellChecker | None:
        return self._speller

    def set_speller(self, speller: SpellChecker | None) -> None:
        """Check with `speller` (None: no underlines) and redo the whole text."""
        self._speller = speller
        self.rehighlight()

    def set_color(self, color: QColor) -> None:
        self._format.setUnderlineColor(color)
        if self._speller is not None:
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        speller = self._speller
        if speller is None or not text:
            return
        for token in speller.misspelled(text):
            start, length = utf16_span(text, token)
            self.setFormat(start, length, self._format)

    def underlined(self) -> list[str]:
        """The words underlined now, in order (for tests and accessibility)."""
        document = self.document()
        found: list[str] = []
        block = document.begin()
        while block.isValid():
            text = block.text()
            for span in block.layout().formats():
                if span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                    found.append(_utf16_slice(text, span.start, span.length))
            block = block.next()
        return found


def _utf16_slice(text: str, start: int, length: int) -> str:
    data = text.encode("utf-16-le")
    return data[start * 2 : (start + length) * 2].decode("utf-16-le")
