"""Fixtures: a running sandbox with short delays and plain httpx clients over real sockets."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from proofreader.sandbox import SandboxServer
from tests.sandbox.helpers import KEY


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(proofread_delay_s=0.2, render_delay_s=0.2) as running:
        yield running


@pytest.fixture
def api(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"X-Api-Key": KEY}, timeout=10) as client:
        yield client


@pytest.fixture
def storage() -> Iterator[httpx.Client]:
    """A client for presigned URLs: it carries no key, as the contract demands."""
    with httpx.Client(timeout=10) as client:
        yield client


@pytest.fixture(autouse=True)
def no_server_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """The server thread logs nothing at ERROR: no unhandled route failure, no uvicorn error."""
    yield
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]
