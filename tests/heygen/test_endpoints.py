"""Each endpoint sends the contract's method, path and body, and reads the answer."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from proofreader.heygen import (
    FpsMode,
    MediaInput,
    Mode,
    ProofreadOptions,
    SrtRole,
    TranslationOptions,
    TranslationStatus,
)
from tests.heygen.conftest import MockApi, ok

VIDEO = MediaInput.asset("as_video")


def body(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


async def test_proofread_create_sends_every_option(mock_api: MockApi) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return ok({"proofread_ids": ["pr_es", "pr_fr"], "status": "processing"})

    client = mock_api.client(handler)
    options = ProofreadOptions(
        mode=Mode.PRECISION,
        speaker_num=2,
        enable_speech_enhancement=True,
        disable_music_track=True,
        enable_video_stretching=False,
        keep_the_same_format=True,
        brand_glossary_id="gl_1",
        folder_id="f_1",
        srt=MediaInput.asset("as_srt"),
    )
    created = await client.create_proofread(
        VIDEO, ["Spanish (Spain)", "French (France)"], "Talk", options
    )
    request = mock_api.requests[0]
    assert (request.method, request.url.path) == ("POST", "/v3/video-translations/proofreads")
    assert body(request) == {
        "video": {"type": "asset_id", "asset_id": "as_video"},
        "output_languages": ["Spanish (Spain)", "French (France)"],
        "title": "Talk",
        "mode": "precision",
        "speaker_num": 2,
        "enable_speech_enhancement": True,
        "disable_music_track": True,
        "enable_video_stretching": False,
        "keep_the_same_format": True,
        "brand_glossary_id": "gl_1",
        "folder_id": "f_1",
        "srt": {"type": "asset_id", "asset_id": "as_srt"},
    }
    assert created.proofread_ids == ("pr_es", "pr_fr")


async def test_proofread_create_sends_only_what_was_set(mock_api: MockApi) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return ok({"proofread_ids": ["pr_1"]})

    client = mock_api.client(handler)
    await client.create_proofread(
        MediaInput.url("https://media.example.org/a.mp4"), "German (Germany)", "T"
    )
    assert body(mock_api.requests[0]) == {
        "video": {"type": "url", "url": "https://media.example.org/a.mp4"},
        "output_languages": ["German (Germany)"],
        "title": "T",
    }


async def test_proofread_poll_srt_put_and_generate(mock_api: MockApi) -> None:
    answers = {
        ("GET", "/v3/video-translations/proofreads/pr_1"): {"id": "pr_1", "status": "completed"},
        ("GET", "/v3/video-translations/proofreads/pr_1/srt"): {
            "srt_url": "https://s/t.srt",
            "original_srt_url": "https://s/o.srt",
        },
        ("PUT", "/v3/video-translations/proofreads/pr_1/srt"): {
            "id": "pr_1",
            "status": "completed",
        },
        ("POST", "/v3/video-translations/proofreads/pr_1/generate"): {
            "video_translation_id": "vt_1",
            "status": "processing",
        },
    }

    async def handler(request: httpx.Request) -> httpx.Response:
        return ok(answers[(request.method, request.url.path)])

    client = mock_api.client(handler)
    assert (await client.get_proofread("pr_1")).status.is_final
    urls = await client.get_srt_urls("pr_1")
    assert (urls.srt_url, urls.original_srt_url) == ("https://s/t.srt", "https://s/o.srt")
    await client.put_srt("pr_1", MediaInput.asset("as_fixed"))
    result = await client.generate("pr_1", captions=True, callback_id="cb")
    assert result.video_translation_id == "vt_1"
    put, generate = mock_api.requests[2], mock_api.requests[3]
    assert body(put) == {"srt": {"type": "asset_id", "asset_id": "as_fixed"}}
    assert body(generate) == {"captions": True, "callback_id": "cb"}


async def test_translation_create_sends_every_option(mock_api: MockApi) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return ok({"video_translation_ids": ["vt_es", "vt_de"]})

    client = mock_api.client(handler)
    options = TranslationOptions(
        title="Talk",
        mode=Mode.SPEED,
        speaker_num=1,
        translate_audio_only=False,
        enable_dynamic_duration=False,
        disable_music_track=True,
        enable_speech_enhancement=True,
        enable_caption=True,
        enable_watermark=False,
        keep_the_same_format=True,
        brand_glossary_id="gl",
        input_language="English",
        start_time=1.5,
        end_time=20.0,
        srt=MediaInput.asset("as_srt"),
        srt_role=SrtRole.OUTPUT,
        audio=MediaInput.url("https://media.example.org/dub.mp3"),
        fps_mode=FpsMode.CFR,
        folder_id="f",
        stock_voice_config={"use_stock_voice": True, "preferred_stock_voice_ids": ["v1"]},
        callback_url="https://hooks.example.org/heygen",
        callback_id="cb-1",
    )
    created = await client.create_translation(
        VIDEO, ["Spanish (Spain)", "German (Germany)"], options
    )
    sent = body(mock_api.requests[0])
    assert created.video_translation_ids == ("vt_es", "vt_de")
    assert sent["output_languages"] == ["Spanish (Spain)", "German (Germany)"]
    assert sent["enable_dynamic_duration"] is False
    assert sent["srt_role"] == "output" and sent["fps_mode"] == "cfr" and sent["mode"] == "speed"
    assert sent["audio"] == {"type": "url", "url": "https://media.example.org/dub.mp3"}
    assert sent["stock_voice_config"] == {
        "use_stock_voice": True,
        "preferred_stock_voice_ids": ["v1"],
    }
    assert (sent["start_time"], sent["end_time"]) == (1.5, 20.0)
    assert len(sent) == 2 + 22  # video, languages and every option


async def test_statuses_are_asked_in_batches_of_100_and_every_page_is_read(
    mock_api: MockApi,
) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        ids = request.url.params["video_translation_ids"].split(",")
        first = int(request.url.params.get("token", "0"))
        page = ids[first : first + 40]
        more = first + 40 < len(ids)
        items = [
            {"video_id": i, "status": "succeeded", "error": None, "batch_id": None,
             "item_index": None}
            for i in page
        ]  # fmt: skip
        return ok(items, has_more=more, next_token=str(first + 40) if more else None)

    client = mock_api.client(handler)
    ids = [f"vt_{n}" for n in range(250)]
    found = await client.get_translation_statuses(ids)
    batches = [r.url.params["video_translation_ids"].count(",") + 1 for r in mock_api.requests]
    assert batches == [100, 100, 100, 100, 100, 100, 50, 50]
    assert [t.video_id for t in found] == ids
    assert {t.status for t in found} == {TranslationStatus.COMPLETED}


async def test_a_render_heygen_does_not_know_is_final_not_still_working(
    mock_api: MockApi,
) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return ok(
            [
                {"video_id": "gone", "status": "not_found", "error": None},
                {"video_id": "busy", "status": "running", "error": None},
                {"video_id": "bad", "status": "failed", "error": {"message": "No audio"}},
            ],
            has_more=False,
            next_token=None,
        )

    client = mock_api.client(handler)
    gone, busy, bad = await client.get_translation_statuses(["gone", "busy", "bad"])
    assert (gone.found, gone.is_final) == (False, True)
    assert (busy.found, busy.is_final) == (True, False)
    assert (bad.status, bad.error, bad.is_final) == (TranslationStatus.FAILED, "No audio", True)


async def test_list_pages_and_iterates_over_all(mock_api: MockApi) -> None:
    pages = {
        None: ({"id": "v3", "status": "completed"}, {"id": "v2", "status": "running"}),
        "t2": ({"id": "v1", "status": "failed"},),
    }

    async def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("token")
        more = token is None
        return ok(list(pages[token]), has_more=more, next_token="t2" if more else None)

    client = mock_api.client(handler)
    page = await client.list_translations(limit=2)
    assert ([t.id for t in page.items], page.has_more, page.next_token) == (
        ["v3", "v2"],
        True,
        "t2",
    )
    assert mock_api.requests[0].url.params["limit"] == "2"
    everything = [t.id async for t in client.iter_translations(limit=2)]
    assert everything == ["v3", "v2", "v1"]


async def test_rename_delete_languages_account_and_assets(mock_api: MockApi) -> None:
    answers: dict[tuple[str, str], Any] = {
        ("PATCH", "/v3/video-translations/vt_1"): {"id": "vt_1", "title": "New"},
        ("DELETE", "/v3/video-translations/vt_1"): {"id": "vt_1"},
        ("GET", "/v3/video-translations/languages"): {"languages": ["English", "Spanish (Spain)"]},
        ("GET", "/v3/users/me"): {"username": "ada", "wallet": {"remaining_balance": 5}},
        ("GET", "/v3/assets/as_1"): {"id": "as_1", "name": "a.mp4", "url": None},
        ("DELETE", "/v3/assets/as_1"): {"id": "as_1"},
    }

    async def handler(request: httpx.Request) -> httpx.Response:
        return ok(answers[(request.method, request.url.path)])

    client = mock_api.client(handler)
    renamed = await client.rename_translation("vt_1", "New")
    assert renamed.title == "New"
    assert body(mock_api.requests[0]) == {"title": "New"}
    assert await client.delete_translation("vt_1") == "vt_1"
    assert await client.list_languages() == ("English", "Spanish (Spain)")
    assert (await client.get_account()).remaining_credit == 5.0
    assert (await client.get_asset("as_1")).name == "a.mp4"
    assert await client.delete_asset("as_1") == "as_1"


async def test_ids_cannot_escape_their_path_segment(mock_api: MockApi) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return ok({"id": "x", "status": "processing"})

    client = mock_api.client(handler)
    await client.get_proofread("../../v3/users/me")
    assert mock_api.requests[0].url.raw_path.startswith(b"/v3/video-translations/proofreads/")
    assert b"/../" not in mock_api.requests[0].url.raw_path
    with pytest.raises(ValueError):
        await client.get_translation("")
