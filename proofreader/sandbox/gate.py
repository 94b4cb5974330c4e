"""What every request passes before the routes: recording, fault injection and the API key.

Faults that replace a request are decided before it is handled, so a faulted create was not
carried out; the after-create faults replace the answer of a create that was carried out.
"""

from __future__ import annotations

import asyncio
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from proofreader.sandbox.connections import ConnectionRegistry
from proofreader.sandbox.errors import error_body
from proofreader.sandbox.faults import FaultDecision, FaultKind, Faults

_CREATES = re.compile(
    r"^/v3/(assets|assets/direct-uploads|video-translations|video-translations/proofreads"
    r"|video-translations/proofreads/[^/]+/generate)/?$"
)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived at either listener (for tests that look for leaked keys)."""

    method: str
    origin: str
    path: str
    query: str
    headers: dict[str, str]


def record_of(scope: Scope) -> RecordedRequest:
    server = scope.get("server") or ("", 0)
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", []):
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return RecordedRequest(
        method=str(scope.get("method", "")),
        origin=f"{server[0]}:{server[1]}",
        path=str(scope.get("path", "")),
        query=scope.get("query_string", b"").decode("latin-1"),
        headers=headers,
    )


def is_create(method: str, path: str) -> bool:
    return method == "POST" and _CREATES.match(path) is not None


async def send_json(send: Send, status: int, body: bytes, headers: dict[str, str]) -> None:
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


async def drain(receive: Receive) -> None:
    """Read and discard the request body so the answer is not lost to a reset."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


class StorageGate:
    """The storage listener records requests and applies no API faults."""

    def __init__(self, app: ASGIApp, requests: list[RecordedRequest]) -> None:
        self.app = app
        self.requests = requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.requests.append(record_of(scope))
        await self.app(scope, receive, send)


class ApiGate:
    """Records, delays, injects faults and checks X-Api-Key in front of the API routes."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        requests: list[RecordedRequest],
        faults: Faults,
        connections: ConnectionRegistry,
        api_key: Callable[[], str],
    ) -> None:
        self.app = app
        self.requests = requests
        self.faults = faults
        self.connections = connections
        self.api_key = api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.requests.append(record_of(scope))
        if self.faults.delay_s > 0:
            await asyncio.sleep(self.faults.delay_s)
        decision = self.faults.decide_before()
        if decision.kind is not FaultKind.NONE:
            await self._inject(decision, scope, receive, send)
            return
        problem = self._auth_problem(scope)
        if problem is not None:
            await drain(receive)
            await send_json(send, 401, error_body(401, problem), {})
            return
        if not is_create(str(scope["method"]), str(scope["path"])):
            await self.app(scope, receive, send)
            return
        if self.faults.out_of_credit and not str(scope["path"]).startswith("/v3/assets"):
            await drain(receive)
            message = "Insufficient credit: top up your HeyGen balance to continue."
            await send_json(send, 402, error_body(402, message, "insufficient_credit"), {})
            return
        await self._create(scope, receive, send)

    def _auth_problem(self, scope: Scope) -> str | None:
        given = [value for name, value in scope.get("headers", []) if name.lower() == b"x-api-key"]
        if not given or not given[0]:
            return "Missing API key: send your key in the X-Api-Key header."
        if not hmac.compare_digest(given[0], self.api_key().encode()):
            return "Invalid API key: check the key in your HeyGen settings."
        return None

    async def _inject(
        self, decision: FaultDecision, scope: Scope, receive: Receive, send: Send
    ) -> None:
        if decision.kind is FaultKind.DROP:
            await self.connections.drop(scope.get("client"))
            return
        await drain(receive)
        if decision.kind is FaultKind.RATE_LIMIT:
            wait = f"{decision.retry_after_s:g}"
            message = f"Too many requests; retry after {wait} seconds."
            await send_json(send, 429, error_body(429, message), {"Retry-After": wait})
            return
        message = "The service had a temporary problem; try again in a moment."
        await send_json(send, decision.status, error_body(decision.status, message), {})

    async def _create(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Carry out a create; then maybe lose its answer, as a flaky network would."""
        replaced: list[FaultDecision] = []

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
                decision = self.faults.decide_after_create()
                if decision.kind is not FaultKind.NONE:
                    replaced.append(decision)
            if not replaced:
                await send(message)

        await self.app(scope, receive, guarded_send)
        if not replaced:
            return
        if replaced[0].kind is FaultKind.DROP:
            await self.connections.drop(scope.get("client"))
            return
        message = "The service had a temporary problem; try again in a moment."
        await send_json(send, 503, error_body(503, message), {})
