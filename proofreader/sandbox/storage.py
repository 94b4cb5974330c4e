"""The storage listener: presigned downloads and uploads, and the public sample media.

It answers like S3 would (XML errors, 403 on a bad or expired signature) and is a different
origin from the API, so a client test can check the API key never travels here.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import parse_qsl
from xml.sax.saxutils import escape

from starlette.types import Receive, Scope, Send

from proofreader.sandbox import srt
from proofreader.sandbox.connections import ConnectionRegistry
from proofreader.sandbox.context import SandboxContext
from proofreader.sandbox.errors import ApiError
from proofreader.sandbox.fetcher import FETCHER_USER_AGENT
from proofreader.sandbox.gate import drain
from proofreader.sandbox.store import Translation
from proofreader.sandbox.transfer import Payload, receive_to_file, send_payload

SRT_TYPE = "application/x-subrip; charset=utf-8"
_TYPES_BY_SUFFIX = {".mp4": "video/mp4", ".m4a": "audio/mp4", ".webm": "video/webm"}


async def send_xml_error(send: Send, status: int, code: str, message: str) -> None:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{escape(message)}</Message></Error>"
    ).encode()
    headers = [(b"content-type", b"application/xml"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


class StorageApp:
    """Raw ASGI, so bodies stream both ways without buffering."""

    def __init__(self, ctx: SandboxContext, connections: ConnectionRegistry) -> None:
        self.ctx = ctx
        self.connections = connections

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        method = str(scope["method"])
        path = str(scope["path"])
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if path.startswith("/upload/"):
            if method != "PUT":
                await drain(receive)
                await send_xml_error(send, 405, "MethodNotAllowed", "Upload with PUT.")
                return
            denial = self.ctx.signer.check("PUT", path, query)
            if denial is not None:
                await drain(receive)
                await send_xml_error(send, 403, denial.code, denial.message)
                return
            await self._upload(scope, receive, send, path.removeprefix("/upload/"))
            return
        if method not in ("GET", "HEAD"):
            await drain(receive)
            await send_xml_error(send, 405, "MethodNotAllowed", "Only GET and HEAD are allowed.")
            return
        if path.startswith("/public/sample/"):
            file = self.ctx.media.public_file(path.removeprefix("/public/sample/"))
            payload = None
            if file is not None:
                kind = _TYPES_BY_SUFFIX.get(file.suffix, "application/octet-stream")
                payload = Payload(kind, file.name, path=file)
        elif path.startswith("/o/"):
            denial = self.ctx.signer.check(method, path, query)
            if denial is not None:
                await send_xml_error(send, 403, denial.code, denial.message)
                return
            payload = await self._resolve(path.removeprefix("/o/").split("/"))
        else:
            payload = None
        if payload is None:
            await send_xml_error(send, 404, "NoSuchKey", "The specified key does not exist.")
            return
        fetched_by_sandbox = _header(scope, b"user-agent") == FETCHER_USER_AGENT

        def take_drop(length: int) -> int | None:
            return None if fetched_by_sandbox else self.ctx.faults.take_download_drop(length)

        await send_payload(scope, send, payload, self.connections, take_drop)

    async def _resolve(self, parts: list[str]) -> Payload | None:
        if len(parts) == 2 and parts[0] == "asset":
            asset = self.ctx.store.asset(parts[1])
            if asset is None or asset.status != "ready" or asset.file is None:
                return None
            return _file_payload(asset.mime_type, asset.name, self.ctx.path(asset.file))
        if len(parts) == 3 and parts[0] == "proofread":
            try:
                session = self.ctx.live_proofread(parts[1])
            except ApiError:
                return None
            if parts[2] == "srt" and session.translated_srt:
                name = f"{session.title}_proofread.srt"
                return _file_payload(SRT_TYPE, name, self.ctx.path(session.translated_srt))
            if parts[2] == "original" and session.original_srt:
                name = f"{session.title}_proofread_original.srt"
                return _file_payload(SRT_TYPE, name, self.ctx.path(session.original_srt))
            return None
        if len(parts) == 3 and parts[0] == "translation":
            return await self._translation_payload(parts[1], parts[2])
        return None

    async def _translation_payload(self, ident: str, what: str) -> Payload | None:
        record = self.ctx.store.translation(ident)
        if record is None:
            return None
        title = record.title
        if what == "video" and record.source_file:
            video = await self._rendered_video(record) or self.ctx.path(record.source_file)
            return _file_payload("video/mp4", f"{title}.mp4", video)
        if what == "audio":
            dubbed = (
                self.ctx.media.dubbed_audio(
                    self.ctx.path(record.source_file), record.output_language
                )
                if self.ctx.settings.dub_renders and record.source_file
                else None
            )
            return _file_payload("audio/mp4", f"{title}.m4a", dubbed or self.ctx.media.audio)
        if what in ("srt", "vtt") and record.srt_file:
            path = self.ctx.path(record.srt_file)
            if what == "srt":
                return _file_payload(SRT_TYPE, f"{title}.srt", path)
            if not path.is_file():
                return None
            data = await asyncio.to_thread(path.read_bytes)
            return Payload("text/vtt; charset=utf-8", f"{title}.vtt", data=srt.to_vtt(data))
        return None

    async def _rendered_video(self, record: Translation) -> Path | None:
        """With dub_renders: the render's own video (dubbed, captions burned in), made on a
        worker thread if the status polls did not start it already."""
        renders = self.ctx.renders
        if not self.ctx.settings.dub_renders or renders is None or not record.source_file:
            return None
        captions = record.captions and record.srt_file
        return await renders.result(
            record.id,
            self.ctx.path(record.source_file),
            self.ctx.path(record.srt_file) if captions and record.srt_file else None,
            record.output_language,
        )

    async def _upload(self, scope: Scope, receive: Receive, send: Send, asset_id: str) -> None:
        asset = self.ctx.store.asset(asset_id)
        if asset is None:
            await drain(receive)
            await send_xml_error(send, 404, "NoSuchUpload", "The upload does not exist.")
            return
        if asset.status == "ready":
            await drain(receive)
            await send_xml_error(send, 400, "InvalidRequest", "The upload is already completed.")
            return
        if _header(scope, b"content-type") != asset.mime_type:
            await drain(receive)
            message = "The Content-Type header must be exactly the one given in upload_headers."
            await send_xml_error(send, 403, "SignatureDoesNotMatch", message)
            return
        declared = _header(scope, b"content-length")
        if declared is not None and declared.isdigit() and int(declared) != asset.size_bytes:
            await drain(receive)
            await self._size_error(send, int(declared), asset.size_bytes)
            return
        _tmp_name, tmp = self.ctx.new_file("tmp", ".part")
        try:
            received = await receive_to_file(receive, tmp, asset.size_bytes)
            if not received.complete:
                return  # the client went away; nothing to answer
            if received.overflow or received.size != asset.size_bytes:
                await self._size_error(send, received.size, asset.size_bytes)
                return
            name = f"assets/{asset.id}"
            self.ctx.path(name).parent.mkdir(parents=True, exist_ok=True)
            tmp.replace(self.ctx.path(name))
            self.ctx.store.update_asset(
                asset.id,
                status="uploaded",
                file=name,
                sha256=received.sha256,
                uploaded_at=self.ctx.clock(),
            )
        finally:
            tmp.unlink(missing_ok=True)
        etag = f'"{received.sha256}"'.encode()
        headers = [(b"etag", etag), (b"content-length", b"0")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    @staticmethod
    async def _size_error(send: Send, got: int, expected: int) -> None:
        if got > expected:
            message = f"The body is {got} bytes; this upload accepts exactly {expected}."
            await send_xml_error(send, 400, "EntityTooLarge", message)
        else:
            message = f"The body is {got} bytes; this upload expects exactly {expected}."
            await send_xml_error(send, 400, "IncompleteBody", message)


def _file_payload(content_type: str, filename: str, path: Path) -> Payload | None:
    return Payload(content_type, filename, path=path) if path.is_file() else None
