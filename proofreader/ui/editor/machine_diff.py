"""The word-level difference between the machine translation and the current text, as HTML.

Words and the spaces between them are compared as tokens (difflib), so a changed word shows as
one struck-out word followed by its replacement, the way a reviewer reads tracked changes.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

from PySide6.QtGui import QColor

_TOKEN = re.compile(r"\n|[^\S\n]+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class DiffStyle:
    inserted_background: QColor
    deleted_background: QColor
    deleted_text: QColor


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) runs with kind "equal", "delete" or "insert", in reading order."""
    a, b = tokens(old), tokens(new)
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            runs.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            runs.append(("insert", "".join(b[j1:j2])))
    return runs


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def diff_html(old: str, new: str, style: DiffStyle, *, rtl: bool = False) -> str:
    """Rich text for a QLabel: deletions struck out and tinted red, insertions tinted green."""
    parts = []
    ins = style.inserted_background.name()
    dele = style.deleted_background.name()
    del_text = style.deleted_text.name()
    for kind, text in word_diff(old, new):
        if kind == "equal":
            parts.append(_escape(text))
        elif kind == "delete":
            parts.append(
                f'<span style="background-color:{dele}; color:{del_text}; '
                f'text-decoration:line-through">{_escape(text)}</span>'
            )
        else:
            parts.append(f'<span style="background-color:{ins}">{_escape(text)}</span>')
    direction = ' dir="rtl"' if rtl else ""
    return f"<div{direction}>{''.join(parts)}</div>"
