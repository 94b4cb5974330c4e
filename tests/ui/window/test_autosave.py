"""Autosave and recovery: every change reaches the library within a second, survives kill -9,
and comes back on the next start; saving writes the file and forgets the draft."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from proofreader.library import LibraryStore
from proofreader.subtitles.snapshot import decode_snapshot
from proofreader.subtitles.srt_io import read_subtitle_file
from proofreader.workspace.document_source import local_source
from tests.ui.window_support import (
    MakeWindow,
    let_go_as_if_killed,
    open_files,
    restore_at_start,
    type_text,
)


def test_typing_is_autosaved_within_the_debounce(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    session = window.session
    assert session is not None
    with qtbot.waitSignal(window.autosaver.saved, timeout=1500) as saved:
        type_text(qtbot, window, " ¡Listo!")
    assert saved.args is not None and saved.args[0] == str(sample_files[0])
    draft = window.store.load_draft(session.key)
    assert draft is not None
    restored = decode_snapshot(draft.payload).document
    assert restored[0].text.endswith("¡Listo!")
    assert restored[0].machine == session.document[0].machine
    assert draft.local_changes == 1


def test_undoing_every_change_forgets_the_draft(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    with qtbot.waitSignal(window.autosaver.saved, timeout=1500):
        type_text(qtbot, window, "!")
    with qtbot.waitSignal(window.autosaver.discarded, timeout=1500):
        window.registry.trigger("edit.undo")
    assert window.store.list_drafts() == []


def test_save_keeps_the_file_layout_and_discards_the_draft(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    translation, original = sample_files
    crlf = b"\xef\xbb\xbf" + translation.read_bytes().replace(b"\n", b"\r\n")
    translation.write_bytes(crlf)
    window = make_window()
    open_files(qtbot, window, translation, original)
    with qtbot.waitSignal(window.autosaver.saved, timeout=1500):
        type_text(qtbot, window, " Fin.")
    window.registry.trigger("file.save")
    data = translation.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b"\n\n" not in data
    assert read_subtitle_file(translation).cues[0].text.endswith(" Fin.")
    assert data.replace(b" Fin.", b"") == crlf  # every other byte as it was
    assert not window.isWindowModified()
    window.autosaver.flush()
    assert window.store.list_drafts() == []


def test_export_vtt_and_save_as(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    type_text(qtbot, window, " <i>x</i>")
    assert window.files.export_vtt(tmp_path / "out.vtt")
    assert (tmp_path / "out.vtt").read_text(encoding="utf-8").startswith("WEBVTT")
    assert window.isWindowModified()  # an export is a copy, not a save
    assert window.files.save_as(tmp_path / "renamed.srt")
    assert window.windowTitle() == "renamed.srt[*] — Proofreader"
    assert not window.isWindowModified()
    assert read_subtitle_file(tmp_path / "renamed.srt").cues[0].text.endswith("<i>x</i>")


def test_start_up_offers_drafts_newer_than_their_files(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    translation, original = sample_files
    first = make_window()
    open_files(qtbot, first, translation, original)
    with qtbot.waitSignal(first.autosaver.saved, timeout=1500):
        type_text(qtbot, first, " x")
    first.autosaver.flush()
    store_path = first.store.path
    second = make_window(home=store_path.parent)
    assert second.documents.offer_startup_drafts() is None  # the first window still has it
    let_go_as_if_killed(first)
    second.documents.refresh_sidebar()
    dialog = second.documents.offer_startup_drafts()
    assert dialog is not None
    assert [d.key for d in dialog.drafts()] == [str(translation)]
    dialog.later_button.click()
    assert second.session is None
    assert [e.key for e in second.sidebar.entries("drafts")] == [str(translation)]
    os.utime(translation)  # the file is now newer than the draft: not offered at start-up
    third = make_window(home=store_path.parent)
    assert third.documents.offer_startup_drafts() is None
    LibraryStore(store_path).close()


def test_closing_with_changes_asks_and_cancel_keeps_the_window(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    window.show()
    open_files(qtbot, window, *sample_files)
    type_text(qtbot, window, " cambio")
    window.close()
    box = window.files.close_prompt
    assert box is not None and box.isVisible()
    box.button(box.StandardButton.Cancel).click()
    assert window.isVisible()
    assert window.session is not None and window.session.is_modified()

    window.close()
    box = window.files.close_prompt
    assert box is not None
    box.button(box.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    window.autosaver.flush()
    assert window.store.list_drafts() == []
    assert "cambio" not in sample_files[0].read_text(encoding="utf-8")


def test_closing_with_save_writes_the_file(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    window.show()
    open_files(qtbot, window, *sample_files)
    type_text(qtbot, window, " guardado")
    window.close()
    box = window.files.close_prompt
    assert box is not None
    box.button(box.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert "guardado" in sample_files[0].read_text(encoding="utf-8")


def test_switching_documents_keeps_the_changes_as_a_draft_in_the_library(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    from proofreader.workspace.document_source import sample_source

    window = make_window()
    open_files(qtbot, window, *sample_files)
    type_text(qtbot, window, " (pendiente)")
    window.documents.open_source(sample_source())
    assert window.session is not None and window.session.title == "Sample"
    drafts = window.sidebar.entries("drafts")
    assert [entry.key for entry in drafts] == [str(sample_files[0])]
    window.sidebar.entry_activated.emit(drafts[0])
    session = window.session
    assert session is not None and session.key == str(sample_files[0])
    assert session.document[0].text.endswith(" (pendiente)")
    assert window.isWindowModified()


def test_a_change_at_once_after_opening_comes_back_after_a_kill(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    """The journal's base is written a moment after opening (not while the window paints the
    document); an edit before that moment still has a base to be replayed on."""
    window = make_window()
    window.documents.open_source(local_source(*sample_files))
    assert window.session is not None
    type_text(qtbot, window, " ¡Ya!")  # no event-loop turn since opening
    typed = window.session.document[0].text
    let_go_as_if_killed(window)  # before the debounce: only the journal has the change
    restored = restore_at_start(make_window, tmp_path / "home")
    assert restored.session is not None
    assert restored.session.document[0].text == typed


def test_an_opened_document_gets_its_journal_base_without_any_edit(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    session = window.session
    assert session is not None
    journal = window.autosaver.journal
    qtbot.waitUntil(lambda: journal.base(session.key) is not None, timeout=3000)
    base = journal.base(session.key)
    assert base is not None
    restored = decode_snapshot(base.read()).document
    assert [r.cue for r in restored.rows] == [r.cue for r in session.document.rows]
