"""Lets the sandbox cut a connection mid-request, as a flaky network or proxy would.

ASGI gives an app no handle on its socket, so each listener runs a small subclass of uvicorn's
h11 protocol that registers its transport under the client's address (the ASGI ``client``).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

ClientKey = tuple[str, int]


class ConnectionRegistry:
    """Open transports of one listener, by client address."""

    def __init__(self) -> None:
        self._transports: dict[ClientKey, asyncio.BaseTransport] = {}

    def add(self, key: ClientKey, transport: asyncio.BaseTransport) -> None:
        self._transports[key] = transport

    def discard(self, key: ClientKey, transport: asyncio.BaseTransport) -> None:
        if self._transports.get(key) is transport:
            del self._transports[key]

    def is_open(self, client: Any) -> bool:
        return _key(client) in self._transports

    async def drop(self, client: Any) -> None:
        """Close the client's connection after flushing what was already sent; wait for it."""
        key = _key(client)
        transport = self._transports.get(key)
        if transport is None:
            return
        transport.close()
        for _ in range(400):  # bounded: about two seconds
            if self._transports.get(key) is not transport:
                return
            await asyncio.sleep(0.005)
        if isinstance(transport, asyncio.Transport):
            transport.abort()


def _key(client: Any) -> ClientKey:
    if not client:
        return ("", 0)
    return (str(client[0]), int(client[1]))


def tracked_protocol(registry: ConnectionRegistry) -> type[H11Protocol]:
    """uvicorn's h11 protocol, reporting each connection's transport to ``registry``."""

    class TrackedH11Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            registry.add(_key(self.client), transport)

        def connection_lost(self, exc: Exception | None) -> None:
            registry.discard(_key(self.client), self.transport)
            super().connection_lost(exc)

    return TrackedH11Protocol
