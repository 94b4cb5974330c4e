"""One way into the demo: the welcome page and --demo open the demo's session, and the demo
comes back after a restart (also after a crash) until the user leaves it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from proofreader.library import LibraryStore
from proofreader.ui.connection.connection_ui import ConnectionUi
from proofreader.ui.connection.context import AppContext
from proofreader.ui.main_window import MainWindow, WindowContext
from proofreader.ui.renders.renders_ui import RendersUi
from proofreader.ui.sessions.sessions_ui import SessionsUi
from proofreader.workspace.document_source import sample_source
from proofreader.workspace.heygen_session import is_session
from tests.ui.connection_support import Loop, MakeContext, MemoryKeyring
from tests.ui.window_support import let_go_as_if_killed

OpenWindow = Callable[[AppContext], tuple[MainWindow, ConnectionUi]]


@pytest.fixture
def open_window(qtbot: QtBot, make_context: MakeContext) -> Iterator[OpenWindow]:
    """The app's window with its extensions, as app.py builds it, on a given context."""
    opened: list[tuple[MainWindow, LibraryStore]] = []

    def make(context: AppContext) -> tuple[MainWindow, ConnectionUi]:
        store = LibraryStore(context.paths.data / f"window{len(opened)}.sqlite3")
        window = MainWindow(
            WindowContext(store, context.paths.settings_file()),
            extensions=[
                lambda w: SessionsUi(w, context),
                lambda w: RendersUi(w, context),
                lambda w: ConnectionUi(w, context),
            ],
        )
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        opened.append((window, store))
        return window, next(e for e in window.extensions if isinstance(e, ConnectionUi))

    yield make
    for window, store in opened:
        window._closing = True
        window.close()
        store.close()


def _session_opened(window: MainWindow) -> bool:
    return window.session is not None and is_session(window.session.source)


def _review_bar_shows_upload_and_generate(window: MainWindow) -> bool:
    sessions = next(e for e in window.extensions if isinstance(e, SessionsUi))
    bar = sessions.review_bar
    return (
        bar.isVisible()
        and all(b.isVisible() for b in bar.buttons.values())
        and set(bar.buttons) == {"review.upload", "review.generate"}
    )


def test_the_welcome_page_opens_the_demo_session_not_the_bundled_sample(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext, open_window: OpenWindow
) -> None:
    context = make_context(environ={"PROOFREADER_DEMO_DELAY": "3,1"})
    window, ui = open_window(context)
    window.documents.open_source(sample_source())  # what app.py shows behind the welcome page
    ui.start("welcome")
    qtbot.mouseClick(ui.welcome.demo_button, Qt.MouseButton.LeftButton)
    qloop.wait(lambda: context.is_demo)
    # While the sandbox processes, the editor says what is coming instead of the sample.
    qloop.wait(lambda: window.session is None)
    assert "opens here by itself" in window.area._empty.label.text()
    qloop.wait(lambda: _session_opened(window))
    assert window.session is not None and "Sample talk" in window.session.title
    assert _review_bar_shows_upload_and_generate(window)
    assert "opens here by itself" not in window.area._empty.label.text()


def test_demo_start_opens_the_same_session(
    qloop: Loop, make_context: MakeContext, open_window: OpenWindow
) -> None:
    context = make_context()
    window, ui = open_window(context)
    ui.start("demo")  # --demo
    qloop.wait(lambda: _session_opened(window))
    assert window.session is not None and "Sample talk" in window.session.title
    # created with the talk's SRT, so the original is beside the translation (HeyGen gives an
    # original only to sessions created with one)
    assert window.session.document.has_originals
    assert window.session.document[0].original is not None


def test_the_demo_comes_back_after_a_crash_until_it_is_left(
    qtbot: QtBot,
    qloop: Loop,
    make_context: MakeContext,
    open_window: OpenWindow,
    memory_keyring: MemoryKeyring,  # no saved key
) -> None:
    first = make_context()
    crashed, ui = open_window(first)
    ui.start("demo")
    qloop.wait(lambda: _session_opened(crashed))
    # A crash: nothing is closed in order; the OS lets go of the open session's draft lock.
    # The next start, with no key, is the demo again.
    let_go_as_if_killed(crashed)
    second = make_context()
    window, ui = open_window(second)
    ui.start("saved")
    qloop.wait(lambda: second.is_demo)
    assert not ui.welcome_shown and ui.badge.text() == "Demo"
    qloop.wait(lambda: _session_opened(window))

    window.registry.trigger("file.sign_out")  # Leave the Demo
    box = window.findChild(QMessageBox, "sign-out-question")
    assert box is not None
    leave = next(b for b in box.buttons() if b.text() == "Leave the Demo")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    qloop.wait(lambda: second.notifier.last_info == "Left the demo.")
    third = make_context()
    _window, ui = open_window(third)
    ui.start("saved")
    qloop.wait(lambda: ui.welcome_shown)
    assert third.mode == "none" and ui.badge.text() == "Not signed in"


def test_the_demo_speaks_of_no_charges_and_offers_the_sample_video(
    qloop: Loop, make_context: MakeContext, open_window: OpenWindow
) -> None:
    context = make_context()
    window, ui = open_window(context)
    ui.start("demo")
    qloop.wait(lambda: _session_opened(window))
    sessions = next(e for e in window.extensions if isinstance(e, SessionsUi))
    renders = next(e for e in window.extensions if isinstance(e, RendersUi))

    window.registry.trigger("file.new_proofread")
    dialog = sessions.controller.new_dialog
    assert dialog is not None
    source = dialog.source.media_source()
    assert source is not None and str(source.value).endswith("talk.mp4")  # no path to type
    qloop.wait(dialog.languages.is_loaded)
    words = dialog.cost.text().lower()
    assert "nothing is sent to heygen" in words
    assert not {"charge", "credit", "cost"} & set(words.replace(".", " ").split())
    dialog.reject()

    window.registry.update_enabled()
    window.registry.trigger("review.generate")
    generate = renders.generate_dialog
    assert generate is not None
    texts = " ".join((generate.cost.text(), generate.note.text())).lower()
    assert "charge" not in texts and "credit" not in texts
    generate.reject()
