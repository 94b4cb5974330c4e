"""ActionKeys: one key per action, kept on disk until retired, shared by window and CLI."""

from __future__ import annotations

from pathlib import Path

from proofreader.library.action_keys import FILE_NAME, ActionKeys


def test_a_pending_key_survives_a_restart_and_is_new_after_retiring(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    keys = ActionKeys(path)
    first = keys.key_for("generate:p1:options:abc")
    assert keys.key_for("generate:p1:options:abc") == first
    assert keys.key_for("generate:p2:options:abc") != first
    keys.close()

    reopened = ActionKeys(path)
    assert reopened.key_for("generate:p1:options:abc") == first
    reopened.retire("generate:p1:options:abc")
    assert reopened.key_for("generate:p1:options:abc") != first
    reopened.close()


def test_retiring_by_prefix_takes_only_that_session(tmp_path: Path) -> None:
    keys = ActionKeys(tmp_path / FILE_NAME)
    for action in ("generate:p_1:a", "generate:p_1:b", "generate:p_10:a", "generate:px1:a"):
        keys.key_for(action)
    keys.retire_matching("generate:p_1:")
    assert sorted(keys.pending()) == ["generate:p_10:a", "generate:px1:a"]
    keys.close()


def test_keys_older_than_a_week_are_forgotten(tmp_path: Path) -> None:
    now = [1_000_000.0]
    keys = ActionKeys(tmp_path / FILE_NAME, clock=lambda: now[0])
    keys.key_for("old")
    keys.close()
    now[0] += 8 * 86400
    assert ActionKeys(tmp_path / FILE_NAME, clock=lambda: now[0]).pending() == []


def test_in_memory_keys_behave_the_same() -> None:
    keys = ActionKeys()
    key = keys.key_for("a:1")
    assert key.startswith("proofreader-") and keys.key_for("a:1") == key
    keys.retire_matching("a:")
    assert keys.pending() == []
