"""Idempotency-Key on creates, as HeyGen publishes it.

A key is kept for 24 hours. A repeat gets the first answer replayed, even when its body differs;
a repeat while the first request is still being carried out gets 409 `request_in_progress`.
A create that failed before answering frees its key, as if it had never been sent.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from proofreader.sandbox.errors import ApiError
from proofreader.sandbox.store import Store

Action = Callable[[], Awaitable[dict[str, Any]]]
KEPT_S = 24 * 3600.0


async def run_once(
    store: Store, request: Request, action: Action, now: float, *, hold_s: float = 0.0
) -> JSONResponse:
    """Carry out ``action`` (its result is the 200 answer) unless this key already did.

    ``hold_s`` keeps the key claimed that long first (fault injection: a slow create).
    """
    key = request.headers.get("idempotency-key")
    if not key:
        return JSONResponse(await action())
    route = f"{request.method} {request.url.path}"
    earlier = store.reserve_key(route, key, now, KEPT_S)
    if earlier is not None:
        if earlier.status is None or earlier.body is None:
            raise ApiError(
                409,
                "A request with this Idempotency-Key is still being processed; wait, then "
                "retry with the same key.",
                code="request_in_progress",
            )
        return JSONResponse(
            json.loads(earlier.body),
            status_code=earlier.status,
            headers={"Idempotent-Replayed": "true"},
        )
    try:
        if hold_s > 0:
            await asyncio.sleep(hold_s)
        payload = await action()
    except BaseException:
        store.release_key(route, key)
        raise
    store.finish_key(route, key, 200, json.dumps(payload))
    return JSONResponse(payload)
