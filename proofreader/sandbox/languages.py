"""The display names the sandbox offers as output languages, with a short tag for placeholders."""

from __future__ import annotations

LANGUAGE_CODES: dict[str, str] = {
    "English": "en",
    "English (United Kingdom)": "en-GB",
    "English (Australia)": "en-AU",
    "Spanish (Spain)": "es",
    "Spanish (Mexico)": "es-MX",
    "French (France)": "fr",
    "French (Canada)": "fr-CA",
    "German (Germany)": "de",
    "Italian (Italy)": "it",
    "Portuguese (Brazil)": "pt-BR",
    "Portuguese (Portugal)": "pt",
    "Dutch (Netherlands)": "nl",
    "Polish (Poland)": "pl",
    "Swedish (Sweden)": "sv",
    "Danish (Denmark)": "da",
    "Norwegian (Norway)": "no",
    "Finnish (Finland)": "fi",
    "Czech (Czech Republic)": "cs",
    "Slovak (Slovakia)": "sk",
    "Hungarian (Hungary)": "hu",
    "Romanian (Romania)": "ro",
    "Bulgarian (Bulgaria)": "bg",
    "Croatian (Croatia)": "hr",
    "Greek (Greece)": "el",
    "Turkish (Turkey)": "tr",
    "Russian (Russia)": "ru",
    "Ukrainian (Ukraine)": "uk",
    "Arabic (Saudi Arabia)": "ar",
    "Arabic (Egypt)": "ar-EG",
    "Hebrew (Israel)": "he",
    "Hindi (India)": "hi",
    "Bengali (India)": "bn",
    "Tamil (India)": "ta",
    "Thai (Thailand)": "th",
    "Vietnamese (Vietnam)": "vi",
    "Indonesian (Indonesia)": "id",
    "Malay (Malaysia)": "ms",
    "Filipino (Philippines)": "fil",
    "Japanese": "ja",
    "Korean": "ko",
    "Chinese (Mandarin, Simplified)": "zh-Hans",
    "Chinese (Mandarin, Traditional)": "zh-Hant",
    "Chinese (Cantonese, Traditional)": "yue",
}

LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_CODES)
SOURCE_LANGUAGE = "English"


def code_of(language: str) -> str:
    return LANGUAGE_CODES.get(language, "xx")
