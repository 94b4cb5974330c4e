"""The journal's files and the draft lock: generations, clean-up, and a lock a kill releases."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from proofreader.library.draft_lock import DraftLock, DraftLocked, lock_holder
from proofreader.library.edit_journal import JournalFolder


def test_lines_after_a_base_come_back_in_order_and_old_generations_go(tmp_path: Path) -> None:
    journal = JournalFolder(tmp_path / "drafts")
    key = "/home/ana/talk.es.srt"
    writer = journal.writer(key)
    journal.write_base(key, writer.generation, b"base one")
    writer.append(b"a\n")
    writer.append(b"b\n")
    newer = writer.start_generation()
    writer.append(b"c\n")
    assert journal.lines_since(key, 1) == [b"a\nb\n", b"c\n"]
    assert journal.lines_since(key, newer) == [b"c\n"]
    journal.drop_before(key, newer)  # a snapshot of generation `newer` was committed
    assert journal.lines_since(key, 1) == [b"c\n"]
    assert journal.base(key) is None
    writer.close()
    # a restart continues after the newest generation on disk and after the library's draft,
    # never reusing one, even when a snapshot deleted every file
    assert journal.writer(key).generation > newer
    journal.discard(key)
    assert journal.writer(key).generation > newer
    far = 10**18
    assert journal.writer(key, after=far).generation == far + 1
    journal.discard(key)
    assert journal.lines_since(key, 0) == []
    assert not journal.has_lines_since(key, 0)


def test_keys_of_any_spelling_have_their_own_files(tmp_path: Path) -> None:
    journal = JournalFolder(tmp_path)
    for key in ["a" * 5000, "C:\\Users\\Ana\\charla.es.srt", "sess/ion:1?", "字幕"]:
        journal.write_base(key, 3, key.encode())
        base = journal.base(key)
        assert base is not None and base.generation == 3 and base.read() == key.encode()
    assert len(journal.bases()) == 4


_HOLD = """
import sys, time
from pathlib import Path
from proofreader.library.draft_lock import DraftLock
DraftLock.acquire(Path(sys.argv[1]), sys.argv[2])
print("held", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_lock_names_its_owner_and_a_kill_releases_it(tmp_path: Path) -> None:
    key = str(tmp_path / "talk.es.srt")
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(tmp_path), key], stdout=subprocess.PIPE, text=True
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "held"
            assert lock_holder(tmp_path, key) == child.pid
            with pytest.raises(DraftLocked) as refused:
                DraftLock.acquire(tmp_path, key)
            assert refused.value.pid == child.pid
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert lock_holder(tmp_path, key) is None  # never stale: the OS let go with the process
    lock = DraftLock.acquire(tmp_path, key)
    assert lock_holder(tmp_path, key) == os.getpid()  # a second window of this process too
    lock.release()
    assert lock_holder(tmp_path, key) is None
