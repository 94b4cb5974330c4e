"""Fault injection: each kind, and that a faulted create was not (or was) carried out."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from proofreader.sandbox import Faults, SandboxServer
from tests.sandbox.helpers import (
    create_proofread,
    data,
    error,
    sample_url,
    wait_proofread,
)


def _proofread_body(server: SandboxServer) -> dict[str, Any]:
    return {"video": sample_url(server), "output_languages": ["Spanish (Spain)"], "title": "T"}


def test_rate_limit_next_answers_429_with_retry_after_and_creates_nothing(
    server: SandboxServer, api: httpx.Client
) -> None:
    server.faults.rate_limit_next = 2
    server.faults.retry_after_s = 3
    for _ in range(2):
        response = api.post("/v3/video-translations/proofreads", json=_proofread_body(server))
        assert error(response, 429)["code"] == "rate_limit_exceeded"
        assert response.headers["retry-after"] == "3"
    assert server.created_counts()["proofreads"] == 0
    assert api.post("/v3/video-translations/proofreads", json=_proofread_body(server)).is_success
    assert server.created_counts()["proofreads"] == 1


def test_server_error_next_answers_503(server: SandboxServer, api: httpx.Client) -> None:
    server.faults.server_error_next = 1
    assert error(api.get("/v3/users/me"), 503)
    assert api.get("/v3/users/me").status_code == 200


def test_error_rate_is_seeded_and_repeatable(server: SandboxServer, api: httpx.Client) -> None:
    def run() -> list[int]:
        server.faults.seed = 7
        server.faults.error_rate = 0.3
        codes = [api.get("/v3/users/me").status_code for _ in range(40)]
        server.faults.error_rate = 0.0
        return codes

    first, second = run(), run()
    assert first == second
    failures = [code for code in first if code != 200]
    assert 3 <= len(failures) <= 25
    assert set(failures) <= {500, 502, 503}


def test_drop_next_closes_the_connection_without_an_answer(
    server: SandboxServer, api: httpx.Client
) -> None:
    server.faults.drop_next = 1
    # a close before the body is read may arrive as a reset: either way, no answer came
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post("/v3/video-translations/proofreads", json=_proofread_body(server))
    assert server.created_counts()["proofreads"] == 0
    assert api.get("/v3/users/me").status_code == 200


def test_delay_makes_every_answer_wait(server: SandboxServer) -> None:
    server.faults.delay_s = 0.6
    with (
        httpx.Client(base_url=server.base_url, timeout=0.1) as impatient,
        pytest.raises(httpx.ReadTimeout),
    ):
        impatient.get("/v3/users/me", headers={"X-Api-Key": "sandbox-key"})


def test_drop_after_create_carries_out_the_create_and_loses_the_answer(
    server: SandboxServer, api: httpx.Client
) -> None:
    server.faults.drop_after_create_next = 1
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/v3/video-translations/proofreads", json=_proofread_body(server))
    assert server.created_counts()["proofreads"] == 1
    server.faults.error_after_create_next = 1
    response = api.post("/v3/video-translations", json=_proofread_body(server))
    assert error(response, 503)
    assert server.created_counts()["video_translations"] == 1
    # reads are not creates: they are never affected
    server.faults.drop_after_create_next = 1
    assert api.get("/v3/users/me").status_code == 200
    assert server.faults.drop_after_create_next == 1


def test_a_retry_with_the_same_idempotency_key_does_not_create_twice(
    server: SandboxServer, api: httpx.Client
) -> None:
    body = _proofread_body(server)
    headers = {"Idempotency-Key": "create-1"}
    server.faults.drop_after_create_next = 1
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/v3/video-translations/proofreads", json=body, headers=headers)
    first = api.post("/v3/video-translations/proofreads", json=body, headers=headers)
    second = api.post("/v3/video-translations/proofreads", json=body, headers=headers)
    assert data(first) == data(second)
    assert first.headers["idempotent-replayed"] == "true"
    assert server.created_counts()["proofreads"] == 1
    changed = api.post(
        "/v3/video-translations/proofreads", json={**body, "title": "Other"}, headers=headers
    )
    assert error(changed, 409)["code"] == "conflict"
    other_key = api.post(
        "/v3/video-translations/proofreads", json=body, headers={"Idempotency-Key": "create-2"}
    )
    assert data(other_key) != data(first)
    assert server.created_counts()["proofreads"] == 2


def test_idempotency_key_on_generate(server: SandboxServer, api: httpx.Client) -> None:
    [ident] = create_proofread(api, sample_url(server), "Spanish (Spain)")
    wait_proofread(api, ident)
    path = f"/v3/video-translations/proofreads/{ident}/generate"
    headers = {"Idempotency-Key": "gen-1"}
    answers = [data(api.post(path, json={"captions": True}, headers=headers)) for _ in range(2)]
    assert answers[0] == answers[1]
    assert server.created_counts()["generates"] == 1


def test_faults_reset_turns_everything_off() -> None:
    faults = Faults(error_rate=1.0, rate_limit_next=3, drop_next=1, expire_links=True)
    faults.drop_download_after_bytes = 10
    faults.reset()
    assert faults == Faults()
    assert faults.decide_before().kind.value == "none"
    assert faults.take_download_drop(1000) is None
