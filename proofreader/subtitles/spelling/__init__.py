"""Spell checking of the translation, per target language, with bundled Hunspell dictionaries.

`load_speller("Spanish (Spain)")` gives a Speller (blocking: loads the dictionary the first
time, 0.05-0.3 s); `Speller.misspelled(text)` lists (start, length, word) for the highlighter;
`spelling_findings` turns texts into `spelling` findings for `proofreader check --spelling`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.spelling.dictionaries import (
    HunspellDictionary,
    NoDictionary,
    missing_sentence,
    open_dictionary,
)
from proofreader.subtitles.spelling.findings import SPELLING, spelling_finding, spelling_findings
from proofreader.subtitles.spelling.languages import (
    DictionaryChoice,
    choose_dictionary,
    language_from_filename,
)
from proofreader.subtitles.spelling.speller import (
    SUGGESTION_LIMIT,
    ProjectDictionary,
    SpellChecker,
    Speller,
)
from proofreader.subtitles.spelling.tokens import Token, words

__all__ = [
    "SPELLING",
    "SUGGESTION_LIMIT",
    "DictionaryChoice",
    "HunspellDictionary",
    "NoDictionary",
    "ProjectDictionary",
    "SpellChecker",
    "Speller",
    "Token",
    "choose_dictionary",
    "language_from_filename",
    "load_speller",
    "missing_sentence",
    "open_dictionary",
    "spelling_finding",
    "spelling_findings",
    "words",
]


def load_speller(
    language: str,
    project: ProjectDictionary | None = None,
    glossary: Glossary | None = None,
    *,
    folders: Sequence[Path] = (),
) -> Speller:
    """A speller for a target language ("Spanish (Spain)", "fr", "pt-BR"); `folders` hold the
    user's own .aff/.dic pairs, searched before the bundled ones. Raises NoDictionary with a
    sentence for the user when no dictionary spells the language."""
    choice = choose_dictionary(language)
    if choice is None:
        raise NoDictionary(f"There is no spelling dictionary for {language.strip() or 'it'}.")
    dictionary = open_dictionary(choice, folders)
    return Speller(dictionary, project, glossary, language=choice.name)
