"""Another program's change to the open file is said at once, and Save never clobbers it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofreader.subtitles.srt_io import read_subtitle_file
from proofreader.ui.main_window import MainWindow
from tests.ui.window_support import MakeWindow, open_files, type_text

COLLEAGUE = "1\n00:00:01,000 --> 00:00:03,000\nTexto de una colega.\n"


def _editing(
    qtbot: QtBot, make_window: MakeWindow, files: tuple[Path, Path], typed: str
) -> MainWindow:
    """A shown window with the sample pair open and `typed` added to the first cue."""
    window = make_window()
    window.show()
    open_files(qtbot, window, *files)
    type_text(qtbot, window, typed)
    return window


def _rewrite_like_an_editor(path: Path, text: str) -> None:
    """Write a new file and rename it over the old one, as most editors and sync clients do."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_a_change_on_disk_shows_the_bar_and_save_asks_before_overwriting(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    translation = sample_files[0]
    window = _editing(qtbot, make_window, sample_files, " mio")
    _rewrite_like_an_editor(translation, COLLEAGUE)
    bar = window.disk_watch.bar
    qtbot.waitUntil(bar.isVisible)
    assert "talk.es.srt changed on disk" in bar.label.text()
    bar.keep_button.click()
    assert not bar.isVisible()

    assert not window.files.save()  # asks first, writes nothing yet
    box = window.files.overwrite_prompt
    assert box is not None and "changed by another program" in box.text()
    assert translation.read_text(encoding="utf-8") == COLLEAGUE
    box.button(box.StandardButton.Cancel).click()
    assert translation.read_text(encoding="utf-8") == COLLEAGUE
    assert window.isWindowModified()

    window.files.save()
    box = window.files.overwrite_prompt
    assert box is not None
    box.button(box.StandardButton.Save).click()  # "Overwrite"
    assert read_subtitle_file(translation).cues[0].text.endswith(" mio")
    assert not window.isWindowModified()
    # our own write is not "a change by another program"; a later Save does not ask again
    type_text(qtbot, window, "!")
    assert window.files.save()
    assert window.files.overwrite_prompt is None


def test_reload_reads_the_other_version_and_keeps_the_unsaved_edits_as_a_draft(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    translation = sample_files[0]
    window = _editing(qtbot, make_window, sample_files, " (mi version)")
    translation.write_text(COLLEAGUE, encoding="utf-8")  # rewritten in place
    bar = window.disk_watch.bar
    qtbot.waitUntil(bar.isVisible)
    bar.reload_button.click()
    qtbot.waitUntil(lambda: window.session is not None)
    session = window.session
    assert session is not None
    assert [r.text for r in session.document.rows] == ["Texto de una colega."]
    assert not window.isWindowModified()
    window.autosaver.flush()
    drafts = window.sidebar.entries("drafts")
    assert len(drafts) == 1 and drafts[0].title.startswith("talk.es.srt (")
    window.sidebar.entry_activated.emit(drafts[0])
    kept = window.session
    assert kept is not None and kept.document[0].text.endswith(" (mi version)")
    assert not kept.source.save_in_place  # Save asks where: the colleague's file stays theirs
    assert translation.read_text(encoding="utf-8") == COLLEAGUE


def test_a_deleted_file_is_said_and_can_be_saved_again(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    translation = sample_files[0]
    window = _editing(qtbot, make_window, sample_files, " fin")
    translation.unlink()
    bar = window.disk_watch.bar
    qtbot.waitUntil(bar.isVisible)
    assert "talk.es.srt was deleted or moved" in bar.label.text()
    window.files.save()
    box = window.files.overwrite_prompt
    assert box is not None and "deleted or moved" in box.text()
    box.button(box.StandardButton.Save).click()
    assert read_subtitle_file(translation).cues[0].text.endswith(" fin")


def test_keep_mine_holds_until_the_file_changes_again(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    translation = sample_files[0]
    window = _editing(qtbot, make_window, sample_files, " mio")
    translation.write_text(COLLEAGUE, encoding="utf-8")
    bar = window.disk_watch.bar
    qtbot.waitUntil(bar.isVisible)
    bar.keep_button.click()
    # another file of the folder changes (our own export): the answered version stays answered
    assert window.files.export_vtt(translation.with_name("talk.es.vtt"))
    with qtbot.waitSignal(window.disk_watch._watcher.directoryChanged, timeout=2000):
        translation.with_name("notes.txt").write_text("x", encoding="utf-8")
    assert not bar.isVisible()
    translation.write_text(COLLEAGUE + "\n2\n00:00:04,000 --> 00:00:05,000\nOtra.\n", "utf-8")
    qtbot.waitUntil(bar.isVisible)  # a newer version is said again


def test_saving_a_draft_restored_over_a_newer_file_asks_first(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    translation, original = sample_files
    window = make_window()
    open_files(qtbot, window, translation, original)
    type_text(qtbot, window, " borrador")
    window.set_session(None)  # kept as a draft
    window.autosaver.flush()
    translation.write_text(COLLEAGUE, encoding="utf-8")  # changed after the draft
    window.documents.refresh_sidebar()
    drafts = window.sidebar.entries("drafts")
    window.sidebar.entry_activated.emit(drafts[0])
    assert window.session is not None
    assert not window.files.save()
    box = window.files.overwrite_prompt
    assert box is not None and "changed by another program" in box.text()
    assert translation.read_text(encoding="utf-8") == COLLEAGUE


def test_save_as_of_a_webvtt_file_proposes_webvtt_and_keeps_the_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    sample_files: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    translation, original = sample_files
    vtt = translation.with_suffix(".vtt")  # talk.es.vtt
    vtt.write_text("WEBVTT\n\nNOTE kept\n\n00:01.000 --> 00:02.000 line:10%\nHola.\n", "utf-8")
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, suggestion, filters: (
            asked.append((suggestion, filters)),
            ("", ""),
        )[1],
    )
    window = make_window()
    open_files(qtbot, window, vtt, original)
    assert not window.files.choose_and_save_as()
    suggestion, filters = asked[0]
    assert suggestion.endswith("talk.es.vtt")
    assert filters.startswith("WebVTT subtitles (*.vtt)") and "SubRip subtitles (*.srt)" in filters


def test_a_file_another_program_holds_while_writing_is_not_called_deleted(
    qtbot: QtBot,
    make_window: MakeWindow,
    sample_files: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On Windows a file being saved by another program cannot be read for a moment; it is
    still there, so the bar waits for its next change instead of saying it was deleted."""
    from proofreader.ui.window import disk_watch

    translation = sample_files[0]
    window = _editing(qtbot, make_window, sample_files, " mio")
    monkeypatch.setattr(disk_watch.FileState, "of", classmethod(lambda cls, path: None))
    translation.write_text(COLLEAGUE, encoding="utf-8")
    window.disk_watch._check(str(translation))
    assert not window.disk_watch.bar.isVisible()
    monkeypatch.undo()  # the other program is done
    window.disk_watch._check(str(translation))
    assert window.disk_watch.bar.isVisible()
    assert "deleted" not in window.disk_watch.bar.label.text()
