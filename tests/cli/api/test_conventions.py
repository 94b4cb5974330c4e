"""Conventions shared with HeyGen's own CLI: exit codes, keys, confirmations, waiting."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from proofreader.sandbox import SandboxServer
from tests.cli.api.conftest import Cli
from tests.workflow.helpers import API_KEY


def test_a_key_with_a_line_break_is_refused_and_never_printed_even_with_debug(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", "sk-secret-part-one\nsecret-part-two")
    result = run("--debug", "languages")
    assert result.code == 3
    assert "has a line break at position 19" in result.err
    assert "secret-part" not in result.err + result.out


class _Terminal(io.StringIO):
    """Typed answers on what looks like a terminal."""

    def isatty(self) -> bool:
        return True


def _rendered(run: Cli, sandbox: SandboxServer) -> str:
    created = run.ok(
        "translation", "create", "--video", sandbox.sample_video_url, "--lang", "Spanish (Spain)",
        "--json",
    ).json()  # fmt: skip
    return str(created["video_translation_ids"][0])


def test_delete_without_a_terminal_needs_yes(run: Cli, sandbox: SandboxServer) -> None:
    ident = _rendered(run, sandbox)
    refused = run("translation", "delete", ident)
    assert refused.code == 2 and "add --yes" in refused.err
    assert run.ok("translation", "status", ident).out  # still there
    assert run.ok("translation", "delete", ident, "--yes").out.strip() == f"Deleted {ident}"


def test_delete_asks_on_a_terminal(
    run: Cli, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ident = _rendered(run, sandbox)
    monkeypatch.setattr(sys, "stdin", _Terminal("n\n"))
    kept = run("translation", "delete", ident)
    assert kept.code == 2 and "[y/N]" in kept.err and "Nothing was deleted" in kept.err
    monkeypatch.setattr(sys, "stdin", _Terminal("y\n"))
    assert run.ok("translation", "delete", ident).out.strip() == f"Deleted {ident}"
    assert run("translation", "status", ident).code == 1  # gone


def test_wait_stops_at_the_timeout_with_the_timeout_code(run: Cli, sandbox: SandboxServer) -> None:
    sandbox.settings.proofread_delay_s = 60
    created = run.ok(
        "proofread", "create", "--video", sandbox.sample_video_url, "--lang", "Spanish (Spain)",
        "--title", "Slow", "--json",
    ).json()  # fmt: skip
    [ident] = created["proofread_ids"]
    waited = run("proofread", "status", ident, "--wait", "--timeout", "0.3s")
    assert waited.code == 4
    assert f"the proofread {ident} is still processing" in waited.err
    assert "--timeout" in waited.err
    bad = run("proofread", "status", ident, "--wait", "--timeout", "soon")
    assert bad.code == 2 and "not a duration" in bad.err


def test_insufficient_credit_exits_with_the_auth_code(run: Cli, sandbox: SandboxServer) -> None:
    sandbox.faults.out_of_credit = True  # a paid create is answered 402 insufficient_credit
    refused = run(
        "translation", "create", "--video", sandbox.sample_video_url, "--lang", "Spanish (Spain)"
    )
    assert refused.code == 3
    assert "credit" in refused.err


def test_a_key_saved_by_heygens_cli_is_used_and_said_so(
    run: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    folder = tmp_path / "heygen-cli"
    folder.mkdir()
    (folder / "credentials").write_text(API_KEY + "\n", encoding="utf-8")
    monkeypatch.delenv("HEYGEN_API_KEY")
    monkeypatch.setenv("HEYGEN_CONFIG_DIR", str(folder))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        result = run("languages")
    finally:
        keyring.set_keyring(previous)
    assert result.code == 0, result.err
    assert f"Using the API key that HeyGen's CLI saved in {folder / 'credentials'}" in result.err
    assert API_KEY not in result.err
