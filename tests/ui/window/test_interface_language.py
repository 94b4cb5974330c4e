"""The window in Spanish: menus, commands, the status bar, the shortcut sheet and About read in
Spanish once the translators are installed, and English comes back when they are removed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from proofreader.ui.i18n import install_translators, remove_translators
from proofreader.ui.main_window import MainWindow
from tests.ui.window_support import MakeWindow, open_files


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_menus_and_commands_read_in_spanish(
    spanish: None, qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    assert _menu_titles(window) == [
        "&Archivo",
        "&Editar",
        "&Revisión",
        "Re&producción",
        "&Ver",
        "Ay&uda",
    ]
    texts = {action_id: window.registry.action(action_id).text() for action_id in (
        "file.open", "file.save", "edit.find", "review.next_problem", "play.toggle",
        "view.sidebar", "help.shortcuts",
    )}  # fmt: skip
    assert texts == {
        "file.open": "&Abrir…",
        "file.save": "&Guardar",
        "edit.find": "&Buscar…",
        "review.next_problem": "&Problema siguiente",
        "play.toggle": "&Reproducir / pausar",
        "view.sidebar": "Mostrar la &biblioteca",
        "help.shortcuts": "&Atajos de teclado",
    }
    assert window.registry.action("view.filter.flagged").iconText() == "Marcados"
    assert window.registry.action("file.save").toolTip().startswith("Guardar la traducción")

    window.show()
    qtbot.waitExposed(window)
    open_files(qtbot, window, *sample_files)
    assert window.registry.action("edit.undo").text() == "&Deshacer"
    qtbot.waitUntil(lambda: "revisados" in window.review_status.text())
    assert window.session is not None
    total = len(window.session.document)
    window.registry.trigger("view.filter.flagged")
    qtbot.waitUntil(lambda: window.area.filter_count.text().endswith(f" de {total} subtítulos"))


def test_the_shortcut_sheet_and_about_read_in_spanish(
    spanish: None, qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    sheet = window.views.show_shortcuts()
    assert sheet.windowTitle() == "Atajos de teclado — Proofreader"
    assert sheet.tree.headerItem().text(0) == "Comando"
    rows = {command: where for command, _keys, where in sheet.rows()}
    assert rows["Abrir…"] == ""
    assert rows["Eliminar subtítulos"] == "tabla de subtítulos"
    headings = [
        item.text(0)
        for i in range(sheet.tree.topLevelItemCount())
        if (item := sheet.tree.topLevelItem(i)) is not None
        and not item.data(0, Qt.ItemDataRole.UserRole)
    ]
    assert headings[:3] == ["Archivo", "Editar", "Revisión"]

    about = window.help.show_about()
    assert about.windowTitle() == "Acerca de Proofreader"
    title = about.findChild(QLabel, "about-title")
    assert title is not None and "Versión" in title.text()
    copy = about.findChild(QPushButton, "about-copy")
    assert copy is not None and copy.text() == "&Copiar detalles"
    buttons = about.findChild(QDialogButtonBox)
    assert buttons is not None
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Cerrar"  # Qt's own strings come in Spanish too
    assert "Logs:" in about.details_text()  # what a bug report gets stays English


def test_english_comes_back_when_the_translators_are_removed(
    qapp: QApplication, make_window: MakeWindow
) -> None:
    install_translators(qapp, "es")
    remove_translators(qapp)
    window = make_window()
    assert _menu_titles(window) == ["&File", "&Edit", "&Review", "&Playback", "&View", "&Help"]
    assert window.registry.action("file.open").text() == "&Open…"
