"""Checks against the original: untranslated, length-ratio (via dubbing), numbers, glossary.

They run per original: when several consecutive cues share one original (a split cue, or a
translation timed differently), their texts are joined and judged together against it, and
the findings go on each of them.
"""

from __future__ import annotations

import re
from collections import Counter

from proofreader.subtitles.checks.context import CheckContext
from proofreader.subtitles.checks.dubbing import length_ratio_finding, visible_width
from proofreader.subtitles.checks.findings import WARNING, Finding
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.text_metrics import strip_formatting, wide_count

# A number: digits with optional thousands groups (1,000 1.000 1 000, also narrow and Arabic
# separators) and an optional decimal part. Its value is its digits, so all writings compare equal.
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u066c' ]\d{3}(?!\d))*(?:[.,\u066b]\d+)?")
_DIGIT = re.compile(r"\d")
_NOT_ALNUM = re.compile(r"[\W_]+")
_ALNUM_RUN = re.compile(r"[^\W_]+")
_LETTER = re.compile(r"[^\W\d_]")


class OriginalInfo:
    """What the checks need from an original cue, computed once per original."""

    __slots__ = ("first_word", "numbers", "shown", "terms", "visible", "width")

    def __init__(self, visible: str, glossary: Glossary | None) -> None:
        self.visible = visible
        first = _ALNUM_RUN.search(visible)
        self.first_word = first.group(0).casefold() if first else ""  # first letters/digits
        self.width = visible_width(visible)
        self.numbers: Counter[str] | None = None
        self.shown: dict[str, str] = {}  # number value -> as written in the original
        if _DIGIT.search(visible):
            self.numbers, self.shown = _number_values(visible)
        self.terms = glossary.terms_in(visible) if glossary is not None else ()


def _number_values(text: str) -> tuple[Counter[str], dict[str, str]]:
    values: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for match in _NUMBER.finditer(text):
        digits = "".join(ch for ch in match.group(0) if ch.isdigit())
        value = str(int(digits)) if len(digits) <= 100 else digits  # also maps ٣ to 3
        values[value] += 1
        shown.setdefault(value, match.group(0).strip())
    return values, shown


def original_info(original: Cue, ctx: CheckContext) -> OriginalInfo:
    """The cached facts about an original cue."""
    cached = ctx.original_cache.get(id(original))
    if cached is not None and cached[0] is original:
        return cached[1]
    info = OriginalInfo(strip_formatting(original.text).strip(), ctx.glossary)
    ctx.original_cache[id(original)] = (original, info)
    return info


def _is_same_text(visible: str, info: OriginalInfo) -> bool:
    """Equal to the original apart from case, punctuation and spaces, and it has letters."""
    return (
        _NOT_ALNUM.sub("", visible.casefold()) == _NOT_ALNUM.sub("", info.visible.casefold())
        and _LETTER.search(info.visible) is not None
    )


def check_translation(
    visible: str, original: Cue, group_size: int, ctx: CheckContext, out: list[Finding]
) -> None:
    """Append the findings of a translation against its original.

    `visible` is the translation with formatting removed and stripped (several cues joined by
    line breaks when they share the original). The common no-finding path is kept inline.
    """
    if not visible:
        return  # "empty" already says it
    cached = ctx.original_cache.get(id(original))
    info = cached[1] if cached is not None and cached[0] is original else None
    if info is None:
        info = original_info(original, ctx)
    prefix = f"Across the {group_size} cues sharing this original: " if group_size > 1 else ""
    glossary = ctx.glossary
    # untranslated: a quick look at the first words rejects nearly every cue
    first = _ALNUM_RUN.search(visible) if info.first_word else None
    if first is not None:
        word = first.group(0).casefold()
        if (
            (word.startswith(info.first_word) or info.first_word.startswith(word))
            and _is_same_text(visible, info)
            and not (glossary is not None and glossary.is_do_not_translate(visible))
        ):
            out.append(
                Finding(
                    "untranslated",
                    WARNING,
                    f"{prefix}The translation is the same as the original"
                    " (apart from case, punctuation and spaces).",
                )
            )
    # length-ratio, in display columns
    if info.width >= ctx.ratio_min_chars:
        width = len(visible) - visible.count("\n")
        if not visible.isascii():
            width += wide_count(visible)
        ratio = width / info.width
        if not ctx.ratio_low <= ratio <= ctx.ratio_high:
            out.append(length_ratio_finding(ratio, prefix, ctx))
    if info.numbers:
        found = _number_values(visible)[0] if _DIGIT.search(visible) else Counter[str]()
        for value in info.numbers - found:
            out.append(
                Finding(
                    "numbers",
                    WARNING,
                    f"{prefix}The number {info.shown[value]} of the original is missing or "
                    "changed in the translation.",
                )
            )
    if info.terms and glossary is not None:
        for key in glossary.missing(info.terms, visible):
            out.append(Finding("glossary", WARNING, prefix + glossary.describe(key)))
