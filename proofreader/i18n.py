"""The words the Qt-free layers show, in the interface's language when a front end has one.

The window installs Qt's translator here at start (`ui/i18n`), so `workspace/` and
`workflow/` sentences come out in Spanish inside a Spanish window; the command line installs
nothing and speaks English. Strings are found by lupdate as `translate("Context", "text")`
(`packaging/translations.py` extracts these folders too).
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, with %n filled in as Qt's translate does."""
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def install_translator(translator: Translator | None) -> None:
    """Use `translator` for every later `translate` (None: back to the English source)."""
    global _translator
    _translator = translator or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language; thread-safe when the installed translator is."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark an English constant for lupdate without translating it where it is made."""
    return text
