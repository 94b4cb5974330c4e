"""Retries, timeouts, redirects and the key's reach, on faked HTTP where order matters.

These cases need an exact sequence of answers (two 429s then success, a drop at a given
request), so the HTTP layer is an `httpx.MockTransport`; the same behaviour is exercised on
real sockets against the sandbox in test_sandbox_faults.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from proofreader.heygen import (
    ConnectionFailed,
    HeyGenClient,
    InsecureBaseUrlError,
    InvalidBaseUrlError,
    MediaInput,
    RateLimitedError,
    RequestTimeout,
    RetryPolicy,
    ServerError,
    UnexpectedResponseError,
)
from tests.heygen.conftest import API_KEY, MOCK_BASE, Handler, MockApi, SleepRecorder, envelope, ok

VIDEO = MediaInput.url("https://media.example.org/talk.mp4")
CREATED = {"proofread_ids": ["pr_1"], "status": "processing"}
PROOFREAD = {"id": "pr_1", "status": "processing", "title": "Talk"}


def scripted(*answers: httpx.Response | Exception) -> Handler:
    """A handler that plays answers in order (raising the exceptions), then fails loudly."""
    queue = list(answers)

    async def handler(request: httpx.Request) -> httpx.Response:
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler


def rate_limited(retry_after: str) -> httpx.Response:
    response = envelope(429, "rate_limit_exceeded", "Too many requests")
    response.headers["Retry-After"] = retry_after
    return response


async def test_429_is_retried_even_for_a_create_honouring_retry_after(
    mock_api: MockApi, sleeps: SleepRecorder
) -> None:
    client = mock_api.client(scripted(rate_limited("0.1"), rate_limited("0.1"), ok(CREATED)))
    created = await client.create_proofread(VIDEO, ["Spanish (Spain)"], "Talk")
    assert created.proofread_ids == ("pr_1",)
    assert [r.method for r in mock_api.requests] == ["POST"] * 3
    assert sleeps.delays == [0.1, 0.1]


async def test_retry_after_is_clamped(mock_api: MockApi, sleeps: SleepRecorder) -> None:
    client = mock_api.client(scripted(rate_limited("3600"), ok(PROOFREAD)))
    await client.get_proofread("pr_1")
    assert sleeps.delays == [30.0]


async def test_persistent_429_raises_after_two_retries(mock_api: MockApi) -> None:
    client = mock_api.client(scripted(*(rate_limited("2") for _ in range(3))))
    with pytest.raises(RateLimitedError) as caught:
        await client.get_proofread("pr_1")
    assert caught.value.retry_after == 2.0
    assert len(mock_api.requests) == 3


async def test_server_error_on_get_is_retried_with_backoff(
    mock_api: MockApi, sleeps: SleepRecorder
) -> None:
    client = mock_api.client(
        scripted(envelope(503, "unavailable", "busy"), envelope(502, "", ""), ok(PROOFREAD))
    )
    proofread = await client.get_proofread("pr_1")
    assert proofread.id == "pr_1"
    assert len(sleeps.delays) == 2
    assert 1.0 <= sleeps.delays[0] <= 1.25
    assert 2.0 <= sleeps.delays[1] <= 2.5


async def test_retry_count_is_configurable(mock_api: MockApi) -> None:
    client = mock_api.client(
        scripted(*(envelope(503, "", "") for _ in range(5)), ok(PROOFREAD)),
        retry=RetryPolicy(max_retries=4),
    )
    with pytest.raises(ServerError):
        await client.get_proofread("pr_1")
    assert len(mock_api.requests) == 5


@pytest.mark.parametrize("call", ["proofread", "translation", "generate", "direct_upload"])
async def test_server_error_on_a_create_is_not_retried(mock_api: MockApi, call: str) -> None:
    client = mock_api.client(scripted(envelope(500, "internal", "oops"), ok(CREATED)))
    with pytest.raises(ServerError):
        if call == "proofread":
            await client.create_proofread(VIDEO, ["German (Germany)"], "Talk")
        elif call == "translation":
            await client.create_translation(VIDEO, ["German (Germany)"])
        elif call == "generate":
            await client.generate("pr_1", captions=True)
        else:
            await client.upload_bytes(b"x" * 10, "a.srt", force_direct=True)
    assert len(mock_api.requests) == 1


async def test_a_drop_after_sending_a_create_is_not_retried(mock_api: MockApi) -> None:
    client = mock_api.client(
        scripted(httpx.RemoteProtocolError("Server disconnected"), ok(CREATED))
    )
    with pytest.raises(ConnectionFailed) as caught:
        await client.create_proofread(VIDEO, ["French (France)"], "Talk")
    assert len(mock_api.requests) == 1
    assert caught.value.outcome_unknown
    assert "may still have been carried out" in str(caught.value)


async def test_a_drop_on_get_is_retried(mock_api: MockApi) -> None:
    client = mock_api.client(scripted(httpx.ReadError("reset"), ok(PROOFREAD)))
    assert (await client.get_proofread("pr_1")).id == "pr_1"
    assert len(mock_api.requests) == 2


async def test_a_connection_never_opened_is_retried_even_for_a_create(mock_api: MockApi) -> None:
    client = mock_api.client(scripted(httpx.ConnectError("refused"), ok(CREATED)))
    created = await client.create_proofread(VIDEO, ["French (France)"], "Talk")
    assert created.proofread_ids == ("pr_1",)


async def test_unreachable_host_says_so(mock_api: MockApi) -> None:
    client = mock_api.client(scripted(*(httpx.ConnectError("refused") for _ in range(3))))
    with pytest.raises(ConnectionFailed) as caught:
        await client.get_account()
    assert str(caught.value) == (
        "Could not reach HeyGen at api.example.test: check your connection."
    )
    assert not caught.value.outcome_unknown


async def test_timeouts_are_their_own_kind(mock_api: MockApi) -> None:
    client = mock_api.client(scripted(*(httpx.ReadTimeout("slow") for _ in range(3))))
    with pytest.raises(RequestTimeout, match="did not answer in time"):
        await client.get_account()
    assert len(mock_api.requests) == 3


async def test_complete_of_a_direct_upload_is_retried(mock_api: MockApi) -> None:
    slot = {
        "asset_id": "as_1",
        "upload_url": "https://storage.example.net/up/as_1?sig=abc",
        "upload_headers": {"Content-Type": "application/x-subrip", "x-amz-acl": "private"},
        "max_bytes": 1000,
        "expires_in_seconds": 900,
        "status": "pending_upload",
    }
    done = {
        "asset_id": "as_1",
        "mime_type": "application/x-subrip",
        "size_bytes": 5,
        "status": "ready",
        "url": "https://storage.example.net/as_1",
    }
    client = mock_api.client(
        scripted(ok(slot), httpx.Response(200), envelope(503, "", ""), ok(done))
    )
    asset = await client.upload_bytes(b"hello", "fix.srt", force_direct=True)
    assert asset.id == "as_1"
    assert [(r.method, r.url.path) for r in mock_api.requests] == [
        ("POST", "/v3/assets/direct-uploads"),
        ("PUT", "/up/as_1"),
        ("POST", "/v3/assets/as_1/complete"),
        ("POST", "/v3/assets/as_1/complete"),
    ]
    put = mock_api.requests[1]
    assert "x-api-key" not in put.headers
    assert put.headers["x-amz-acl"] == "private"
    assert put.headers["content-type"] == "application/x-subrip"
    assert put.content == b"hello"


async def test_idempotency_key_is_sent_on_creates(mock_api: MockApi) -> None:
    client = mock_api.client(scripted(ok(CREATED), ok({"video_translation_ids": ["vt_1"]})))
    await client.create_proofread(VIDEO, ["Spanish (Spain)"], "Talk", idempotency_key="k-1")
    await client.create_translation(VIDEO, ["Spanish (Spain)"], idempotency_key="k-2")
    assert [r.headers.get("idempotency-key") for r in mock_api.requests] == ["k-1", "k-2"]


async def test_request_in_progress_is_waited_out_with_the_same_key(
    mock_api: MockApi, sleeps: SleepRecorder
) -> None:
    busy = envelope(409, "request_in_progress", "The first request is still being processed.")
    client = mock_api.client(scripted(busy, ok(CREATED)))
    created = await client.create_proofread(
        VIDEO, ["Spanish (Spain)"], "Talk", idempotency_key="k-9"
    )
    assert created.proofread_ids
    assert [r.headers.get("idempotency-key") for r in mock_api.requests] == ["k-9", "k-9"]
    assert len(sleeps.delays) == 1


async def test_every_request_has_a_timeout(mock_api: MockApi) -> None:
    client = mock_api.client(scripted(ok(PROOFREAD)))
    await client.get_proofread("pr_1")
    timeout = mock_api.requests[0].extensions["timeout"]
    assert all(value is not None and value > 0 for value in timeout.values())


async def test_the_key_goes_to_the_api_origin_only(mock_api: MockApi, tmp_path: Path) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v3/"):
            return ok(PROOFREAD)
        return httpx.Response(200, content=b"1\n")

    client = mock_api.client(handler)
    await client.get_proofread("pr_1")
    for other_origin in (
        "https://api.example.test:8443/files/a.srt",  # same host, other port
        "http://api.example.test/files/a.srt",  # same host, other scheme
        "https://cdn.example.test/files/a.srt",  # other host
    ):
        await client.download(other_origin, tmp_path / "a.srt")
    keyed = [str(r.url) for r in mock_api.requests if "x-api-key" in r.headers]
    assert keyed == [f"{MOCK_BASE}/v3/video-translations/proofreads/pr_1"]
    assert mock_api.requests[0].headers["x-api-key"] == API_KEY


async def test_client_default_headers_do_not_reach_storage(
    sleeps: SleepRecorder, tmp_path: Path
) -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"data")

    transport = httpx.MockTransport(handler)
    async with httpx.AsyncClient(transport=transport, headers={"X-Api-Key": API_KEY}) as http:
        client = HeyGenClient(http, API_KEY, MOCK_BASE, sleep=sleeps)
        await client.download("https://cdn.example.test/a.srt", tmp_path / "a.srt")
    assert "x-api-key" not in seen[0].headers


async def test_api_redirects_are_not_followed(mock_api: MockApi) -> None:
    redirect = httpx.Response(302, headers={"Location": "https://elsewhere.example.org/steal"})
    client = mock_api.client(scripted(redirect))
    with pytest.raises(UnexpectedResponseError):
        await client.get_account()
    assert [r.url.host for r in mock_api.requests] == ["api.example.test"]


@pytest.mark.parametrize("base", ["http://api.heygen.com", "http://192.168.1.4:8000"])
async def test_plain_http_base_urls_are_refused(base: str) -> None:
    async with httpx.AsyncClient() as http:
        with pytest.raises(InsecureBaseUrlError, match="plain http"):
            HeyGenClient(http, API_KEY, base)


@pytest.mark.parametrize("base", ["ftp://api.heygen.com", "nonsense", "https://"])
async def test_invalid_base_urls_are_refused(base: str) -> None:
    async with httpx.AsyncClient() as http:
        with pytest.raises(InvalidBaseUrlError, match="HEYGEN_API_BASE"):
            HeyGenClient(http, API_KEY, base)


@pytest.mark.parametrize(
    "base", ["http://127.0.0.1:8123", "http://localhost:9000", "http://[::1]:8000", MOCK_BASE]
)
async def test_loopback_and_https_base_urls_are_accepted(base: str) -> None:
    async with httpx.AsyncClient() as http:
        assert HeyGenClient(http, API_KEY, base).base_url.startswith(base.split(":")[0])


async def test_logs_carry_method_path_and_status_but_never_the_key(
    mock_api: MockApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = mock_api.client(scripted(envelope(503, "", f"bad {API_KEY}"), ok(PROOFREAD)))
    await client.get_proofread("pr_1")
    lines = [record.getMessage() for record in caplog.records]
    assert any(
        "GET" in line and "/v3/video-translations/proofreads/pr_1" in line and "200" in line
        for line in lines
    )
    assert all(API_KEY not in line for line in lines)
    assert all(API_KEY not in str(record.args) for record in caplog.records)
