"""The service's error envelope: one exception type the API routes raise, one JSON shape out."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import JSONResponse

DOWNLOAD_FAILED = (
    "Failed to download video from url, please check the url is valid or the video is public"
)
AUDIO_MISSING = "Your video's audio is missing or corrupted, please try with another video"

_DEFAULT_CODES = {
    400: "invalid_parameter",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    429: "rate_limit_exceeded",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable",
}


class ApiError(Exception):
    """An answer in the service's error envelope; raised anywhere inside a route."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _DEFAULT_CODES.get(status, "error")
        self.message = message
        self.param = param
        self.headers = headers or {}

    def envelope(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.param is not None:
            error["param"] = self.param
        return {"error": error}

    def response(self) -> JSONResponse:
        return JSONResponse(self.envelope(), status_code=self.status, headers=self.headers)


def invalid(param: str, message: str) -> ApiError:
    """A 400 invalid_parameter naming the offending field."""
    return ApiError(400, message, param=param)


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, f"{what} {ident} was not found.")


def error_body(status: int, message: str, code: str | None = None) -> bytes:
    """The envelope as raw bytes, for answers sent below Starlette (faults, auth)."""
    return json.dumps(ApiError(status, message, code=code).envelope()).encode()
