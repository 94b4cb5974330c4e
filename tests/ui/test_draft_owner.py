"""One draft, one owner: a second window never offers, discards or opens a live draft."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from proofreader.ui.window.document_source import local_source
from tests.ui.window_support import (
    MakeWindow,
    let_go_as_if_killed,
    make_window,
    open_files,
    sample_files,
    type_text,
)

__all__ = ["make_window", "sample_files"]


def test_a_second_window_refuses_the_file_and_leaves_the_live_draft_alone(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    translation, original = sample_files
    first = make_window()
    open_files(qtbot, first, translation, original)
    with qtbot.waitSignal(first.autosaver.saved, timeout=1500):
        type_text(qtbot, first, " (primera ventana)")
    home = first.store.path.parent

    second = make_window(home=home)
    second.documents.errors_in_dialog = False
    assert second.documents.offer_startup_drafts() is None  # not "closed before saving"
    assert second.sidebar.entries("drafts") == []
    with qtbot.waitSignal(second.documents.load_failed) as failed:
        second.documents.open_source(local_source(translation, original))
    assert failed.args is not None
    assert "talk.es.srt is already open in another Proofreader window" in failed.args[0]
    assert second.session is None and second.documents.recovery_dialog is None

    # the first window's work is intact, and after it is killed the draft is offered again
    let_go_as_if_killed(first)
    third = make_window(home=home)
    dialog = third.documents.offer_startup_drafts()
    assert dialog is not None
    assert dialog.list.item(0).text().startswith("1 edited cue in talk.es.srt, last change ")
    dialog.restore_button.click()
    assert third.session is not None
    assert third.session.document[0].text.endswith(" (primera ventana)")


def test_after_save_as_the_draft_and_its_lock_follow_the_new_file(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    translation, original = sample_files
    window = make_window()
    open_files(qtbot, window, translation, original)
    type_text(qtbot, window, " antes")
    renamed = tmp_path / "renamed.es.srt"
    assert window.files.save_as(renamed)
    type_text(qtbot, window, " despues")
    home = window.store.path.parent

    other = make_window(home=home)
    other.documents.errors_in_dialog = False
    with qtbot.waitSignal(other.documents.load_failed):
        other.documents.open_source(local_source(renamed, original))
    other.documents.open_source(local_source(translation, original))  # the old file is free
    assert other.session is not None and other.session.key == str(translation)
    assert other.documents.recovery_dialog is None  # and has no draft left behind

    let_go_as_if_killed(window)
    third = make_window(home=home)
    dialog = third.documents.offer_startup_drafts()
    assert dialog is not None
    assert [d.key for d in dialog.drafts()] == [str(renamed)]
    dialog.restore_button.click()
    assert third.session is not None
    assert third.session.document[0].text.endswith(" antes despues")
