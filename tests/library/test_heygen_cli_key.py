"""A key saved by HeyGen's own CLI (`heygen auth login`) is used when no other key is set."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.library.credentials import KeySource, find_api_key, store_api_key

from .conftest import MemoryKeyring

SAVED = "sk-saved-by-heygen-cli"


def _config(tmp_path: Path, content: str) -> dict[str, str]:
    folder = tmp_path / "heygen"
    folder.mkdir()
    (folder / "credentials").write_text(content, encoding="utf-8")
    return {"HEYGEN_CONFIG_DIR": str(folder)}


@pytest.mark.parametrize("content", [f"{SAVED}\n", f'{{"api_key": "{SAVED}", "x": 1}}'])
def test_the_saved_key_is_found_in_either_format(
    memory_keyring: MemoryKeyring, tmp_path: Path, content: str
) -> None:
    found = find_api_key(_config(tmp_path, content))
    assert found is not None
    assert (found.value, found.source) == (SAVED, KeySource.HEYGEN_CLI)


@pytest.mark.parametrize("content", ["", "line1\nline2\n", '{"oauth": {}}', "{not json"])
def test_a_file_without_a_key_is_no_key(
    memory_keyring: MemoryKeyring, tmp_path: Path, content: str
) -> None:
    assert find_api_key(_config(tmp_path, content)) is None


def test_the_environment_and_the_keychain_come_first(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    environ = _config(tmp_path, SAVED)
    found = find_api_key({**environ, "HEYGEN_API_KEY": "sk-env"})
    assert found is not None and found.source is KeySource.ENVIRONMENT
    store_api_key("sk-keychain")
    found = find_api_key(environ)
    assert found is not None and found.source is KeySource.KEYCHAIN


def test_without_a_keychain_the_saved_key_still_works(fail_keyring: object, tmp_path: Path) -> None:
    found = find_api_key(_config(tmp_path, SAVED))
    assert found is not None and found.source is KeySource.HEYGEN_CLI
