"""Check limits: the defaults of shared/subtitle-qc.md, per target language, all overridable.

Per-project settings are a mapping of field name to value applied over the language's
defaults (`thresholds_for("Spanish (Spain)", overrides={"max_cps": 15})`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from proofreader.subtitles.thresholds.languages import (
    GENERIC,
    PROFILES,
    LanguageProfile,
    lookup_language,
)

__all__ = [
    "GENERIC",
    "PROFILES",
    "LanguageProfile",
    "Thresholds",
    "lookup_language",
    "thresholds_for",
]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every limit the checks use. A None limit turns its check off."""

    language: str = ""  # name used in messages ("Spanish"); "" for generic limits
    fps: float = 24.0
    min_duration_ms: float = 5000 / 6  # 20 frames at 24 fps
    max_duration_ms: float = 7000
    min_gap_frames: float = 2
    max_lines: int = 2
    max_chars_per_line: float | None = 42
    max_cps: float | None = 17
    half_width_halves: bool = False  # Japanese: half-width characters count 0.5
    # length-ratio: usual translated/original band; flagged below low/factor or above high*factor
    length_ratio_band: tuple[float, float] = GENERIC.length_ratio_band
    length_ratio_factor: float = 2.0
    length_ratio_min_chars: int = 20  # shorter originals vary too much to judge
    # speech-fit: natural speaking rate, and how far from the cue's duration is a misfit
    speech_rate_cps: float = GENERIC.speech_rate_cps
    rushed_ratio: float = 1.2  # speaking needs more than 120 % of the cue
    dead_air_ratio: float = 0.5  # speaking fills less than half the cue...
    dead_air_min_ms: float = 1500  # ...and leaves at least this much silence
    disabled: frozenset[str] = frozenset()  # ids of checks turned off for this project

    @property
    def min_gap_ms(self) -> float:
        return self.min_gap_frames * 1000 / self.fps

    @property
    def for_language(self) -> str:
        """ " for Spanish", or "" for generic limits, to end a message naming a limit."""
        return f" for {self.language}" if self.language else ""

    def with_overrides(self, overrides: Mapping[str, Any]) -> Thresholds:
        """A copy with some limits changed; unknown names raise ValueError naming them."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(overrides) - names)
        if unknown:
            raise ValueError(
                f"Unknown check setting {', '.join(unknown)}; known: {', '.join(sorted(names))}."
            )
        if "fps" in overrides and not float(overrides["fps"]) > 0:
            raise ValueError("The frame rate must be a positive number.")
        values = dict(overrides)
        if "disabled" in values:
            values["disabled"] = frozenset(values["disabled"])
        return dataclasses.replace(self, **values)


def from_profile(profile: LanguageProfile, *, children: bool = False) -> Thresholds:
    """The default thresholds of a language profile (adult reading speed unless `children`)."""
    max_cps = profile.max_cps_children if children and profile.max_cps_children else profile.max_cps
    return Thresholds(
        language=profile.name,
        max_chars_per_line=profile.max_chars_per_line,
        max_cps=max_cps,
        half_width_halves=profile.half_width_halves,
        length_ratio_band=profile.length_ratio_band,
        speech_rate_cps=profile.speech_rate_cps,
    )


def thresholds_for(
    language: str | None,
    *,
    children: bool = False,
    overrides: Mapping[str, Any] | None = None,
) -> Thresholds:
    """Thresholds for a target language given by API name or code; generic when unknown/None.

    Use `lookup_language` first to tell the user that a language is unknown.
    """
    profile = (lookup_language(language) if language else None) or GENERIC
    thresholds = from_profile(profile, children=children)
    return thresholds.with_overrides(overrides) if overrides else thresholds
