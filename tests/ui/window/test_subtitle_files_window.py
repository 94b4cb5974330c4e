"""The editor and subtitle files from the wild: Save of a .vtt writes WebVTT with everything it
had, and a file with an unreadable block can still be opened ("Open What Can Be Read")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from proofreader.workspace.document_source import local_source
from tests.ui.window_support import MakeWindow, type_text

VTT = (
    "WEBVTT\n\nSTYLE\n::cue(.loud) { color: red; }\n\nNOTE keep this\n\n"
    "one\n00:00:01.000 --> 00:00:02.000 line:0 align:start\nHola &amp; adiós\n\n"
    "NOTE\n00:00:03.000 --> 00:00:04.000\nDespués de una nota\n"
)


def test_save_of_a_vtt_file_writes_webvtt_with_everything_it_had(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "talk.es.vtt"
    path.write_text(VTT, encoding="utf-8")
    window = make_window()
    window.documents.open_source(local_source(path))
    qtbot.waitUntil(lambda: window.session is not None and window.current_row() == 0)
    assert window.session is not None and len(window.session.document) == 2
    type_text(qtbot, window, " y & z")
    window.registry.trigger("file.save")
    assert path.read_text(encoding="utf-8") == VTT.replace(
        "Hola &amp; adiós\n", "Hola &amp; adiós y &amp; z\n"
    )


def test_a_file_with_a_broken_block_opens_what_can_be_read_and_lists_what_was_skipped(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "broken.srt"
    text = (
        "1\n00:00:01,000 --> 00:00:02,000\nBien\n\n"
        "2\n00:61:00,000 --> 00:62:00,000\nRoto\n\n"
        "3\n00:00:05,000 --> 00:00:06,000\nTambién bien\n"
    )
    path.write_text(text, encoding="utf-8")
    window = make_window()
    window.documents.open_source(local_source(path))
    qtbot.waitUntil(lambda: window.documents.lenient_prompt is not None)
    prompt = window.documents.lenient_prompt
    assert prompt is not None and "broken.srt, line 6: the minutes" in prompt.text()
    button = next(b for b in prompt.buttons() if b.text() == "Open What Can Be Read")
    assert prompt.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
    button.click()
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session is not None
    assert [row.text for row in window.session.document.rows] == ["Bien", "También bien"]
    assert "broken.srt, line 6: the minutes in '00:61:00,000' must be below 60." in (
        window.last_error
    )
    window.registry.trigger("file.save")  # the skipped block is written back as it was
    assert path.read_text(encoding="utf-8") == text


def test_edit_lenient_opens_the_rest_and_overflowing_times_are_one_sentence(
    tmp_path: Path,
) -> None:
    from tests.ui.window.test_main_window_cli import _run

    path = tmp_path / "broken.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nBien\n\n2\n"
        + "9" * 1000
        + ":00:00,000 --> 00:00:03,000\nRoto\n",
        encoding="utf-8",
    )
    refused = _run("edit", str(path), home=tmp_path / "h")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "beyond 596 hours" in refused.stderr
    opened = _run("edit", str(path), "--lenient", home=tmp_path / "h")
    assert opened.returncode == 0, opened.stderr
    assert [line.split()[0] for line in opened.stdout.splitlines()] == [
        "window-shown",
        "document-shown",
    ]


def test_a_restored_draft_of_a_vtt_file_saves_with_everything_the_file_had(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    from proofreader.workspace.document_source import sample_source

    path = tmp_path / "talk.es.vtt"
    path.write_text(VTT, encoding="utf-8")
    window = make_window()
    window.documents.open_source(local_source(path))
    qtbot.waitUntil(lambda: window.session is not None and window.current_row() == 0)
    type_text(qtbot, window, " y")
    window.documents.open_source(sample_source())  # the change stays behind as a draft
    drafts = window.sidebar.entries("drafts")
    window.sidebar.entry_activated.emit(drafts[0])
    qtbot.waitUntil(lambda: window.session is not None and window.session.key == str(path))
    window.registry.trigger("file.save")
    assert path.read_text(encoding="utf-8") == VTT.replace("adiós\n", "adiós y\n")


def test_a_lenient_document_stays_lenient_in_its_draft(tmp_path: Path) -> None:
    """A restored draft of a file opened 'what can be read' reloads the same way (Reload after
    another program's change), instead of failing on the block it had skipped."""
    from dataclasses import replace

    from proofreader.workspace.document_source import DocumentSource, local_source

    source = replace(local_source(tmp_path / "bad.es.srt"), lenient=True)
    assert DocumentSource.from_meta(source.to_meta()).lenient
    assert not DocumentSource.from_meta(local_source(tmp_path / "ok.srt").to_meta()).lenient
