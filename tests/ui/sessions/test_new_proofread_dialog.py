"""The New Proofread dialog, driven through its widgets against a real service on the sandbox:
the sessions appear in the library at once and their badges turn to ready."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from proofreader.heygen import Mode
from proofreader.library import SessionStatus
from proofreader.ui.jobs.jobs_panel import JobsPanel
from proofreader.ui.sessions.badges import Badge
from proofreader.ui.sessions.new_proofread_dialog import NewProofreadDialog
from proofreader.ui.sessions.proofread_options import SPEAKER_HINT
from proofreader.ui.sessions.sessions_controller import SessionsController
from proofreader.ui.sessions.sessions_model import BADGE_ROLE, SessionsModel
from proofreader.workflow import JobKind, JobState
from tests.ui.sessions_support import TALK, Flow, flow_fixture  # noqa: F401  (the flow fixture)


@pytest.fixture
def web_page(tmp_path: Path) -> Iterator[str]:
    """A real web server on loopback that serves an HTML page, not a video."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "watch.html").write_text("<html><body>a video player page</body></html>")

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/watch.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def tick(dialog: NewProofreadDialog, *names: str) -> None:
    """Tick languages in the list as a user clicking their checkboxes."""
    items = [dialog.languages.list.item(i) for i in range(dialog.languages.list.count())]
    for name in names:
        (item,) = [i for i in items if i.text() == name]
        item.setCheckState(Qt.CheckState.Checked)


HOSTS: list[QWidget] = []


def open_dialog(
    qtbot: QtBot, flow: Flow, recent: tuple[str, ...] = ()
) -> tuple[NewProofreadDialog, SessionsModel, SessionsController, list[list[str]]]:
    """The dialog as File ▸ New Proofread opens it, over a window-like host."""
    model = SessionsModel(flow.store)
    remembered: list[list[str]] = []
    controller = SessionsController(
        model,
        recent_languages=lambda: recent,
        remember_languages=lambda names: remembered.append(list(names)),
    )
    controller.attach(flow.store, flow.service)
    host = QWidget()
    qtbot.addWidget(host)
    HOSTS[:] = [host]  # qtbot keeps only a weak reference
    dialog = controller.show_new_dialog(host)
    assert dialog is not None
    flow.wait(dialog.languages.is_loaded)
    return dialog, model, controller, remembered


def test_a_url_proofread_appears_at_once_and_turns_ready(qtbot: QtBot, flow: Flow) -> None:
    dialog, model, _controller, remembered = open_dialog(
        qtbot, flow, recent=("German (Germany)", "Klingon")
    )
    # Recent languages that still exist come first; every option shows its default.
    languages = dialog.languages.languages()
    assert languages[0] == "German (Germany)" and "Klingon" not in languages
    assert dialog.options.current_mode() is Mode.PRECISION
    assert dialog.options.speaker_hint.text() == SPEAKER_HINT
    assert dialog.options.speaker_hint.font().bold()
    assert not dialog.start_button.isEnabled()
    assert "Choose the video" in dialog.problem.text()

    dialog.source.radios["url"].click()
    qtbot.keyClicks(dialog.source.url, flow.sandbox.sample_video_url)
    qtbot.keyClicks(dialog.title_edit, "Launch video")
    qtbot.keyClicks(dialog.languages.search, "spa")
    assert dialog.languages.list.item(0).isHidden()  # "Recently used" header hides when searching
    tick(dialog, "Spanish (Spain)")
    dialog.languages.search.clear()
    tick(dialog, "French (France)")
    dialog.options.speakers.setValue(2)
    assert "× 2 languages" in dialog.cost.text()
    assert dialog.start_button.isEnabled()

    dialog.start_button.click()  # HEAD-checks the URL, then submits and closes
    flow.wait(lambda: model.rowCount() == 1)
    assert _controller.new_dialog is None  # closed
    assert remembered == [["Spanish (Spain)", "French (France)"]]
    project = model.index(0, 0)
    assert project.data() == "Launch video"
    sessions = [model.index(row, 0, project) for row in range(model.rowCount(project))]
    assert [index.data() for index in sessions] == ["Spanish (Spain)", "French (France)"]
    ids = [str(index.data(Qt.ItemDataRole.UserRole + 2)) for index in sessions]
    for pid in ids:
        flow.wait(lambda pid=pid: _badge(model, pid) == "ready to review")
    assert flow.sandbox.created_counts()["proofreads"] == 2
    assert {flow.sandbox._require_store().proofread(pid).mode for pid in ids} == {"precision"}  # type: ignore[union-attr]


