"""State survives a restart; every request is recorded; the key never reaches storage."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from proofreader.sandbox import SandboxServer
from tests.sandbox.helpers import (
    KEY,
    SAMPLE,
    create_proofread,
    data,
    sample_url,
    upload_asset,
    wait_proofread,
)


def test_restart_with_the_same_state_keeps_sessions_and_links(tmp_path: Path) -> None:
    state = tmp_path / "demo.sqlite3"
    with SandboxServer(state_path=state, proofread_delay_s=0.0) as first:
        with httpx.Client(base_url=first.base_url, headers={"X-Api-Key": KEY}) as api:
            [ident] = create_proofread(api, sample_url(first), "Spanish (Spain)")
            wait_proofread(api, ident)
            asset = upload_asset(api, "talk.mp4", (SAMPLE / "talk.mp4").read_bytes(), "video/mp4")
        counts = first.created_counts()
    assert state.is_file()
    assert (tmp_path / "demo-files").is_dir()

    with (
        SandboxServer(state_path=state) as second,
        httpx.Client(base_url=second.base_url, headers={"X-Api-Key": KEY}) as api,
        httpx.Client() as storage,
    ):
        found = data(api.get(f"/v3/video-translations/proofreads/{ident}"))
        assert (found["status"], found["title"]) == ("completed", "Demo talk")
        urls = data(api.get(f"/v3/video-translations/proofreads/{ident}/srt"))
        srt = storage.get(urls["srt_url"]).content
        assert srt == (SAMPLE / "translation.es.srt").read_bytes()
        assert storage.get(data(api.get(f"/v3/assets/{asset}"))["url"]).status_code == 200
        assert second.created_counts() == counts


def test_private_state_is_removed_on_stop() -> None:
    server = SandboxServer()
    server.start()
    try:
        state = server.state_path
        with httpx.Client(base_url=server.base_url, headers={"X-Api-Key": KEY}) as api:
            upload_asset(api, "a.srt", b"1\n00:00:00,000 --> 00:00:01,000\nx\n", "text/plain")
        assert state.is_file()
    finally:
        server.stop()
    assert not state.parent.exists()
    with httpx.Client() as client:
        try:
            client.get(f"{server.base_url}/v3/users/me", timeout=1)
            reachable = True
        except httpx.ConnectError:
            reachable = False
    assert not reachable


def test_requests_are_recorded_and_the_key_stays_on_the_api_host(
    server: SandboxServer, api: httpx.Client
) -> None:
    [ident] = create_proofread(api, sample_url(server), "French (France)")
    wait_proofread(api, ident)
    urls = data(api.get(f"/v3/video-translations/proofreads/{ident}/srt"))
    with httpx.Client() as storage:
        storage.get(urls["srt_url"]).raise_for_status()

    api_origin = server.base_url.removeprefix("http://")
    storage_origin = server.storage_url.removeprefix("http://")
    on_api = [r for r in server.requests if r.origin == api_origin]
    on_storage = [r for r in server.requests if r.origin == storage_origin]
    assert on_api and on_storage and len(on_api) + len(on_storage) == len(server.requests)
    assert all(r.headers.get("x-api-key") == KEY for r in on_api)
    assert all("x-api-key" not in r.headers for r in on_storage)
    # the sandbox fetched the source URL itself, without any key
    fetch = [r for r in on_storage if r.path == "/public/sample/talk.mp4"]
    assert len(fetch) == 1 and fetch[0].method == "GET"
    create = next(r for r in on_api if r.method == "POST")
    assert create.path == "/v3/video-translations/proofreads"
    srt_get = next(r for r in on_storage if r.path.endswith("/srt"))
    assert "signature=" in srt_get.query


def test_serve_forever_prints_the_url_and_key_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    state = tmp_path / "cli.sqlite3"
    command = [sys.executable, "-m", "proofreader.sandbox", "--state", str(state)]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        first_line = proc.stdout.readline()
        assert first_line.startswith("Sandbox API running at http://127.0.0.1:")
        base_url = first_line.split()[4]
        lines = [proc.stdout.readline() for _ in range(4)]
        assert any(line.strip() == f"API key: {KEY}" for line in lines)
        response = httpx.get(f"{base_url}/v3/users/me", headers={"X-Api-Key": KEY})
        assert response.status_code == 200
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert state.is_file()


def test_a_busy_port_is_reported_in_a_sentence(server: SandboxServer) -> None:
    port = int(server.base_url.rsplit(":", 1)[1])
    with pytest.raises(OSError, match="choose another port"):
        SandboxServer(port=port).start()
