"""The welcome page and the connection badge: what a first-time user sees."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from proofreader.ui.connection.demo_badge import DEMO_TIP, ConnectionBadge
from proofreader.ui.connection.welcome import WelcomeDialog, WelcomePage
from tests.ui.connection_support import Loop, MakeContext


def test_the_page_offers_the_demo_and_sign_in(qtbot: QtBot) -> None:
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()

    assert page.demo_button.text() == "Try the demo (offline sandbox)"
    assert page.sign_in_button.text() == "Sign in with an API key"
    with qtbot.waitSignal(page.demo_requested):
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.sign_in_requested):
        qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.open_file_requested):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)


def test_the_page_explains_a_missing_keychain_and_shows_progress(qtbot: QtBot) -> None:
    page = WelcomePage()
    qtbot.addWidget(page)
    page.show()
    assert page.keychain_note.isHidden() and page.status.isHidden()

    page.set_keychain_note("No system keychain is available; set HEYGEN_API_KEY instead.")
    page.set_busy("Starting the demo…")

    assert not page.keychain_note.isHidden() and "HEYGEN_API_KEY" in page.keychain_note.text()
    assert page.status.text() == "Starting the demo…"
    assert not page.demo_button.isEnabled() and not page.sign_in_button.isEnabled()
    page.set_busy(None)
    page.show_status("The demo sandbox could not start.", error=True)
    assert page.demo_button.isEnabled() and not page.status.isHidden()


def test_the_dialog_holds_the_page(qtbot: QtBot) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert "Proofreader" in dialog.windowTitle()
    assert isinstance(dialog.page, WelcomePage)


def test_the_badge_makes_the_demo_obvious(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext
) -> None:
    context = make_context()
    badge = ConnectionBadge(context)
    qtbot.addWidget(badge)
    assert badge.text() == "Not signed in"

    qloop.run(context.connect_demo())

    assert badge.text() == "Demo"
    assert badge.toolTip() == DEMO_TIP == "Offline sandbox: nothing is sent to HeyGen"
    qloop.run(context.disconnect())
    assert badge.text() == "Not signed in"


def test_on_a_short_screen_the_page_scrolls_rather_than_hold_the_window_tall(
    qtbot: QtBot,
) -> None:
    """The page shares the window's centre with the editor: its height must not push the
    window past a 1280×720 screen at 1.5× (480 logical px, about 280 for the centre)."""
    page = WelcomePage()
    qtbot.addWidget(page)
    assert page.minimumSizeHint().height() < 200
    page.resize(640, 260)
    page.show()
    qtbot.waitExposed(page)
    area = page.findChild(QScrollArea)
    assert area is not None
    area.ensureWidgetVisible(page.sign_in_button)
    qtbot.waitUntil(lambda: not page.sign_in_button.visibleRegion().isEmpty())
