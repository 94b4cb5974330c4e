"""Assets: multipart upload, direct upload with a presigned PUT, complete, get, delete."""

from __future__ import annotations

import base64
import hashlib

import httpx
import pytest

from proofreader.sandbox import SandboxServer
from tests.sandbox.helpers import SAMPLE, data, error, upload_asset

SRT = b"1\n00:00:01,000 --> 00:00:02,000\nHola\n"


def test_multipart_upload_then_get_download_and_delete(
    api: httpx.Client, storage: httpx.Client, server: SandboxServer
) -> None:
    video = (SAMPLE / "talk.mp4").read_bytes()
    answer = data(api.post("/v3/assets", files={"file": ("talk.mp4", video, "video/mp4")}))
    assert answer["mime_type"] == "video/mp4"
    assert answer["size_bytes"] == len(video)
    assert storage.get(answer["url"]).content == video

    found = data(api.get(f"/v3/assets/{answer['asset_id']}"))
    assert (found["id"], found["name"], found["type"]) == (answer["asset_id"], "talk.mp4", "video")
    assert isinstance(found["uploaded_at"], int)
    assert server.created_counts()["assets"] == 1

    assert data(api.delete(f"/v3/assets/{answer['asset_id']}")) == {"id": answer["asset_id"]}
    assert error(api.get(f"/v3/assets/{answer['asset_id']}"), 404)["code"] == "not_found"
    assert storage.get(answer["url"]).status_code == 404


@pytest.mark.parametrize("content_type", ["application/x-subrip", "text/plain"])
def test_srt_assets_are_accepted(api: httpx.Client, content_type: str) -> None:
    asset = upload_asset(api, "subs.srt", SRT, content_type)
    assert data(api.get(f"/v3/assets/{asset}"))["type"] == "srt"


def test_refuse_srt_assets_answers_like_the_older_service() -> None:
    with (
        SandboxServer(refuse_srt_assets=True) as server,
        httpx.Client(base_url=server.base_url, headers={"X-Api-Key": "sandbox-key"}) as api,
    ):
        refused = api.post("/v3/assets", files={"file": ("a.srt", SRT, "application/x-subrip")})
        found = error(refused, 400)
        assert (found["code"], found["message"]) == (
            "invalid_parameter",
            "Content type not supported",
        )
        # the direct-upload route still takes SRT
        body = {"filename": "a.srt", "content_type": "application/x-subrip", "size_bytes": len(SRT)}
        upload = data(api.post("/v3/assets/direct-uploads", json=body))
        with httpx.Client() as storage:
            put = storage.put(upload["upload_url"], content=SRT, headers=upload["upload_headers"])
        assert put.status_code == 200
        done = data(api.post(f"/v3/assets/{upload['asset_id']}/complete", json={}))
        assert done["status"] == "ready"


def test_unsupported_type_and_missing_file_are_refused(api: httpx.Client) -> None:
    exe = api.post("/v3/assets", files={"file": ("tool.exe", b"MZ", "application/x-msdownload")})
    assert error(exe, 400)["message"] == "Content type not supported"
    empty = api.post("/v3/assets", files={"other": ("x.png", b"x", "image/png")})
    assert error(empty, 400)["param"] == "file"


def test_upload_over_32_mb_is_payload_too_large(api: httpx.Client, server: SandboxServer) -> None:
    big = b"\0" * (32 * 1024 * 1024 + 1)
    response = api.post("/v3/assets", files={"file": ("big.mp4", big, "video/mp4")})
    assert error(response, 413)["code"] == "payload_too_large"
    assert server.created_counts()["assets"] == 0


def _direct(api: httpx.Client, content: bytes, **extra: object) -> dict[str, object]:
    body = {"filename": "clip.mp4", "content_type": "video/mp4", "size_bytes": len(content)}
    answer: dict[str, object] = data(api.post("/v3/assets/direct-uploads", json={**body, **extra}))
    return answer


