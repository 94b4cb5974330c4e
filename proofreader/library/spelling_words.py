"""Where the words added to a project dictionary are kept: plain UTF-8 word lists.

One file per project (`project-<id>.txt`) and one for documents that belong to no project
(`local.txt`: local files and the sample), in a `spelling` folder beside the settings. A text
file, one word a line, so a user can read, edit or share it; writes are atomic.
Beside them, `dictionaries/` is where a user puts extra Hunspell dictionaries (es_MX.aff/.dic).
"""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

from proofreader.subtitles.atomic import write_text_atomic
from proofreader.subtitles.spelling import ProjectDictionary

LOCAL_SCOPE = "local"
WORDS_FOLDER = "spelling"
DICTIONARIES_FOLDER = "dictionaries"
_SAFE = re.compile(r"[A-Za-z0-9_-]{1,80}")

_log = logging.getLogger(__name__)


def project_scope(project_id: str) -> str:
    """The word list name of a library project."""
    if _SAFE.fullmatch(project_id):
        return f"project-{project_id}"
    return "project-" + hashlib.sha256(project_id.encode("utf-8")).hexdigest()[:32]


class WordLists:
    """The project dictionaries under one folder (`<config>/spelling`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path(self, scope: str) -> Path:
        if not _SAFE.fullmatch(scope):
            raise ValueError(f"Not a word list name: {scope!r}.")
        return self.folder / f"{scope}.txt"

    def dictionaries_folder(self) -> Path:
        """Where the user's own Hunspell dictionaries go (not created here)."""
        return self.folder / DICTIONARIES_FOLDER

    def load(self, scope: str) -> ProjectDictionary:
        """The words of a list; a missing or unreadable file gives an empty one (logged)."""
        try:
            text = self.path(scope).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            return ProjectDictionary()
        except (OSError, UnicodeDecodeError) as exc:
            _log.warning("Cannot read the word list %s: %s", scope, exc)
            return ProjectDictionary()
        return ProjectDictionary(line.strip() for line in text.splitlines() if line.strip())

    def save(self, scope: str, dictionary: ProjectDictionary) -> None:
        """Write a list (raises OSError when the folder cannot be written)."""
        path = self.path(scope)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, "".join(f"{word}\n" for word in dictionary.words()))
