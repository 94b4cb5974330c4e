"""Idempotency-Key on creates: the same key and body get the same answer, created once."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from proofreader.sandbox.errors import ApiError
from proofreader.sandbox.store import Store

Action = Callable[[], Awaitable[dict[str, Any]]]


async def run_once(
    store: Store, request: Request, body_digest: str, action: Action
) -> JSONResponse:
    """Carry out ``action`` (its result is the 200 answer) unless this key already did."""
    key = request.headers.get("idempotency-key")
    if not key:
        return JSONResponse(await action())
    route = f"{request.method} {request.url.path}"
    earlier = store.reserve_key(route, key, body_digest)
    if earlier is not None:
        if earlier.body_hash != body_digest:
            raise ApiError(
                409,
                "This Idempotency-Key was already used with a different request body; "
                "use a new key for a different request.",
            )
        if earlier.status is None or earlier.body is None:
            raise ApiError(409, "A request with this Idempotency-Key is still being processed.")
        return JSONResponse(
            json.loads(earlier.body),
            status_code=earlier.status,
            headers={"Idempotent-Replayed": "true"},
        )
    try:
        payload = await action()
    except BaseException:
        store.release_key(route, key)
        raise
    store.finish_key(route, key, 200, json.dumps(payload))
    return JSONResponse(payload)
