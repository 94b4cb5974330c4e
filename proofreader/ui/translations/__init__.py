"""The account's video translations: the browser (paged, filtered, rename, delete, download)
and the direct translation dialog (no proofreading)."""

from proofreader.ui.translations.direct_translation_dialog import DirectTranslationDialog
from proofreader.ui.translations.translation_options_form import TranslationOptionsForm
from proofreader.ui.translations.translations_browser import (
    TranslationsBrowser,
    ask_to_delete,
    delete_question,
)
from proofreader.ui.translations.translations_filter import TranslationsFilter
from proofreader.ui.translations.translations_model import TranslationsModel

__all__ = [
    "DirectTranslationDialog",
    "TranslationOptionsForm",
    "TranslationsBrowser",
    "TranslationsFilter",
    "TranslationsModel",
    "ask_to_delete",
    "delete_question",
]
