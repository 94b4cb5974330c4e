"""Reading the API's answers: the `data` member of a success, the error envelope of a failure.

The v3 envelope is `{"error": {"code", "message", "param"?, "doc_url"?}}`. Older HeyGen
endpoints answer `{"code": 400, "message": "..."}` or `{"error": "text"}`, and proxies in
front of the service answer HTML; all of them become a typed `ApiError`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from proofreader.heygen.errors import (
    ApiError,
    AuthenticationError,
    ConflictError,
    CreditError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitedError,
    RequestInProgressError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from proofreader.heygen.retry import parse_retry_after

_MAX_DETAIL = 300

_BY_CODE: Mapping[str, type[ApiError]] = {
    "unauthorized": AuthenticationError,
    "unauthenticated": AuthenticationError,
    "invalid_api_key": AuthenticationError,
    "forbidden": AuthenticationError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "request_in_progress": RequestInProgressError,
    "payload_too_large": PayloadTooLargeError,
    "invalid_parameter": ValidationError,
    "validation_error": ValidationError,
    "invalid_request": ValidationError,
    "bad_request": ValidationError,
    "insufficient_credit": CreditError,
    "insufficient_credits": CreditError,
    "insufficient_balance": CreditError,
    "rate_limit_exceeded": RateLimitedError,
    "rate_limited": RateLimitedError,
    "too_many_requests": RateLimitedError,
}

_BY_STATUS: Mapping[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthenticationError,
    402: CreditError,
    403: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
    410: NotFoundError,
    413: PayloadTooLargeError,
    422: ValidationError,
    429: RateLimitedError,
}


def _text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


def _envelope(response: httpx.Response) -> tuple[str, str, str | None, str | None]:
    """(code, message, param, doc_url) from whatever error body the response carries."""
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    if not isinstance(body, dict):
        content_type = response.headers.get("content-type", "")
        text = response.text if content_type.startswith("text/plain") else ""
        return "", _short(text), None, None
    error = body.get("error")
    if isinstance(error, dict):
        param = error.get("param")
        doc_url = error.get("doc_url")
        return (
            _text(error.get("code")).lower(),
            _short(_text(error.get("message"))),
            _text(param) if param else None,
            _text(doc_url) if doc_url else None,
        )
    message = error if isinstance(error, str) else body.get("message") or body.get("detail")
    code = body.get("code") if isinstance(body.get("code"), str) else ""
    return _text(code).lower(), _short(_text(message)), None, None


def error_from_response(
    response: httpx.Response, *, path: str, redact: Callable[[str], str]
) -> ApiError:
    """The typed error for a failed API answer. Status decides 5xx and 429, the code the rest."""
    status = response.status_code
    code, message, param, doc_url = _envelope(response)
    kind: type[ApiError]
    if status >= 500:
        kind = ServerError
    elif status == 429:
        kind = RateLimitedError
    elif code in _BY_CODE:
        kind = _BY_CODE[code]
    elif status in _BY_STATUS:
        kind = _BY_STATUS[status]
    elif 300 <= status < 400:
        kind = UnexpectedResponseError
        message = message or "it redirected the request to another address"
    else:
        kind = ApiError
    method = response.request.method
    detail = redact(message)
    if kind is RateLimitedError:
        return RateLimitedError(
            status=status,
            code=code or "rate_limit_exceeded",
            detail=detail,
            param=param,
            doc_url=doc_url,
            method=method,
            path=path,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
    return kind(
        status=status,
        code=code,
        detail=detail,
        param=redact(param) if param else None,
        doc_url=doc_url,
        method=method,
        path=path,
    )


def read_body(response: httpx.Response, *, path: str) -> dict[str, Any]:
    """The JSON object of a success answer; an `UnexpectedResponseError` when there is none."""
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise UnexpectedResponseError(
            status=response.status_code,
            code="unexpected_response",
            detail="the answer was not a JSON object",
            method=response.request.method,
            path=path,
        )
    return body
