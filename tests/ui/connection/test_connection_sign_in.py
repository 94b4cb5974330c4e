"""The sign-in dialog, driven like a user: paste a key, check it, read the account."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from proofreader.library.credentials import KEYRING_SERVICE, KEYRING_USERNAME
from proofreader.sandbox import SandboxServer
from proofreader.ui.async_ops import pending_count
from proofreader.ui.connection.context import AppContext
from proofreader.ui.connection.demo_badge import ConnectionBadge
from proofreader.ui.connection.sign_in_dialog import SignInDialog
from tests.ui.connection_support import API_KEY, Loop, MakeContext, MemoryKeyring


def open_dialog(
    qtbot: QtBot, context: AppContext, environ: dict[str, str] | None = None
) -> SignInDialog:
    dialog = SignInDialog(context, environ=environ or {})
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_key(qtbot: QtBot, dialog: SignInDialog, key: str, base: str) -> None:
    qtbot.mouseClick(dialog.advanced_toggle, Qt.MouseButton.LeftButton)
    dialog.base_edit.setText(base)
    dialog.key_edit.setFocus()
    dialog.key_edit.insert(f"  {key}\n")  # pasted with stray whitespace


def test_a_good_key_shows_the_account_and_is_kept(
    qtbot: QtBot,
    qloop: Loop,
    make_context: MakeContext,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    context = make_context()
    badge = ConnectionBadge(context)
    qtbot.addWidget(badge)
    dialog = open_dialog(qtbot, context)
    assert dialog.key_edit.echoMode() is QLineEdit.EchoMode.Password
    type_key(qtbot, dialog, API_KEY, sandbox.base_url)

    with qtbot.waitSignal(dialog.signed_in, timeout=20_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)

    text = dialog.account_box.text()
    assert "sandbox" in text and "1,000.00 USD" in text and "keychain" in text
    assert memory_keyring.entries == {(KEYRING_SERVICE, KEYRING_USERNAME): API_KEY}
    assert dialog.key_edit.text() == ""  # the key does not linger in the field
    assert context.mode == "live"
    assert badge.text() == "sandbox · 1,000.00 USD"
    assert dialog.close_button.text() == "Done"


def test_a_wrong_key_says_so_and_stores_nothing(
    qtbot: QtBot,
    qloop: Loop,
    make_context: MakeContext,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    context = make_context()
    dialog = open_dialog(qtbot, context)
    type_key(qtbot, dialog, "sk-not-a-real-key", sandbox.base_url)

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qloop.wait(lambda: dialog.status.text().startswith("HeyGen did not accept this key"))

    assert not dialog.status.isHidden()
    assert memory_keyring.entries == {}
    assert context.mode == "none"
    assert dialog.check_button.isEnabled()  # the user can correct the key and try again
    assert dialog.account_box.isHidden()


def test_a_key_with_a_character_no_key_has_is_refused_with_a_sentence(
    qtbot: QtBot,
    qloop: Loop,
    make_context: MakeContext,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    context = make_context()
    dialog = open_dialog(qtbot, context)
    type_key(qtbot, dialog, "sk-secret-cafè", sandbox.base_url)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qloop.wait(lambda: "non-ASCII character" in dialog.status.text())
    assert "secret" not in dialog.status.text()
    assert memory_keyring.entries == {}
    assert context.mode == "none"
    assert not [r for r in sandbox.requests if r.path == "/v3/users/me"]  # never sent


def test_without_a_keychain_the_dialog_explains_heygen_api_key(
    qtbot: QtBot,
    qloop: Loop,
    make_context: MakeContext,
    sandbox: SandboxServer,
    fail_keyring: object,
) -> None:
    context = make_context()
    dialog = open_dialog(qtbot, context)
    qloop.wait(lambda: "HEYGEN_API_KEY" in dialog.note.text())  # said before signing in
    type_key(qtbot, dialog, API_KEY, sandbox.base_url)

    with qtbot.waitSignal(dialog.signed_in, timeout=20_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)

    assert "this session only" in dialog.note.text()
    assert "HEYGEN_API_KEY" in dialog.note.text()
    assert context.mode == "live" and context.key_source is None


def test_a_plain_http_address_is_refused_as_it_is_typed(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, make_context())
    dialog.key_edit.setText("sk-anything")
    assert dialog.check_button.isEnabled()

    dialog.base_edit.setText("http://api.example.com")

    assert "plain http" in dialog.base_error.text()
    assert not dialog.base_error.isHidden() and not dialog.advanced.isHidden()
    assert not dialog.check_button.isEnabled()
    dialog.base_edit.setText("http://127.0.0.1:8080")  # loopback is fine (the sandbox)
    assert dialog.base_error.isHidden() and dialog.check_button.isEnabled()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback address that accepts connections and never answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


def test_cancel_during_the_check_keeps_the_demo(
    qtbot: QtBot,
    qloop: Loop,
    make_context: MakeContext,
    memory_keyring: MemoryKeyring,
    silent_server: str,
) -> None:
    context = make_context()
    qloop.run(context.connect_demo())
    dialog = open_dialog(qtbot, context)
    dialog.key_edit.setText("sk-some-key")
    dialog.base_edit.setText(silent_server)

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert not dialog.check_button.isEnabled()
    assert dialog.status.text() == "Checking the key with HeyGen…"
    dialog.reject()

    qloop.wait(lambda: pending_count() == 0)
    assert memory_keyring.entries == {}
    assert context.is_demo and context.service is not None


def test_the_environment_key_is_explained(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, make_context(), environ={"HEYGEN_API_KEY": "sk-env"})

    assert "HEYGEN_API_KEY" in dialog.note.text() and not dialog.note.isHidden()
