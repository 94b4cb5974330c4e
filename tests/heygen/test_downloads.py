"""Downloads: resume after a drop, restart when Range is ignored, renew expired links, and
never leave a partial file behind; with a stable part file (the window's downloads), keep it
on cancel or failure and continue it on the next call, as after an app restart."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from proofreader.heygen import (
    ConnectionFailed,
    HeyGenClient,
    LinkExpiredError,
    RetryPolicy,
    TransferError,
)
from proofreader.heygen.downloads import StorageRoute, download
from tests.heygen.conftest import MockApi, SleepRecorder
from tests.heygen.stub_server import StubServer, answer, read_head

PAYLOAD = os.urandom(600_000)
LINK = "https://files.example.net/video/vt_1.mp4?Signature=abc&Expires=1"


class Body(httpx.AsyncByteStream):
    """A response body that yields `data` and then drops, or stalls, as a network would."""

    def __init__(self, data: bytes, *, drop: bool = False, stall: asyncio.Event | None = None):
        self.data, self.drop, self.stall = data, drop, stall

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.data), 65536):
            yield self.data[start : start + 65536]
        if self.stall is not None:
            self.stall.set()
            await asyncio.Event().wait()
        if self.drop:
            raise httpx.ReadError("connection reset by peer")


def full(
    data: bytes = PAYLOAD, *, drop_at: int | None = None, etag: str = '"v1"'
) -> httpx.Response:
    sent = data if drop_at is None else data[:drop_at]
    return httpx.Response(
        200,
        headers={"Content-Length": str(len(data)), "ETag": etag},
        stream=Body(sent, drop=drop_at is not None),
    )


def partial(start: int, data: bytes = PAYLOAD) -> httpx.Response:
    return httpx.Response(
        206,
        headers={
            "Content-Length": str(len(data) - start),
            "Content-Range": f"bytes {start}-{len(data) - 1}/{len(data)}",
        },
        stream=Body(data[start:]),
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


async def test_a_dropped_download_resumes_with_range(mock_api: MockApi, tmp_path: Path) -> None:
    answers = iter([full(drop_at=200_000), partial(200_000)])

    async def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    progress: list[tuple[int, int | None]] = []
    client = mock_api.client(handler)
    dest = await client.download(LINK, tmp_path / "out.mp4", progress=lambda *p: progress.append(p))

    assert dest.read_bytes() == PAYLOAD
    second = mock_api.requests[1]
    assert second.headers["range"] == "bytes=200000-"
    assert second.headers["if-range"] == '"v1"'
    assert progress[-1] == (len(PAYLOAD), len(PAYLOAD))
    assert leftovers(tmp_path) == []
    if os.name == "posix":
        assert dest.stat().st_mode & 0o111 == 0, "a downloaded video must not be executable"


async def test_a_server_ignoring_range_restarts_cleanly(mock_api: MockApi, tmp_path: Path) -> None:
    answers = iter([full(drop_at=300_000), full()])

    async def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    client = mock_api.client(handler)
    dest = await client.download(LINK, tmp_path / "out.mp4")
    assert dest.read_bytes() == PAYLOAD


async def test_a_wrong_content_range_restarts_cleanly(mock_api: MockApi, tmp_path: Path) -> None:
    answers = iter([full(drop_at=300_000), partial(100_000), full()])

    async def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    client = mock_api.client(handler)
    dest = await client.download(LINK, tmp_path / "out.mp4")
    assert dest.read_bytes() == PAYLOAD
    assert "range" not in mock_api.requests[2].headers


async def test_an_expired_link_is_refreshed(mock_api: MockApi, tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if "Signature=new" in str(request.url):
            return full()
        return httpx.Response(403, content=b"<Error><Code>AccessDenied</Code></Error>")

    refreshed: list[int] = []

    async def refresh() -> str:
        refreshed.append(1)
        return LINK.replace("Signature=abc", "Signature=new")

    client = mock_api.client(handler)
    dest = await client.download(LINK, tmp_path / "out.mp4", refresh=refresh)
    assert dest.read_bytes() == PAYLOAD
    assert refreshed == [1]
    assert all("x-api-key" not in r.headers for r in mock_api.requests)


async def test_an_expired_link_without_refresh_says_so(mock_api: MockApi, tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403)

    client = mock_api.client(handler)
    with pytest.raises(LinkExpiredError, match="expired"):
        await client.download(LINK, tmp_path / "out.mp4")
    assert list(tmp_path.iterdir()) == []


async def test_a_link_that_stays_expired_gives_up(mock_api: MockApi, tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403)

    async def refresh() -> str:
        return LINK

    client = mock_api.client(handler)
    with pytest.raises(LinkExpiredError):
        await client.download(LINK, tmp_path / "out.mp4", refresh=refresh)
    assert len(mock_api.requests) == 4


async def test_repeated_drops_without_progress_give_up_and_leave_the_old_file(
    mock_api: MockApi, tmp_path: Path
) -> None:
    dest = tmp_path / "out.mp4"
    dest.write_bytes(b"previous download")

    async def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client = mock_api.client(handler)
    with pytest.raises(ConnectionFailed, match=r"files\.example\.net"):
        await client.download(LINK, dest)
    assert dest.read_bytes() == b"previous download"
    assert leftovers(tmp_path) == []


async def test_a_storage_404_is_a_sentence(mock_api: MockApi, tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404)

    client = mock_api.client(handler)
    with pytest.raises(TransferError, match="HTTP 404"):
        await client.download(LINK, tmp_path / "out.mp4")


async def test_a_missing_folder_is_a_sentence(mock_api: MockApi, tmp_path: Path) -> None:
    client = mock_api.client(lambda r: None)  # type: ignore[arg-type,return-value]
    with pytest.raises(TransferError, match="folder exists"):
        await client.download(LINK, tmp_path / "nowhere" / "out.mp4")


async def test_cancelling_a_download_leaves_no_temporary_file(
    mock_api: MockApi, tmp_path: Path
) -> None:
    stalled = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"Content-Length": str(len(PAYLOAD))},
            stream=Body(PAYLOAD[:100_000], stall=stalled),
        )

    client = mock_api.client(handler)
    task = asyncio.create_task(client.download(LINK, tmp_path / "out.mp4"))
    await asyncio.wait_for(stalled.wait(), 10)
    assert len(leftovers(tmp_path)) == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert list(tmp_path.iterdir()) == []


async def test_resume_over_a_real_socket(tmp_path: Path, sleeps: SleepRecorder) -> None:
    """The server cuts the body mid-way; the client resumes with Range on a new connection."""
    ranges: list[str | None] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await read_head(reader)
        ranges.append(head.headers.get("range"))
        if "range" not in head.headers:
            head_bytes = f"HTTP/1.1 200 OK\r\nContent-Length: {len(PAYLOAD)}\r\n\r\n".encode()
            writer.write(head_bytes + PAYLOAD[:250_000])
            await writer.drain()
            return  # the connection closes mid-body
        start = int(head.headers["range"].removeprefix("bytes=").rstrip("-"))
        await answer(
            writer,
            206,
            PAYLOAD[start:],
            Content_Range=f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}",
        )

    async with StubServer(serve) as server, httpx.AsyncClient() as http:
        client = HeyGenClient(http, "key-xyz", "https://api.example.test", sleep=sleeps)
        dest = await client.download(server.base_url + "/f.mp4?sig=1", tmp_path / "f.mp4")
    assert hashlib.sha256(dest.read_bytes()).digest() == hashlib.sha256(PAYLOAD).digest()
    assert ranges == [None, "bytes=250000-"]


# -- a stable part file: what the window needs to resume after a restart -----------------------


def storage_route(
    handler: Callable[[httpx.Request], Awaitable[httpx.Response]],
    seen: list[httpx.Request],
    sleeps: SleepRecorder,
    *,
    retries: int = 3,
) -> StorageRoute:
    async def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return await handler(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(record))
    return StorageRoute(http, RetryPolicy(max_retries=retries), sleep=sleeps)


async def test_a_cancelled_download_keeps_its_part_and_the_next_call_continues_it(
    tmp_path: Path, sleeps: SleepRecorder
) -> None:
    stalled = asyncio.Event()
    seen: list[httpx.Request] = []
    stall_next = [False]

    async def handler(request: httpx.Request) -> httpx.Response:
        if "range" not in request.headers:
            return full(drop_at=300_000)
        start = int(request.headers["range"].removeprefix("bytes=").rstrip("-"))
        if not stall_next[0]:
            return partial(start)
        stall_next[0] = False
        return httpx.Response(
            206,
            headers={"Content-Range": f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}"},
            stream=Body(PAYLOAD[start : start + 100_000], stall=stalled),
        )

    route = storage_route(handler, seen, sleeps, retries=0)
    dest, part = tmp_path / "out.mp4", tmp_path / ".out.mp4.part"
    with pytest.raises(ConnectionFailed):
        await download(route, LINK, dest, part=part)
    assert part.read_bytes() == PAYLOAD[:300_000], "a failure keeps every byte received"

    # A retry is cancelled (or the app closed) mid-way: the part is kept as it stands.
    stall_next[0] = True
    task = asyncio.create_task(download(route, LINK, dest, part=part))
    await asyncio.wait_for(stalled.wait(), 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert seen[1].headers["range"] == "bytes=300000-"
    kept = part.stat().st_size
    assert 300_000 <= kept < len(PAYLOAD) and PAYLOAD.startswith(part.read_bytes())
    assert not dest.exists()

    progress: list[tuple[int, int | None]] = []
    await download(route, LINK, dest, part=part, progress=lambda *p: progress.append(p))
    await route.http.aclose()
    assert hashlib.sha256(dest.read_bytes()).digest() == hashlib.sha256(PAYLOAD).digest()
    assert seen[-1].headers["range"] == f"bytes={kept}-"
    assert progress[-1] == (len(PAYLOAD), len(PAYLOAD))
    assert not part.exists()
    assert all("x-api-key" not in r.headers for r in seen)


async def test_a_kept_part_with_an_expired_link_is_continued_with_a_fresh_one(
    tmp_path: Path, sleeps: SleepRecorder
) -> None:
    dest, part = tmp_path / "out.mp4", tmp_path / ".out.mp4.part"
    part.write_bytes(PAYLOAD[:250_000])
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if "Signature=new" not in str(request.url):
            return httpx.Response(403)
        return partial(250_000)

    async def refresh() -> str:
        return LINK.replace("Signature=abc", "Signature=new")

    route = storage_route(handler, seen, sleeps)
    await download(route, LINK, dest, part=part, refresh=refresh)
    await route.http.aclose()
    assert dest.read_bytes() == PAYLOAD
    assert [r.headers.get("range") for r in seen] == ["bytes=250000-", "bytes=250000-"]


async def test_a_kept_part_that_is_already_whole_is_finished_without_new_bytes(
    tmp_path: Path, sleeps: SleepRecorder
) -> None:
    """The app closed between the last byte and the rename: the server answers 416."""
    dest, part = tmp_path / "out.mp4", tmp_path / ".out.mp4.part"
    part.write_bytes(PAYLOAD)
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(416, headers={"Content-Range": f"bytes */{len(PAYLOAD)}"})

    route = storage_route(handler, seen, sleeps)
    await download(route, LINK, dest, part=part)
    await route.http.aclose()
    assert dest.read_bytes() == PAYLOAD
    assert len(seen) == 1 and not part.exists()


async def test_a_kept_part_of_a_changed_file_starts_again(
    tmp_path: Path, sleeps: SleepRecorder
) -> None:
    """A part longer than the file (it changed on the server) is dropped, not patched."""
    dest, part = tmp_path / "out.mp4", tmp_path / ".out.mp4.part"
    part.write_bytes(os.urandom(700_000))
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if "range" in request.headers:
            return httpx.Response(416, headers={"Content-Range": f"bytes */{len(PAYLOAD)}"})
        return full()

    route = storage_route(handler, seen, sleeps)
    await download(route, LINK, dest, part=part)
    await route.http.aclose()
    assert dest.read_bytes() == PAYLOAD
    assert not part.exists()
