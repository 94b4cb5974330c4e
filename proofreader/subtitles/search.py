"""Find and replace over one column: the translation (default) or the read-only original.

Positions are character offsets in the cue's text as stored (tags included), so the editor can
select the match. Replace-all builds one SetTexts edit: a single undo step.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.edits import SetText, SetTexts


class SearchError(ValueError):
    """A search that cannot run; the message is a sentence for the user."""


class Column(enum.Enum):
    TRANSLATION = "translation"
    ORIGINAL = "original"


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What to look for. Plain text unless `regex`; case-insensitive unless `case_sensitive`."""

    pattern: str
    regex: bool = False
    whole_word: bool = False
    case_sensitive: bool = False
    column: Column = Column.TRANSLATION

    def compile(self) -> re.Pattern[str]:
        """The compiled pattern; raises SearchError for an empty or invalid one."""
        if not self.pattern:
            raise SearchError("Type something to search for.")
        body = self.pattern if self.regex else re.escape(self.pattern)
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        flags = re.MULTILINE | (0 if self.case_sensitive else re.IGNORECASE)
        try:
            return re.compile(body, flags)
        except re.error as exc:
            where = f" at position {exc.pos + 1}" if exc.pos is not None else ""
            raise SearchError(
                f"The search pattern is not a valid regular expression: {exc.msg}{where}."
            ) from exc


@dataclass(frozen=True, slots=True, order=True)
class Match:
    """A match in row `row` (0-based) from character `start` to `end` of that column's text."""

    row: int
    start: int
    end: int


def _column_text(document: ProofreadDocument, row: int, column: Column) -> str:
    entry = document[row]
    if column is Column.TRANSLATION:
        return entry.cue.text
    return entry.original.text if entry.original is not None else ""


def _matches_in(pattern: re.Pattern[str], text: str, row: int) -> Iterator[Match]:
    for m in pattern.finditer(text):
        if m.end() > m.start():  # an empty match cannot be shown or stepped through
            yield Match(row, m.start(), m.end())


def find_all(document: ProofreadDocument, query: SearchQuery) -> list[Match]:
    """Every match in the query's column, in document order."""
    pattern = query.compile()
    column = query.column
    found: list[Match] = []
    for row in range(len(document)):
        text = _column_text(document, row, column)
        if text and pattern.search(text):
            found.extend(_matches_in(pattern, text, row))
    return found


def find_next(
    document: ProofreadDocument,
    query: SearchQuery,
    row: int,
    position: int = 0,
    *,
    wrap: bool = True,
) -> Match | None:
    """The first match starting at or after (row, position); wraps to the top if `wrap`."""
    pattern = query.compile()
    n = len(document)
    if n == 0:
        return None
    row = min(max(row, 0), n - 1)
    rows = [*range(row, n), *(range(0, row + 1) if wrap else ())]
    for index, r in enumerate(rows):
        text = _column_text(document, r, query.column)
        for match in _matches_in(pattern, text, r):
            if index == 0 and match.start < position:
                continue
            if index == len(rows) - 1 and wrap and r == row and match.start >= position:
                break  # back where we started
            return match
    return None


def find_previous(
    document: ProofreadDocument, query: SearchQuery, row: int, position: int, *, wrap: bool = True
) -> Match | None:
    """The last match starting before (row, position); wraps to the bottom if `wrap`."""
    pattern = query.compile()
    n = len(document)
    if n == 0:
        return None
    row = min(max(row, 0), n - 1)
    rows = [*range(row, -1, -1), *(range(n - 1, row - 1, -1) if wrap else ())]
    for index, r in enumerate(rows):
        text = _column_text(document, r, query.column)
        matches = list(_matches_in(pattern, text, r))
        for match in reversed(matches):
            if index == 0 and match.start >= position:
                continue
            if index == len(rows) - 1 and wrap and r == row and match.start < position:
                break
            return match
    return None


def count_matches(document: ProofreadDocument, query: SearchQuery) -> int:
    """How many matches there are (for "12 matches" beside the search field)."""
    return len(find_all(document, query))


def _replacer(
    query: SearchQuery, pattern: re.Pattern[str], replacement: str
) -> str | Callable[[re.Match[str]], str]:
    """What re.sub takes: the template for a regex query (validated now), else a literal."""
    if query.column is Column.ORIGINAL:
        raise SearchError("The original is read-only; replace works in the translation only.")
    if not query.regex:
        return lambda _m: replacement  # literal: no backslash or group processing
    try:
        pattern.sub(replacement, "")  # re compiles the template first, so a bad one raises here
    except (re.error, IndexError) as exc:
        raise SearchError(f"The replacement text is not valid for this pattern: {exc}.") from exc
    return replacement


def replace_in_text(query: SearchQuery, text: str, replacement: str) -> tuple[str, int]:
    """The text with every match replaced, and how many were."""
    pattern = query.compile()
    repl = _replacer(query, pattern, replacement)
    return pattern.subn(repl, text)


def replace_all(
    document: ProofreadDocument, query: SearchQuery, replacement: str
) -> tuple[SetTexts, int]:
    """One edit replacing every match in the translation, and the number of replacements.

    Apply the edit (document.apply or a QUndoCommand) to make the change; undoing it restores
    every cue at once. With no match, the edit changes nothing and the count is 0.
    """
    pattern = query.compile()
    repl = _replacer(query, pattern, replacement)
    changes: list[tuple[int, str]] = []
    total = 0
    for row in range(len(document)):
        text = document[row].cue.text
        if not text or pattern.search(text) is None:
            continue
        new, count = pattern.subn(repl, text)
        total += count
        if new != text:
            changes.append((row, new))
    return SetTexts(tuple(changes), f"Replace all “{query.pattern}”"), total


def replace_match(
    document: ProofreadDocument, query: SearchQuery, match: Match, replacement: str
) -> SetText:
    """The edit replacing one match (the Replace button), with templates expanded for regex."""
    pattern = query.compile()
    _replacer(query, pattern, replacement)
    text = document[match.row].cue.text
    found = pattern.match(text, match.start)
    if found is None or found.end() != match.end:
        raise SearchError("The text changed since it was found; search again.")
    try:
        new = found.expand(replacement) if query.regex else replacement
    except (re.error, IndexError) as exc:
        raise SearchError(f"The replacement text is not valid for this pattern: {exc}.") from exc
    return SetText(match.row, text[: match.start] + new + text[match.end :])
