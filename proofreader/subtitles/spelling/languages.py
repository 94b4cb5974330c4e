"""Which Hunspell dictionary spells a target language, as the API names it or as a code.

"Spanish (Mexico)" tries es_MX first, then the pan-Hispanic es; "Portuguese (Brazil)" wants
pt_BR only, because pt_PT would flag every Brazilian spelling ("econômico"), and Swiss German
de_CH only (no ß). Languages written without spaces between words (Chinese, Japanese, Thai,
Lao, Khmer, Burmese) have none; a language whose dictionary is not installed names the files
the user can add.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from proofreader.subtitles.file_names import language_suffix
from proofreader.subtitles.thresholds import lookup_language

# primary language code -> English name and the dictionaries to try when no region is given
_DEFAULTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("English", ("en_US", "en_GB")),
    "es": ("Spanish", ("es", "es_ES")),
    "fr": ("French", ("fr_FR", "fr")),
    "de": ("German", ("de_DE",)),
    "it": ("Italian", ("it_IT",)),
    "pt": ("Portuguese", ("pt_PT",)),
    "nl": ("Dutch", ("nl_NL",)),
    "sv": ("Swedish", ("sv_SE",)),
    "da": ("Danish", ("da_DK",)),
    "nb": ("Norwegian", ("nb_NO",)),
    "nn": ("Norwegian Nynorsk", ("nn_NO",)),
    "fi": ("Finnish", ("fi_FI",)),
    "pl": ("Polish", ("pl_PL", "pl")),
    "cs": ("Czech", ("cs_CZ",)),
    "sk": ("Slovak", ("sk_SK",)),
    "hu": ("Hungarian", ("hu_HU",)),
    "ro": ("Romanian", ("ro_RO",)),
    "tr": ("Turkish", ("tr_TR", "tr")),
    "id": ("Indonesian", ("id_ID",)),
    "ms": ("Malay", ("ms_MY",)),
    "fil": ("Filipino", ("tl_PH",)),
    "hr": ("Croatian", ("hr_HR",)),
    "sr": ("Serbian", ("sr_RS",)),
    "bs": ("Bosnian", ("bs_BA",)),
    "sl": ("Slovenian", ("sl_SI",)),
    "ca": ("Catalan", ("ca", "ca_ES")),
    "gl": ("Galician", ("gl_ES",)),
    "et": ("Estonian", ("et_EE", "et_ET")),
    "lv": ("Latvian", ("lv_LV",)),
    "lt": ("Lithuanian", ("lt_LT", "lt")),
    "ru": ("Russian", ("ru_RU",)),
    "uk": ("Ukrainian", ("uk_UA",)),
    "be": ("Belarusian", ("be_BY",)),
    "bg": ("Bulgarian", ("bg_BG",)),
    "mk": ("Macedonian", ("mk_MK",)),
    "sq": ("Albanian", ("sq_AL",)),
    "he": ("Hebrew", ("he_IL",)),
    "ar": ("Arabic", ("ar",)),
    "fa": ("Persian", ("fa_IR",)),
    "ur": ("Urdu", ("ur_PK",)),
    "hi": ("Hindi", ("hi_IN",)),
    "bn": ("Bengali", ("bn_BD",)),
    "mr": ("Marathi", ("mr_IN",)),
    "gu": ("Gujarati", ("gu_IN",)),
    "ta": ("Tamil", ("ta_IN",)),
    "te": ("Telugu", ("te_IN",)),
    "kn": ("Kannada", ("kn_IN",)),
    "ml": ("Malayalam", ("ml_IN",)),
    "ne": ("Nepali", ("ne_NP",)),
    "af": ("Afrikaans", ("af_ZA",)),
    "is": ("Icelandic", ("is", "is_IS")),
    "ga": ("Irish", ("ga", "ga_IE")),
    "cy": ("Welsh", ("cy_GB", "cy")),
    "az": ("Azerbaijani", ("az_AZ",)),
    "kk": ("Kazakh", ("kk_KZ",)),
    "uz": ("Uzbek", ("uz_UZ",)),
    "mn": ("Mongolian", ("mn_MN",)),
    "el": ("Greek", ("el_GR",)),
    "vi": ("Vietnamese", ("vi_VN",)),
    "sw": ("Swahili", ("sw_TZ", "sw_KE")),
    "eu": ("Basque", ("eu", "eu_ES")),
}
# Regions whose spelling differs enough that the default dictionary would mislead.
_NO_FALLBACK = {("pt", "BR"), ("de", "CH")}
_EXTRA_NAMES = {
    "bangla": "bn", "persian": "fa", "farsi": "fa", "urdu": "ur", "bengali": "bn",
    "marathi": "mr", "gujarati": "gu", "tamil": "ta", "telugu": "te", "kannada": "kn",
    "malayalam": "ml", "nepali": "ne", "macedonian": "mk", "bosnian": "bs", "albanian": "sq",
    "azerbaijani": "az", "kazakh": "kk", "uzbek": "uz", "mongolian": "mn", "belarusian": "be",
    "irish": "ga", "welsh": "cy", "nynorsk": "nn", "norwegian nynorsk": "nn",
}  # fmt: skip
_REGIONS = {
    "spain": "ES", "mexico": "MX", "argentina": "AR", "colombia": "CO", "chile": "CL",
    "peru": "PE", "latin america": "MX", "united states": "US", "us": "US", "usa": "US",
    "america": "US", "uk": "GB", "united kingdom": "GB", "britain": "GB", "great britain": "GB",
    "england": "GB", "australia": "AU", "new zealand": "NZ", "ireland": "IE", "india": "IN",
    "south africa": "ZA", "canada": "CA", "brazil": "BR", "brasil": "BR", "portugal": "PT",
    "france": "FR", "belgium": "BE", "germany": "DE", "austria": "AT", "switzerland": "CH",
    "italy": "IT", "netherlands": "NL", "mexican": "MX", "brazilian": "BR",
}  # fmt: skip
_REGION_NAMES = {
    "ES": "Spain", "MX": "Mexico", "AR": "Argentina", "CO": "Colombia", "CL": "Chile",
    "PE": "Peru", "US": "United States", "GB": "United Kingdom", "AU": "Australia",
    "NZ": "New Zealand", "IE": "Ireland", "IN": "India", "ZA": "South Africa", "CA": "Canada",
    "BR": "Brazil", "PT": "Portugal", "FR": "France", "BE": "Belgium", "DE": "Germany",
    "AT": "Austria", "CH": "Switzerland", "IT": "Italy", "NL": "Netherlands",
}  # fmt: skip
_CODE = re.compile(r"([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DictionaryChoice:
    """What spells a language: its name for messages and the dictionaries to try, in order."""

    code: str  # primary code ("es")
    name: str  # "Spanish", or "Spanish (Mexico)" as the user gave it
    candidates: tuple[str, ...]  # Hunspell file stems ("es_MX", "es_ES")


def choose_dictionary(language: str) -> DictionaryChoice | None:
    """The dictionaries for "Spanish (Spain)", "pt-BR", "fr"...; None when the language has
    none at all (Chinese, Thai, or one this table does not know)."""
    text = language.strip()
    if not text:
        return None
    code, region = _split(text)
    if code is None or code not in _DEFAULTS:
        return None
    name, defaults = _DEFAULTS[code]
    wanted = (f"{code}_{region}",) if region else ()
    if (code, region) in _NO_FALLBACK:
        candidates = wanted
    else:
        candidates = tuple(dict.fromkeys((*wanted, *defaults)))
    shown = text
    if _CODE.fullmatch(text):  # "pt-BR" is shown as "Portuguese (Brazil)"
        shown = name + (f" ({_REGION_NAMES.get(region, region)})" if region else "")
    return DictionaryChoice(code, shown, candidates)


def _split(text: str) -> tuple[str | None, str | None]:
    """(primary code, region code) of a language name or code."""
    match = _CODE.fullmatch(text)
    if match:
        primary = match.group(1).lower()
        region = (match.group(2) or "").upper() or None
        profile = lookup_language(primary)
        code = primary if primary in _DEFAULTS else (profile.code if profile else None)
        return code, region
    lowered = text.lower()
    base, _, rest = lowered.partition("(")
    base = base.strip()
    region = None
    for part in re.split(r"[,;/)]+", rest):
        region = region or _REGIONS.get(part.strip())
    code = _EXTRA_NAMES.get(base)
    if code is None:
        profile = lookup_language(text)
        code = profile.code if profile is not None else None
    if code == "nb" and "nynorsk" in lowered:
        code = "nn"
    return code, region


def language_from_filename(path: str | Path) -> str | None:
    """The language code in a name like talk.es.srt or talk.pt-BR.vtt, when there is a
    dictionary for it."""
    code = language_suffix(path)
    return code if code is not None and choose_dictionary(code) is not None else None
