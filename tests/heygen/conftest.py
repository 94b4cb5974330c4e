"""Fixtures for the HeyGen client tests.

Unit tests fake HTTP itself with `httpx.MockTransport` where a real server cannot produce a
case on demand; integration tests run the client against the sandbox over loopback sockets.
Retries sleep through a recorder, so no test waits for a backoff.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from proofreader.heygen import HeyGenClient, RetryPolicy
from tests.contract.published import request_problems

API_KEY = "sandbox-key"
MOCK_BASE = "https://api.example.test"

Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]


class SleepRecorder:
    """An injected `sleep` that returns at once and remembers each requested delay."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


class MockApi:
    """Builds clients whose HTTP goes to a handler; remembers every request it saw."""

    def __init__(self, sleeps: SleepRecorder) -> None:
        self.sleeps = sleeps
        self.requests: list[httpx.Request] = []
        self.problems: list[str] = []  # request bodies that break the published document
        self._clients: list[httpx.AsyncClient] = []

    def client(self, handler: Handler, **kwargs: Any) -> HeyGenClient:
        async def record(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            if "json" in request.headers.get("content-type", ""):
                self.problems += request_problems(request.method, request.url.path, request.content)
            return await handler(request)

        http = httpx.AsyncClient(transport=httpx.MockTransport(record))
        self._clients.append(http)
        kwargs.setdefault("sleep", self.sleeps)
        kwargs.setdefault("retry", RetryPolicy())
        return HeyGenClient(http, API_KEY, kwargs.pop("base_url", MOCK_BASE), **kwargs)

    async def close(self) -> None:
        for http in self._clients:
            await http.aclose()


@pytest.fixture
async def mock_api(sleeps: SleepRecorder) -> AsyncIterator[MockApi]:
    api = MockApi(sleeps)
    yield api
    await api.close()
    assert not api.problems, "\n".join(api.problems)


def envelope(status: int, code: str, message: str, **extra: Any) -> httpx.Response:
    """An error answer in the v3 envelope."""
    return httpx.Response(status, json={"error": {"code": code, "message": message, **extra}})


def ok(data: Any, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={"data": data, **extra})


@pytest.fixture
def sandbox() -> Iterator[Any]:
    """A running sandbox on loopback (skips the test while the sandbox package is missing)."""
    module = pytest.importorskip("proofreader.sandbox")
    server_class = getattr(module, "SandboxServer", None)
    if server_class is None:
        pytest.skip("proofreader.sandbox has no SandboxServer yet")
    with server_class(
        state_path=None, api_key=API_KEY, proofread_delay_s=0.2, render_delay_s=0.2
    ) as server:
        yield server


@pytest.fixture
async def sandbox_client(sandbox: Any, sleeps: SleepRecorder) -> AsyncIterator[HeyGenClient]:
    async with httpx.AsyncClient() as http:
        yield HeyGenClient(http, API_KEY, sandbox.base_url, sleep=sleeps)