def test_direct_upload_put_complete_is_idempotent_and_checks_the_checksum(
    api: httpx.Client, storage: httpx.Client, server: SandboxServer
) -> None:
    content = (SAMPLE / "talk.mp4").read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    upload = _direct(api, content, checksum_sha256=digest)
    assert upload["status"] == "pending_upload"
    assert upload["upload_headers"] == {"Content-Type": "video/mp4"}
    assert upload["max_bytes"] == len(content)
    assert isinstance(upload["expires_in_seconds"], int) and upload["expires_in_seconds"] > 0
    asset_id = upload["asset_id"]

    early = api.post(f"/v3/assets/{asset_id}/complete", json={})
    assert error(early, 409)["code"] == "conflict"

    def chunks() -> object:  # streamed, so the client sends no Content-Length
        for start in range(0, len(content), 100_000):
            yield content[start : start + 100_000]

    headers = dict(upload["upload_headers"])  # type: ignore[call-overload]
    put = storage.put(str(upload["upload_url"]), content=chunks(), headers=headers)  # type: ignore[arg-type]
    assert put.status_code == 200, put.text

    wrong = api.post(f"/v3/assets/{asset_id}/complete", json={"checksum_sha256": "0" * 64})
    assert error(wrong, 400)["param"] == "checksum_sha256"
    b64 = base64.b64encode(bytes.fromhex(digest)).decode()
    first = data(api.post(f"/v3/assets/{asset_id}/complete", json={"checksum_sha256": b64}))
    again = data(api.post(f"/v3/assets/{asset_id}/complete", json={}))
    assert first["status"] == again["status"] == "ready"
    assert first["size_bytes"] == len(content)
    assert storage.get(str(again["url"])).content == content
    assert server.created_counts()["assets"] == 1
    assert next(r for r in server.requests if r.method == "PUT").origin != server.base_url


def test_presigned_put_needs_the_exact_headers_and_size(
    api: httpx.Client, storage: httpx.Client
) -> None:
    content = b"x" * 1000
    upload = _direct(api, content)
    url = str(upload["upload_url"])
    wrong_type = storage.put(url, content=content, headers={"Content-Type": "video/webm"})
    assert wrong_type.status_code == 403
    short = storage.put(url, content=content[:10], headers={"Content-Type": "video/mp4"})
    assert short.status_code == 400 and b"IncompleteBody" in short.content
    too_long = storage.put(url, content=content * 2, headers={"Content-Type": "video/mp4"})
    assert too_long.status_code == 400 and b"EntityTooLarge" in too_long.content
    tampered = url.replace("signature=", "signature=0")
    assert (
        storage.put(tampered, content=content, headers={"Content-Type": "video/mp4"}).status_code
        == 403
    )
    assert (
        storage.put(url, content=content, headers={"Content-Type": "video/mp4"}).status_code == 200
    )


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"size_bytes": 0}, "size_bytes"),
        ({"size_bytes": "10"}, "size_bytes"),
        ({"filename": None}, "filename"),
        ({"content_type": "application/x-msdownload"}, "content_type"),
        ({"checksum_sha256": "not-a-digest"}, "checksum_sha256"),
    ],
)
def test_direct_upload_validation(api: httpx.Client, change: dict[str, object], param: str) -> None:
    body = {"filename": "clip.mp4", "content_type": "video/mp4", "size_bytes": 10, **change}
    body = {key: value for key, value in body.items() if value is not None}
    assert error(api.post("/v3/assets/direct-uploads", json=body), 400)["param"] == param


def test_malformed_multipart_is_a_400_not_a_crash(api: httpx.Client) -> None:
    response = api.post(
        "/v3/assets",
        content=b'--abc\r\nContent-Disposition: form-data; name="file"\r\n\r\nno end',
        headers={"Content-Type": "multipart/form-data; boundary=abc"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_parameter"
