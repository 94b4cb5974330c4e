"""Per-language limits from shared/subtitle-qc.md, found by API display name or plain code.

Reading limits (characters per line, CPS adult / children) are the table's. Where the table has
no figure ("—": Thai CPS, Hindi line length) the check is off for that language (None).
Length-ratio bands are translated/original length against an English original, measured in
display columns (a CJK character counts 2), which is the unit that makes the table's "Chinese
25-35 % shorter" hold; languages without a figure get the generic 0.90-1.20.
Natural speaking rates, in the same characters the CPS count uses, are derived from measured
syllable rates (Pellegrino, Coupé & Marsico 2011: Spanish 7.8, Japanese 7.8 morae, French 7.2,
Italian 7.0, English 6.2, German 6.0, Mandarin 5.2 syllables/s) times typical characters per
syllable; they are estimates for flagging clear misfits, and can be overridden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    """The default limits for one target language."""

    code: str  # primary ISO 639-1 code, "" for the generic profile
    name: str  # English name used in messages ("for Spanish"); "" for the generic profile
    max_chars_per_line: float | None
    max_cps: float | None  # adults
    max_cps_children: float | None
    length_ratio_band: tuple[float, float]
    speech_rate_cps: float  # natural speaking rate, characters per second
    half_width_halves: bool = False  # Japanese counting: half-width characters count 0.5


_GENERIC_BAND = (0.90, 1.20)


def _alphabetic(
    code: str, name: str, band: tuple[float, float] = _GENERIC_BAND, rate: float = 15.0
) -> LanguageProfile:
    """The table's "most Latin-script languages" row: 42 characters, 17 / 13 CPS."""
    return LanguageProfile(code, name, 42, 17, 13, band, rate)


GENERIC = LanguageProfile("", "", 42, 17, 13, _GENERIC_BAND, 15.0)

PROFILES: dict[str, LanguageProfile] = {
    p.code: p
    for p in (
        LanguageProfile("en", "English", 42, 20, 17, (0.85, 1.15), 15.0),
        _alphabetic("es", "Spanish", (1.10, 1.15), 17.0),
        _alphabetic("fr", "French", (1.10, 1.15), 16.0),
        _alphabetic("de", "German", (1.05, 1.15), 16.0),
        _alphabetic("it", "Italian", rate=16.0),
        _alphabetic("pt", "Portuguese", rate=16.0),
        LanguageProfile("ar", "Arabic", 42, 20, 17, (1.15, 1.25), 13.0),
        LanguageProfile("ja", "Japanese", 13, 4, 4, (0.70, 0.80), 6.0, half_width_halves=True),
        LanguageProfile("zh", "Chinese", 16, 9, 7, (0.65, 0.75), 5.0),
        LanguageProfile("ko", "Korean", 16, 12, 9, (0.75, 0.85), 8.0),
        LanguageProfile("th", "Thai", 35, None, None, _GENERIC_BAND, 14.0),
        LanguageProfile("hi", "Hindi", None, 22, 18, _GENERIC_BAND, 15.0),
        *(
            _alphabetic(code, name)
            for code, name in (
                ("nl", "Dutch"),
                ("sv", "Swedish"),
                ("da", "Danish"),
                ("nb", "Norwegian"),
                ("fi", "Finnish"),
                ("pl", "Polish"),
                ("cs", "Czech"),
                ("sk", "Slovak"),
                ("hu", "Hungarian"),
                ("ro", "Romanian"),
                ("tr", "Turkish"),
                ("id", "Indonesian"),
                ("ms", "Malay"),
                ("vi", "Vietnamese"),
                ("fil", "Filipino"),
                ("hr", "Croatian"),
                ("sr", "Serbian"),
                ("sl", "Slovenian"),
                ("ca", "Catalan"),
                ("et", "Estonian"),
                ("lv", "Latvian"),
                ("lt", "Lithuanian"),
                ("ru", "Russian"),
                ("uk", "Ukrainian"),
                ("bg", "Bulgarian"),
                ("el", "Greek"),
                ("he", "Hebrew"),
                ("af", "Afrikaans"),
                ("sw", "Swahili"),
                ("gl", "Galician"),
                ("eu", "Basque"),
                ("is", "Icelandic"),
            )
        ),
    )
}

_ALIASES = {
    # names and native names (lower case) beyond the profiles' own English names
    "mandarin": "zh",
    "cantonese": "zh",
    "中文": "zh",
    "español": "es",
    "castellano": "es",
    "français": "fr",
    "deutsch": "de",
    "italiano": "it",
    "português": "pt",
    "日本語": "ja",
    "한국어": "ko",
    "norwegian bokmål": "nb",
    "bokmål": "nb",
    "tagalog": "fil",
    # other codes
    "no": "nb",
    "nn": "nb",
    "tl": "fil",
    "iw": "he",
    "in": "id",
    "cmn": "zh",
    "yue": "zh",
    "eng": "en",
    "spa": "es",
    "fra": "fr",
    "fre": "fr",
    "deu": "de",
    "ger": "de",
    "ita": "it",
    "por": "pt",
    "ara": "ar",
    "jpn": "ja",
    "zho": "zh",
    "chi": "zh",
    "kor": "ko",
    "tha": "th",
    "hin": "hi",
    "rus": "ru",
    "nld": "nl",
    "dut": "nl",
}
_BY_NAME = {p.name.lower(): p.code for p in PROFILES.values()}
_CODE = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*")


def lookup_language(name: str) -> LanguageProfile | None:
    """The profile for "Spanish (Spain)", "Chinese (Mandarin, Simplified)", "es", "pt-BR"...

    Returns None for a language without a profile (the caller decides what to fall back to).
    """
    key = name.strip().lower()
    if not key:
        return None
    if _CODE.fullmatch(key):
        primary = key.replace("_", "-").split("-")[0]
        primary = _ALIASES.get(primary, primary)
        if primary in PROFILES:
            return PROFILES[primary]
    base = key.split("(")[0].strip()
    # the whole name, the name before "(...)", then its first word ("Chinese, Simplified")
    for candidate in (key, base, re.split(r"[\s,;/-]+", base)[0]):
        code = _BY_NAME.get(candidate) or _ALIASES.get(candidate)
        if code:
            return PROFILES[code]
    return None
