"""Helpers for the sandbox tests: polling, unwrapping answers, making sessions."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from proofreader.sandbox import SandboxServer

KEY = "sandbox-key"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def wait_until(check: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Poll ``check`` until true; fail the test after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()["error"]
    return body


def create_proofread(
    api: httpx.Client, video: dict[str, str], *languages: str, srt: dict[str, str] | None = None
) -> list[str]:
    body: dict[str, Any] = {"video": video, "output_languages": list(languages)}
    body["title"] = "Demo talk"
    if srt is not None:
        body["srt"] = srt
    ids: list[str] = data(api.post("/v3/video-translations/proofreads", json=body))["proofread_ids"]
    return ids


def wait_proofread(api: httpx.Client, ident: str) -> dict[str, Any]:
    """Poll a proofread until it leaves 'processing'; return its final resource."""
    found: dict[str, Any] = {}

    def settled() -> bool:
        found.update(data(api.get(f"/v3/video-translations/proofreads/{ident}")))
        return found["status"] != "processing"

    wait_until(settled)
    return found


def wait_translation(api: httpx.Client, ident: str) -> dict[str, Any]:
    found: dict[str, Any] = {}

    def settled() -> bool:
        found.clear()
        found.update(data(api.get(f"/v3/video-translations/{ident}")))
        return found["status"] in ("completed", "failed")

    wait_until(settled)
    return found


def upload_asset(api: httpx.Client, name: str, content: bytes, content_type: str) -> str:
    response = api.post("/v3/assets", files={"file": (name, content, content_type)})
    asset_id: str = data(response)["asset_id"]
    return asset_id


def sample_url(server: SandboxServer) -> dict[str, str]:
    return {"type": "url", "url": server.sample_video_url}
