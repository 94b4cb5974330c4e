"""What the library remembers: plain, immutable records and their status enums."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path


class SourceKind(StrEnum):
    """Where a project's source video came from."""

    FILE = "file"  # source_ref: a local path
    URL = "url"  # source_ref: the public URL
    ASSET = "asset"  # source_ref: a HeyGen asset id
    UNKNOWN = "unknown"  # a session opened by id, made elsewhere


class SessionStatus(StrEnum):
    """A proofread session's local lifecycle (what the library badge shows)."""

    PROCESSING = "processing"  # the service is transcribing and translating
    READY = "ready"  # completed on the service, ready to review
    EDITING = "editing"  # opened locally, maybe with unsent changes
    UPLOADED = "uploaded"  # corrections sent to the service
    GENERATING = "generating"  # the final render is running
    DONE = "done"  # the render finished
    FAILED = "failed"  # the service said it failed (see failure_message)
    EXPIRED = "expired"  # the service no longer knows it (404 after about a day)


POLLED_STATUSES = frozenset({SessionStatus.PROCESSING, SessionStatus.GENERATING})


class TransferKind(StrEnum):
    UPLOAD = "upload"
    DOWNLOAD = "download"


class TransferState(StrEnum):
    RUNNING = "running"  # started; after a restart it is to be resumed or restarted
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Project:
    """One source video; its language sessions hang off it."""

    id: str
    title: str
    source_kind: SourceKind
    source_ref: str
    asset_id: str | None
    duration_s: float | None
    created_at: datetime


@dataclass(frozen=True)
class Session:
    """One proofread on the service (one target language), keyed by the service's id."""

    proofread_id: str
    project_id: str
    language: str
    status: SessionStatus
    failure_message: str | None
    created_at: datetime
    updated_at: datetime
    video_translation_id: str | None = None
    render_status: str | None = None  # the service's status of the render, as it said it
    translated_srt_path: Path | None = None  # cached copies, so a reopen works offline
    original_srt_path: Path | None = None


@dataclass(frozen=True)
class ProjectWithSessions:
    project: Project
    sessions: tuple[Session, ...]  # oldest first


@dataclass(frozen=True)
class Draft:
    """The editor's last autosaved snapshot of one document (opaque bytes)."""

    key: str  # a proofread id or a local file path
    payload: bytes
    local_changes: int
    saved_at: datetime


@dataclass(frozen=True)
class DraftInfo:
    """A draft without its payload, for the "restore after crash" list and the badges."""

    key: str
    local_changes: int
    saved_at: datetime
    size: int


@dataclass(frozen=True)
class Transfer:
    """An upload or download, remembered so it can resume or restart after the app restarts."""

    id: str
    kind: TransferKind
    proofread_id: str | None
    source: str  # the URL or local path read from
    dest: str  # the local path or URL written to
    bytes_done: int
    total: int | None
    state: TransferState
    error: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class RenderOutputs:
    """Where the files of a finished render were downloaded."""

    video_translation_id: str
    proofread_id: str | None
    folder: Path
    files: tuple[Path, ...]
    created_at: datetime
