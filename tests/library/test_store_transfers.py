"""Transfers resume after a restart; render outputs are remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.library.errors import UnknownSession, UnknownTransfer
from proofreader.library.records import SourceKind, TransferKind, TransferState
from proofreader.library.store import LibraryStore


def test_an_interrupted_download_is_found_after_a_restart(library_path: Path) -> None:
    with LibraryStore(library_path) as store:
        project = store.add_project("Talk", SourceKind.FILE, "/v.mp4")
        store.add_session("pf-es", project.id, "Spanish")
        transfer = store.add_transfer(
            TransferKind.DOWNLOAD,
            "https://storage.example/video.mp4",
            "/downloads/video.mp4",
            proofread_id="pf-es",
        )
        store.update_transfer_progress(transfer.id, 4096, total=10_000)
        store.update_transfer_progress(transfer.id, 8192)
        finished = store.add_transfer(TransferKind.UPLOAD, "/v.mp4", "asset")
        store.finish_transfer(finished.id, TransferState.DONE)

    with LibraryStore(library_path) as store:
        [pending] = store.unfinished_transfers()

    assert pending.id == transfer.id
    assert pending.kind is TransferKind.DOWNLOAD
    assert pending.proofread_id == "pf-es"
    assert (pending.source, pending.dest) == (
        "https://storage.example/video.mp4",
        "/downloads/video.mp4",
    )
    assert (pending.bytes_done, pending.total, pending.state) == (
        8192,
        10_000,
        TransferState.RUNNING,
    )


def test_failure_retry_and_cancel(store: LibraryStore) -> None:
    transfer = store.add_transfer(TransferKind.UPLOAD, "/big.mp4", "asset", total=100)
    store.update_transfer_progress(transfer.id, 60)

    failed = store.finish_transfer(transfer.id, TransferState.FAILED, "The connection dropped.")
    assert (failed.state, failed.error) == (TransferState.FAILED, "The connection dropped.")
    assert store.unfinished_transfers() == []

    resumed = store.restart_transfer(transfer.id)
    assert (resumed.state, resumed.error, resumed.bytes_done) == (TransferState.RUNNING, None, 60)
    fresh = store.restart_transfer(transfer.id, keep_progress=False)
    assert fresh.bytes_done == 0

    cancelled = store.finish_transfer(transfer.id, TransferState.CANCELLED)
    assert store.list_transfers([TransferState.CANCELLED]) == [cancelled]


def test_clearing_finished_transfers_keeps_running_ones(store: LibraryStore) -> None:
    running = store.add_transfer(TransferKind.UPLOAD, "/a.mp4", "asset")
    done = store.add_transfer(TransferKind.DOWNLOAD, "https://x/y", "/y")
    store.finish_transfer(done.id, TransferState.DONE)

    assert store.clear_finished_transfers() == 1
    assert [t.id for t in store.list_transfers()] == [running.id]
    store.remove_transfer(running.id)
    assert store.get_transfer(running.id) is None


def test_unknown_transfer_and_session_are_named(store: LibraryStore) -> None:
    with pytest.raises(UnknownTransfer):
        store.update_transfer_progress("nope", 1)
    with pytest.raises(UnknownSession):
        store.add_transfer(TransferKind.DOWNLOAD, "u", "d", proofread_id="pf-missing")


def test_render_outputs_are_remembered_and_go_with_their_session(
    library_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    files = [folder / "video.mp4", folder / "captions.srt", folder / "captions.vtt"]
    with LibraryStore(library_path) as store:
        project = store.add_project("Talk", SourceKind.FILE, "/v.mp4")
        store.add_session("pf-es", project.id, "Spanish")
        store.add_transfer(
            TransferKind.DOWNLOAD, "https://x/v", str(files[0]), proofread_id="pf-es"
        )
        store.record_outputs("vt-1", folder, files, proofread_id="pf-es")
        store.record_outputs("vt-direct", folder, files[:1])

    with LibraryStore(library_path) as store:
        outputs = store.get_outputs("vt-1")
        assert outputs is not None
        assert (outputs.proofread_id, outputs.folder, outputs.files) == (
            "pf-es",
            folder,
            tuple(files),
        )
        assert [o.video_translation_id for o in store.list_outputs("pf-es")] == ["vt-1"]

        store.remove_session("pf-es")

        assert store.get_outputs("vt-1") is None
        assert store.list_transfers() == []
        assert [o.video_translation_id for o in store.list_outputs()] == ["vt-direct"]
        store.remove_outputs("vt-direct")
        assert store.list_outputs() == []
