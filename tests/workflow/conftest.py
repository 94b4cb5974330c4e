"""Fixtures: the sandbox with short delays, and a client over real loopback sockets."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from proofreader.heygen import HeyGenClient
from proofreader.sandbox import SandboxServer
from proofreader.workflow import Poller, open_client
from tests.workflow.helpers import API_KEY, FAST_RETRY, InstantSleep, running_sandbox


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with running_sandbox() as server:
        yield server


@pytest.fixture
def retry_sleeps() -> InstantSleep:
    return InstantSleep()


@pytest.fixture
async def client(sandbox: SandboxServer, retry_sleeps: InstantSleep) -> AsyncIterator[HeyGenClient]:
    async with open_client(API_KEY, sandbox.base_url, retry=FAST_RETRY, sleep=retry_sleeps) as c:
        yield c


@pytest.fixture
def poller() -> Poller:
    return Poller(0.05)
