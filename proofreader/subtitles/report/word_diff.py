"""The word-level difference between two texts: what a reviewer reads as tracked changes.

Words, single punctuation marks, runs of spaces and line breaks are the tokens (difflib compares
them), so a changed word shows as one deleted word followed by its replacement, and the text is
rebuilt exactly from the runs: the "equal" and "delete" runs give the old text, "equal" and
"insert" the new. Shared by the editor's machine-diff label and the review report.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

DiffKind = Literal["equal", "delete", "insert"]
#: (kind, text): one run of the difference, in reading order.
DiffRun = tuple[DiffKind, str]

_TOKEN = re.compile(r"\n|[^\S\n]+|\w+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Words, punctuation marks, space runs and line breaks; joined they give `text` back."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[DiffRun]:
    """The runs turning `old` into `new`; a replacement is a delete run then an insert run."""
    a, b = tokens(old), tokens(new)
    runs: list[DiffRun] = []
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


def diff_markup(runs: list[DiffRun]) -> str:
    """The runs as plain text in wdiff's notation: "[-deleted-]{+inserted+}" (for CSV)."""
    parts = []
    for kind, text in runs:
        if kind == "delete":
            parts.append(f"[-{text}-]")
        elif kind == "insert":
            parts.append(f"{{+{text}+}}")
        else:
            parts.append(text)
    return "".join(parts)
