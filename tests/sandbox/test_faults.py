"""Fault injection: each kind, and that a faulted create was not (or was) carried out."""

from __future__ import annotations

import concurrent.futures
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from proofreader.sandbox import Faults, SandboxServer
from proofreader.sandbox.store import Store
from tests.sandbox.helpers import (
    KEY,
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
    # HeyGen replays the first answer for the key even when the body differs
    changed = api.post(
        "/v3/video-translations/proofreads", json={**body, "title": "Other"}, headers=headers
    )
    assert data(changed) == data(first)
    assert changed.headers["idempotent-replayed"] == "true"
    assert server.created_counts()["proofreads"] == 1
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


def test_a_repeat_while_the_first_runs_gets_request_in_progress(server: SandboxServer) -> None:
    body = _proofread_body(server)
    headers = {"Idempotency-Key": "slow-1", "X-Api-Key": KEY}
    server.faults.slow_create_s = 1.0
    url = f"{server.base_url}/v3/video-translations/proofreads"
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        first = pool.submit(httpx.post, url, json=body, headers=headers, timeout=10)
        for _ in range(200):  # until the first request holds the key
            if server.created_counts()["proofreads"] == 0 and _claimed(server):
                break
            time.sleep(0.01)
        repeat = httpx.post(url, json=body, headers=headers, timeout=10)
        assert error(repeat, 409)["code"] == "request_in_progress"
        answer = first.result()
    assert data(answer)["proofread_ids"]
    replay = httpx.post(url, json=body, headers=headers, timeout=10)
    assert data(replay) == data(answer)
    assert server.created_counts()["proofreads"] == 1


def _claimed(server: SandboxServer) -> bool:
    with sqlite3.connect(server.state_path) as db:
        return bool(db.execute("SELECT count(*) FROM idempotency_keys").fetchone()[0])


def test_a_key_is_kept_for_24_hours(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.sqlite3")
    assert store.reserve_key("POST /v3/x", "k", now=1000.0, kept_s=86400) is None
    store.finish_key("POST /v3/x", "k", 200, "{}")
    kept = store.reserve_key("POST /v3/x", "k", now=1000.0 + 86399, kept_s=86400)
    assert kept is not None and kept.status == 200
    assert store.reserve_key("POST /v3/x", "k", now=1000.0 + 86401, kept_s=86400) is None
    store.close()


def test_faults_reset_turns_everything_off() -> None:
    faults = Faults(error_rate=1.0, rate_limit_next=3, drop_next=1, expire_links=True)
    faults.drop_download_after_bytes = 10
    faults.reset()
    assert faults == Faults()
    assert faults.decide_before().kind.value == "none"
    assert faults.take_download_drop(1000) is None
