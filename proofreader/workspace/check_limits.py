"""The user's check limits (Settings.check_thresholds) applied to a document's language.

Overrides are kept per language name: "*" for every language, a profile's name or code
("Spanish", "es": every Spanish variant), or a service language name ("Spanish (Mexico)":
that language only). Narrower entries win: "*", then the profile's, then the exact name's.
No Qt here.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from typing import Any

from proofreader.library.settings import JsonScalar, ThresholdOverrides
from proofreader.subtitles.thresholds import (
    LanguageProfile,
    Thresholds,
    lookup_language,
    thresholds_for,
)

ALL_LANGUAGES = "*"
log = logging.getLogger(__name__)

_NUMERIC = {
    f.name
    for f in dataclasses.fields(Thresholds)
    if f.name not in ("language", "disabled", "length_ratio_band", "half_width_halves")
}


def overrides_for(
    check_thresholds: Mapping[str, Mapping[str, JsonScalar]], language: str | None
) -> dict[str, JsonScalar]:
    """The overrides that apply to `language` (None: only the "*" entry)."""
    merged: dict[str, JsonScalar] = dict(check_thresholds.get(ALL_LANGUAGES, {}))
    profile = lookup_language(language) if language else None
    exact: Mapping[str, JsonScalar] = {}
    for key, fields in check_thresholds.items():
        if key == ALL_LANGUAGES:
            continue
        if language is not None and key.strip().lower() == language.strip().lower():
            exact = fields
        elif profile is not None and _names_profile(key, profile):
            merged.update(fields)
    merged.update(exact)
    return merged


def _names_profile(key: str, profile: LanguageProfile) -> bool:
    """True when `key` is the profile's own name or code (not one variant of it)."""
    name = key.strip().lower()
    return name in (profile.name.lower(), profile.code) and lookup_language(key) == profile


def thresholds_with_settings(
    language: str | None, check_thresholds: ThresholdOverrides | None
) -> Thresholds:
    """thresholds_for(language) with the user's overrides; unusable values are skipped (and
    logged), so a hand-edited settings file can never stop a document from opening."""
    wanted = overrides_for(check_thresholds or {}, language)
    usable: dict[str, Any] = {}
    for name, value in wanted.items():
        if name in _NUMERIC and isinstance(value, int | float) and not isinstance(value, bool):
            usable[name] = value
        else:
            log.warning("Ignoring the check setting %s=%r", name, value)
    try:
        return thresholds_for(language, overrides=usable)
    except (ValueError, TypeError) as exc:
        log.warning("Ignoring the check settings for %s: %s", language or "all languages", exc)
        return thresholds_for(language)
