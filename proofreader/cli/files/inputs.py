"""Reading the local files the subtitle commands take, with one sentence for each failure.

Shared by `check` (check.py) and `report` (report.py): an input that cannot be used
raises Unreadable, whose message is what the command prints on stderr before exiting 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.glossary import Glossary, GlossaryError, load_glossary
from proofreader.subtitles.srt_io import read_subtitle_file


class Unreadable(Exception):
    """An input cannot be used; the message is the sentence printed on stderr."""


def read_cues(path: str) -> list[Cue]:
    """The cues of a subtitle file, or Unreadable naming the file (and the line, if known)."""
    source = Path(path)
    try:
        return read_subtitle_file(source).cues
    except SubtitleParseError as exc:
        where = f"{source}, line {exc.line}" if exc.line is not None else str(source)
        reason = exc.reason[:1].lower() + exc.reason[1:]
        raise Unreadable(f"Cannot read {where}: {reason}") from exc
    except FileNotFoundError as exc:
        raise Unreadable(f"Cannot read {source}: there is no such file.") from exc
    except IsADirectoryError as exc:
        raise Unreadable(f"Cannot read {source}: it is a folder, not a subtitle file.") from exc
    except OSError as exc:
        raise Unreadable(f"Cannot read {source}: {os_reason(exc)}.") from exc


def read_glossary(path: str) -> Glossary:
    try:
        return load_glossary(path)
    except GlossaryError as exc:
        raise Unreadable(str(exc)) from exc
    except OSError as exc:
        raise Unreadable(f"Cannot read the glossary {path}: {os_reason(exc)}.") from exc


def fail(code: int, sentence: str) -> int:
    """Print the sentence on stderr and give back the exit code."""
    print(sentence, file=sys.stderr)
    return code


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def os_reason(error: OSError) -> str:
    """ "permission denied" from an OSError, for the middle of a sentence."""
    return (error.strerror or str(error)).rstrip(".").lower()
