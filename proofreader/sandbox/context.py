"""What every route of the sandbox needs, passed explicitly instead of looked up globally."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from proofreader.sandbox.errors import ApiError
from proofreader.sandbox.faults import Faults
from proofreader.sandbox.fetcher import SourceFetcher
from proofreader.sandbox.media import SampleMedia
from proofreader.sandbox.render_media import RenderMedia
from proofreader.sandbox.signing import UrlSigner
from proofreader.sandbox.store import Proofread, Store, Translation


@dataclass
class Settings:
    """Behaviour knobs; mutable, and read at the moment each request is handled."""

    api_key: str = "sandbox-key"
    proofread_delay_s: float = 0.5
    render_delay_s: float = 0.5
    link_ttl_s: float = 600.0
    session_ttl_s: float = 86400.0
    refuse_srt_assets: bool = False
    billing_type: str = "wallet"  # which published shape users/me answers in
    bad_source_fails_at_once: bool = False  # 400 download_failed instead of a failed session
    dub_renders: bool = False  # renders get the target language's voice and burned captions


@dataclass
class SandboxContext:
    settings: Settings
    store: Store
    files: Path
    signer: UrlSigner
    faults: Faults
    media: SampleMedia
    fetcher: SourceFetcher
    clock: Callable[[], float]
    renders: RenderMedia | None = None

    def path(self, name: str) -> Path:
        """The absolute path of a file the store names relative to the files folder."""
        return self.files / name

    def new_file(self, folder: str, suffix: str = "") -> tuple[str, Path]:
        """A fresh (relative name, absolute path) in one of the files folder's subfolders."""
        name = f"{folder}/{uuid.uuid4().hex}{suffix}"
        path = self.files / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return name, path

    def presign(self, method: str, path: str) -> str:
        ttl = self.settings.link_ttl_s
        return self.signer.sign(method, path, ttl, expired=self.faults.expire_links)

    def link_ttl_answer(self) -> int:
        """The ``expires_in_seconds`` a client is told for links issued now."""
        return 0 if self.faults.expire_links else int(self.settings.link_ttl_s)

    # -- state over time -----------------------------------------------------------------------

    def live_proofread(self, ident: str) -> Proofread:
        """The session, or 404 when unknown or expired (older than session_ttl_s, or forced)."""
        record = self.store.proofread(ident)
        if record is None or record.expired:
            raise ApiError(404, f"Proofread {ident} was not found.")
        if self.clock() - record.created_at > self.settings.session_ttl_s:
            raise ApiError(404, f"Proofread {ident} has expired; sessions last about 24 hours.")
        return record

    def proofread_status(self, record: Proofread) -> str:
        if self.clock() < record.ready_at:
            return "processing"
        return "failed" if record.failure_message else "completed"

    def translation_status(self, record: Translation) -> str:
        now = self.clock()
        if record.failure_message and record.ready_at <= record.created_at:
            return "failed"
        if now < record.running_at:
            return "pending"
        if now < record.ready_at:
            self.prepare_render(record)  # made while "HeyGen" renders, ready for the download
            return "running"
        if self.renders is not None and self.renders.pending(record.id):
            return "running"  # its video is still being made: the download would wait on it
        return "failed" if record.failure_message else "completed"

    def prepare_render(self, record: Translation) -> None:
        """Start making the render's video (dub_renders only; once; on a worker thread)."""
        if self.settings.dub_renders and self.renders is not None and record.source_file:
            source = self.path(record.source_file)
            srt_path = self.path(record.srt_file) if record.captions and record.srt_file else None
            self.renders.start(record.id, source, srt_path, record.output_language)

    def translation(self, ident: str) -> Translation:
        record = self.store.translation(ident)
        if record is None:
            raise ApiError(404, f"Video translation {ident} was not found.")
        return record
