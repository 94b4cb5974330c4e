"""Direct video translations: create per language, statuses, list pages, rename, delete."""

from __future__ import annotations

import httpx

from proofreader.sandbox import SandboxServer
from tests.sandbox.helpers import SAMPLE, data, error, sample_url, upload_asset, wait_translation

OUTPUT_SRT = b"1\n00:00:00,000 --> 00:00:02,000\nSubt\xc3\xadtulo propio\n"


def _create(
    api: httpx.Client, server: SandboxServer, *languages: str, **extra: object
) -> list[str]:
    body = {"video": sample_url(server), "output_languages": list(languages), **extra}
    ids: list[str] = data(api.post("/v3/video-translations", json=body))["video_translation_ids"]
    return ids


def test_direct_translation_one_id_per_language_with_captions(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    ids = _create(
        api, server, "Spanish (Spain)", "French (France)", title="Launch", enable_caption=True
    )
    assert len(set(ids)) == 2
    first = data(api.get(f"/v3/video-translations/{ids[0]}"))
    assert first["status"] in ("pending", "running")
    assert "video_url" not in first
    done = wait_translation(api, ids[1])
    assert done["status"] == "completed"
    assert (done["title"], done["output_language"]) == ("Launch", "French (France)")
    assert done["duration"] == 33.5
    srt = storage.get(done["srt_caption_url"]).content
    assert srt == (SAMPLE / "translation.fr.srt").read_bytes()
    assert storage.get(done["vtt_caption_url"]).text.startswith("WEBVTT")
    assert server.created_counts()["video_translations"] == 2


def test_output_srt_becomes_the_captions(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    asset = upload_asset(api, "mine.srt", OUTPUT_SRT, "application/x-subrip")
    [ident] = _create(
        api,
        server,
        "Spanish (Spain)",
        enable_caption=True,
        srt={"type": "asset_id", "asset_id": asset},
        srt_role="output",
    )
    done = wait_translation(api, ident)
    assert storage.get(done["srt_caption_url"]).content == OUTPUT_SRT


def test_unreachable_and_silent_sources_fail(server: SandboxServer, api: httpx.Client) -> None:
    body = {
        "video": {"type": "url", "url": "http://10.1.2.3/v.mp4"},
        "output_languages": ["Japanese"],
    }
    [bad] = data(api.post("/v3/video-translations", json=body))["video_translation_ids"]
    found = data(api.get(f"/v3/video-translations/{bad}"))
    assert found["status"] == "failed"
    assert found["failure_message"].startswith("Failed to download video from url")

    silent = {"type": "url", "url": server.silent_video_url}
    body = {"video": silent, "output_languages": ["Japanese"]}
    [mute] = data(api.post("/v3/video-translations", json=body))["video_translation_ids"]
    failed = wait_translation(api, mute)
    assert failed["status"] == "failed"
    assert "audio is missing" in failed["failure_message"]


def test_statuses_for_several_ids(server: SandboxServer, api: httpx.Client) -> None:
    ids = _create(api, server, "Spanish (Spain)", "Japanese")
    wait_translation(api, ids[0])
    wait_translation(api, ids[1])
    answer = data(
        api.get("/v3/video-translations/statuses", params={"video_translation_ids": ",".join(ids)})
    )
    assert {item["video_id"]: item["status"] for item in answer} == dict.fromkeys(ids, "completed")
    assert all(set(item) == {"video_id", "status", "error", "batch_id", "item_index"}
               for item in answer)  # fmt: skip
    none = api.get("/v3/video-translations/statuses")
    assert error(none, 400)["param"] == "video_translation_ids"
    unknown = api.get("/v3/video-translations/statuses", params={"video_translation_ids": "x,y"})
    assert [(i["video_id"], i["status"]) for i in data(unknown)] == [
        ("x", "not_found"),
        ("y", "not_found"),
    ]


def test_list_is_newest_first_and_paginates(server: SandboxServer, api: httpx.Client) -> None:
    made = []
    for index in range(5):
        made += _create(api, server, "Spanish (Spain)", title=f"Video {index}")
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        params: dict[str, str | int] = {"limit": 2}
        if token:
            params["token"] = token
        answer = api.get("/v3/video-translations", params=params).json()
        seen += [item["id"] for item in answer["data"]]
        pages += 1
        if not answer["has_more"]:
            assert answer["next_token"] is None
            break
        token = answer["next_token"]
    assert seen == list(reversed(made))
    assert pages == 3
    everything = data(api.get("/v3/video-translations", params={"limit": 100}))
    assert [item["title"] for item in everything][:2] == ["Video 4", "Video 3"]
    for bad in ({"limit": 0}, {"limit": "ten"}, {"limit": 101}):
        assert error(api.get("/v3/video-translations", params=bad), 400)["param"] == "limit"
    bad_token = api.get("/v3/video-translations", params={"token": "garbage!"})
    assert error(bad_token, 400)["param"] == "token"


def test_rename_and_delete(server: SandboxServer, api: httpx.Client) -> None:
    [ident] = _create(api, server, "German (Germany)", title="Old title")
    renamed = data(api.patch(f"/v3/video-translations/{ident}", json={"title": "New title"}))
    assert renamed["title"] == "New title"
    assert data(api.get(f"/v3/video-translations/{ident}"))["title"] == "New title"
    empty = api.patch(f"/v3/video-translations/{ident}", json={"title": ""})
    assert error(empty, 400)["param"] == "title"

    assert data(api.delete(f"/v3/video-translations/{ident}")) == {"id": ident}
    assert error(api.get(f"/v3/video-translations/{ident}"), 404)["code"] == "not_found"
    assert ident not in [item["id"] for item in data(api.get("/v3/video-translations"))]
