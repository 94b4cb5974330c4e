"""File names for what the workflow downloads, from the title the user gave the job.

The contract names a proofread's files `<title>_proofread.srt` and
`<title>_proofread_original.srt`; renders follow the same pattern with the language. Only what
no file system accepts (path separators, reserved characters, control characters) is replaced,
and a long title is shortened by its UTF-8 bytes (file systems count bytes, at most 255 in a
name: 90 CJK characters are 270), never in the middle of a character.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)
MAX_STEM_BYTES = 150
"""A title's share of a name: with `_<language>`, a suffix, `.part` and a temporary file's
`.<name>.<8 hex>.part` it stays under the 255 bytes of a file name."""
MAX_LANGUAGE_BYTES = 40
PART_SUFFIX = ".part"


def part_path(dest: Path, *resource: str) -> Path:
    """Where the download of `resource` (an id and which file) to `dest` collects its bytes.

    Named by the resource as well as the file: a `.part` left by an interrupted download of
    another render or session with the same title is never continued with this one's tail.
    """
    tag = hashlib.sha256("\0".join(resource).encode("utf-8")).hexdigest()[:10]
    return dest.with_name(f"{dest.name}.{tag}{PART_SUFFIX}")


def clip_utf8(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-8 bytes, on a character boundary."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def safe_stem(text: str | None, fallback: str, limit: int = MAX_STEM_BYTES) -> str:
    """A file-name stem from a title: forbidden characters become '_', never empty or reserved,
    at most `limit` UTF-8 bytes."""
    stem = _FORBIDDEN.sub("_", (text or "").strip())
    stem = clip_utf8(re.sub(r"\s+", " ", stem).strip(" ."), limit).strip(" .")
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
        stem = f"{stem}_{safe_stem(language, 'language', MAX_LANGUAGE_BYTES)}"
    return stem
