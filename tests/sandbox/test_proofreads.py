"""The proofread lifecycle: create, poll, pull both SRTs, push edits, generate, expire."""

from __future__ import annotations

import httpx

from proofreader.sandbox import SandboxServer
from tests.sandbox.helpers import (
    SAMPLE,
    create_proofread,
    data,
    error,
    sample_url,
    upload_asset,
    wait_proofread,
    wait_until,
)

EDITED_SRT = (
    "1\n00:00:00,500 --> 00:00:04,000\nBienvenidos a Proofreader, ¡editado a mano!\n\n"
    "2\n00:00:04,500 --> 00:00:08,000\nSegunda línea con acentos: áéíóú ñ.\n"
)


def _srt_urls(api: httpx.Client, ident: str) -> dict[str, str]:
    urls: dict[str, str] = data(api.get(f"/v3/video-translations/proofreads/{ident}/srt"))
    return urls


def test_sample_proofread_goes_processing_then_completed_with_hand_written_srt(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    transcript = (SAMPLE / "original.en.srt").read_bytes()
    srt = {"type": "asset_id", "asset_id": upload_asset(api, "en.srt", transcript, "text/plain")}
    ids = create_proofread(api, sample_url(server), "Spanish (Spain)", "German (Germany)", srt=srt)
    assert len(ids) == 2
    first = data(api.get(f"/v3/video-translations/proofreads/{ids[0]}"))
    assert first["status"] == "processing"
    assert (first["title"], first["output_language"]) == ("Demo talk", "Spanish (Spain)")
    assert "failure_message" not in first

    done = wait_proofread(api, ids[0])
    assert done["status"] == "completed"
    urls = _srt_urls(api, ids[0])
    translated = storage.get(urls["srt_url"])
    original = storage.get(urls["original_srt_url"])
    assert translated.status_code == original.status_code == 200
    assert translated.content == (SAMPLE / "translation.es.srt").read_bytes()
    assert original.content == (SAMPLE / "original.en.srt").read_bytes()
    assert 'filename="Demo talk_proofread.srt"' in translated.headers["content-disposition"]
    disposition = original.headers["content-disposition"]
    assert 'filename="Demo talk_proofread_original.srt"' in disposition

    wait_proofread(api, ids[1])
    german = storage.get(_srt_urls(api, ids[1])["srt_url"])
    assert german.content == (SAMPLE / "translation.de.srt").read_bytes()
    assert "Prüfpult" in german.content.decode("utf-8")
    assert server.created_counts()["proofreads"] == 2


def test_a_session_created_without_an_srt_has_no_original(
    server: SandboxServer, api: httpx.Client
) -> None:
    [ident] = create_proofread(api, sample_url(server), "Spanish (Spain)")
    wait_proofread(api, ident)
    urls = _srt_urls(api, ident)
    assert urls["srt_url"] and urls["original_srt_url"] is None


def test_language_without_hand_written_translation_gets_a_placeholder(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    [ident] = create_proofread(api, sample_url(server), "Japanese")
    wait_proofread(api, ident)
    text = storage.get(_srt_urls(api, ident)["srt_url"]).text
    assert "[ja] Welcome to Proofreader" in text
    # same timings as the sample's transcript
    original = (SAMPLE / "original.en.srt").read_text(encoding="utf-8")
    assert text.splitlines()[1] == original.splitlines()[1]


def test_other_uploaded_video_gets_a_deterministic_placeholder_over_its_duration(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    # The sample's bytes plus a trailing free box: a different video with the same 33.5 s.
    other = (SAMPLE / "talk.mp4").read_bytes() + b"\x00\x00\x00\x10free" + b"\x00" * 8
    asset = upload_asset(api, "other.mp4", other, "video/mp4")
    texts = []
    for _ in range(2):
        [ident] = create_proofread(api, {"type": "asset_id", "asset_id": asset}, "French (France)")
        assert wait_proofread(api, ident)["status"] == "completed"
        texts.append(storage.get(_srt_urls(api, ident)["srt_url"]).text)
    assert texts[0] == texts[1]
    translated = texts[0]
    assert "placeholder" in translated
    assert translated.count("[fr] ") == translated.strip().count("\n\n") + 1
    last_timing = [line for line in translated.splitlines() if "-->" in line][-1]
    assert "--> 00:00:33," in last_timing  # spread over the whole 33.5 s


def test_silent_video_fails_after_the_delay_with_the_service_message(
    server: SandboxServer, api: httpx.Client
) -> None:
    silent = (SAMPLE / "silent.mp4").read_bytes()
    asset = upload_asset(api, "silent.mp4", silent, "video/mp4")
    [ident] = create_proofread(api, {"type": "asset_id", "asset_id": asset}, "Spanish (Spain)")
    assert data(api.get(f"/v3/video-translations/proofreads/{ident}"))["status"] == "processing"
    failed = wait_proofread(api, ident)
    assert failed["status"] == "failed"
    assert failed["failure_message"] == (
        "Your video's audio is missing or corrupted, please try with another video"
    )
    assert error(api.get(f"/v3/video-translations/proofreads/{ident}/srt"), 409)


def test_unreachable_source_url_fails_at_once(server: SandboxServer, api: httpx.Client) -> None:
    message = (
        "Failed to download video from url, please check the url is valid or the video is public"
    )
    for url in (
        "https://example.com/video.mp4",  # never fetched: only loopback is
        f"{server.storage_url}/public/sample/missing.mp4",
    ):
        [ident] = create_proofread(api, {"type": "url", "url": url}, "Spanish (Spain)")
        found = data(api.get(f"/v3/video-translations/proofreads/{ident}"))
        assert (found["status"], found["failure_message"]) == ("failed", message)
    fetched = [r for r in server.requests if r.path == "/public/sample/missing.mp4"]
    assert len(fetched) == 1
    assert "x-api-key" not in fetched[0].headers


def test_srt_is_not_available_while_processing(server: SandboxServer, api: httpx.Client) -> None:
    server.settings.proofread_delay_s = 30
    [ident] = create_proofread(api, sample_url(server), "Spanish (Spain)")
    assert error(api.get(f"/v3/video-translations/proofreads/{ident}/srt"), 409)["code"] == (
        "conflict"
    )
    generate = api.post(f"/v3/video-translations/proofreads/{ident}/generate", json={})
    assert error(generate, 409)
    assert server.created_counts()["generates"] == 0


def test_put_srt_by_asset_and_by_url_replaces_the_translation(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    transcript = (SAMPLE / "original.en.srt").read_bytes()
    srt = {"type": "asset_id", "asset_id": upload_asset(api, "en.srt", transcript, "text/plain")}
    [ident] = create_proofread(api, sample_url(server), "Spanish (Spain)", srt=srt)
    wait_proofread(api, ident)
    asset = upload_asset(api, "edited.srt", EDITED_SRT.encode(), "application/x-subrip")
    put = api.put(
        f"/v3/video-translations/proofreads/{ident}/srt",
        json={"srt": {"type": "asset_id", "asset_id": asset}},
    )
    assert data(put)["status"] == "completed"
    assert storage.get(_srt_urls(api, ident)["srt_url"]).text == EDITED_SRT

    # A URL source: the sandbox fetches loopback URLs, here an asset's presigned link.
    second = EDITED_SRT.replace("editado", "revisado")
    other = upload_asset(api, "second.srt", second.encode(), "text/plain")
    link = data(api.get(f"/v3/assets/{other}"))["url"]
    put = api.put(
        f"/v3/video-translations/proofreads/{ident}/srt", json={"srt": {"type": "url", "url": link}}
    )
    assert put.status_code == 200
    assert storage.get(_srt_urls(api, ident)["srt_url"]).text == second
    # the engine's transcript is untouched
    original = storage.get(_srt_urls(api, ident)["original_srt_url"]).content
    assert original == (SAMPLE / "original.en.srt").read_bytes()


def test_put_srt_that_is_not_srt_is_refused(server: SandboxServer, api: httpx.Client) -> None:
    [ident] = create_proofread(api, sample_url(server), "Spanish (Spain)")
    wait_proofread(api, ident)
    asset = upload_asset(api, "notes.srt", b"just some words\nno timings\n", "text/plain")
    put = api.put(
        f"/v3/video-translations/proofreads/{ident}/srt",
        json={"srt": {"type": "asset_id", "asset_id": asset}},
    )
    found = error(put, 400)
    assert (found["code"], found["param"]) == ("invalid_parameter", "srt")
    unreachable = api.put(
        f"/v3/video-translations/proofreads/{ident}/srt",
        json={"srt": {"type": "url", "url": "https://example.com/x.srt"}},
    )
    assert error(unreachable, 400)["param"] == "srt"
    missing = api.put(f"/v3/video-translations/proofreads/{ident}/srt", json={})
    assert error(missing, 400)["param"] == "srt"


def test_generate_yields_a_translation_whose_captions_are_the_uploaded_srt(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    [ident] = create_proofread(api, sample_url(server), "Spanish (Spain)")
    wait_proofread(api, ident)
    asset = upload_asset(api, "edited.srt", EDITED_SRT.encode(), "application/x-subrip")
    api.put(
        f"/v3/video-translations/proofreads/{ident}/srt",
        json={"srt": {"type": "asset_id", "asset_id": asset}},
    ).raise_for_status()
    answer = data(
        api.post(f"/v3/video-translations/proofreads/{ident}/generate", json={"captions": True})
    )
    assert answer["status"] == "processing"
    vt = answer["video_translation_id"]
    seen = set()

    def completed() -> bool:
        found = data(api.get(f"/v3/video-translations/{vt}"))
        seen.add(found["status"])
        return bool(found["status"] == "completed")

    wait_until(completed)
    assert seen <= {"pending", "running", "completed"} and "completed" in seen
    result = data(api.get(f"/v3/video-translations/{vt}"))
    assert result["output_language"] == "Spanish (Spain)"
    assert storage.get(result["srt_caption_url"]).content == EDITED_SRT.encode()
    vtt = storage.get(result["vtt_caption_url"])
    assert vtt.headers["content-type"].startswith("text/vtt")
    assert vtt.text.startswith("WEBVTT\n\n00:00:00.500 --> 00:00:04.000\n")
    assert "¡editado a mano!" in vtt.text and "áéíóú ñ." in vtt.text
    video = storage.get(result["video_url"])
    assert video.content == (SAMPLE / "talk.mp4").read_bytes()
    audio = storage.get(result["audio_url"])
    assert audio.content == (SAMPLE / "talk.m4a").read_bytes()
    assert server.created_counts()["generates"] == 1

    # A later edit does not change a render already made.
    api.put(
        f"/v3/video-translations/proofreads/{ident}/srt",
        json={"srt": {"type": "asset_id", "asset_id": asset}},
    ).raise_for_status()
    assert storage.get(result["srt_caption_url"]).content == EDITED_SRT.encode()


def test_generate_without_captions_has_no_caption_urls(
    server: SandboxServer, api: httpx.Client
) -> None:
    [ident] = create_proofread(api, sample_url(server), "French (France)")
    wait_proofread(api, ident)
    vt = data(api.post(f"/v3/video-translations/proofreads/{ident}/generate"))
    vt_id = vt["video_translation_id"]
    wait_until(lambda: data(api.get(f"/v3/video-translations/{vt_id}"))["status"] == "completed")
    result = data(api.get(f"/v3/video-translations/{vt_id}"))
    assert "video_url" in result and "audio_url" in result
    assert "srt_caption_url" not in result and "vtt_caption_url" not in result


def test_expired_proofread_answers_404(server: SandboxServer, api: httpx.Client) -> None:
    [ident] = create_proofread(api, sample_url(server), "Spanish (Spain)")
    wait_proofread(api, ident)
    server.expire_proofread(ident)
    assert error(api.get(f"/v3/video-translations/proofreads/{ident}"), 404)["code"] == "not_found"
    assert error(api.get(f"/v3/video-translations/proofreads/{ident}/srt"), 404)


def test_sessions_expire_after_session_ttl() -> None:
    with (
        SandboxServer(proofread_delay_s=0.0, session_ttl_s=0.3) as server,
        httpx.Client(base_url=server.base_url, headers={"X-Api-Key": "sandbox-key"}) as api,
    ):
        [ident] = create_proofread(api, sample_url(server), "Spanish (Spain)")
        assert data(api.get(f"/v3/video-translations/proofreads/{ident}"))["status"] in (
            "processing",
            "completed",
        )
        wait_until(lambda: api.get(f"/v3/video-translations/proofreads/{ident}").status_code == 404)
