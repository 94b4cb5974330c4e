"""The library's HeyGen part: projects → sessions with live status badges, its context menu,
open by id, remove from library, and an expired session shown as expired."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from proofreader.library import SessionStatus, SourceKind
from proofreader.ui.sessions.badges import Badge
from proofreader.ui.sessions.sessions_controller import SessionsController
from proofreader.ui.sessions.sessions_model import BADGE_ROLE, SessionsModel
from proofreader.ui.sessions.sessions_panel import SessionsPanel
from tests.ui.sessions_support import Flow, flow_fixture  # noqa: F401  (the flow fixture)


def badge_text(model: SessionsModel, proofread_id: str) -> str:
    badge = model.index_of(proofread_id).data(BADGE_ROLE)
    assert isinstance(badge, Badge)
    return badge.text


def trigger(menu: QMenu | None, text: str) -> None:
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.text().replace("&", "") == text]
    action.trigger()


def make_panel(qtbot: QtBot, flow: Flow) -> tuple[SessionsModel, SessionsPanel, SessionsController]:
    model = SessionsModel(flow.store)
    controller = SessionsController(model)
    controller.attach(flow.store, flow.service)
    panel = SessionsPanel(model)
    panel.refresh_requested.connect(controller.refresh)
    panel.remove_requested.connect(controller.remove)
    qtbot.addWidget(panel)
    return model, panel, controller


def test_projects_hold_their_sessions_and_badges_follow_the_service(
    qtbot: QtBot, qtmodeltester: ModelTester, flow: Flow
) -> None:
    store = flow.store
    old = store.add_project("Old talk", SourceKind.URL, "https://example.com/old.mp4")
    store.add_session("pr-old-es", old.id, "Spanish (Spain)")
    store.update_session_status("pr-old-es", SessionStatus.FAILED, "Your video's audio is missing")
    model, panel, _controller = make_panel(qtbot, flow)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert badge_text(model, "pr-old-es") == "failed"
    failed = model.index_of("pr-old-es")
    assert "audio is missing" in failed.data(Qt.ItemDataRole.ToolTipRole)
    assert "audio is missing" in failed.data()  # also inline, beside the language

    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    ids = flow.run(
        flow.service.start_proofreads(
            flow.sandbox.sample_video_url, ["Spanish (Spain)", "German (Germany)"], "Launch"
        )
    )
    # The new project is on top at once, its two sessions processing.
    top = model.index(0, 0)
    assert top.data() == "Launch"
    assert model.rowCount(top) == 2
    assert [badge_text(model, pid) for pid in ids] == ["processing", "processing"]
    assert all(first == last for first, last in inserted)  # row by row, never a reset
    for pid in ids:
        flow.wait(lambda pid=pid: badge_text(model, pid) == "ready to review")
    qtmodeltester.check(model)
    assert not panel.empty.isVisible()

    # A draft with local changes shows on the editing badge.
    flow.service.mark_editing(ids[0])
    store.save_draft(ids[0], b"opaque", 3)
    model.refresh_drafts()
    assert badge_text(model, ids[0]) == "editing · 3 local changes"


def test_context_menu_copies_refreshes_and_removes_after_confirming(
    qtbot: QtBot, flow: Flow
) -> None:
    spanish = flow.ready_session()
    model, panel, _controller = make_panel(qtbot, flow)
    index = model.index_of(spanish)

    trigger(panel.menu_for(index), "Copy Session Id")
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == spanish

    # Expired on HeyGen (after ~24 h): a refresh shows it as expired.
    flow.sandbox.expire_proofread(spanish)
    trigger(panel.menu_for(index), "Refresh Status")
    flow.wait(lambda: badge_text(model, spanish) == "expired")
    assert flow.status(spanish) is SessionStatus.EXPIRED
    assert "24 hours" in model.index_of(spanish).data(Qt.ItemDataRole.ToolTipRole)

    # Remove asks first; Cancel keeps it, Remove forgets it (and its empty project).
    trigger(panel.menu_for(index), "Remove from Library…")
    box = panel.confirm_box
    assert box is not None and "Spanish (Spain)" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert model.session(spanish) is not None
    trigger(panel.menu_for(model.index_of(spanish)), "Remove from Library…")
    assert panel.confirm_box is not None
    panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    flow.wait(lambda: model.rowCount() == 0)
    assert flow.store.get_session(spanish) is None
    assert panel.empty.isVisible() or not panel.isVisible()


def test_open_by_id_adds_a_session_made_elsewhere_and_explains_a_wrong_id(
    qtbot: QtBot, flow: Flow
) -> None:
    # A session made "elsewhere": straight through the API, not recorded in this library.
    created = flow.run(
        flow.service.client.create_proofread(_video(flow), ["French (France)"], "Made on the web")
    )
    (elsewhere,) = created.proofread_ids
    model, panel, controller = make_panel(qtbot, flow)
    opened: list[str] = []
    controller.opened_by_id.connect(opened.append)

    dialog = controller.show_open_by_id(panel)
    assert dialog is not None
    qtbot.keyClicks(dialog.id_edit, "pr-does-not-exist")
    dialog.open_button.click()
    flow.wait(lambda: not dialog.busy)
    assert dialog.isVisible()
    assert "check the id" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()

    dialog.id_edit.setText(elsewhere)
    dialog.open_button.click()
    flow.wait(lambda: opened == [elsewhere])
    assert controller.by_id_dialog is None  # closed
    assert model.index_of(elsewhere).isValid()
    project = model.index_of(elsewhere).parent()
    assert project.data() == "Made on the web"
    flow.wait(lambda: badge_text(model, elsewhere) == "ready to review")


def _video(flow: Flow):  # type: ignore[no-untyped-def]
    from proofreader.heygen import MediaInput

    return MediaInput.url(flow.sandbox.sample_video_url)


def test_the_panel_without_a_connection_still_lists_and_removes(qtbot: QtBot, flow: Flow) -> None:
    spanish = flow.ready_session()
    model = SessionsModel(flow.store)
    controller = SessionsController(model)
    controller.attach(flow.store, None)
    errors: list[str] = []
    controller.error.connect(lambda _title, sentence: errors.append(sentence))
    assert controller.show_new_dialog() is None
    assert errors and "demo" in errors[0]
    controller.remove([spanish])
    assert model.rowCount(QModelIndex()) == 0
    assert flow.store.list_projects() == []


def test_in_a_narrow_sidebar_the_buttons_go_under_the_title_whole(qtbot: QtBot, flow: Flow) -> None:
    """A 1280 px screen at 1.5× leaves the library under 200 px: New… and Open by id… move
    under "HeyGen" instead of being squeezed, and come back beside it when there is room."""
    _model, panel, _controller = make_panel(qtbot, flow)
    sidebar = QWidget()  # (as in the window: a top-level widget would keep its one-line width)
    qtbot.addWidget(sidebar)
    QVBoxLayout(sidebar).addWidget(panel)
    sidebar.resize(320, 300)
    sidebar.show()
    buttons = (panel.new_button, panel.by_id_button)

    def whole() -> bool:
        return all(
            b.width() >= b.sizeHint().width()
            and b.visibleRegion().boundingRect() == b.rect()
            and b.mapTo(panel, b.rect().topRight()).x() < panel.width()
            for b in buttons
        )

    def under_title() -> bool:
        title = panel.findChild(QLabel, "sessions-title")
        assert title is not None
        return panel.new_button.mapTo(panel, panel.new_button.rect().topLeft()).y() >= (
            title.geometry().bottom()
        )

    qtbot.waitUntil(lambda: whole() and not under_title())
    assert panel.minimumSizeHint().width() <= 180
    sidebar.resize(180, 300)
    qtbot.waitUntil(lambda: whole() and under_title())
    sidebar.resize(320, 300)
    qtbot.waitUntil(lambda: whole() and not under_title())
