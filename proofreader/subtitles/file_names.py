"""What a subtitle file's name says: the language code before its extension."""

from __future__ import annotations

import re
from pathlib import Path

_LANGUAGE_SUFFIX = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")


def language_suffix(path: str | Path) -> str | None:
    """ "es" in talk.es.srt, "pt-BR" in talk.pt-BR.vtt; None when the name has no such part.
    Callers check that they know the code (the checks' limits, a dictionary)."""
    suffixes = Path(path).suffixes
    if len(suffixes) < 2:
        return None
    code = suffixes[-2].lstrip(".")
    return code if _LANGUAGE_SUFFIX.match(code) else None
