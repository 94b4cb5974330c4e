"""File names for what the workflow downloads, from the title the user gave the job.

The contract names a proofread's files `<title>_proofread.srt` and
`<title>_proofread_original.srt`; renders follow the same pattern with the language. Only what
no file system accepts (path separators, reserved characters, control characters) is replaced.
"""

from __future__ import annotations

import re

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
MAX_STEM = 120


def safe_stem(text: str | None, fallback: str) -> str:
    """A file-name stem from a title: forbidden characters become '_', never empty or reserved."""
    stem = _FORBIDDEN.sub("_", (text or "").strip())
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:MAX_STEM].strip(" .")
    if not stem or stem.lower() in _RESERVED:
        stem = _FORBIDDEN.sub("_", fallback).strip(" .") or "untitled"
    return stem


def proofread_srt_names(title: str | None, proofread_id: str) -> tuple[str, str]:
    """(translated, original) default file names of a proofread session's SRT files."""
    stem = safe_stem(title, proofread_id)
    return f"{stem}_proofread.srt", f"{stem}_proofread_original.srt"


def render_stem(title: str | None, language: str | None, translation_id: str) -> str:
    """`<title>_<language>` for a render's files (the id when the title is missing)."""
    stem = safe_stem(title, translation_id)
    if language:
        stem = f"{stem}_{safe_stem(language, 'language')}"
    return stem
