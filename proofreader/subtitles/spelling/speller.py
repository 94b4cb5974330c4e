"""The spell checker the editor and `proofreader check --spelling` ask: which words of a text
are misspelled, and what to suggest.

A word is accepted when the project dictionary has it (any case), when it is a word of a
glossary term or rendering (names, brands), when the user chose Ignore this session, or when
the language's dictionary knows it. An unknown hyphenated word is accepted when each part is
known ("franco-alemán"); otherwise the unknown parts are the misspellings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.spelling.tokens import HYPHENS, Token, hyphen_parts, words

SUGGESTION_LIMIT = 6
_CACHE_LIMIT = 50_000


class SpellChecker(Protocol):
    """What the editor's highlighter and the spelling findings need."""

    def misspelled(self, text: str) -> list[Token]:
        """The misspelled words of `text`: (start, length, word), Python string offsets."""
        ...

    def suggestions(self, word: str, limit: int = SUGGESTION_LIMIT) -> list[str]:
        """Up to `limit` replacements for a misspelled word, best first."""
        ...


class WordSource(Protocol):
    """A dictionary: HunspellDictionary, or a plain word set in tests."""

    def knows(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class ProjectDictionary:
    """Words the user added ("Add to project dictionary"); matched whatever their case."""

    def __init__(self, added: Iterable[str] = ()) -> None:
        self._words: dict[str, str] = {}  # casefolded -> as first added
        for word in added:
            self.add(word)

    def add(self, word: str) -> bool:
        """Add a word; False when it was already there (or is blank)."""
        word = word.strip()
        key = word.casefold()
        if not key or key in self._words:
            return False
        self._words[key] = word
        return True

    def remove(self, word: str) -> bool:
        return self._words.pop(word.strip().casefold(), None) is not None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.casefold() in self._words

    def __len__(self) -> int:
        return len(self._words)

    def words(self) -> list[str]:
        """The added words, sorted without regard to case."""
        return sorted(self._words.values(), key=str.casefold)


def glossary_words(glossary: Glossary | None) -> frozenset[str]:
    """Every word of the glossary's terms and renderings, casefolded."""
    if glossary is None:
        return frozenset()
    found: set[str] = set()
    for entry in glossary.entries:
        for text in (entry.term, entry.rendering):
            found.update(token.word.casefold() for token in _all_words(text))
    return frozenset(found)


def _all_words(text: str) -> list[Token]:
    tokens = list(words(text))
    for token in list(tokens):
        tokens.extend(hyphen_parts(token))
    return tokens


class Speller:
    """A dictionary plus the words this project accepts; implements SpellChecker."""

    def __init__(
        self,
        dictionary: WordSource,
        project: ProjectDictionary | None = None,
        glossary: Glossary | None = None,
        *,
        language: str = "",
    ) -> None:
        self.dictionary = dictionary
        self.project = project if project is not None else ProjectDictionary()
        self.language = language  # the name messages use ("Spanish (Spain)")
        self._glossary = glossary_words(glossary)
        self._ignored: set[str] = set()
        self._known: dict[str, bool] = {}  # the dictionary's verdicts, by word

    def set_glossary(self, glossary: Glossary | None) -> None:
        self._glossary = glossary_words(glossary)

    def ignore(self, word: str) -> None:
        """Accept a word until this speller is dropped (the menu's Ignore)."""
        self._ignored.add(word.casefold())

    def is_correct(self, word: str) -> bool:
        key = word.casefold()
        if key in self.project or key in self._glossary or key in self._ignored:
            return True
        known = self._known.get(word)
        if known is None:
            if len(self._known) >= _CACHE_LIMIT:
                self._known.clear()
            known = self._known[word] = self.dictionary.knows(word)
        return known

    def misspelled(self, text: str) -> list[Token]:
        found: list[Token] = []
        for token in words(text):
            if self.is_correct(token.word):
                continue
            if any(h in token.word for h in HYPHENS):
                parts = hyphen_parts(token)
                wrong = [p for p in parts if not self.is_correct(p.word)]
                if parts and not wrong:
                    continue
                found.extend(wrong or [token])
            else:
                found.append(token)
        return found

    def suggestions(self, word: str, limit: int = SUGGESTION_LIMIT) -> list[str]:
        suggested = self.dictionary.suggest(word)
        return list(dict.fromkeys(s for s in suggested if s != word))[:limit]
