"""Autosaved drafts: the editor's last snapshot survives a reopen and a kill -9."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from proofreader.library.store import LibraryStore

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_saved_draft_comes_back_after_a_reopen(library_path: Path) -> None:
    payload = bytes(range(256)) * 100

    with LibraryStore(library_path) as store:
        info = store.save_draft("pf-es", payload, 7)

    with LibraryStore(library_path) as store:
        draft = store.load_draft("pf-es")
    assert draft is not None
    assert (draft.key, draft.payload, draft.local_changes) == ("pf-es", payload, 7)
    assert draft.saved_at == info.saved_at


def test_a_new_save_replaces_the_previous_snapshot(store: LibraryStore) -> None:
    store.save_draft("/home/me/talk.es.srt", b"first", 1)
    store.save_draft("/home/me/talk.es.srt", b"second", 2)

    draft = store.load_draft("/home/me/talk.es.srt")
    assert draft is not None and (draft.payload, draft.local_changes) == (b"second", 2)
    assert len(store.list_drafts()) == 1


def test_list_drafts_for_restore_newest_first(store: LibraryStore) -> None:
    store.save_draft("old", b"a" * 10, 1)
    store.save_draft("new", b"b" * 20, 4)

    drafts = store.list_drafts()

    assert [(d.key, d.local_changes, d.size) for d in drafts] == [("new", 4, 20), ("old", 1, 10)]


def test_discarded_draft_is_gone(store: LibraryStore) -> None:
    store.save_draft("pf-es", b"x", 1)
    store.discard_draft("pf-es")
    store.discard_draft("pf-es")

    assert store.load_draft("pf-es") is None
    assert store.list_drafts() == []


def test_negative_change_count_is_refused(store: LibraryStore) -> None:
    with pytest.raises(ValueError, match="negative"):
        store.save_draft("k", b"", -1)


_CHILD = textwrap.dedent(
    """
    import hashlib, sys
    from pathlib import Path
    from proofreader.library.store import LibraryStore

    store = LibraryStore(Path(sys.argv[1]))
    start = int(sys.argv[2])
    for n in range(start, start + 1_000_000):
        body = hashlib.sha256(str(n).encode()).digest() * (2000 + n % 3000)
        store.save_draft("pf-es", str(n).encode() + b":" + body, n)
        print(n, flush=True)
    """
)


def _expected_payload(n: int) -> bytes:
    return str(n).encode() + b":" + hashlib.sha256(str(n).encode()).digest() * (2000 + n % 3000)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_kill_9_while_saving_loses_no_committed_draft(library_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    start = 1
    for round_number, kill_after in enumerate((5, 40, 150), start=1):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(library_path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        last_committed = 0
        try:
            for _ in range(kill_after):
                line = child.stdout.readline()
                assert line, f"the saving process died on its own in round {round_number}"
                last_committed = int(line)
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            child.stdout.close()
        assert child.returncode == -signal.SIGKILL

        with LibraryStore(library_path) as store:
            draft = store.load_draft("pf-es")
        assert draft is not None
        # The last save the child reported is there, or a later complete one; never a mix.
        assert draft.local_changes >= last_committed
        assert draft.payload == _expected_payload(draft.local_changes)
        with sqlite3.connect(library_path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
        start = draft.local_changes + 1
