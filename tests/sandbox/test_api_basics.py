"""Auth, validation and the error envelope, as a client of the service sees them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from proofreader.sandbox import SandboxServer
from tests.sandbox.helpers import data, error, sample_url


def test_missing_or_unknown_key_is_refused_with_the_envelope(server: SandboxServer) -> None:
    with httpx.Client(base_url=server.base_url) as anonymous:
        assert error(anonymous.get("/v3/users/me"), 401)["code"] == "unauthorized"
        wrong = anonymous.get("/v3/users/me", headers={"X-Api-Key": "not-the-key"})
        assert error(wrong, 401)["code"] == "unauthorized"
        post = anonymous.post("/v3/video-translations/proofreads", json={"title": "x"})
        assert error(post, 401)["code"] == "unauthorized"
    assert server.created_counts()["proofreads"] == 0


def test_custom_key_is_the_only_key_accepted() -> None:
    with SandboxServer(api_key="other-key") as server, httpx.Client() as client:
        url = f"{server.base_url}/v3/users/me"
        assert client.get(url, headers={"X-Api-Key": "other-key"}).status_code == 200
        assert client.get(url, headers={"X-Api-Key": "sandbox-key"}).status_code == 401


def test_account_and_languages(api: httpx.Client) -> None:
    me = data(api.get("/v3/users/me"))
    assert me["username"] and me["billing_type"]
    languages = data(api.get("/v3/video-translations/languages"))["languages"]
    for name in (
        "English",
        "Spanish (Spain)",
        "French (France)",
        "German (Germany)",
        "Chinese (Mandarin, Simplified)",
        "Japanese",
        "Arabic (Saudi Arabia)",
    ):
        assert name in languages
    assert 35 <= len(languages) <= 60


def _valid_body(server: SandboxServer) -> dict[str, Any]:
    return {
        "video": sample_url(server),
        "output_languages": ["Spanish (Spain)"],
        "title": "Talk",
    }


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"video": None}, "video"),
        ({"video": {"type": "ftp", "url": "x"}}, "video"),
        ({"video": {"type": "asset_id"}}, "video"),
        ({"output_languages": None}, "output_languages"),
        ({"output_languages": []}, "output_languages"),
        ({"output_languages": ["Klingon"]}, "output_languages"),
        ({"output_languages": "Spanish (Spain)"}, "output_languages"),
        ({"title": None}, "title"),
        ({"title": 42}, "title"),
        ({"mode": "fast"}, "mode"),
        ({"speaker_num": "two"}, "speaker_num"),
        ({"speaker_num": True}, "speaker_num"),
        ({"enable_speech_enhancement": "yes"}, "enable_speech_enhancement"),
        ({"srt": {"type": "url"}}, "srt"),
    ],
)
def test_proofread_create_validation_names_the_field(
    server: SandboxServer, api: httpx.Client, change: dict[str, Any], param: str
) -> None:
    body = {**_valid_body(server), **change}
    body = {key: value for key, value in body.items() if value is not None}
    found = error(api.post("/v3/video-translations/proofreads", json=body), 400)
    assert found["code"] == "invalid_parameter"
    assert found["param"] == param
    assert found["message"]
    assert server.created_counts()["proofreads"] == 0


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"fps_mode": "60fps"}, "fps_mode"),
        ({"srt_role": "both"}, "srt_role"),
        ({"input_language": "Elvish"}, "input_language"),
        ({"start_time": -1}, "start_time"),
        ({"start_time": 10, "end_time": 5}, "end_time"),
        ({"enable_caption": 1}, "enable_caption"),
    ],
)
def test_translation_create_validation_names_the_field(
    server: SandboxServer, api: httpx.Client, change: dict[str, Any], param: str
) -> None:
    body = {**_valid_body(server), **change}
    found = error(api.post("/v3/video-translations", json=body), 400)
    assert (found["code"], found["param"]) == ("invalid_parameter", param)


def test_body_must_be_a_json_object(api: httpx.Client) -> None:
    bad_json = api.post(
        "/v3/video-translations/proofreads",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert error(bad_json, 400)["code"] == "invalid_parameter"
    array = api.post("/v3/video-translations/proofreads", json=[1, 2])
    assert error(array, 400)["code"] == "invalid_parameter"


def test_unknown_fields_are_ignored(server: SandboxServer, api: httpx.Client) -> None:
    body = {**_valid_body(server), "some_future_option": {"x": 1}, "speaker_num": 2}
    ids = data(api.post("/v3/video-translations/proofreads", json=body))["proofread_ids"]
    assert len(ids) == 1


def test_unknown_ids_and_paths_answer_404(api: httpx.Client) -> None:
    for path in (
        "/v3/video-translations/proofreads/nope",
        "/v3/video-translations/proofreads/nope/srt",
        "/v3/video-translations/nope",
        "/v3/assets/nope",
        "/v3/not-an-endpoint",
    ):
        assert error(api.get(path), 404)["code"] == "not_found"
    assert error(api.delete("/v3/video-translations/nope"), 404)["code"] == "not_found"
    rename = api.patch("/v3/video-translations/nope", json={"title": "x"})
    assert error(rename, 404)["code"] == "not_found"
