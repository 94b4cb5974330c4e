"""The interface's languages: Qt translators for our strings and for Qt's own dialogs.

Strings are marked with `self.tr(...)` in QObject subclasses and `translate(context, text)`
elsewhere; `packaging/translations.py` extracts them into `proofreader/ui/i18n/<lang>/*.ts`
and compiles `proofreader_<lang>.qm` beside this file. English is the source language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent

#: (setting value, name shown in its own language); "" follows the system.
INTERFACE_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("", "System default"),
    ("en", "English"),
    ("es", "Español"),
)

_installed: list[QTranslator] = []  # what install_translators added, for remove_translators


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a string outside a QObject (lupdate finds `translate("Ctx", "text")`)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark an English constant for lupdate without translating it: constants are made at import,
    before a translator is installed, so `translate(context, CONSTANT)` runs where it is shown.
    (PySide6's own QT_TRANSLATE_NOOP does the same but is typed as returning object.)"""
    return text


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
