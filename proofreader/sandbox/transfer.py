"""Streaming file bodies over raw ASGI: downloads with Range (206) and uploads to disk.

Neither direction holds a whole file in memory; a download can be cut after N bytes to let a
client prove it resumes with Range.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from urllib.parse import quote

from starlette.types import Receive, Scope, Send

from proofreader.sandbox.connections import ConnectionRegistry

CHUNK = 1024 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


@dataclass(frozen=True)
class Payload:
    """What a download serves: a file on disk or a small body made on the fly."""

    content_type: str
    filename: str
    path: Path | None = None
    data: bytes | None = None

    def size_and_etag(self) -> tuple[int, str, float]:
        if self.data is not None:
            return len(self.data), f'"{hashlib.sha1(self.data).hexdigest()}"', 0.0
        assert self.path is not None
        stat = self.path.stat()
        return stat.st_size, f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"', stat.st_mtime


def content_disposition(filename: str) -> str:
    """attachment with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987)."""
    cleaned = "".join("_" if ch in '/\\"' or ord(ch) < 32 else ch for ch in filename)
    fallback = cleaned.encode("ascii", "replace").decode("ascii").replace("?", "_")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(cleaned, safe='')}"


def parse_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    """(first, last) inclusive for one satisfiable range; None: whole file; 'bad': 416."""
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if match is None:
        return None  # multiple or unknown ranges: serve the whole file, as RFC 9110 allows
    first_text, last_text = match.groups()
    if not first_text and not last_text:
        return None
    if not first_text:
        length = int(last_text)
        if length == 0 or size == 0:
            return "bad"
        return max(0, size - length), size - 1
    first = int(first_text)
    last = int(last_text) if last_text else size - 1
    if first >= size or last < first:
        return "bad"
    return first, min(last, size - 1)


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


async def send_payload(
    scope: Scope,
    send: Send,
    payload: Payload,
    connections: ConnectionRegistry,
    take_drop: Callable[[int], int | None],
) -> None:
    """Answer GET/HEAD with the payload, honouring Range and If-Range.

    ``take_drop(body_length)`` says after how many body bytes to cut the connection (or None).
    """
    size, etag, mtime = payload.size_and_etag()
    request_headers = scope.get("headers", [])
    wanted = parse_range(_header(request_headers, b"range"), size)
    if_range = _header(request_headers, b"if-range")
    if if_range is not None and if_range.strip() != etag:
        wanted = None
    headers = [
        (b"content-type", payload.content_type.encode()),
        (b"accept-ranges", b"bytes"),
        (b"etag", etag.encode()),
        (b"content-disposition", content_disposition(payload.filename).encode()),
    ]
    if mtime:
        headers.append((b"last-modified", formatdate(mtime, usegmt=True).encode()))
    if wanted == "bad":
        headers.append((b"content-range", f"bytes */{size}".encode()))
        headers.append((b"content-length", b"0"))
        await send({"type": "http.response.start", "status": 416, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    status = 200
    first, last = 0, size - 1
    if isinstance(wanted, tuple):
        status = 206
        first, last = wanted
        headers.append((b"content-range", f"bytes {first}-{last}/{size}".encode()))
    length = max(0, last - first + 1)
    headers.append((b"content-length", str(length).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    if scope.get("method") == "HEAD" or length == 0:
        await send({"type": "http.response.body", "body": b""})
        return
    client = scope.get("client")
    drop_after = take_drop(length)
    budget = drop_after if drop_after is not None else length + 1
    if payload.data is not None:
        body = payload.data[first : last + 1]
        if drop_after is None:
            await _send_chunk(send, body, more=False)
        else:
            await _send_chunk(send, body[:drop_after], more=True)
            await connections.drop(client)
        return
    assert payload.path is not None
    with payload.path.open("rb") as stream:
        stream.seek(first)
        remaining = length
        while remaining > 0:
            chunk = stream.read(min(CHUNK, remaining))
            if not chunk:
                break  # the file shrank underneath us; the client sees a short body
            remaining -= len(chunk)
            if len(chunk) >= budget:
                await _send_chunk(send, chunk[:budget], more=True)
                await connections.drop(client)
                return
            budget -= len(chunk)
            await _send_chunk(send, chunk, more=remaining > 0)
            if not connections.is_open(client):
                return
    if remaining > 0:
        await connections.drop(client)


async def _send_chunk(send: Send, body: bytes, *, more: bool) -> None:
    await send({"type": "http.response.body", "body": body, "more_body": more})


@dataclass(frozen=True)
class Received:
    size: int
    sha256: str
    overflow: bool
    complete: bool


async def receive_to_file(receive: Receive, dest: Path, limit: int) -> Received:
    """Stream the request body into ``dest``, hashing it; stop writing past ``limit`` bytes."""
    digest = hashlib.sha256()
    size = 0
    overflow = False
    with dest.open("wb") as out:
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return Received(size, digest.hexdigest(), overflow, complete=False)
            chunk = message.get("body", b"")
            if chunk:
                size += len(chunk)
                if size <= limit:
                    out.write(chunk)
                    digest.update(chunk)
                else:
                    overflow = True
            if not message.get("more_body", False):
                break
    return Received(size, digest.hexdigest(), overflow, complete=True)
