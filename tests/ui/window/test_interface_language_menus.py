"""Every menu, in English and in Spanish, can be driven from the keyboard: no two items of one
menu (nor two menus of the bar) share an accelerator letter, or Alt+letter would only cycle
between them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from proofreader.ui.i18n import install_translators, remove_translators
from proofreader.ui.main_window import MainWindow
from tests.ui.window_support import APP_PARTS, MakeAppWindow


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)  # the other tests read the English source strings


@pytest.fixture
def full_window(language: str, make_app_window: MakeAppWindow) -> MainWindow:
    """The window with every part the app mounts (as proofreader/app.py does), so that the
    account, session, render and spelling commands are in the menus too."""
    return make_app_window(range(APP_PARTS))


def accelerator(text: str) -> str | None:
    """The character after a single & ("&&" is a literal ampersand), lower-cased; None if none."""
    i = text.find("&")
    while i != -1 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i = text.find("&", i + 2)
    return None


def clashes(where: str, texts: list[str]) -> list[str]:
    """One line per letter that two or more of these texts use."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        if (letter := accelerator(text)) is not None:
            by_letter[letter].append(text)
    return [f"{where}: {' / '.join(t)}" for t in by_letter.values() if len(t) > 1]


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    actions = [action for action in menu.actions() if not action.isSeparator()]
    found = clashes(where, [action.text() for action in actions])
    for action in actions:
        if isinstance(submenu := action.menu(), QMenu):
            found += menu_clashes(submenu, f"{where} › {action.text()}")
    return found


def test_no_two_items_of_a_menu_share_an_accelerator(
    full_window: MainWindow, language: str
) -> None:
    bar = full_window.menuBar().actions()
    assert bar[0].text() == {"en": "&File", "es": "&Archivo"}[language]
    file_menu = bar[0].menu()
    assert isinstance(file_menu, QMenu)
    file_texts = [action.text() for action in file_menu.actions()]
    mounted = {  # every part is mounted: the account's and the sessions' commands are there
        "en": ["Sign In with an API &Key…", "Open Session by &Id…"],
        "es": ["&Iniciar sesión con una clave de API…", "Abrir sesión &por id…"],
    }[language]
    assert all(text in file_texts for text in mounted), file_texts
    found = clashes("menu bar", [action.text() for action in bar])
    for action in bar:
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found += menu_clashes(menu, action.text())
    assert found == [], "\n".join(found)


def test_the_accelerator_is_the_letter_after_a_single_ampersand() -> None:
    assert accelerator("Abrir sesión &por id…") == "p"
    assert accelerator("Tom && &Jerry") == "j"
    assert accelerator("No accelerator") is None
