"""Spelling findings: the `spelling` check, one finding per misspelled word occurrence.

Spelling is not one of the Checker's always-on checks (it needs a dictionary loaded, and a
full pass over 20,000 cues costs about a second): `proofreader check --spelling` adds these
findings to the Checker's, and the editor underlines misspellings in the cue being edited.
Severity is warning: a word the dictionary does not know is often a name, so it never fails a
check run on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from proofreader.subtitles.checks.findings import CheckInfo, Finding, Severity
from proofreader.subtitles.spelling.speller import SpellChecker

SPELLING = CheckInfo("spelling", Severity.WARNING, "Possible misspelling")


def spelling_finding(word: str) -> Finding:
    """The finding naming one misspelled word."""
    return Finding(SPELLING.id, SPELLING.severity, f'Possible misspelling: "{word}".')


def spelling_findings(texts: Iterable[str], speller: SpellChecker) -> Iterator[tuple[int, Finding]]:
    """(row, finding) for every misspelled word of each text (the cues' translations), in
    row order then text order."""
    for row, text in enumerate(texts):
        for token in speller.misspelled(text):
            yield row, spelling_finding(token.word)
