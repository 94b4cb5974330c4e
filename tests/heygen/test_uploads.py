"""Uploads stream from disk, choose their route by size, and clean up when cancelled."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import hashlib
import json
import os
import tracemalloc
from pathlib import Path

import httpx
import pytest

from proofreader.heygen import (
    HeyGenClient,
    LinkExpiredError,
    PayloadTooLargeError,
    TransferError,
    UnsupportedFileType,
)
from tests.heygen.conftest import MockApi, ok
from tests.heygen.stub_server import StubServer, answer_json, read_head

ASSET = {"asset_id": "as_1", "mime_type": "video/mp4", "size_bytes": 0, "url": None}


def parse_form(content_type: str, body: bytes) -> tuple[str, str, bytes]:
    """(filename, part content type, content) of the single `file` field."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    (part,) = list(message.iter_parts())
    assert part.get_param("name", header="content-disposition") == "file"
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return part.get_filename() or "", part.get_content_type(), payload


def open_fds_for(path: Path) -> list[str]:
    fd_dir = Path("/proc/self/fd")
    found = []
    for entry in fd_dir.iterdir():
        try:
            if os.readlink(entry) == str(path):
                found.append(entry.name)
        except OSError:
            continue
    return found


@pytest.fixture
def video(tmp_path: Path) -> Path:
    path = tmp_path / "talk one.mp4"
    path.write_bytes(os.urandom(300_000))
    return path


async def test_small_file_goes_multipart_with_a_length(mock_api: MockApi, video: Path) -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok({**ASSET, "size_bytes": len(request.content)})

    progress: list[tuple[int, int | None]] = []
    client = mock_api.client(handler, chunk_size=64 * 1024)
    asset = await client.upload_asset(video, progress=lambda *p: progress.append(p))

    request = seen[0]
    assert asset.id == "as_1"
    assert asset.media_input.to_json() == {"type": "asset_id", "asset_id": "as_1"}
    assert (request.method, request.url.path) == ("POST", "/v3/assets")
    assert int(request.headers["content-length"]) == len(request.content)
    assert "transfer-encoding" not in request.headers
    filename, part_type, content = parse_form(request.headers["content-type"], request.content)
    assert (filename, part_type) == ("talk one.mp4", "video/mp4")
    assert content == video.read_bytes()
    assert progress[-1] == (300_000, 300_000)
    assert len(progress) > 1 and [d for d, _ in progress] == sorted(d for d, _ in progress)


