"""The client against a misbehaving sandbox: rate limits, server faults, dropped connections,
cut downloads and expired links, all over real sockets."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from proofreader.heygen import (
    AuthenticationError,
    ConnectionFailed,
    HeyGenClient,
    LinkExpiredError,
    MediaInput,
    ServerError,
    ValidationError,
)
from tests.heygen.conftest import API_KEY, SleepRecorder

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "talk.mp4"


def api_calls(sandbox: Any, method: str, path: str) -> int:
    return sum(1 for r in sandbox.requests if (r.method, r.path) == (method, path))


async def completed_proofread(client: HeyGenClient, sandbox: Any) -> str:
    created = await client.create_proofread(
        MediaInput.url(sandbox.sample_video_url), ["Spanish (Spain)"], "Faults"
    )
    proofread_id = created.proofread_ids[0]
    for _ in range(400):
        if (await client.get_proofread(proofread_id)).status.is_final:
            return proofread_id
        await asyncio.sleep(0.02)
    raise AssertionError("the proofread never finished")


async def test_rate_limit_is_waited_out_as_retry_after_says(
    sandbox: Any, sandbox_client: HeyGenClient, sleeps: SleepRecorder
) -> None:
    sandbox.faults.rate_limit_next = 2
    sandbox.faults.retry_after_s = 0.1
    created = await sandbox_client.create_proofread(
        MediaInput.url(sandbox.sample_video_url), ["Spanish (Spain)"], "Rate limited"
    )
    assert len(created.proofread_ids) == 1
    assert sleeps.delays == [0.1, 0.1]
    assert api_calls(sandbox, "POST", "/v3/video-translations/proofreads") == 3
    assert sandbox.created_counts()["proofreads"] == 1


async def test_server_errors_on_get_are_retried(
    sandbox: Any, sandbox_client: HeyGenClient, sleeps: SleepRecorder
) -> None:
    sandbox.faults.server_error_next = 2
    account = await sandbox_client.get_account()
    assert account.remaining_credit is not None
    assert len(sleeps.delays) == 2 and api_calls(sandbox, "GET", "/v3/users/me") == 3


async def test_a_dropped_get_is_retried(sandbox: Any, sandbox_client: HeyGenClient) -> None:
    sandbox.faults.drop_next = 1
    assert await sandbox_client.list_languages()
    assert api_calls(sandbox, "GET", "/v3/video-translations/languages") == 2


async def test_a_server_error_on_a_create_is_not_retried(
    sandbox: Any, sandbox_client: HeyGenClient
) -> None:
    sandbox.faults.server_error_next = 1
    with pytest.raises(ServerError):
        await sandbox_client.create_proofread(
            MediaInput.url(sandbox.sample_video_url), ["Spanish (Spain)"], "Refused"
        )
    assert api_calls(sandbox, "POST", "/v3/video-translations/proofreads") == 1
    assert sandbox.created_counts()["proofreads"] == 0


async def test_a_drop_after_a_create_is_not_retried(
    sandbox: Any, sandbox_client: HeyGenClient
) -> None:
    sandbox.faults.drop_after_create_next = 1
    with pytest.raises(ConnectionFailed) as caught:
        await sandbox_client.create_proofread(
            MediaInput.url(sandbox.sample_video_url), ["Spanish (Spain)"], "Dropped"
        )
    assert caught.value.outcome_unknown
    assert api_calls(sandbox, "POST", "/v3/video-translations/proofreads") == 1
    assert sandbox.created_counts()["proofreads"] == 1


async def test_a_drop_after_generate_is_not_retried(
    sandbox: Any, sandbox_client: HeyGenClient
) -> None:
    proofread_id = await completed_proofread(sandbox_client, sandbox)
    sandbox.faults.drop_after_create_next = 1
    with pytest.raises(ConnectionFailed):
        await sandbox_client.generate(proofread_id)
    assert sandbox.created_counts()["generates"] == 1


async def test_a_cut_download_resumes_with_range(
    sandbox: Any, sandbox_client: HeyGenClient, tmp_path: Path
) -> None:
    asset = await sandbox_client.upload_asset(SAMPLE)
    assert asset.url
    sandbox.faults.drop_download_after_bytes = 200_000
    sandbox.faults.drop_download_times = 2
    copy = await sandbox_client.download(asset.url, tmp_path / "copy.mp4")
    assert (
        hashlib.sha256(copy.read_bytes()).digest() == hashlib.sha256(SAMPLE.read_bytes()).digest()
    )
    gets = [r for r in sandbox.requests if r.method == "GET" and r.path.startswith("/o/asset/")]
    assert [r.headers.get("range") for r in gets] == [None, "bytes=200000-", "bytes=400000-"]
    assert [p.name for p in tmp_path.iterdir()] == ["copy.mp4"]


async def test_an_expired_link_is_renewed_through_the_api(
    sandbox: Any, sandbox_client: HeyGenClient, tmp_path: Path
) -> None:
    proofread_id = await completed_proofread(sandbox_client, sandbox)
    sandbox.faults.expire_links = True
    stale = (await sandbox_client.get_srt_urls(proofread_id)).srt_url
    with pytest.raises(LinkExpiredError):
        await sandbox_client.download(stale, tmp_path / "stale.srt")

    async def refresh() -> str:
        sandbox.faults.expire_links = False
        return (await sandbox_client.get_srt_urls(proofread_id)).srt_url

    fresh = await sandbox_client.download(stale, tmp_path / "es.srt", refresh=refresh)
    assert b"-->" in fresh.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["es.srt"]


async def test_a_wrong_key_is_an_authentication_error(sandbox: Any, sleeps: SleepRecorder) -> None:
    async with httpx.AsyncClient() as http:
        client = HeyGenClient(http, "not-the-key", sandbox.base_url, sleep=sleeps)
        with pytest.raises(AuthenticationError, match="HEYGEN_API_KEY"):
            await client.get_account()
    assert sleeps.delays == []


async def test_a_service_refusing_srt_assets_is_a_validation_error(sleeps: SleepRecorder) -> None:
    from proofreader.sandbox import SandboxServer

    srt = b"1\n00:00:01,000 --> 00:00:02,000\nHola\n"
    with SandboxServer(api_key=API_KEY, refuse_srt_assets=True) as server:
        async with httpx.AsyncClient() as http:
            client = HeyGenClient(http, API_KEY, server.base_url, sleep=sleeps)
            with pytest.raises(ValidationError) as caught:
                await client.upload_bytes(srt, "fixed.srt")
            assert caught.value.detail == "Content type not supported"
            asset = await client.upload_bytes(srt, "fixed.srt", force_direct=True)
            assert asset.size_bytes == len(srt)
