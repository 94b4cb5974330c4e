"""Starting proofreads: upload a local video (a job), create the sessions (one call), record them.

The whole start runs as one job, so a retry from the jobs panel carries on where it failed: an
upload that finished is not repeated, and a create that failed clearly is sent again with the
same Idempotency-Key. A create whose outcome is unknown is never retried by the board.

While a video uploads, the request is kept in `cache_dir/pending/<transfer id>.json`, so that
an upload interrupted by closing the app restarts, and the proofreads are then created, at the
next resume(). Once the upload is done the file is removed: from then on the create may have
been sent, and only the user decides to send it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from proofreader.heygen import MediaInput, Mode, ProofreadOptions
from proofreader.heygen.options import options_json
from proofreader.library import (
    SessionStatus,
    SourceKind,
    Transfer,
    TransferKind,
    TransferState,
    UnknownRecord,
)
from proofreader.subtitles.atomic import write_bytes_atomic
from proofreader.workflow.errors import InputError
from proofreader.workflow.jobs import JobHandle, JobKind, error_sentence
from proofreader.workflow.proofreads import check_languages, create_proofreads
from proofreader.workflow.service_core import ServiceCore, TransferProgress
from proofreader.workflow.service_tracking import SessionTracker
from proofreader.workflow.sources import MediaSource, media_input

logger = logging.getLogger("proofreader.workflow.service")

ASSET_DEST = "heygen:asset"
_SOURCE_KINDS = {"file": SourceKind.FILE, "url": SourceKind.URL, "asset": SourceKind.ASSET}


def parse_source(source: str | Path | MediaSource, what: str = "video") -> MediaSource:
    """A path, `http(s)://…` or `asset:ID` as a MediaSource; local paths made absolute."""
    parsed = source if isinstance(source, MediaSource) else MediaSource.parse(str(source), what)
    if parsed.kind == "file":
        return MediaSource("file", str(Path(parsed.value).expanduser().resolve()))
    return parsed


@dataclass(frozen=True)
class StartRequest:
    """What the user asked for in the new-proofread dialog."""

    source: MediaSource
    languages: tuple[str, ...]
    title: str
    options: ProofreadOptions

    def to_json(self) -> dict[str, Any]:
        return {
            "source": {"kind": self.source.kind, "value": self.source.value},
            "languages": list(self.languages),
            "title": self.title,
            "options": options_json(self.options),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StartRequest:
        source = data["source"]
        raw = dict(data.get("options") or {})
        if raw.get("mode") is not None:
            raw["mode"] = Mode(raw["mode"])
        srt = raw.get("srt")
        if isinstance(srt, dict):
            kind = str(srt["type"])
            raw["srt"] = (
                MediaInput.url(str(srt["url"]))
                if kind == "url"
                else MediaInput.asset(str(srt["asset_id"]))
            )
        return cls(
            source=MediaSource(source["kind"], str(source["value"])),
            languages=tuple(str(name) for name in data["languages"]),
            title=str(data["title"]),
            options=ProofreadOptions(**raw),
        )


class ProofreadStarter:
    """start_proofreads and the restart of interrupted source uploads."""

    def __init__(self, core: ServiceCore, tracker: SessionTracker) -> None:
        self._core = core
        self._tracker = tracker

    @property
    def _plans(self) -> Path:
        return self._core.cache_dir / "pending"

    async def start(
        self,
        source: str | Path | MediaSource,
        languages: Sequence[str],
        title: str,
        options: ProofreadOptions | None,
    ) -> list[str]:
        """Checked first (title, file, languages: no job for a typo), then the start job."""
        if not title.strip():
            raise InputError("Give the proofread a title; it also names the subtitle files.")
        parsed = parse_source(source)
        names = await check_languages(self._core.client, languages)
        request = StartRequest(parsed, tuple(names), title.strip(), options or ProofreadOptions())
        return await self._core.result(self._launch(request, None))

    def resume_upload(self, transfer: Transfer) -> asyncio.Task[list[str]] | None:
        """Restart a source upload the app was closed during, then create the proofreads."""
        request = self._load_plan(transfer.id)
        path = Path(transfer.source)
        if request is None or not path.is_file():
            self._finish(
                transfer.id,
                TransferState.FAILED,
                f"Uploading {path.name} was interrupted when Proofreader closed: start the "
                "proofread again.",
            )
            self._drop_plan(transfer.id)
            return None
        self._core.store.restart_transfer(transfer.id, keep_progress=False)
        return self._launch(request, transfer.id)

    def _launch(self, request: StartRequest, transfer_id: str | None) -> asyncio.Task[list[str]]:
        core = self._core
        uploaded: list[str | None] = [None]
        resumed: list[str | None] = [transfer_id]
        count = len(request.languages)
        sessions = "session" if count == 1 else "sessions"

        async def job(handle: JobHandle) -> list[str]:
            source = request.source
            if source.kind == "file":
                asset_id = uploaded[0]
                if asset_id is None:
                    transfer, resumed[0] = resumed[0], None
                    asset_id = uploaded[0] = await self._upload(handle, request, transfer)
                source = MediaSource("asset", asset_id)
            handle.status(f"Starting {count} proofread {sessions}")
            recorded: list[str] = []
            await create_proofreads(
                core.client,
                source,
                request.languages,
                request.title,
                request.options,
                keys=core.keys,
                named_by=request.source,  # not the upload's asset id: one key per click
                then=lambda created: recorded.extend(
                    self._record(request, uploaded[0], created.proofread_ids)
                ),
            )
            handle.status(f"Started {count} proofread {sessions}")
            return recorded

        if request.source.kind == "file":
            name = Path(request.source.value).name
            return core.run(JobKind.UPLOAD, f"Uploading {name} for '{request.title}'", job)
        return core.run(JobKind.OTHER, f"Starting the proofread '{request.title}'", job)

    async def _upload(
        self, handle: JobHandle, request: StartRequest, transfer_id: str | None
    ) -> str:
        core = self._core
        path = Path(request.source.value)
        size = (await asyncio.to_thread(path.stat)).st_size
        if transfer_id is None:
            transfer_id = core.store.add_transfer(
                TransferKind.UPLOAD, str(path), ASSET_DEST, total=size
            ).id
        await asyncio.to_thread(self._save_plan, transfer_id, request)
        progress = TransferProgress(core.store, transfer_id, handle)
        handle.status("Uploading")
        core.active_transfers.add(transfer_id)
        try:
            video = await media_input(
                core.client, request.source, progress=progress, keys=core.keys
            )
        except asyncio.CancelledError:
            progress.flush()
            if not core.closing:  # closing keeps it "running": the next resume() restarts it
                self._finish(transfer_id, TransferState.CANCELLED)
                self._drop_plan(transfer_id)
            raise
        except Exception as exc:
            self._finish(transfer_id, TransferState.FAILED, error_sentence(exc))
            self._drop_plan(transfer_id)
            raise
        finally:
            core.active_transfers.discard(transfer_id)
        progress(size, size)
        self._finish(transfer_id, TransferState.DONE)
        self._drop_plan(transfer_id)
        return video.value

    def _record(
        self, request: StartRequest, asset_id: str | None, proofread_ids: Sequence[str]
    ) -> list[str]:
        """The project and its sessions, all at once (a repeat of a create adds nothing)."""
        store = self._core.store
        new = [pid for pid in proofread_ids if store.get_session(pid) is None]
        if new:
            source = request.source
            project = store.add_project(
                request.title,
                _SOURCE_KINDS[source.kind],
                source.value,
                asset_id=asset_id if source.kind != "asset" else source.value,
            )
            for index, pid in enumerate(proofread_ids):
                if pid in new:
                    language = (
                        request.languages[index]
                        if index < len(request.languages)
                        else "Unknown language"
                    )
                    store.add_session(pid, project.id, language)
            for pid in new:
                self._core.emit(pid, "added")
        for pid in proofread_ids:
            session = store.get_session(pid)
            if session is not None and session.status is SessionStatus.PROCESSING:
                self._tracker.watch_processing(pid)
        return list(proofread_ids)

    # -- the pending request of an upload ---------------------------------------------------

    def _plan_file(self, transfer_id: str) -> Path:
        return self._plans / f"{transfer_id}.json"

    def _save_plan(self, transfer_id: str, request: StartRequest) -> None:
        self._plans.mkdir(parents=True, exist_ok=True)
        data = json.dumps(request.to_json(), ensure_ascii=False).encode("utf-8")
        write_bytes_atomic(self._plan_file(transfer_id), data)

    def _load_plan(self, transfer_id: str) -> StartRequest | None:
        try:
            data = json.loads(self._plan_file(transfer_id).read_text(encoding="utf-8"))
            return StartRequest.from_json(data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.info("no usable pending request for upload %s (%s)", transfer_id, exc)
            return None

    def _drop_plan(self, transfer_id: str) -> None:
        self._plan_file(transfer_id).unlink(missing_ok=True)

    def _finish(self, transfer_id: str, state: TransferState, error: str | None = None) -> None:
        with contextlib.suppress(UnknownRecord):
            self._core.store.finish_transfer(transfer_id, state, error)
