"""Shared test set-up: Qt runs offscreen, nothing reaches the network or the user's keychain."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from proofreader.sandbox.server import SandboxServer
from proofreader.sandbox.traffic import Exchange
from tests.contract.published import request_problems, response_problems

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HEYGEN_API_KEY", None)
os.environ.pop("HEYGEN_API_BASE", None)
# Never the developer's own key saved by HeyGen's CLI (~/.heygen/credentials): a folder that
# does not exist.
os.environ["HEYGEN_CONFIG_DIR"] = str(Path(__file__).with_name("no-heygen-cli-config"))


@pytest.fixture(autouse=True)
def published_contract() -> Iterator[None]:
    """Every exchange with a sandbox in any test matches HeyGen's published document.

    Request bodies are checked when the app's client sent them (tests that send a malformed
    body on purpose use plain httpx); every answer the sandbox gives is checked.
    """
    problems: list[str] = []

    def check(exchange: Exchange) -> None:
        try:
            if exchange.request_body and exchange.user_agent.startswith("Proofreader/"):
                problems.extend(
                    request_problems(exchange.method, exchange.path, exchange.request_body)
                )
            if exchange.response_body is not None:
                problems.extend(
                    response_problems(
                        exchange.method, exchange.path, exchange.status, exchange.response_body
                    )
                )
        except Exception as exc:  # the server thread must not die of a check
            problems.append(f"{exchange.method} {exchange.path}: {exc!r}")

    SandboxServer.exchange_observer = check
    try:
        yield
    finally:
        SandboxServer.exchange_observer = None
    assert not problems, "\n".join(dict.fromkeys(problems))
