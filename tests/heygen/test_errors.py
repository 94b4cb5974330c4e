"""The error envelope (and what proxies send instead) becomes typed errors with a sentence."""

from __future__ import annotations

import httpx
import pytest

from proofreader.heygen import (
    ApiError,
    AuthenticationError,
    ConflictError,
    CreditError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from tests.heygen.conftest import API_KEY, MockApi, envelope


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (401, "unauthorized", AuthenticationError),
        (403, "forbidden", AuthenticationError),
        (404, "not_found", NotFoundError),
        (409, "conflict", ConflictError),
        (413, "payload_too_large", PayloadTooLargeError),
        (400, "invalid_parameter", ValidationError),
        (400, "validation_error", ValidationError),
        (402, "insufficient_credit", CreditError),
        (403, "insufficient_credit", CreditError),
        (429, "rate_limit_exceeded", RateLimitedError),
        (500, "internal_error", ServerError),
        (503, "", ServerError),
        (418, "teapot", ApiError),
    ],
)
async def test_envelope_maps_to_typed_errors(
    mock_api: MockApi, status: int, code: str, kind: type[ApiError]
) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return envelope(status, code, "Something is off", doc_url="https://docs.example/x")

    client = mock_api.client(handler)
    with pytest.raises(kind) as caught:
        await client.get_proofread("pr_1")
    error = caught.value
    assert type(error) is kind
    assert error.status == status
    assert error.code == code
    assert error.doc_url == "https://docs.example/x"
    sentence = str(error)
    assert sentence.endswith(".") and ":" in sentence and "\n" not in sentence


async def test_validation_error_keeps_the_parameter(mock_api: MockApi) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return envelope(400, "invalid_parameter", "Content type not supported", param="file")

    client = mock_api.client(handler)
    with pytest.raises(ValidationError) as caught:
        await client.upload_bytes(b"1\n", "fix.srt")
    assert caught.value.param == "file"
    assert caught.value.detail == "Content type not supported"
    assert "Content type not supported" in str(caught.value)
    assert "'file'" in str(caught.value)


async def test_user_sentences_say_what_to_do(mock_api: MockApi) -> None:
    answers = iter(
        [
            envelope(401, "unauthorized", "Invalid API key"),
            envelope(402, "insufficient_credit", "Not enough credit"),
            envelope(404, "not_found", "Proofread not found"),
        ]
    )

    async def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    client = mock_api.client(handler)
    with pytest.raises(AuthenticationError, match="HEYGEN_API_KEY"):
        await client.get_account()
    with pytest.raises(CreditError, match="add credit"):
        await client.get_account()
    with pytest.raises(NotFoundError, match="expire"):
        await client.get_proofread("pr_gone")


@pytest.mark.parametrize(
    ("body", "content_type", "status", "kind"),
    [
        (b"<html><body>Bad gateway</body></html>", "text/html", 502, ServerError),
        (b"Forbidden", "text/plain", 403, AuthenticationError),
        (b"", "text/plain", 404, NotFoundError),
        (b'{"code": 400, "message": "bad video"}', "application/json", 400, ValidationError),
        (b'{"error": "Unauthorized"}', "application/json", 401, AuthenticationError),
    ],
)
async def test_bodies_that_are_not_the_envelope(
    mock_api: MockApi, body: bytes, content_type: str, status: int, kind: type[ApiError]
) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    client = mock_api.client(handler, retry=RetryPolicy(max_retries=0))
    with pytest.raises(kind) as caught:
        await client.get_proofread("pr_1")
    assert "<html>" not in str(caught.value)


async def test_a_success_without_json_is_an_unexpected_response(mock_api: MockApi) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html>login</html>")

    client = mock_api.client(handler)
    with pytest.raises(UnexpectedResponseError, match="does not understand"):
        await client.get_account()


async def test_a_key_echoed_by_the_service_is_redacted(mock_api: MockApi) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return envelope(401, "unauthorized", f"Key {API_KEY} is not valid", param=API_KEY)

    client = mock_api.client(handler)
    with pytest.raises(AuthenticationError) as caught:
        await client.get_account()
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value)
    assert API_KEY not in (caught.value.param or "")
