"""A HeyGen proofread session as a document on this computer: its title, files and draft key.

It opens through the same road as a local file (autosave, recovery and Save work on it
unchanged); its key is the proofread id, and Save writes the service's cached working copy.
"""

from __future__ import annotations

from pathlib import Path

from proofreader.library import LibraryStore, Session, SourceKind
from proofreader.workflow import ReviewFiles
from proofreader.workspace.document_source import DocumentSource

SESSION_KIND = "session"


def session_title(store: LibraryStore, session: Session) -> str:
    project = store.get_project(session.project_id)
    title = project.title if project is not None else session.proofread_id
    return f"{title} ({session.language})"


def source_video(store: LibraryStore, session: Session) -> Path | None:
    """The project's source video when it is a file on this computer that still exists."""
    project = store.get_project(session.project_id)
    if project is None or project.source_kind is not SourceKind.FILE:
        return None
    path = Path(project.source_ref)
    return path if path.is_file() else None


def session_source(store: LibraryStore, session: Session, files: ReviewFiles) -> DocumentSource:
    """The editor's document for a session: its files, language and draft key."""
    return DocumentSource(
        key=session.proofread_id,
        kind=SESSION_KIND,
        title=session_title(store, session),
        translation=files.translated,
        original=files.original,
        video=source_video(store, session),
        language=session.language,
        machine=files.machine,
    )


def is_session(source: DocumentSource | None) -> bool:
    return source is not None and source.kind == SESSION_KIND
