"""One draft, one owner: a second window never offers, discards or opens a live draft."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from proofreader.workspace.document_source import local_source
from tests.ui.window_support import (
    MakeWindow,
    let_go_as_if_killed,
    open_files,
    restore_at_start,
    type_text,
)


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


def test_typing_after_a_restore_survives_the_next_kill(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    """The restored window's journal continues after the draft's generation: a kill before
    its first snapshot keeps what was typed after the restore."""
    translation, original = sample_files
    first = make_window()
    open_files(qtbot, first, translation, original)
    with qtbot.waitSignal(first.autosaver.saved, timeout=1500):
        type_text(qtbot, first, " AAA")
    first.autosaver.flush()  # the snapshot deleted every journal file of the key
    let_go_as_if_killed(first)
    home = first.store.path.parent

    second = restore_at_start(make_window, home)
    type_text(qtbot, second, " BBB")  # killed before the restored draft's next snapshot
    let_go_as_if_killed(second)

    third = restore_at_start(make_window, home)
    assert third.session is not None
    assert third.session.document[0].text.endswith(" AAA BBB")


def test_save_as_onto_a_file_open_in_another_window_is_refused(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    translation, original = sample_files
    first = make_window()
    open_files(qtbot, first, translation, original)
    type_text(qtbot, first, " de la primera")
    other = tmp_path / "other.es.srt"
    other.write_bytes(translation.read_bytes())
    second = make_window(home=first.store.path.parent)
    open_files(qtbot, second, other, original)
    before = translation.read_bytes()
    assert not second.files.save_as(translation)
    assert "talk.es.srt is open in another Proofreader window" in second.last_error
    assert translation.read_bytes() == before
    let_go_as_if_killed(first)
    third = make_window(home=first.store.path.parent)
    dialog = third.documents.offer_startup_drafts()
    assert dialog is not None and [d.key for d in dialog.drafts()] == [str(translation)]


def test_a_stale_restore_list_cannot_discard_a_draft_another_window_restored(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    translation, original = sample_files
    first = make_window()
    open_files(qtbot, first, translation, original)
    type_text(qtbot, first, " vivo")
    let_go_as_if_killed(first)
    home = first.store.path.parent
    stale = make_window(home=home)
    listed = stale.documents.offer_startup_drafts()
    assert listed is not None
    owner = restore_at_start(make_window, home)  # the owner window now has it open
    type_text(qtbot, owner, " y sigue")
    listed.discard_button.click()  # the stale list's Discard
    stale.autosaver.flush()
    let_go_as_if_killed(owner)
    last = restore_at_start(make_window, home)
    assert last.session is not None
    assert last.session.document[0].text.endswith(" vivo y sigue")


def test_a_second_question_about_a_restored_draft_neither_reopens_nor_discards_it(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    """The demo opens its session while the start-up question is being made: the same draft
    must not be offered twice, and a leftover question must not discard the live changes."""
    translation, original = sample_files
    first = make_window()
    open_files(qtbot, first, translation, original)
    type_text(qtbot, first, " vivo")
    let_go_as_if_killed(first)
    window = make_window(home=first.store.path.parent)
    window.documents.open_source(local_source(translation, original))
    asked = window.documents.recovery_dialog
    assert asked is not None
    assert window.documents.offer_startup_drafts() is None  # already being asked about
    (draft,) = asked.drafts()
    asked.restore_button.click()
    assert window.session is not None and window.isWindowModified()
    window.documents.discard_draft(draft)  # a leftover question's Discard
    window.documents.restore_draft(draft)  # or its Restore
    window.autosaver.flush()
    assert window.isWindowModified()
    let_go_as_if_killed(window)
    again = restore_at_start(make_window, first.store.path.parent)
    assert again.session is not None and again.session.document[0].text.endswith(" vivo")
