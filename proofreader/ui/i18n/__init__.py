"""The interface's languages: Qt translators for our strings and for Qt's own dialogs.

Strings are marked with `self.tr(...)` in QObject subclasses and `translate(context, text)`
elsewhere; `packaging/translations.py` extracts them into `proofreader/ui/i18n/<lang>/*.ts`
and compiles `proofreader_<lang>.qm` beside this file. English is the source language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from proofreader.i18n import QT_TRANSLATE_NOOP, install_translator, translate

__all__ = [
    "INTERFACE_LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "install_translators",
    "remove_translators",
    "resolve_language",
    "translate",
]

I18N_DIR = Path(__file__).resolve().parent

#: (setting value, name shown in its own language); "" follows the system.
INTERFACE_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("", "System default"),
    ("en", "English"),
    ("es", "Español"),
)

_installed: list[QTranslator] = []  # what install_translators added, for remove_translators


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language code to use for a setting: the choice, else the system's if we have it."""
    known = {code for code, _ in INTERFACE_LANGUAGES if code}
    if choice in known:
        return choice
    code = (system or QLocale.system()).name().split("_")[0]
    return code if code in known else "en"


def install_translators(app: QCoreApplication, choice: str = "") -> str:
    """Install our translation and Qt's for the chosen language; returns the code used.

    Missing files leave the English source strings, never an error: a partial translation
    must not stop the app from starting.
    """
    install_translator(QCoreApplication.translate)  # the Qt-free layers' sentences too
    language = resolve_language(choice)
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"proofreader_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qtmultimedia"):
        theirs = QTranslator(app)
        if theirs.load(f"{name}_{language}", qt_dir):
            app.installTranslator(theirs)
            _installed.append(theirs)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator install_translators put in (tests go back to English)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    install_translator(None)  # the Qt-free layers back to their English source
