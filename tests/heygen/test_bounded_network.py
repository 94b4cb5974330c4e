"""Against a hostile loopback server: a drip-fed answer, a huge answer and a gzip bomb each end
in a sentence within the request's bounds; a key that could break a header is refused at once."""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc
from pathlib import Path

import httpx
import pytest

from proofreader.heygen import (
    HeyGenClient,
    InvalidApiKeyError,
    MediaInput,
    RetryPolicy,
    TransferError,
    UnexpectedResponseError,
)
from proofreader.heygen.limits import AnswerTooLarge, DeadlineExceeded, NetworkLimits
from tests.heygen.conftest import API_KEY, SleepRecorder
from tests.heygen.stub_server import StubServer, read_head

LIMITS = NetworkLimits(
    read_s=0.5,
    create_s=0.5,
    upload_s=0.5,
    max_json_bytes=1 << 20,
    stall_window_s=0.3,
    stall_min_bytes=1000,
)


class Hostile:
    """Serves one kind of bad answer and counts what it saw and sent."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.requests = 0
        self.sent = 0
        self.ranges: list[str | None] = []
        # 64 MB of zeros in a few KB of gzip, made before anything is measured
        self.bomb = gzip.compress(b"0" * (64 << 20), compresslevel=9) if kind == "bomb" else b""

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await read_head(reader)
        await reader.readexactly(head.length)
        self.requests += 1
        self.ranges.append(head.headers.get("range"))
        if self.kind == "drip":  # a byte every 0.1 s, forever
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            writer.write(b"Content-Length: 1000000\r\n\r\n{")
            while True:
                await asyncio.sleep(0.1)
                writer.write(b" ")
                await writer.drain()
        if self.kind == "drip-file":  # a file that arrives a few bytes at a time
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n")
            writer.write(b"Content-Length: 1000000\r\n\r\n")
            while True:
                writer.write(b"0123456789")
                await writer.drain()
                await asyncio.sleep(0.02)
        if self.kind == "huge":  # a 1 GB answer, sent until the client stops reading
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            writer.write(b"Content-Length: 1073741824\r\n\r\n")
            chunk = b"[" + b"0," * (1 << 16)
            while True:
                writer.write(chunk)
                self.sent += len(chunk)
                await writer.drain()
        if self.kind in ("bomb", "damaged"):
            body = self.bomb if self.kind == "bomb" else b"\x1f\x8b\x08\x00garbage, not deflate"
            headers = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Encoding: gzip\r\nContent-Length: {len(body)}\r\n\r\n"
            )
            writer.write(headers.encode() + body)
            await writer.drain()


async def _client(server: StubServer, http: httpx.AsyncClient) -> HeyGenClient:
    return HeyGenClient(
        http,
        API_KEY,
        server.base_url,
        retry=RetryPolicy(max_retries=1, base_delay_s=0),
        sleep=SleepRecorder(),
        limits=LIMITS,
    )


async def test_a_drip_fed_read_is_stopped_at_its_deadline_and_retried_once() -> None:
    hostile = Hostile("drip")
    async with StubServer(hostile) as server, httpx.AsyncClient() as http:
        client = await _client(server, http)
        with pytest.raises(DeadlineExceeded, match=r"did not finish answering within 0\.5 s"):
            await client.list_languages()
    assert hostile.requests == 2  # a read may be repeated


async def test_a_drip_fed_create_is_stopped_and_not_repeated() -> None:
    hostile = Hostile("drip")
    async with StubServer(hostile) as server, httpx.AsyncClient() as http:
        client = await _client(server, http)
        with pytest.raises(DeadlineExceeded, match="may still have been carried out") as caught:
            await client.create_proofread(
                MediaInput.url("https://cdn.example/v.mp4"), ["Spanish (Spain)"], "T"
            )
    assert caught.value.outcome_unknown
    assert hostile.requests == 1  # a create is never repeated blindly


async def test_a_huge_answer_is_not_read_past_the_cap() -> None:
    hostile = Hostile("huge")
    async with StubServer(hostile) as server, httpx.AsyncClient() as http:
        client = await _client(server, http)
        with pytest.raises(AnswerTooLarge, match="larger than any API answer should be"):
            await client.get_account()
    assert hostile.sent < 64 << 20  # the client stopped reading long before 1 GB


async def test_a_gzip_bomb_is_not_inflated_past_the_cap() -> None:
    hostile = Hostile("bomb")
    async with StubServer(hostile) as server, httpx.AsyncClient() as http:
        client = await _client(server, http)
        tracemalloc.start()
        try:
            with pytest.raises(AnswerTooLarge):
                await client.get_account()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 16 << 20  # 64 MB were packed in; a few MB at most were inflated


async def test_a_damaged_gzip_answer_is_a_sentence_not_a_zlib_error() -> None:
    async with StubServer(Hostile("damaged")) as server, httpx.AsyncClient() as http:
        client = await _client(server, http)
        with pytest.raises(UnexpectedResponseError) as caught:
            await client.get_account()
    assert "compressed answer is damaged" in caught.value.detail


async def test_a_drip_fed_download_is_cut_resumed_and_then_given_up(tmp_path: Path) -> None:
    hostile = Hostile("drip-file")
    async with StubServer(hostile) as server, httpx.AsyncClient() as http:
        client = await _client(server, http)
        part = tmp_path / "video.mp4.part"
        with pytest.raises(TransferError, match="too slowly"):
            await client.download(f"{server.base_url}/o/video", tmp_path / "video.mp4", part=part)
    assert hostile.requests == 2  # cut once and resumed, then given up
    assert hostile.ranges[0] is None and (hostile.ranges[1] or "").startswith("bytes=")
    assert part.stat().st_size > 0  # what arrived is kept for the next try


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("sk-abc\ndef", "a line break"),
        ("sk-abc\x07def", "a control character"),
        ("sk-abcdéf", "a non-ASCII character"),
        ("sk-abc def", "a space"),
    ],
)
async def test_a_key_that_could_break_a_header_is_refused_without_quoting_it(
    key: str, kind: str
) -> None:
    async with httpx.AsyncClient() as http:
        with pytest.raises(InvalidApiKeyError) as caught:
            HeyGenClient(http, key, "https://api.heygen.com")
    assert kind in str(caught.value)
    assert "abc" not in str(caught.value) and "def" not in str(caught.value)
