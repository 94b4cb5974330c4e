"""The connection's windows in Spanish: the welcome page, sign-in, Preferences and the options
of the two request dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from proofreader.ui.async_ops import pending_count
from proofreader.ui.connection.settings_dialog import SettingsDialog
from proofreader.ui.connection.sign_in_dialog import SignInDialog
from proofreader.ui.connection.welcome import WelcomePage
from proofreader.ui.sessions.proofread_options import ProofreadOptionsForm
from proofreader.ui.translations.translation_options_form import TranslationOptionsForm
from tests.ui.connection_support import Loop, MakeContext, MemoryKeyring


def test_the_welcome_page_reads_in_spanish(spanish: None, qtbot: QtBot) -> None:
    page = WelcomePage()
    qtbot.addWidget(page)

    assert page.demo_button.text() == "Probar la demostración (entorno de pruebas sin conexión)"
    assert page.sign_in_button.text() == "Iniciar sesión con una clave de API"
    assert "llavero" in page.sign_in_button.description()
    assert page.open_button.text().startswith("O abre un archivo de subtítulos")


def test_the_sign_in_dialog_reads_in_spanish(
    qtbot: QtBot,
    qloop: Loop,
    make_context: MakeContext,
    memory_keyring: MemoryKeyring,
    spanish: None,
) -> None:
    dialog = SignInDialog(make_context(), environ={"HEYGEN_API_KEY": "sk-from-the-shell"})
    qtbot.addWidget(dialog)
    qloop.wait(lambda: pending_count() == 0)  # the keychain check

    assert dialog.windowTitle() == "Iniciar sesión — Proofreader"
    assert dialog.check_button.text() == "Comprobar e iniciar sesión"
    assert dialog.key_edit.placeholderText() == "Pega aquí la clave de API"
    assert dialog.close_button.text() == "Cancelar"  # Qt's own button, from Qt's translation
    assert "variable de entorno HEYGEN_API_KEY" in dialog.note.text()
    dialog.show_key.toggle()
    assert dialog.show_key.text() == "Ocultar"


def test_preferences_read_in_spanish_but_name_each_language_in_its_own(
    qtbot: QtBot, qloop: Loop, make_context: MakeContext, spanish: None
) -> None:
    dialog = SettingsDialog(make_context(), environ={})
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "Preferencias — Proofreader"
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Predeterminado del sistema", "English", "Español"]
    assert dialog.thresholds.spins["max_chars_per_line"].text().startswith("Predeterminado (")


def test_the_request_options_read_in_spanish(spanish: None, qtbot: QtBot) -> None:
    proofread = ProofreadOptionsForm()
    translation = TranslationOptionsForm()
    qtbot.addWidget(proofread)
    qtbot.addWidget(translation)

    assert proofread.mode.itemText(0) == "Precisión"
    assert proofread.speakers.specialValueText() == "Detectar automáticamente"
    assert proofread.enhance.text() == "Mejorar la voz"
    assert translation.mode.itemText(0) == "Velocidad"
    assert translation.advanced.findChild(QComboBox, "translation-fps").itemText(0) == (
        "Predeterminado del servicio"
    )
