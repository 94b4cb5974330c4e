"""The client against the sandbox over real loopback sockets: the whole proofread lifecycle,
the direct-upload route, and the API key's reach (requests and logs)."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from proofreader.heygen import (
    HeyGenClient,
    MediaInput,
    Mode,
    ProofreadOptions,
    ProofreadStatus,
    TranslationStatus,
)
from tests.heygen.conftest import API_KEY, SleepRecorder

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "talk.mp4"
EDITED_SRT = (
    "1\n00:00:00,500 --> 00:00:04,000\nBienvenido a Proofreader (revisado).\n\n"
    "2\n00:00:04,300 --> 00:00:07,800\nCada línea, corregida a mano.\n"
).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def wait_proofread(client: HeyGenClient, proofread_id: str) -> Any:
    for _ in range(400):
        proofread = await client.get_proofread(proofread_id)
        if proofread.status.is_final:
            return proofread
        await asyncio.sleep(0.02)
    raise AssertionError("the proofread never finished")


async def wait_translation(client: HeyGenClient, translation_id: str) -> Any:
    seen: list[TranslationStatus] = []
    for _ in range(400):
        translation = await client.get_translation(translation_id)
        seen.append(translation.status)
        if translation.status.is_final:
            return translation, seen
        await asyncio.sleep(0.02)
    raise AssertionError("the translation never finished")


async def run_lifecycle(client: HeyGenClient, tmp_path: Path) -> dict[str, Any]:
    """Upload → create (2 languages) → poll → pull → push → generate → poll → download."""
    video = await client.upload_asset(SAMPLE)
    transcript = await client.upload_asset(SAMPLE.with_name("original.en.srt"))
    created = await client.create_proofread(
        video.media_input,
        ["Spanish (Spain)", "French (France)"],
        "Sandbox talk",
        ProofreadOptions(mode=Mode.PRECISION, speaker_num=1, srt=transcript.media_input),
    )
    assert len(created.proofread_ids) == 2
    spanish_id = created.proofread_ids[0]
    for proofread_id in created.proofread_ids:
        proofread = await wait_proofread(client, proofread_id)
        assert proofread.status is ProofreadStatus.COMPLETED
    spanish = await client.get_proofread(spanish_id)
    assert spanish.output_language == "Spanish (Spain)"

    translated = await client.download_proofread_srt(spanish_id, tmp_path / "es.srt")
    original = await client.download_proofread_srt(spanish_id, tmp_path / "en.srt", original=True)
    assert translated.read_bytes() != original.read_bytes()
    assert b"-->" in translated.read_bytes()

    srt_asset = await client.upload_bytes(EDITED_SRT, "sandbox_talk_fixed.srt")
    await client.put_srt(spanish_id, srt_asset.media_input)
    result = await client.generate(spanish_id, captions=True)
    translation, statuses = await wait_translation(client, result.video_translation_id)
    assert translation.status is TranslationStatus.COMPLETED, translation.failure_message
    captions = await client.download_translation_file(
        translation.id, "srt_caption_url", tmp_path / "captions.srt"
    )
    rendered = await client.download_translation_file(
        translation.id, "video_url", tmp_path / "rendered.mp4"
    )
    return {
        "captions": captions.read_bytes(),
        "rendered": rendered.read_bytes(),
        "statuses": statuses,
        "translation": translation,
    }


async def test_whole_proofread_lifecycle(sandbox_client: HeyGenClient, tmp_path: Path) -> None:
    outcome = await run_lifecycle(sandbox_client, tmp_path)
    assert sha256(outcome["captions"]) == sha256(EDITED_SRT)
    assert len(outcome["rendered"]) > 0
    assert outcome["translation"].vtt_caption_url
    assert not (set(os.listdir(tmp_path)) - {"es.srt", "en.srt", "captions.srt", "rendered.mp4"})


async def test_the_key_reaches_only_the_api_and_no_log(
    sandbox: Any, sleeps: SleepRecorder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with httpx.AsyncClient() as http:
        client = HeyGenClient(
            http, API_KEY, sandbox.base_url, sleep=sleeps, direct_upload_threshold=200_000
        )
        await run_lifecycle(client, tmp_path)  # the sample video takes the direct route here
        await client.create_proofread(
            MediaInput.url(sandbox.sample_video_url), ["German (Germany)"], "From a URL"
        )
        sandbox.faults.server_error_next = 1
        await client.get_account()

    api_origin = httpx.URL(sandbox.base_url)
    api = f"{api_origin.host}:{api_origin.port}"
    to_api = [r for r in sandbox.requests if r.origin == api]
    elsewhere = [r for r in sandbox.requests if r.origin != api]
    assert to_api and all(r.headers.get("x-api-key") == API_KEY for r in to_api)
    assert any(r.method == "PUT" for r in elsewhere), "the direct upload's PUT went to storage"
    assert any(r.path.startswith("/public/sample") for r in elsewhere), "the source URL was read"
    assert [r for r in elsewhere if "x-api-key" in r.headers] == []
    assert all(API_KEY not in value for r in elsewhere for value in r.headers.values())

    assert caplog.records, "requests should be logged"
    for record in caplog.records:
        text = record.getMessage() + str(record.args) + str(record.exc_text or "")
        assert API_KEY not in text, record.name


async def test_direct_upload_route_when_over_the_threshold(
    sandbox: Any, sleeps: SleepRecorder, tmp_path: Path
) -> None:
    progress: list[tuple[int, int | None]] = []
    async with httpx.AsyncClient() as http:
        client = HeyGenClient(
            http, API_KEY, sandbox.base_url, sleep=sleeps, direct_upload_threshold=100_000
        )
        asset = await client.upload_asset(SAMPLE, progress=lambda *p: progress.append(p))
        fetched = await client.get_asset(asset.id)
        assert fetched.url
        copy = await client.download(fetched.url, tmp_path / "copy.mp4")
    paths = [(r.method, r.path) for r in sandbox.requests]
    assert ("POST", "/v3/assets/direct-uploads") in paths
    assert ("POST", f"/v3/assets/{asset.id}/complete") in paths
    assert ("POST", "/v3/assets") not in paths
    assert sha256(copy.read_bytes()) == sha256(SAMPLE.read_bytes())
    assert progress[-1] == (SAMPLE.stat().st_size, SAMPLE.stat().st_size)
    assert sandbox.created_counts()["assets"] == 1


async def test_small_upload_takes_the_multipart_route(
    sandbox_client: HeyGenClient, sandbox: Any, tmp_path: Path
) -> None:
    asset = await sandbox_client.upload_asset(SAMPLE)
    assert asset.size_bytes == SAMPLE.stat().st_size and asset.mime_type == "video/mp4"
    paths = [(r.method, r.path) for r in sandbox.requests]
    assert ("POST", "/v3/assets") in paths
    assert ("POST", "/v3/assets/direct-uploads") not in paths
