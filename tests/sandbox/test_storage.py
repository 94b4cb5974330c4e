"""The storage listener: presigned signatures and expiry, Range requests, resumable downloads."""

from __future__ import annotations

import httpx
import pytest

from proofreader.sandbox import SandboxServer
from tests.sandbox.helpers import SAMPLE, data, upload_asset, wait_until

VIDEO = (SAMPLE / "talk.mp4").read_bytes()


def _video_url(api: httpx.Client) -> str:
    asset = upload_asset(api, "talk.mp4", VIDEO, "video/mp4")
    url: str = data(api.get(f"/v3/assets/{asset}"))["url"]
    return url


def test_storage_is_another_origin_and_needs_no_key(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    assert server.storage_url != server.base_url
    assert server.storage_url.startswith("http://127.0.0.1:")
    url = _video_url(api)
    assert url.startswith(server.storage_url)
    response = storage.get(url)
    assert response.status_code == 200
    assert response.content == VIDEO
    assert response.headers["accept-ranges"] == "bytes"
    public = storage.get(server.sample_video_url)
    assert public.content == VIDEO and public.headers["content-type"] == "video/mp4"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda url: url.replace("/o/asset/", "/o/asset/x"),
        lambda url: url.replace("signature=", "signature=f"),
        lambda url: url.replace("expires=", "expires=9"),
        lambda url: url.split("?")[0],
    ],
)
def test_tampered_links_are_forbidden(
    api: httpx.Client, storage: httpx.Client, tamper: object
) -> None:
    url = _video_url(api)
    response = storage.get(tamper(url))  # type: ignore[operator]
    assert response.status_code == 403
    assert b"<Error><Code>" in response.content


def test_links_issued_expired_and_links_past_their_ttl_are_forbidden(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    server.faults.expire_links = True
    asset_answer = api.post("/v3/assets", files={"file": ("talk.mp4", VIDEO, "video/mp4")})
    expired_url = data(asset_answer)["url"]
    response = storage.get(expired_url)
    assert response.status_code == 403 and b"Request has expired" in response.content
    server.faults.expire_links = False
    fresh = data(api.get(f"/v3/assets/{data(asset_answer)['asset_id']}"))["url"]
    assert storage.get(fresh).status_code == 200

    server.settings.link_ttl_s = 0.2
    short_lived = data(api.get(f"/v3/assets/{data(asset_answer)['asset_id']}"))["url"]
    wait_until(lambda: storage.get(short_lived).status_code == 403)


def test_range_requests(api: httpx.Client, storage: httpx.Client) -> None:
    url = _video_url(api)
    part = storage.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.content == VIDEO[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{len(VIDEO)}"
    tail = storage.get(url, headers={"Range": "bytes=-50"})
    assert tail.status_code == 206 and tail.content == VIDEO[-50:]
    rest = storage.get(url, headers={"Range": f"bytes={len(VIDEO) - 10}-"})
    assert rest.content == VIDEO[-10:]
    beyond = storage.get(url, headers={"Range": f"bytes={len(VIDEO)}-"})
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == f"bytes */{len(VIDEO)}"
    etag = part.headers["etag"]
    matching = storage.get(url, headers={"Range": "bytes=0-9", "If-Range": etag})
    assert matching.status_code == 206
    changed = storage.get(url, headers={"Range": "bytes=0-9", "If-Range": '"other"'})
    assert changed.status_code == 200 and changed.content == VIDEO
    head = storage.head(url)
    assert head.status_code == 200 and head.headers["content-length"] == str(len(VIDEO))


def test_dropped_download_resumes_with_range(
    server: SandboxServer, api: httpx.Client, storage: httpx.Client
) -> None:
    url = _video_url(api)
    server.faults.drop_download_after_bytes = 300_000
    server.faults.drop_download_times = 2
    received = bytearray()
    failures = 0
    while len(received) < len(VIDEO):
        headers = {"Range": f"bytes={len(received)}-"} if received else {}
        try:
            with storage.stream("GET", url, headers=headers) as response:
                assert response.status_code == (206 if received else 200)
                for chunk in response.iter_raw():
                    received += chunk
        except httpx.RemoteProtocolError:
            failures += 1
        assert failures <= 2
    assert failures == 2
    assert bytes(received) == VIDEO
    # the faults are used up: a plain download now succeeds in one go
    assert storage.get(url).content == VIDEO


def test_unknown_storage_paths_are_404(server: SandboxServer, storage: httpx.Client) -> None:
    assert storage.get(f"{server.storage_url}/public/sample/../../etc/passwd").status_code == 404
    assert storage.get(f"{server.storage_url}/nothing").status_code == 404
    assert storage.post(server.sample_video_url).status_code == 405
