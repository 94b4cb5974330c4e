"""A big translation opens on the worker and is on screen before its checks have all run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from proofreader.ui.window.review_status import progress_text
from proofreader.workspace.document_source import local_source
from tests.ui.window_support import MakeWindow, big_pair


def test_a_big_file_shows_checking_then_every_error_it_has(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    translation, original = big_pair(tmp_path)
    window = make_window()
    window.documents.open_source(local_source(translation, original))
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    session = window.session
    assert session is not None
    assert session.checker.pending, "the first paint should not wait for 6,000 cues of checks"
    assert "checking…" in progress_text(session)

    qtbot.waitUntil(lambda: not session.checker.pending, timeout=20_000)
    qtbot.waitUntil(lambda: "checking" not in window.review_status.text())
    assert "12 errors" in window.review_status.text()
    model = window.area.model
    assert model is not None
    flagged = [row for row in range(model.rowCount()) if session.checker.has_errors(row)]
    assert flagged == [i for i in range(6000) if i % 500 == 7]


def test_an_unexpected_failure_opening_a_big_file_is_a_sentence_not_a_repr(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A bug while parsing on the worker (here: injected) must reach the user as one sentence
    pointing at the log, and the log must hold the traceback."""
    translation, original = big_pair(tmp_path)

    def broken(source: object, **options: object) -> object:
        raise RuntimeError("boom <internal detail>")

    monkeypatch.setattr("proofreader.ui.window.documents.load_document", broken)
    window = make_window()
    window.documents.errors_in_dialog = False
    failures: list[str] = []
    window.documents.load_failed.connect(failures.append)
    window.documents.open_source(local_source(translation, original))
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert failures == [
        "Could not open big.es.srt because of an unexpected error (RuntimeError). The details "
        "are in the log: Help ▸ Report a Problem… gathers them for you to send."
    ]
    assert any("boom <internal detail>" in (r.exc_text or "") for r in caplog.records)


def test_a_big_file_is_painted_before_its_checks_and_they_fill_in_after(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    translation, original = big_pair(tmp_path)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    checked_at_first_paint: list[int] = []

    class FirstPaint(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            session = window.session
            if event.type() == QEvent.Type.Paint and session and not checked_at_first_paint:
                checked_at_first_paint.append(session.checker.error_count)
            return False

    spy = FirstPaint()
    window.area.table.viewport().installEventFilter(spy)
    with qtbot.waitSignal(window.documents.document_shown, timeout=20_000):
        window.documents.open_source(local_source(translation, original))
    session = window.session
    assert session is not None
    assert checked_at_first_paint == [0], "the table waited for the checks"
    qtbot.waitUntil(lambda: not session.checker.pending, timeout=20_000)
    assert session.checker.error_count == 12
    window.area.table.viewport().removeEventFilter(spy)
