"""The review round trip in the real main window against the sandbox: open a ready session from
the library, edit a cue, upload the corrections (checks first), and reopen it offline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from proofreader.library import SessionStatus
from proofreader.subtitles.srt_io import read_subtitle_file
from proofreader.ui.main_window import MainWindow, WindowContext
from proofreader.ui.sessions.badges import Badge
from proofreader.ui.sessions.sessions_model import BADGE_ROLE
from proofreader.ui.sessions.sessions_ui import SessionsUi
from proofreader.workflow import JobKind, JobState
from tests.ui.sessions_support import Flow, flow_fixture  # noqa: F401  (the flow fixture)
from tests.ui.window_support import type_text


@pytest.fixture
def window(qtbot: QtBot, flow: Flow, tmp_path: Path) -> Iterator[MainWindow]:
    made = MainWindow(
        WindowContext(flow.store, tmp_path / "settings.json"), extensions=[SessionsUi]
    )
    qtbot.addWidget(made)
    ui(made).attach(flow.store, flow.service)
    made.registry.action("view.sidebar").setChecked(True)  # small screens start without it
    made.show()
    yield made
    made._closing = True  # teardown: never ask
    made.close()


def ui(window: MainWindow) -> SessionsUi:
    """The sessions part the window was made with."""
    (found,) = [e for e in window.extensions if isinstance(e, SessionsUi)]
    return found


def badge(window: MainWindow, proofread_id: str) -> str:
    value = ui(window).model.index_of(proofread_id).data(BADGE_ROLE)
    assert isinstance(value, Badge)
    return value.text


def open_from_library(qtbot: QtBot, window: MainWindow, proofread_id: str) -> None:
    """Double-click the session in the library, as a user does."""
    tree = ui(window).panel.tree
    index = ui(window).model.index_of(proofread_id)
    tree.scrollTo(index)
    where = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def answer_warnings(window: MainWindow) -> None:
    prompt = ui(window).uploader.prompt
    if prompt is not None:  # the machine text may have warnings: upload anyway
        assert "Upload anyway?" in prompt.text()
        prompt.button(QMessageBox.StandardButton.Yes).click()


def test_open_edit_upload_and_reopen_offline(qtbot: QtBot, flow: Flow, window: MainWindow) -> None:
    proofread_id = flow.ready_session()
    assert badge(window, proofread_id) == "ready to review"
    assert not window.registry.action("review.upload").isEnabled()

    open_from_library(qtbot, window, proofread_id)
    flow.wait(lambda: window.session is not None and window.session.key == proofread_id)
    session = window.session
    assert session is not None and session.source.kind == "session"
    assert session.title == "Talk (Spanish (Spain))"
    document = session.document
    # created without an SRT: HeyGen gives no original, and the column says so
    assert not document.has_originals and document[0].original is None
    assert document[0].machine is not None and document[0].text == document[0].machine.text
    machine_text = document[0].text
    window.registry.update_enabled()
    assert window.registry.action("review.upload").isEnabled()

    window.select_row(0)
    type_text(qtbot, window, " (corregido)")
    flow.wait_status(proofread_id, SessionStatus.EDITING)
    flow.wait(lambda: badge(window, proofread_id) == "editing · 1 local change")

    window.registry.trigger("review.upload")
    answer_warnings(window)
    flow.wait_status(proofread_id, SessionStatus.UPLOADED)
    assert badge(window, proofread_id) == "uploaded"
    assert f"{machine_text} (corregido)" in flow.remote_srt(proofread_id)
    (push,) = flow.jobs_of(JobKind.PUSH)
    assert push.state is JobState.DONE
    files = flow.session(proofread_id)
    assert files.translated_srt_path is not None
    kept = read_subtitle_file(files.translated_srt_path).cues
    assert kept[0].text == f"{machine_text} (corregido)"  # the local copy is kept
    assert not session.is_modified()

    # Offline (signed out): the session reopens from the cache, edit and machine text intact.
    window.set_session(None)
    ui(window).attach(flow.store, None)
    open_from_library(qtbot, window, proofread_id)
    flow.wait(lambda: window.session is not None and window.session.key == proofread_id)
    reopened = window.session
    assert reopened is not None
    assert reopened.document[0].text == f"{machine_text} (corregido)"
    machine = reopened.document[0].machine
    assert machine is not None and machine.text == machine_text
    assert reopened.document.is_edited(0)


def test_errors_block_the_upload_and_a_failed_upload_is_retried(
    qtbot: QtBot, flow: Flow, window: MainWindow
) -> None:
    proofread_id = flow.ready_session()
    ui(window).review.open_session(proofread_id)
    flow.wait(lambda: window.session is not None and window.session.key == proofread_id)
    window.select_row(1)
    pane = window.area.pane
    assert pane is not None
    pane.focus_translation()
    pane.translation_edit.selectAll()
    qtbot.keyClick(pane.translation_edit, Qt.Key.Key_Delete)
    flow.wait(lambda: window.session is not None and window.session.checker.error_count > 0)

    window.registry.trigger("review.upload")
    dialog = ui(window).uploader.findings_dialog
    assert dialog is not None
    assert any(line.startswith("Cue 2 · Empty cue") for line in dialog.lines())
    dialog.list.itemActivated.emit(dialog.list.item(0))  # goes to the cue
    assert window.current_row() == 1
    assert flow.status(proofread_id) is not SessionStatus.UPLOADED
    assert not flow.jobs_of(JobKind.PUSH)

    qtbot.keyClicks(pane.translation_edit, "Texto nuevo para la segunda frase.")
    flow.wait(lambda: window.session is not None and window.session.checker.error_count == 0)
    flow.sandbox.faults.server_error_next = 20  # HeyGen fails for a while
    window.registry.trigger("review.upload")
    answer_warnings(window)
    flow.wait(lambda: window.last_error)
    assert "server error" in window.last_error and "\n" not in window.last_error
    (push,) = flow.jobs_of(JobKind.PUSH)
    assert push.can_retry and flow.status(proofread_id) is not SessionStatus.UPLOADED

    flow.sandbox.faults.reset()
    ui(window).show_jobs()
    row = ui(window).jobs_panel.row_for(push.id)
    assert row is not None and row.error.text() == push.error
    row.retry_button.click()
    flow.wait_status(proofread_id, SessionStatus.UPLOADED)
    assert "Texto nuevo para la segunda frase." in flow.remote_srt(proofread_id)
    assert flow.sandbox.created_counts()["proofreads"] == 1


def test_an_expired_session_is_shown_as_expired(
    qtbot: QtBot, flow: Flow, window: MainWindow
) -> None:
    proofread_id = flow.ready_session()
    flow.sandbox.expire_proofread(proofread_id)
    open_from_library(qtbot, window, proofread_id)
    flow.wait(lambda: badge(window, proofread_id) == "expired")
    flow.wait(lambda: "expired" in window.last_error)
    assert window.session is None or window.session.key != proofread_id
    assert flow.status(proofread_id) is SessionStatus.EXPIRED


def test_the_jobs_dock_opens_when_work_starts_until_the_user_closes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    sessions = ui(window)
    dock = sessions.jobs_panel
    window.registry.action("view.jobs").setChecked(False)
    sessions._jobs_dismissed = False  # as at start-up: nothing said yet
    dock.running_changed.emit(1)  # a job starts
    assert dock.isVisible()
    dock.close()  # the user closes it (its own button)
    dock.running_changed.emit(0)
    dock.running_changed.emit(1)  # the next job
    assert dock.isHidden()  # the user's choice holds
    window.registry.trigger("view.jobs")  # shown again from the View menu
    assert dock.isVisible() and not sessions._jobs_dismissed  # and pops up for work again
