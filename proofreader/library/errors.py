"""Errors of the library store, each a sentence a user can act on."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """The library file could not be used."""


class NotALibraryFile(LibraryError):
    """The file exists but is not a Proofreader library (or is damaged beyond reading)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path} is not a Proofreader library ({detail}); move it aside and start a new "
            "library, or restore it from a backup."
        )
        self.path = path


class LibraryTooNew(LibraryError):
    """The file was written by a newer version of the app, with a schema this one cannot read."""

    def __init__(self, path: Path, version: int, supported: int) -> None:
        super().__init__(
            f"The library {path} was written by a newer version of Proofreader (schema "
            f"{version}, this version reads up to {supported}); update Proofreader to open it."
        )
        self.path = path
        self.version = version


class UnknownRecord(LibraryError, LookupError):
    """A record the caller named is not in the library (it was removed, or never added)."""


class UnknownProject(UnknownRecord):
    def __init__(self, project_id: str) -> None:
        super().__init__(f"The project {project_id} is not in the library.")
        self.project_id = project_id


class UnknownSession(UnknownRecord):
    def __init__(self, proofread_id: str) -> None:
        super().__init__(f"The proofread session {proofread_id} is not in the library.")
        self.proofread_id = proofread_id


class UnknownTransfer(UnknownRecord):
    def __init__(self, transfer_id: str) -> None:
        super().__init__(f"The transfer {transfer_id} is not in the library.")
        self.transfer_id = transfer_id