async def test_an_upload_streams_instead_of_reading_the_file(tmp_path: Path) -> None:
    big = tmp_path / "big.mp4"
    size = 24 * 1024 * 1024
    with big.open("wb") as handle:
        for _ in range(size // (1 << 20)):
            handle.write(os.urandom(1 << 20))
    received = hashlib.sha256()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await read_head(reader)
        boundary = head.headers["content-type"].split("boundary=")[1]
        part_head = await reader.readuntil(b"\r\n\r\n")
        tail = f"\r\n--{boundary}--\r\n".encode()
        left = head.length - len(part_head) - len(tail)
        while left:
            chunk = await reader.read(min(left, 1 << 16))
            received.update(chunk)
            left -= len(chunk)
        assert await reader.readexactly(len(tail)) == tail
        await answer_json(writer, 200, {"data": {**ASSET, "size_bytes": head.length}})

    async with StubServer(serve) as server, httpx.AsyncClient() as http:
        client = HeyGenClient(http, "k", server.base_url, chunk_size=1 << 20)
        tracemalloc.start()
        try:
            await client.upload_asset(big)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, f"peak {peak} bytes: the file was read into memory"
    assert received.hexdigest() == hashlib.sha256(big.read_bytes()).hexdigest()


async def test_large_file_takes_the_direct_route_with_checksum(
    mock_api: MockApi, video: Path
) -> None:
    bodies: dict[str, bytes] = {}

    async def handler(request: httpx.Request) -> httpx.Response:
        bodies[f"{request.method} {request.url.path}"] = await request.aread()
        if request.url.path == "/v3/assets/direct-uploads":
            return ok(
                {
                    "asset_id": "as_big",
                    "upload_url": "https://store.example.net/u/as_big?s=1",
                    "upload_headers": {"Content-Type": "video/mp4"},
                    "max_bytes": 10**9,
                    "expires_in_seconds": 600,
                    "status": "pending_upload",
                }
            )
        if request.method == "PUT":
            return httpx.Response(200)
        return ok(
            {
                "asset_id": "as_big",
                "mime_type": "video/mp4",
                "size_bytes": 300_000,
                "status": "completed",
                "url": "https://store.example.net/as_big",
            }
        )

    client = mock_api.client(handler, direct_upload_threshold=100_000)
    asset = await client.upload_asset(video)

    assert asset.id == "as_big" and asset.status == "completed"
    create = json.loads(bodies["POST /v3/assets/direct-uploads"])
    assert create == {
        "filename": "talk one.mp4",
        "content_type": "video/mp4",
        "size_bytes": 300_000,
    }
    assert bodies["PUT /u/as_big"] == video.read_bytes()
    complete = json.loads(bodies["POST /v3/assets/as_big/complete"])
    assert complete == {"checksum_sha256": hashlib.sha256(video.read_bytes()).hexdigest()}
    put = mock_api.requests[1]
    assert "x-api-key" not in put.headers
    assert put.headers["content-length"] == "300000"


async def test_a_slot_too_small_for_the_file_is_refused(mock_api: MockApi, video: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return ok(
            {
                "asset_id": "as_1",
                "upload_url": "https://s.example.net/u",
                "upload_headers": {},
                "max_bytes": 1000,
                "status": "pending_upload",
            }
        )

    client = mock_api.client(handler)
    with pytest.raises(PayloadTooLargeError, match="too large"):
        await client.upload_asset(video, force_direct=True)
    assert len(mock_api.requests) == 1


async def test_an_expired_upload_link_says_so(mock_api: MockApi, video: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            return httpx.Response(403, content=b"<Error>Request has expired</Error>")
        return ok(
            {
                "asset_id": "as_1",
                "upload_url": "https://s.example.net/u",
                "upload_headers": {},
                "status": "pending_upload",
            }
        )

    client = mock_api.client(handler)
    with pytest.raises(LinkExpiredError, match="expired"):
        await client.upload_asset(video, force_direct=True)


async def test_in_memory_srt_upload(mock_api: MockApi) -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        seen.append(request)
        return ok({**ASSET, "mime_type": "application/x-subrip"})

    client = mock_api.client(handler)
    srt = "1\n00:00:01,000 --> 00:00:02,000\n¡Hola!\n".encode()
    await client.upload_bytes(srt, "talk_fixed.srt")
    filename, part_type, content = parse_form(seen[0].headers["content-type"], seen[0].content)
    assert (filename, part_type, content) == ("talk_fixed.srt", "application/x-subrip", srt)


async def test_a_missing_file_is_a_sentence(mock_api: MockApi, tmp_path: Path) -> None:
    client = mock_api.client(lambda request: None)  # type: ignore[arg-type,return-value]
    with pytest.raises(TransferError, match="does not exist"):
        await client.upload_asset(tmp_path / "nope.mp4")


@pytest.mark.parametrize("name", ["talk.mov", "talk.mkv", "notes.txt", "talk.m4a"])
async def test_a_type_heygen_does_not_take_is_refused_before_uploading(
    mock_api: MockApi, tmp_path: Path, name: str
) -> None:
    client = mock_api.client(lambda request: None)  # type: ignore[arg-type,return-value]
    path = tmp_path / name
    path.write_bytes(b"\0" * 100)
    with pytest.raises(UnsupportedFileType, match="MP4 and WebM videos"):
        await client.upload_asset(path)
    assert mock_api.requests == []


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to see open files")
@pytest.mark.parametrize("direct", [False, True])
async def test_cancelling_an_upload_closes_the_file_and_connection(
    tmp_path: Path, direct: bool
) -> None:
    video = tmp_path / "stall.mp4"
    video.write_bytes(os.urandom(8 * 1024 * 1024))
    stalled = asyncio.Event()
    cancelled = asyncio.Event()
    closed = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await read_head(reader)
        if head.target == "/v3/assets/direct-uploads":
            await reader.readexactly(head.length)
            await answer_json(
                writer,
                200,
                {
                    "data": {
                        "asset_id": "a",
                        "upload_url": server.base_url + "/upload/a",
                        "upload_headers": {},
                        "status": "pending_upload",
                    }
                },
            )
            head = await read_head(reader)
        await reader.read(1)
        stalled.set()  # stop reading: the client's sends block mid-body
        await cancelled.wait()
        try:
            while await reader.read(1 << 16):  # drain until the client has closed
                pass
        except ConnectionError:
            pass
        closed.set()

    started = asyncio.Event()
    async with StubServer(serve) as server, httpx.AsyncClient() as http:
        client = HeyGenClient(http, "k", server.base_url, chunk_size=64 * 1024)
        task = asyncio.create_task(
            client.upload_asset(video, force_direct=direct, progress=lambda *_: started.set())
        )
        await asyncio.wait_for(started.wait(), 10)
        await asyncio.wait_for(stalled.wait(), 10)
        assert open_fds_for(video), "the file should be open while uploading"
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert open_fds_for(video) == []
        cancelled.set()
        await asyncio.wait_for(closed.wait(), 10)  # the connection was closed, not left open