def test_choosing_speed_asks_for_speed(qtbot: QtBot, flow: Flow) -> None:
    """Qt returns the combo's data as a plain string; the choice must still count."""
    dialog, _model, _controller, _remembered = open_dialog(qtbot, flow)
    dialog.options.mode.setCurrentIndex(dialog.options.mode.findData(Mode.SPEED.value))
    assert dialog.options.current_mode() is Mode.SPEED
    dialog.options.mode.setCurrentIndex(dialog.options.mode.findData(Mode.PRECISION.value))
    assert dialog.options.current_mode() is Mode.PRECISION


def test_a_url_that_is_not_a_video_is_explained_and_nothing_is_created(
    qtbot: QtBot, flow: Flow, web_page: str
) -> None:
    dialog, model, _controller, _remembered = open_dialog(qtbot, flow)
    dialog.source.radios["url"].click()
    qtbot.keyClicks(dialog.source.url, web_page)
    qtbot.keyClicks(dialog.title_edit, "Page")
    tick(dialog, "Spanish (Spain)")
    dialog.start_button.click()
    flow.wait(lambda: not dialog.checking)
    assert "web page, not a video" in dialog.problem.text()
    assert "web page" in dialog.source.url_verdict.text()
    assert dialog.isVisible()
    missing = web_page.replace("watch.html", "gone.mp4")
    dialog.source.url.setText(missing)
    dialog.start_button.click()
    flow.wait(lambda: not dialog.checking)
    assert "HTTP 404" in dialog.problem.text()
    assert model.rowCount() == 0
    assert flow.sandbox.created_counts()["proofreads"] == 0


def test_a_dropped_local_file_shows_size_and_duration_and_uploads_in_the_jobs_panel(
    qtbot: QtBot, flow: Flow
) -> None:
    panel = JobsPanel(flow.jobs)
    qtbot.addWidget(panel)
    dialog, model, _controller, _remembered = open_dialog(qtbot, flow)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(TALK))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter = QDragEnterEvent(QPoint(20, 20), *args)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(dialog, QDropEvent(QPointF(20, 20), *args))
    assert dialog.source.file() == TALK
    flow.wait(lambda: "KB" in dialog.source.facts.text())
    assert dialog.source.facts.text() == "860.1 KB · 34 s"
    assert dialog.title_edit.text() == "talk"  # suggested from the file name
    tick(dialog, "Spanish (Spain)", "Japanese")
    assert dialog.cost.text().startswith("Cost: 1 min × 2 languages = 2 min")

    dialog.start_button.click()
    flow.wait(lambda: model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 2)
    (upload,) = flow.jobs_of(JobKind.UPLOAD)
    flow.wait(lambda: flow.jobs.get(upload.id).state is JobState.DONE)
    row = panel.row_for(upload.id)
    assert row is not None
    flow.wait(lambda: "took" in row.status.text())
    assert not row.cancel_button.isVisible() and not row.retry_button.isVisible()
    project = flow.store.list_projects()[0].project
    assert project.source_ref == str(TALK)
    for session in flow.store.list_projects()[0].sessions:
        flow.wait_status(session.proofread_id, SessionStatus.READY)


def _badge(model: SessionsModel, proofread_id: str) -> str:
    badge = model.index_of(proofread_id).data(BADGE_ROLE)
    assert isinstance(badge, Badge)
    return badge.text


def test_a_video_heygen_does_not_take_is_refused_before_any_upload(
    qtbot: QtBot, flow: Flow, tmp_path: Path
) -> None:
    movie = tmp_path / "talk.mov"
    movie.write_bytes(TALK.read_bytes())
    dialog, _model, _controller, _remembered = open_dialog(qtbot, flow)
    dialog.source.set_file(movie)
    tick(dialog, "Spanish (Spain)")
    flow.wait(lambda: "MP4 and WebM" in dialog.problem.text())
    assert "convert talk.mov to MP4" in dialog.problem.text()
    assert not dialog.start_button.isEnabled()
    assert flow.sandbox.created_counts()["assets"] == 0


def test_brand_glossaries_are_offered_by_name_and_sent_by_id(qtbot: QtBot, flow: Flow) -> None:
    dialog, _model, _controller, _remembered = open_dialog(qtbot, flow)
    picker = dialog.options.glossary
    flow.wait(lambda: picker.findText("Legal terms (keep in English)") > 0)
    picker.setCurrentIndex(picker.findText("Legal terms (keep in English)"))
    assert dialog.options.options().brand_glossary_id == "bg_sandbox_legal"
    picker.setEditText("bg_typed_by_hand")
    assert dialog.options.options().brand_glossary_id == "bg_typed_by_hand"
