"""The word-level difference between the machine translation and the current text, as HTML.

Words and the spaces between them are compared as tokens (difflib, in the Qt-free
subtitles/report/word_diff.py, which the review report shares), so a changed word shows as
one struck-out word followed by its replacement, the way a reviewer reads tracked changes.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QColor

from proofreader.subtitles.report.word_diff import tokens, word_diff

__all__ = ["DiffStyle", "diff_html", "tokens", "word_diff"]


@dataclass(frozen=True, slots=True)
class DiffStyle:
    inserted_background: QColor
    deleted_background: QColor
    deleted_text: QColor


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
