"""Reading the files a user names (translation, original, machine translation, glossary),
with one sentence for each way it can fail. The window, `edit`'s early check and the files
commands all read through here, so a file gets the same sentence wherever it is opened.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from proofreader.i18n import translate
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.glossary import Glossary, GlossaryError, load_glossary
from proofreader.subtitles.srt_io import SubtitleFile, read_subtitle_file

Role = Literal[
    "translation", "original", "machine translation", "video", "glossary", "subtitle file"
]


class LoadError(Exception):
    """A file (or draft) of the document cannot be used; the message is one sentence.

    `lenient_helps` says that a lenient read would open the rest (the window's "Open What Can
    Be Read", the command line's --lenient)."""

    def __init__(self, sentence: str, *, lenient_helps: bool = False) -> None:
        super().__init__(sentence)
        self.lenient_helps = lenient_helps


def file_role(role: Role) -> str:
    """A file's role as sentences name it after "the" ("Cannot read the translation …"); the
    translations carry their article (Spanish "la traducción")."""
    roles = {
        "translation": translate("FileRoles", "translation", "file role, with its article"),
        "original": translate("FileRoles", "original", "file role, with its article"),
        "machine translation": translate(
            "FileRoles", "machine translation", "file role, with its article"
        ),
        "video": translate("FileRoles", "video", "file role, with its article"),
        "glossary": translate("FileRoles", "glossary", "file role, with its article"),
        "subtitle file": translate("FileRoles", "subtitle file", "file role, with its article"),
    }
    return roles[role]


def read_subtitles(path: Path, role: Role, *, lenient: bool = False) -> SubtitleFile:
    """The file as read (cues, layout, and what a lenient read skipped), or LoadError."""
    try:
        return read_subtitle_file(path, lenient=lenient)
    except SubtitleParseError as exc:
        reason = exc.reason[:1].lower() + exc.reason[1:]
        if exc.line is None:
            sentence = translate("DocumentSource", "Cannot read the {role} {path}: {reason}")
        else:
            sentence = translate(
                "DocumentSource", "Cannot read the {role} {path}, line {line}: {reason}"
            )
        text = sentence.format(role=file_role(role), path=path, line=exc.line, reason=reason)
        raise LoadError(text, lenient_helps=exc.line is not None) from exc
    except OSError as exc:
        raise LoadError(_os_sentence(path, role, exc)) from exc


def read_glossary(path: Path) -> Glossary:
    """The glossary, or LoadError with its own sentence (a bad line names itself)."""
    try:
        return load_glossary(path)
    except GlossaryError as exc:
        raise LoadError(str(exc)) from exc
    except OSError as exc:
        raise LoadError(_os_sentence(path, "glossary", exc)) from exc


def openable_problem(path: Path, role: Role) -> str | None:
    """The sentence for a named file that cannot be opened at all, checked before any window
    is made (`proofreader edit missing.srt` answers on the terminal); None when it can."""
    if not path.exists():
        return _os_sentence(path, role, FileNotFoundError())
    if not path.is_file():
        return _os_sentence(path, role, IsADirectoryError())
    if not os.access(path, os.R_OK):
        return _os_sentence(path, role, PermissionError(13, "permission denied"))
    return None


def _os_sentence(path: Path, role: Role, exc: OSError) -> str:
    who = file_role(role)
    if isinstance(exc, FileNotFoundError):
        sentence = translate(
            "DocumentSource", "Cannot read the {role} {path}: there is no such file."
        )
    elif isinstance(exc, IsADirectoryError):
        sentence = translate(
            "DocumentSource", "Cannot read the {role} {path}: it is a folder, not a file."
        )
    else:
        sentence = translate("DocumentSource", "Cannot read the {role} {path}: {reason}.")
    return sentence.format(role=who, path=path, reason=os_reason(exc))


def os_reason(error: OSError) -> str:
    """ "permission denied" from an OSError, for the middle of a sentence."""
    return (error.strerror or str(error)).rstrip(".").lower()
