"""Pushing a corrected SRT: the file is checked first, and the upload falls back by route."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest

from proofreader.heygen import HeyGenClient
from proofreader.sandbox import SandboxServer
from proofreader.workflow import (
    InputError,
    MediaSource,
    Poller,
    SrtRefused,
    create_proofreads,
    fetch_srt,
    open_client,
    pull_srts,
    push_srt,
    srt_payload,
    wait_proofread,
)
from tests.workflow.helpers import (
    API_KEY,
    FAST_RETRY,
    TRANSCRIPT,
    InstantSleep,
    edit_srt,
    running_sandbox,
)

CUE = "1\n00:00:01,000 --> 00:00:02,500\nCorrección final\n"


async def ready_session(
    client: HeyGenClient, sandbox: SandboxServer, poller: Poller, *, transcript: bool = False
) -> str:
    created = await create_proofreads(
        client,
        MediaSource.parse(sandbox.sample_video_url),
        ["Spanish (Spain)"],
        "Push test",
        srt=MediaSource.parse(str(TRANSCRIPT)) if transcript else None,
    )
    await wait_proofread(client, created.proofread_ids[0], poller)
    return created.proofread_ids[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02binary\xff\xfe", "not a readable SRT"),
        (b"WEBVTT\n\n00:01.000 --> 00:02.000\nHola\n", "WebVTT"),
        (b"\n\n", "no subtitles"),
        (b"1\n00:00:01,000 -> 00:00:02,000\nHola\n", "not a readable SRT"),
    ],
)
def test_a_file_that_is_not_a_usable_srt_is_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "fixed.srt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        srt_payload(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        srt_payload(tmp_path / "nope.srt")


def test_utf8_goes_as_it_is_and_a_legacy_encoding_is_converted(tmp_path: Path) -> None:
    utf8 = tmp_path / "utf8.srt"
    utf8.write_bytes(CUE.encode("utf-8"))
    assert srt_payload(utf8) == CUE.encode("utf-8")
    legacy = tmp_path / "legacy.srt"
    legacy.write_bytes(CUE.encode("cp1252"))
    assert srt_payload(legacy) == CUE.encode("utf-8")


async def test_the_original_transcript_is_not_pushed_as_the_translation(
    client: HeyGenClient, sandbox: SandboxServer, poller: Poller, tmp_path: Path
) -> None:
    proofread_id = await ready_session(client, sandbox, poller, transcript=True)
    pulled = await pull_srts(client, proofread_id, folder=tmp_path)
    assert pulled.original is not None
    before = sandbox.created_counts()["assets"]
    with pytest.raises(InputError, match="source-language transcript"):
        await push_srt(client, proofread_id, pulled.original)
    assert sandbox.created_counts()["assets"] == before


async def test_a_service_refusing_srt_assets_gets_a_direct_upload(
    poller: Poller, tmp_path: Path
) -> None:
    with running_sandbox(refuse_srt_assets=True) as sandbox:
        async with open_client(
            API_KEY, sandbox.base_url, retry=FAST_RETRY, sleep=InstantSleep()
        ) as client:
            proofread_id = await ready_session(client, sandbox, poller)
            pulled = await pull_srts(client, proofread_id, folder=tmp_path)
            edited = edit_srt(pulled.translated)
            result = await push_srt(client, proofread_id, pulled.translated)
            assert result.route == "direct"
            assert await fetch_srt(client, proofread_id) == edited
            assert result.sha256 == hashlib.sha256(edited).hexdigest()


async def test_when_no_route_takes_the_srt_the_user_is_told(tmp_path: Path) -> None:
    refused = {"error": {"code": "invalid_parameter", "message": "Content type not supported"}}
    seen: list[str] = []

    async def service(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        return httpx.Response(400, json=refused)

    path = tmp_path / "fixed.srt"
    path.write_text(CUE, encoding="utf-8")
    async with httpx.AsyncClient(transport=httpx.MockTransport(service)) as http:
        client = HeyGenClient(http, API_KEY, "https://api.example.test", sleep=InstantSleep())
        with pytest.raises(SrtRefused, match="both as an asset and as a direct upload"):
            await push_srt(client, "p1", path, check_original=False)
    assert seen == ["POST /v3/assets", "POST /v3/assets/direct-uploads"]
