"""/v3/assets: multipart upload, direct upload (presigned PUT + complete), get, delete."""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import uuid
from pathlib import Path
from typing import IO, Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from proofreader.sandbox.context import SandboxContext
from proofreader.sandbox.errors import ApiError, invalid
from proofreader.sandbox.idempotency import run_once
from proofreader.sandbox.store import Asset
from proofreader.sandbox.validation import Body

MAX_MULTIPART_BYTES = 32 * 1024 * 1024
MAX_DIRECT_BYTES = 10 * 1024**3
_MULTIPART_OVERHEAD = 1024 * 1024

# Accepted MIME types and the asset "type" they get.
ASSET_KINDS = {
    "image/png": "image",
    "image/jpeg": "image",
    "video/mp4": "video",
    "video/webm": "video",
    "audio/mpeg": "audio",
    "audio/mp3": "audio",
    "audio/wav": "audio",
    "audio/x-wav": "audio",
    "audio/wave": "audio",
    "application/pdf": "pdf",
    "application/x-subrip": "srt",
    "application/srt": "srt",
    "text/srt": "srt",
}
_BY_EXTENSION = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".pdf": "application/pdf",
    ".srt": "application/x-subrip",
}
UNSUPPORTED = "Content type not supported"


def asset_kind(content_type: str | None, filename: str) -> str | None:
    """The asset type of an upload, or None when unsupported (text/plain only for .srt)."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    suffix = Path(filename).suffix.lower()
    if mime in ("", "application/octet-stream"):
        mime = _BY_EXTENSION.get(suffix, "")
    if mime == "text/plain" and suffix == ".srt":
        return "srt"
    return ASSET_KINDS.get(mime)


def normalize_checksum(value: str | None) -> str | None:
    """A SHA-256 given as hex or base64, as lower-case hex; ValueError when neither."""
    if value is None:
        return None
    text = value.strip()
    if len(text) == 64:
        try:
            bytes.fromhex(text)
            return text.lower()
        except ValueError:
            pass
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise ValueError(text)
    return raw.hex()


def _copy_and_hash(source: IO[bytes], dest: Path) -> str:
    digest = hashlib.sha256()
    source.seek(0)
    with dest.open("wb") as out:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


async def _drain(request: Request) -> None:
    async for _chunk in request.stream():
        pass


class AssetRoutes:
    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx

    def routes(self) -> list[Route]:
        return [
            Route("/v3/assets", self.upload, methods=["POST"]),
            Route("/v3/assets/direct-uploads", self.direct_upload, methods=["POST"]),
            Route("/v3/assets/{asset_id}/complete", self.complete, methods=["POST"]),
            Route("/v3/assets/{asset_id}", self.get, methods=["GET"]),
            Route("/v3/assets/{asset_id}", self.delete, methods=["DELETE"]),
        ]

    def _url(self, asset: Asset) -> str | None:
        if asset.status != "ready":
            return None
        return self.ctx.presign("GET", f"/o/asset/{asset.id}")

    def _find(self, request: Request) -> Asset:
        ident = str(request.path_params["asset_id"])
        asset = self.ctx.store.asset(ident)
        if asset is None:
            raise ApiError(404, f"Asset {ident} was not found.")
        return asset

    async def upload(self, request: Request) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_MULTIPART_BYTES + _MULTIPART_OVERHEAD:
            await _drain(request)
            raise ApiError(413, "The file is larger than 32 MB; use a direct upload instead.")
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise invalid("file", "Send the file as multipart/form-data in the field 'file'.")
        _tmp_name, tmp = self.ctx.new_file("tmp")
        try:
            async with request.form(max_files=1, max_fields=20) as form:
                upload = form.get("file")
                if not isinstance(upload, UploadFile):
                    raise invalid("file", "Field 'file' is required.")
                if (upload.size or 0) > MAX_MULTIPART_BYTES:
                    raise ApiError(
                        413, "The file is larger than 32 MB; use a direct upload instead."
                    )
                filename = upload.filename or "upload"
                kind = asset_kind(upload.content_type, filename)
                if kind is None or (kind == "srt" and self.ctx.settings.refuse_srt_assets):
                    raise invalid("file", UNSUPPORTED)
                mime = (upload.content_type or "").split(";", 1)[0].strip().lower()
                if mime in ("", "application/octet-stream", "text/plain"):
                    mime = _BY_EXTENSION.get(Path(filename).suffix.lower(), mime)
                digest = await _thread_copy(upload.file, tmp)
            size = tmp.stat().st_size

            async def create() -> dict[str, Any]:
                asset_id = uuid.uuid4().hex
                name = f"assets/{asset_id}"
                self.ctx.path(name).parent.mkdir(parents=True, exist_ok=True)
                tmp.replace(self.ctx.path(name))
                now = self.ctx.clock()
                asset = Asset(asset_id, filename, mime, size, "ready", name, digest, None, now, now)
                self.ctx.store.add_asset(asset)
                self.ctx.store.bump("assets")
                data = {"asset_id": asset_id, "mime_type": mime, "size_bytes": size}
                return {"data": {**data, "url": self._url(asset)}}

            return await run_once(
                self.ctx.store,
                request,
                create,
                self.ctx.clock(),
                hold_s=self.ctx.faults.slow_create_s,
            )
        finally:
            tmp.unlink(missing_ok=True)

    async def direct_upload(self, request: Request) -> Response:
        body = await Body.read(request)
        filename = body.text("filename", required=True) or ""
        content_type = body.text("content_type", required=True) or ""
        size = body.integer("size_bytes", required=True, minimum=1, maximum=MAX_DIRECT_BYTES) or 0
        try:
            checksum = normalize_checksum(body.text("checksum_sha256"))
        except ValueError:
            raise invalid("checksum_sha256", "Field 'checksum_sha256' must be a SHA-256.") from None
        # stricter than the schema (a free string): HeyGen documents the types it takes
        if asset_kind(content_type, filename) is None:
            raise invalid("content_type", UNSUPPORTED)

        async def create() -> dict[str, Any]:
            asset_id = uuid.uuid4().hex
            now = self.ctx.clock()
            asset = Asset(
                asset_id, filename, content_type, size, "pending_upload", None, None, checksum,
                now, None,
            )  # fmt: skip
            self.ctx.store.add_asset(asset)
            self.ctx.store.bump("assets")
            return {
                "data": {
                    "asset_id": asset_id,
                    "upload_url": self.ctx.presign("PUT", f"/upload/{asset_id}"),
                    "upload_headers": {"Content-Type": content_type},
                    "max_bytes": size,
                    "expires_in_seconds": self.ctx.link_ttl_answer(),
                    "status": "pending_upload",
                }
            }

        return await run_once(
            self.ctx.store, request, create, self.ctx.clock(), hold_s=self.ctx.faults.slow_create_s
        )

    async def complete(self, request: Request) -> Response:
        asset = self._find(request)
        body = await Body.read(request)
        try:
            given = normalize_checksum(body.text("checksum_sha256"))
        except ValueError:
            raise invalid("checksum_sha256", "Field 'checksum_sha256' must be a SHA-256.") from None
        if asset.status == "pending_upload" or asset.sha256 is None:
            raise ApiError(409, "The file has not been uploaded yet: PUT it to upload_url first.")
        for expected in (given, asset.expected_sha256):
            if expected is not None and expected != asset.sha256:
                raise invalid(
                    "checksum_sha256",
                    "The uploaded file does not match checksum_sha256; upload it again.",
                )
        if asset.status != "ready":
            self.ctx.store.update_asset(asset.id, status="ready")
            asset.status = "ready"
        data = {
            "asset_id": asset.id,
            "mime_type": asset.mime_type,
            "size_bytes": asset.size_bytes,
            "status": asset.status,
            "url": self._url(asset),
        }
        return JSONResponse({"data": data})

    async def get(self, request: Request) -> Response:
        asset = self._find(request)
        kind = asset_kind(asset.mime_type, asset.name) or "file"
        uploaded = int(asset.uploaded_at) if asset.uploaded_at is not None else None
        data = {
            "id": asset.id,
            "name": asset.name,
            "type": kind,
            "url": self._url(asset),
            "uploaded_at": uploaded,
            "owner": "sandbox-user",
            "space_id": "sandbox-space",
            "folder_id": None,
        }
        return JSONResponse({"data": data})

    async def delete(self, request: Request) -> Response:
        asset = self._find(request)
        if asset.file is not None:
            self.ctx.path(asset.file).unlink(missing_ok=True)
        self.ctx.store.delete_asset(asset.id)
        return JSONResponse({"data": {"id": asset.id}})


async def _thread_copy(source: IO[bytes], dest: Path) -> str:
    return await asyncio.to_thread(_copy_and_hash, source, dest)
