"""A terminology glossary: source term -> required rendering, or do-not-translate.

File format (CSV, semicolon-separated CSV or TSV, UTF-8 with or without BOM; the delimiter is
taken from the extension or the first row):
    term,rendering[,marker]
An optional header row is recognised by its names ("term", "source", "translation", ...).
A row is do-not-translate when its rendering is empty or equal to the term, or when its marker
column says so ("dnt", "yes", "x", "true", "1", "do not translate", "keep"). A row with a single
column is a do-not-translate term. Several rows for one term give accepted alternatives.
Matching is case-insensitive and whole-word; spaces in a term also match a line break.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from proofreader.subtitles.text_metrics import strip_formatting

# A letter or digit of a script that separates words with spaces. Chinese, Japanese, Thai and
# Korean characters are left out so that a term glued to them (no spaces, or a Korean particle
# as in "HeyGen은") still counts as a whole word.
_SPACED_WORD = (
    r"[^\W\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_MARKERS = {
    "dnt",
    "yes",
    "y",
    "x",
    "true",
    "1",
    "do not translate",
    "do-not-translate",
    "keep",
    "✓",
}
_HEADER_WORDS = {
    "term", "source", "source term", "source_term", "original", "source text",
    "rendering", "translation", "target", "target term", "target_term", "required",
    "dnt", "do not translate", "do-not-translate", "marker", "keep", "type",
}  # fmt: skip


class GlossaryError(ValueError):
    """A glossary file cannot be used; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One rule. For a do-not-translate term, `rendering` is the term itself."""

    term: str
    rendering: str
    do_not_translate: bool


def _word_pattern(phrases: Iterable[str]) -> str:
    alternatives = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alternatives)
    return f"(?<!{_SPACED_WORD})(?:{body})(?!{_SPACED_WORD})"


class Glossary:
    """The rules of one glossary, compiled for fast matching over many cues."""

    def __init__(self, entries: Sequence[GlossaryEntry]) -> None:
        self.entries = tuple(entries)
        self._renderings: dict[str, list[str]] = {}
        self._labels: dict[str, str] = {}
        for entry in self.entries:
            key = entry.term.strip().lower()
            self._labels.setdefault(key, entry.term.strip())
            renderings = self._renderings.setdefault(key, [])
            if entry.rendering not in renderings:
                renderings.append(entry.rendering)
        self._dnt = {_normalize(e.term) for e in self.entries if e.do_not_translate}
        self._terms = (
            re.compile(_word_pattern(e.term for e in self.entries), re.IGNORECASE)
            if self.entries
            else None
        )
        self._required = {
            key: re.compile(_word_pattern(renderings), re.IGNORECASE)
            for key, renderings in self._renderings.items()
        }

    def __len__(self) -> int:
        return len(self.entries)

    def terms_in(self, original: str) -> tuple[str, ...]:
        """Keys of the glossary terms found in an original text, in order of first appearance."""
        if self._terms is None:
            return ()
        found: dict[str, None] = {}
        for match in self._terms.finditer(strip_formatting(original)):
            key = " ".join(match.group(0).split()).lower()
            if key not in self._renderings:  # a case mapping lower() does not round-trip
                key = next(
                    k for k in self._renderings if re.fullmatch(_word_pattern([k]), key, re.I)
                )
            found[key] = None
        return tuple(found)

    def missing(self, terms: Iterable[str], translation: str) -> list[str]:
        """Those of `terms` (keys from terms_in) whose required rendering the translation lacks."""
        visible = strip_formatting(translation)
        return [key for key in terms if self._required[key].search(visible) is None]

    def describe(self, key: str) -> str:
        """A sentence naming the rule for a term, for check messages."""
        label = self._labels[key]
        renderings = self._renderings[key]
        if all(r.strip().lower() == key for r in renderings):
            return f"Glossary: “{label}” must stay as is (do not translate)."
        shown = " or ".join(f"“{r}”" for r in renderings)
        return f"Glossary: “{label}” must be rendered {shown}."

    def is_do_not_translate(self, text: str) -> bool:
        """True when the whole text is a do-not-translate term (a name need not be translated)."""
        return bool(self._dnt) and _normalize(text) in self._dnt


def _normalize(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]+", " ", strip_formatting(text).lower()).split())


def _delimiter(first_line: str, suffix: str) -> str:
    if suffix in (".tsv", ".tab"):
        return "\t"
    counts = {d: first_line.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_glossary(text: str, *, suffix: str = "", source: str = "The glossary") -> Glossary:
    """Rules from the text of a glossary file (see the module's format)."""
    text = text.lstrip("\ufeff")
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        raise GlossaryError(f"{source} has no terms; put one term per line: term,rendering.")
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=_delimiter(lines[0], suffix))
    try:
        rows = [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:
        raise GlossaryError(f"{source} is not valid CSV ({exc}).") from exc
    marker_column = 2
    if rows and any(cell.lower() in _HEADER_WORDS for cell in rows[0][:3]):
        header = [cell.lower() for cell in rows.pop(0)]
        for i, name in enumerate(header):
            if name in ("dnt", "do not translate", "do-not-translate", "marker", "keep", "type"):
                marker_column = i
    entries = []
    for row in rows:
        if not row or not row[0]:
            continue
        term = row[0]
        rendering = row[1] if len(row) > 1 else ""
        marker = row[marker_column].lower() if len(row) > marker_column else ""
        dnt = not rendering or marker in _MARKERS or rendering.lower() == term.lower()
        entries.append(GlossaryEntry(term, term if dnt else rendering, dnt))
    if not entries:
        raise GlossaryError(f"{source} has no terms; put one term per line: term,rendering.")
    return Glossary(entries)


def load_glossary(path: str | Path) -> Glossary:
    """Read a glossary file; raises GlossaryError (or OSError) with a sentence for the user."""
    path = Path(path)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError(
            f"The glossary {path.name} is not UTF-8 text; save it as UTF-8 and try again."
        ) from exc
    return parse_glossary(text, suffix=path.suffix.lower(), source=f"The glossary {path.name}")
