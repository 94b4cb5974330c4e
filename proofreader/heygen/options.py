"""What the app sends: media inputs and the options of the create calls, typed.

Every option defaults to None, meaning "not sent": the service then applies its own default
(for example `enable_dynamic_duration` is true unless sent as false).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Literal


class Mode(StrEnum):
    """Speed is quicker and cheaper; precision is context-aware with high-quality lip-sync."""

    SPEED = "speed"
    PRECISION = "precision"


class SrtRole(StrEnum):
    """Whether an SRT given to a translation create is the source transcript or the target."""

    INPUT = "input"
    OUTPUT = "output"


class FpsMode(StrEnum):
    VFR = "vfr"
    CFR = "cfr"
    PASSTHROUGH = "passthrough"


@dataclass(frozen=True)
class MediaInput:
    """A video, SRT or audio given to the API: a public URL or an uploaded asset's id."""

    type: Literal["url", "asset_id"]
    value: str

    @classmethod
    def url(cls, url: str) -> MediaInput:
        if not url.lower().startswith(("http://", "https://")):
            raise ValueError(f"A media URL must start with http:// or https:// (got {url!r}).")
        return cls("url", url)

    @classmethod
    def asset(cls, asset_id: str) -> MediaInput:
        if not asset_id:
            raise ValueError("An asset id must not be empty.")
        return cls("asset_id", asset_id)

    def to_json(self) -> dict[str, str]:
        return {"type": self.type, self.type: self.value}


def _json_value(value: object) -> Any:
    if isinstance(value, MediaInput):
        return value.to_json()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return dict(value)
    return value


def options_json(options: object) -> dict[str, Any]:
    """The fields of an options dataclass that were set, as JSON values."""
    if not dataclasses.is_dataclass(options) or isinstance(options, type):
        raise TypeError("options must be a dataclass instance")
    return {
        item.name: _json_value(getattr(options, item.name))
        for item in dataclasses.fields(options)
        if getattr(options, item.name) is not None
    }


@dataclass(frozen=True)
class ProofreadOptions:
    """Optional fields of POST /v3/video-translations/proofreads (video, languages, title aside).

    `srt` is an optional initial SRT. `brand_glossary_id` is sent under its current name
    (the service also accepts the legacy `brand_voice_id`).
    """

    mode: Mode | None = None
    speaker_num: int | None = None
    enable_speech_enhancement: bool | None = None
    disable_music_track: bool | None = None
    enable_video_stretching: bool | None = None
    keep_the_same_format: bool | None = None
    brand_glossary_id: str | None = None
    folder_id: str | None = None
    srt: MediaInput | None = None


@dataclass(frozen=True)
class TranslationOptions:
    """Optional fields of POST /v3/video-translations (video and languages aside).

    `start_time`/`end_time` (seconds) translate part of the video; `srt` with `srt_role` and
    `audio` supply subtitles or a custom dub; `stock_voice_config` is passed through as given.
    """

    title: str | None = None
    mode: Mode | None = None
    speaker_num: int | None = None
    translate_audio_only: bool | None = None
    enable_dynamic_duration: bool | None = None
    disable_music_track: bool | None = None
    enable_speech_enhancement: bool | None = None
    enable_caption: bool | None = None
    enable_watermark: bool | None = None
    keep_the_same_format: bool | None = None
    brand_glossary_id: str | None = None
    input_language: str | None = None
    start_time: float | None = None
    end_time: float | None = None
    srt: MediaInput | None = None
    srt_role: SrtRole | None = None
    audio: MediaInput | None = None
    fps_mode: FpsMode | None = None
    folder_id: str | None = None
    stock_voice_config: Mapping[str, Any] | None = None
    callback_url: str | None = None
    callback_id: str | None = None
