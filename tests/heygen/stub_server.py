"""A minimal HTTP/1.1 server on a loopback socket, for cases the sandbox cannot stage.

Each test supplies the connection handler; helpers read a request head and write an answer.
It exists to watch the client's bytes on a real socket (streaming, stalls, cancellation).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any


@dataclass
class RequestHead:
    method: str
    target: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return int(self.headers.get("content-length", "0"))


async def read_head(reader: asyncio.StreamReader) -> RequestHead:
    line = (await reader.readline()).decode("latin-1").strip()
    method, target, _ = line.split(" ", 2)
    head = RequestHead(method, target)
    while True:
        raw = (await reader.readline()).decode("latin-1")
        if raw in ("\r\n", "\n", ""):
            return head
        name, _, value = raw.partition(":")
        head.headers[name.strip().lower()] = value.strip()


async def answer(
    writer: asyncio.StreamWriter, status: int, body: bytes = b"", **headers: str
) -> None:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
    await writer.drain()


async def answer_json(writer: asyncio.StreamWriter, status: int, payload: Any) -> None:
    await answer(writer, status, json.dumps(payload).encode(), Content_Type="application/json")


ConnectionHandler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class StubServer:
    """`async with StubServer(handler) as server:` then use `server.base_url`."""

    def __init__(self, handler: ConnectionHandler) -> None:
        self._handler = handler
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.base_url = ""

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
            self._tasks.discard(task)

    async def __aenter__(self) -> StubServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=5)
        await self._server.wait_closed()
