"""Conventions shared with HeyGen's own CLI: exit codes, keys, confirmations, waiting."""

from __future__ import annotations

import pytest

from tests.cli_api.conftest import Cli


def test_a_key_with_a_line_break_is_refused_and_never_printed_even_with_debug(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", "sk-secret-part-one\nsecret-part-two")
    result = run("--debug", "languages")
    assert result.code == 3
    assert "has a line break at position 19" in result.err
    assert "secret-part" not in result.err + result.out
