"""Uploading local files as assets, choosing the route by size.

Up to 32 MB: one multipart POST /v3/assets. Larger: POST /v3/assets/direct-uploads for a
slot, PUT the raw bytes to its presigned `upload_url` with exactly its `upload_headers` (no
API key, no client defaults), then POST /v3/assets/{id}/complete with the SHA-256, which the
contract declares idempotent. The creating POSTs are never repeated after a drop or a 5xx.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote

import httpx

from proofreader.heygen.asset_types import check_asset_type, guess_content_type
from proofreader.heygen.errors import (
    HeyGenError,
    LinkExpiredError,
    PayloadTooLargeError,
    RateLimitedError,
    ServerError,
    TransferError,
    UnexpectedResponseError,
)
from proofreader.heygen.parsing import ResourceParseError, as_mapping
from proofreader.heygen.resources import Asset, DirectUpload
from proofreader.heygen.retry import parse_retry_after
from proofreader.heygen.streams import (
    CHUNK_SIZE,
    ProgressCallback,
    Sha256Sink,
    file_size,
    multipart_bytes,
    multipart_file,
    raw_file,
)
from proofreader.heygen.transport import StreamBody, Transport, host_label

logger = logging.getLogger("proofreader.heygen")

MULTIPART_LIMIT = 32 * 1024 * 1024
"""Largest file sent as one multipart POST; anything bigger takes the direct-upload route."""


def _idempotency(key: str | None) -> dict[str, str]:
    return {"Idempotency-Key": key} if key else {}


def _asset(data: object, path: str, fallback_id: str | None = None) -> Asset:
    try:
        return Asset.from_json(as_mapping(data), fallback_id=fallback_id)
    except ResourceParseError as exc:
        raise UnexpectedResponseError(status=200, detail=str(exc), path=path) from exc


class Uploader:
    """Asset uploads over a `Transport`; `direct_threshold` is injectable for tests."""

    def __init__(
        self,
        transport: Transport,
        *,
        direct_threshold: int = MULTIPART_LIMIT,
        chunk_size: int = CHUNK_SIZE,
    ) -> None:
        self.transport = transport
        self.direct_threshold = direct_threshold
        self.chunk_size = chunk_size

    async def upload_file(
        self,
        path: Path,
        *,
        content_type: str | None = None,
        filename: str | None = None,
        progress: ProgressCallback | None = None,
        force_direct: bool = False,
        idempotency_key: str | None = None,
    ) -> Asset:
        path = Path(path)
        name = filename or path.name
        ctype = content_type or check_asset_type(name)
        size = file_size(path)
        if force_direct or size > self.direct_threshold:
            return await self._direct_file(path, size, name, ctype, progress, idempotency_key)
        body = multipart_file(
            path,
            size,
            filename=name,
            content_type=ctype,
            chunk_size=self.chunk_size,
            progress=progress,
        )
        data = await self._post_asset(body=body, idempotency_key=idempotency_key)
        return _asset(data, "/v3/assets")

    async def upload_bytes(
        self,
        data: bytes,
        filename: str,
        content_type: str | None = None,
        *,
        progress: ProgressCallback | None = None,
        force_direct: bool = False,
        idempotency_key: str | None = None,
    ) -> Asset:
        ctype = content_type or guess_content_type(filename)
        if force_direct or len(data) > self.direct_threshold:
            checksum = hashlib.sha256(data).hexdigest()
            slot = await self._create_slot(filename, ctype, len(data), checksum, idempotency_key)
            await self._put(slot, content=data, body=None, size=len(data))
            if progress is not None:
                progress(len(data), len(data))
            return await self._complete(slot, checksum)
        content, form_type = multipart_bytes(data, filename=filename, content_type=ctype)
        answer = await self.transport.call(
            "POST",
            "/v3/assets",
            content=content,
            headers={"Content-Type": form_type, **_idempotency(idempotency_key)},
        )
        if progress is not None:
            progress(len(data), len(data))
        return _asset(answer.get("data"), "/v3/assets")

    async def _post_asset(self, *, body: StreamBody, idempotency_key: str | None) -> object:
        answer = await self.transport.call(
            "POST", "/v3/assets", body=body, headers=_idempotency(idempotency_key)
        )
        return answer.get("data")

    async def _direct_file(
        self,
        path: Path,
        size: int,
        filename: str,
        content_type: str,
        progress: ProgressCallback | None,
        idempotency_key: str | None,
    ) -> Asset:
        slot = await self._create_slot(filename, content_type, size, None, idempotency_key)
        sinks: list[Sha256Sink] = []

        def new_sink() -> Sha256Sink:
            sinks.append(Sha256Sink())
            return sinks[-1]

        body = raw_file(
            path,
            size,
            headers=self._put_headers(slot, size),
            chunk_size=self.chunk_size,
            progress=progress,
            digest_factory=new_sink,
        )
        await self._put(slot, content=None, body=body, size=size)
        return await self._complete(slot, sinks[-1].hexdigest() if sinks else None)

    async def _create_slot(
        self,
        filename: str,
        content_type: str,
        size: int,
        checksum: str | None,
        idempotency_key: str | None,
    ) -> DirectUpload:
        request: dict[str, object] = {
            "filename": filename,
            "content_type": content_type,
            "size_bytes": size,
        }
        if checksum:
            request["checksum_sha256"] = checksum
        path = "/v3/assets/direct-uploads"
        answer = await self.transport.call(
            "POST", path, json=request, headers=_idempotency(idempotency_key)
        )
        try:
            slot = DirectUpload.from_json(as_mapping(answer.get("data")))
        except ResourceParseError as exc:
            raise UnexpectedResponseError(status=200, detail=str(exc), path=path) from exc
        if slot.max_bytes is not None and size > slot.max_bytes:
            raise PayloadTooLargeError(
                status=413,
                code="payload_too_large",
                detail=f"{size} bytes, at most {slot.max_bytes} allowed",
                method="POST",
                path=path,
            )
        return slot

    @staticmethod
    def _put_headers(slot: DirectUpload, size: int) -> dict[str, str]:
        headers = dict(slot.upload_headers)
        if not any(name.lower() == "content-length" for name in headers):
            headers["Content-Length"] = str(size)
        return headers

    async def _put(
        self, slot: DirectUpload, *, content: bytes | None, body: StreamBody | None, size: int
    ) -> None:
        """PUT the bytes to the presigned URL: exactly its headers, never the key."""
        url = httpx.URL(slot.upload_url)
        timeout = self.transport.timeout.as_dict()
        headers = self._put_headers(slot, size)

        def build(stream: AsyncIterator[bytes] | None) -> httpx.Request:
            # A bare Request: the client's default headers, cookies and auth stay out of it.
            return httpx.Request(
                "PUT",
                url,
                headers=headers,
                content=stream if stream is not None else content,
                extensions={"timeout": timeout},
            )

        def error_for(response: httpx.Response) -> HeyGenError:
            if response.status_code in (401, 403):
                return LinkExpiredError(host_label(url))
            if response.status_code == 429:
                return RateLimitedError(
                    path="PUT", retry_after=parse_retry_after(response.headers.get("retry-after"))
                )
            if response.status_code >= 500:
                return ServerError(status=response.status_code, code="storage_error", path="PUT")
            return TransferError(
                f"Uploading to {host_label(url)} failed (HTTP {response.status_code}): try again.",
                status=response.status_code,
            )

        await self.transport.send(
            build,
            body=body,
            idempotent=True,
            url=url,
            path=url.path,
            follow_redirects=False,
            error_for=error_for,
            deadline_s=self.transport.limits.upload_deadline(size),
        )

    async def _complete(self, slot: DirectUpload, checksum: str | None) -> Asset:
        path = f"/v3/assets/{quote(slot.asset_id, safe='')}/complete"
        request = {"checksum_sha256": checksum} if checksum else {}
        answer = await self.transport.call("POST", path, json=request, idempotent=True)
        return _asset(answer.get("data"), path, fallback_id=slot.asset_id)
