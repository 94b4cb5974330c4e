"""Fixtures: the CLI run in this process against the sandbox, its output captured."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from proofreader import cli
from proofreader.cli.api import session as cli_api_session
from proofreader.sandbox import SandboxServer
from tests.workflow.helpers import API_KEY, FAST_RETRY, running_sandbox


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """Runs `proofreader --api-base <sandbox> --poll-interval 0.05 ARGS…` and captures it."""

    def __init__(self, capsys: pytest.CaptureFixture[str], sandbox: SandboxServer) -> None:
        self.capsys = capsys
        self.sandbox = sandbox

    def raw(self, *argv: str) -> Result:
        self.capsys.readouterr()
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def __call__(self, *argv: str) -> Result:
        return self.raw("--api-base", self.sandbox.base_url, "--poll-interval", "0.05", *argv)

    def ok(self, *argv: str) -> Result:
        result = self(*argv)
        assert result.code == 0, result.err
        return result


@pytest.fixture(autouse=True)
def cli_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The key from the environment, app folders in tmp, retries that do not wait."""
    monkeypatch.setenv("HEYGEN_API_KEY", API_KEY)
    monkeypatch.delenv("HEYGEN_API_BASE", raising=False)
    monkeypatch.delenv(cli_api_session.STUCK_TIMEOUT_ENV, raising=False)
    monkeypatch.setenv("PROOFREADER_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(cli_api_session, "retry_policy", FAST_RETRY)


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with running_sandbox() as server:
        yield server


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], sandbox: SandboxServer) -> Cli:
    return Cli(capsys, sandbox)
