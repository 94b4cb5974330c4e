"""File ▸ Export Review Report…: the open document's review, as HTML or CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from proofreader.subtitles.edits import SetNote
from tests.ui.window_support import MakeWindow, open_files, type_text


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str) -> list:
    """The save dialog answers `path` and `chosen_filter`; returns the questions asked."""
    asked: list = []

    def get_save_file_name(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def review_a_little(qtbot: QtBot, window) -> None:
    """Edit cue 1, mark it reviewed (the cursor moves to cue 2), note something on cue 2."""
    type_text(qtbot, window, " ¡Editado!")
    window.registry.trigger("review.mark_next")
    session = window.session
    assert session is not None
    session.undo.push(SetNote(1, "Revisar <b>esto</b> con el cliente"))


def test_the_action_writes_an_html_report_of_the_open_document(
    qtbot: QtBot,
    make_window: MakeWindow,
    sample_files: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.registry.update_enabled()
    assert not window.registry.action("file.export_report").isEnabled()
    open_files(qtbot, window, *sample_files)
    review_a_little(qtbot, window)
    out = tmp_path / "review.html"
    asked = answer_save_dialog(monkeypatch, out, "HTML review report (*.html *.htm)")

    window.registry.trigger("file.export_report")

    assert len(asked) == 1 and str(asked[0][2]).endswith("talk.review.html")
    page = out.read_text(encoding="utf-8")
    assert "<h1>Review report: talk.es.srt</h1>" in page
    assert "traducidos.<ins> ¡Editado!</ins>" in page
    assert '<td class="review">✓ Reviewed</td>' in page
    assert "Revisar &lt;b&gt;esto&lt;/b&gt; con el cliente" in page
    assert '<div id="count-reviewed"><dt>Reviewed</dt><dd>1</dd></div>' in page
    assert '<div id="count-notes"><dt>Notes</dt><dd>1</dd></div>' in page
    assert "Reading speed too high" in page  # the session's findings
    assert window.statusBar().currentMessage() == "Exported the review report review.html."


def test_the_csv_filter_writes_csv_when_the_name_has_no_extension(
    qtbot: QtBot,
    make_window: MakeWindow,
    sample_files: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    review_a_little(qtbot, window)
    answer_save_dialog(
        monkeypatch, tmp_path / "review", "CSV review report for spreadsheets (*.csv)"
    )

    window.registry.trigger("file.export_report")

    with (tmp_path / "review.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 8
    assert rows[0]["final"].endswith("traducidos. ¡Editado!")
    assert rows[0]["diff"].endswith("traducidos.{+ ¡Editado!+}")
    assert (rows[0]["review_state"], rows[0]["changed"]) == ("reviewed", "text")
    assert rows[1]["note"] == "Revisar <b>esto</b> con el cliente"
    assert rows[1]["original"].startswith("Before a dubbed video")


def test_a_report_that_cannot_be_written_says_so(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    target = tmp_path / "missing" / "review.html"
    assert not window.files.export_report(target)
    assert window.last_error.startswith(f"Could not write {target} (")
    assert not target.exists()


def test_a_report_without_an_original_says_so(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    from proofreader.workspace.document_source import local_source

    translation, _original = sample_files
    window = make_window()
    window.documents.open_source(local_source(translation))
    qtbot.waitUntil(lambda: window.session is not None)
    out = tmp_path / "report.html"
    assert window.files.export_report(out)
    assert "No original file was open beside the translation" in out.read_text(encoding="utf-8")
