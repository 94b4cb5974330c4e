"""A tap on the API listener that hands each JSON exchange to an observer.

The tests use it to check every request the client sends and every answer the sandbox gives
against HeyGen's published OpenAPI document. Only JSON bodies are kept (an upload's bytes are
not), each up to a cap, so a tapped server does not hold large files in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_MAX_KEPT = 1 << 20


@dataclass(frozen=True)
class Exchange:
    """One request and its answer; a body is None when it was not JSON or too large to keep."""

    method: str
    path: str
    user_agent: str
    request_body: bytes | None
    status: int
    response_body: bytes | None


Observer = Callable[[Exchange], None]


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


class TrafficTap:
    """Passes everything through unchanged and reports the finished exchange."""

    def __init__(self, app: ASGIApp, observer: Observer) -> None:
        self.app = app
        self.observer = observer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = list(scope.get("headers", []))
        json_in = "json" in _header(headers, b"content-type")
        request = bytearray()
        answer = bytearray()
        state = {"status": 0, "json_out": False}

        async def tapped_receive() -> Message:
            message = await receive()
            if json_in and message["type"] == "http.request" and len(request) <= _MAX_KEPT:
                request.extend(message.get("body", b""))
            return message

        async def tapped_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = int(message["status"])
                out = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
                state["json_out"] = "json" in _header(out, b"content-type")
            elif message["type"] == "http.response.body" and len(answer) <= _MAX_KEPT:
                answer.extend(message.get("body", b""))
            await send(message)

        await self.app(scope, tapped_receive, tapped_send)
        self.observer(
            Exchange(
                method=str(scope["method"]),
                path=str(scope["path"]),
                user_agent=_header(headers, b"user-agent"),
                request_body=bytes(request) if json_in and len(request) <= _MAX_KEPT else None,
                status=int(state["status"]),
                response_body=bytes(answer)
                if state["json_out"] and len(answer) <= _MAX_KEPT
                else None,
            )
        )
