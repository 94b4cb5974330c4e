"""The connection in the real main window: welcome page, demo badge, account commands."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from proofreader.library import LibraryStore
from proofreader.sandbox import SandboxServer
from proofreader.ui.connection.connection_ui import ConnectionUi
from proofreader.ui.connection.context import AppContext
from proofreader.ui.connection.settings_dialog import SettingsDialog
from proofreader.ui.connection.sign_in_dialog import SignInDialog
from proofreader.ui.main_window import MainWindow, WindowContext
from proofreader.workspace.document_source import local_source
from tests.ui.connection_support import API_KEY, Loop, MakeContext, MemoryKeyring


class Mounted:
    def __init__(self, window: MainWindow, ui: ConnectionUi, context: AppContext) -> None:
        self.window, self.ui, self.context = window, ui, context


@pytest.fixture
def mounted(qtbot: QtBot, make_context: MakeContext) -> Iterator[Mounted]:
    context = make_context()
    made: list[ConnectionUi] = []

    def extension(window: MainWindow) -> ConnectionUi:
        made.append(ConnectionUi(window, context))
        return made[0]

    store = LibraryStore(context.paths.data / "window.sqlite3")
    window = MainWindow(WindowContext(store, context.paths.settings_file()), extensions=[extension])
    qtbot.addWidget(window)
    window.show()
    yield Mounted(window, made[0], context)
    window._closing = True
    window.close()
    store.close()


def test_without_a_key_the_welcome_page_leads_to_the_demo(
    qtbot: QtBot, qloop: Loop, mounted: Mounted
) -> None:
    window, ui, context = mounted.window, mounted.ui, mounted.context
    ui.start("welcome")
    assert ui.welcome_shown and "Proofreader" in window.windowTitle()
    assert ui.badge.text() == "Not signed in"
    window.registry.update_enabled()
    assert not window.registry.action("file.sign_out").isEnabled()

    qtbot.mouseClick(ui.welcome.demo_button, Qt.MouseButton.LeftButton)
    qloop.wait(lambda: context.is_demo)

    assert not ui.welcome_shown
    assert ui.badge.text() == "Demo" and ui.badge.isVisible()
    assert "nothing is sent to HeyGen" in ui.badge.toolTip()
    window.registry.update_enabled()
    assert window.registry.action("file.sign_out").isEnabled()
    assert not window.registry.action("file.try_demo").isEnabled()
    # the demo's sample project: the sandbox's talk, in the demo's own library
    qloop.wait(lambda: context.store.list_projects())
    (project,) = context.store.list_projects()
    assert project.project.title == "Sample talk"
    assert [s.language for s in project.sessions] == ["Spanish (Spain)"]
    assert context.library_store.list_projects() == []


def test_leaving_the_demo_returns_to_the_welcome_page(
    qtbot: QtBot, qloop: Loop, mounted: Mounted
) -> None:
    window, ui, context = mounted.window, mounted.ui, mounted.context
    ui.start("demo")
    qloop.wait(lambda: context.is_demo)

    window.registry.trigger("file.sign_out")
    box = window.findChild(QMessageBox, "sign-out-question")
    assert box is not None and "Leave the demo?" in box.text()
    leave = next(b for b in box.buttons() if b.text() == "Leave the Demo")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    qloop.wait(lambda: context.notifier.last_info == "Left the demo.")

    assert ui.welcome_shown and context.mode == "none"
    assert ui.badge.text() == "Not signed in"


def test_the_saved_key_connects_at_start_up(
    qtbot: QtBot,
    qloop: Loop,
    mounted: Mounted,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    ui, context = mounted.ui, mounted.context
    qloop.run(context.sign_in(API_KEY, sandbox.base_url))
    qloop.run(context.disconnect())

    ui.start("saved")
    qloop.wait(lambda: context.mode == "live")

    assert not ui.welcome_shown
    assert ui.badge.text().startswith("sandbox")


def test_a_refused_saved_key_shows_the_welcome_page_with_the_reason(
    qtbot: QtBot,
    qloop: Loop,
    mounted: Mounted,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    ui, context = mounted.ui, mounted.context
    qloop.run(context.sign_in(API_KEY, sandbox.base_url))
    qloop.run(context.disconnect())
    sandbox.settings.api_key = "rotated"  # the key was revoked on the service

    ui.start("saved")
    qloop.wait(lambda: not ui.welcome.status.isHidden())

    assert ui.welcome_shown
    assert "did not accept the key saved on this computer" in ui.welcome.status.text()


def test_preferences_and_sign_in_open_from_their_commands(
    qtbot: QtBot, qloop: Loop, mounted: Mounted
) -> None:
    window = mounted.window
    assert window.registry.action("edit.preferences").shortcut().toString() == "Ctrl+,"

    window.registry.trigger("edit.preferences")
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.isVisible()
    settings.reject()

    window.registry.trigger("file.sign_in")
    sign_in = window.findChild(SignInDialog)
    assert sign_in is not None and sign_in.isVisible()
    sign_in.reject()


def test_the_open_document_follows_the_check_limits_in_preferences(
    qtbot: QtBot, qloop: Loop, mounted: Mounted, sample_files: tuple[Path, Path]
) -> None:
    window, context = mounted.window, mounted.context
    translation, original = sample_files  # talk.es.srt: Spanish, limit 17 CPS
    window.documents.open_source(local_source(translation, original))
    qtbot.waitUntil(lambda: window.session is not None)
    session = window.session
    assert session is not None and session.checker.thresholds.max_cps == 17
    warnings_before = session.checker.warning_count

    context.update_settings(
        replace(context.settings, check_thresholds={"Spanish": {"max_cps": 40}})
    )

    assert session.checker.thresholds.max_cps == 40
    assert session.checker.warning_count < warnings_before


def test_the_welcome_page_goes_without_the_editing_toolbar(
    qtbot: QtBot, qloop: Loop, mounted: Mounted
) -> None:
    window, ui, context = mounted.window, mounted.ui, mounted.context
    size = window.size()
    ui.start("welcome")

    assert ui.welcome_shown and not window.toolbar.isVisible()
    save = window.registry.action("file.save")
    assert any(save in menu.actions() for menu in window.menus.values())  # still in File
    assert window.size() == size

    ui.try_demo()
    qloop.wait(lambda: context.is_demo)

    assert not ui.welcome_shown and window.toolbar.isVisible()
    assert save in window.toolbar.actions() and window.size() == size


def test_a_window_closed_on_the_welcome_page_keeps_its_toolbar_next_time(
    qtbot: QtBot, mounted: Mounted
) -> None:
    window, ui, context = mounted.window, mounted.ui, mounted.context
    ui.start("welcome")
    window._closing = True
    window.close()  # saves the window's layout

    again = MainWindow(WindowContext(window.store, context.paths.settings_file()))
    qtbot.addWidget(again)
    again.show()
    assert again.toolbar.isVisible()
    again._closing = True
    again.close()


def test_signing_out_of_a_heygen_cli_key_says_it_comes_back(
    qtbot: QtBot,
    qloop: Loop,
    make_context: MakeContext,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,  # nothing saved by this app
    tmp_path: Path,
) -> None:
    from proofreader.library import KeySource, Settings

    cli_config = tmp_path / "heygen-cli"
    cli_config.mkdir()
    (cli_config / "credentials").write_text(API_KEY + "\n", encoding="utf-8")
    context = make_context(
        settings=Settings(api_base=sandbox.base_url),
        environ={"HEYGEN_CONFIG_DIR": str(cli_config), "HEYGEN_API_BASE": sandbox.base_url},
    )
    made: list[ConnectionUi] = []
    store = LibraryStore(context.paths.data / "cli-window.sqlite3")
    window = MainWindow(
        WindowContext(store, context.paths.settings_file()),
        extensions=[lambda w: made.append(ConnectionUi(w, context)) or made[0]],
    )
    qtbot.addWidget(window)
    window.show()
    try:
        made[0].start("saved")
        qloop.wait(lambda: context.mode == "live")
        assert context.key_source is KeySource.HEYGEN_CLI
        window.registry.trigger("file.sign_out")
        box = window.findChild(QMessageBox, "sign-out-question")
        assert box is not None and "heygen auth logout" in box.text()
    finally:
        window._closing = True
        window.close()
        store.close()
