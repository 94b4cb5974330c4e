"""What the API answers, as typed frozen dataclasses. Unknown fields are ignored (kept in `raw`).

Status words vary between HeyGen's schema, its docs and the live service (`succeeded`,
`processing` for a translation, `queued` in batches); each status enum folds them into the
few states the app acts on, with UNKNOWN for anything new (treat it as still working).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from proofreader.heygen.options import MediaInput
from proofreader.heygen.parsing import (
    as_mapping,
    flag,
    integer,
    number,
    required_text,
    string_mapping,
    string_tuple,
    text,
    timestamp,
)

_COMPLETED = frozenset({"completed", "complete", "succeeded", "success", "successful", "done"})
_FAILED = frozenset({"failed", "failure", "error", "errored", "cancelled", "canceled"})
_PENDING = frozenset({"pending", "queued", "waiting", "submitted", "created"})
_RUNNING = frozenset({"running", "processing", "in_progress", "translating", "rendering"})


def _norm(value: object) -> str:
    return (
        value.strip().lower().replace(" ", "_").replace("-", "_") if isinstance(value, str) else ""
    )


class ProofreadStatus(StrEnum):
    """State of a proofread session: extraction runs, then the SRT can be edited."""

    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: object) -> ProofreadStatus:
        word = _norm(value)
        if word in _COMPLETED:
            return cls.COMPLETED
        if word in _FAILED:
            return cls.FAILED
        if word in _RUNNING or word in _PENDING:
            return cls.PROCESSING
        return cls.UNKNOWN

    @property
    def is_final(self) -> bool:
        return self in (ProofreadStatus.COMPLETED, ProofreadStatus.FAILED)


class TranslationStatus(StrEnum):
    """State of a video translation (a render): pending → running → completed or failed."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: object) -> TranslationStatus:
        word = _norm(value)
        if word in _COMPLETED:
            return cls.COMPLETED
        if word in _FAILED:
            return cls.FAILED
        if word in _PENDING:
            return cls.PENDING
        if word in _RUNNING:
            return cls.RUNNING
        return cls.UNKNOWN

    @property
    def is_final(self) -> bool:
        return self in (TranslationStatus.COMPLETED, TranslationStatus.FAILED)


def _failure(data: Mapping[str, Any]) -> str | None:
    """The failure message: a flat field, or the message of a nested error object."""
    return text(data, "failure_message", "error_message") or text(
        as_mapping(data.get("error")), "message", "detail"
    )


def _raw() -> Any:
    return field(default_factory=dict, compare=False, repr=False)


# -- account ----------------------------------------------------------------------------------


def _credit(data: Mapping[str, Any]) -> tuple[float | None, str | None]:
    """(amount, unit) of remaining credit in the three published billing shapes of users/me.

    `wallet` holds a balance in `currency` (usd or credits); `subscription` counts premium plus
    add-on credits; `usage_based` reports remaining credits. Other accounts report none.
    """
    wallet = as_mapping(data.get("wallet"))
    balance = number(wallet, "remaining_balance")
    if balance is not None:
        currency = (text(wallet, "currency") or "usd").lower()
        return balance, "USD" if currency == "usd" else "credits"
    credits = as_mapping(as_mapping(data.get("subscription")).get("credits"))
    pools = [
        number(as_mapping(credits.get(pool)), "remaining")
        for pool in ("premium_credits", "add_on_credits")
    ]
    if any(amount is not None for amount in pools):
        return sum(amount or 0.0 for amount in pools), "credits"
    remaining = number(as_mapping(data.get("usage_based")), "remaining_credits")
    if remaining is not None:
        return remaining, "credits"
    return None, None


@dataclass(frozen=True)
class Account:
    """The key's owner; `remaining_credit` when the account type reports one."""

    username: str | None
    email: str | None
    first_name: str | None
    last_name: str | None
    billing_type: str | None
    remaining_credit: float | None
    credit_unit: str | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Account:
        amount, unit = _credit(data)
        return cls(
            username=text(data, "username", "user_name", "id"),
            email=text(data, "email"),
            first_name=text(data, "first_name"),
            last_name=text(data, "last_name"),
            billing_type=text(data, "billing_type"),
            remaining_credit=amount,
            credit_unit=unit,
            raw=data,
        )


# -- assets -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Asset:
    """An uploaded file. Upload answers fill mime_type/size_bytes/status; GET fills name etc."""

    id: str
    url: str | None = None
    mime_type: str | None = None
    size_bytes: int | None = None
    status: str | None = None
    name: str | None = None
    type: str | None = None
    uploaded_at: datetime | None = None
    owner: str | None = None
    space_id: str | None = None
    folder_id: str | None = None
    raw: Mapping[str, Any] = _raw()

    @property
    def media_input(self) -> MediaInput:
        """This asset as the `video` / `srt` / `audio` input of a create call."""
        return MediaInput.asset(self.id)

    @classmethod
    def from_json(cls, data: Mapping[str, Any], fallback_id: str | None = None) -> Asset:
        return cls(
            id=required_text(data, "asset_id", "id", fallback=fallback_id),
            url=text(data, "url"),
            mime_type=text(data, "mime_type", "content_type"),
            size_bytes=integer(data, "size_bytes", "size"),
            status=text(data, "status"),
            name=text(data, "name", "filename"),
            type=text(data, "type"),
            uploaded_at=timestamp(data, "uploaded_at", "created_at"),
            owner=text(data, "owner"),
            space_id=text(data, "space_id"),
            folder_id=text(data, "folder_id"),
            raw=data,
        )


@dataclass(frozen=True)
class DirectUpload:
    """A slot for a large upload: PUT the bytes to `upload_url` with exactly `upload_headers`."""

    asset_id: str
    upload_url: str
    upload_headers: Mapping[str, str]
    max_bytes: int | None
    expires_in_seconds: float | None
    status: str | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DirectUpload:
        return cls(
            asset_id=required_text(data, "asset_id", "id"),
            upload_url=required_text(data, "upload_url", "url"),
            upload_headers=string_mapping(data.get("upload_headers") or data.get("headers")),
            max_bytes=integer(data, "max_bytes"),
            expires_in_seconds=number(data, "expires_in_seconds", "expires_in"),
            status=text(data, "status"),
            raw=data,
        )


# -- proofreads -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProofreadCreated:
    """Answer to a proofread create: one session id per output language, in request order."""

    proofread_ids: tuple[str, ...]
    status: ProofreadStatus
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ProofreadCreated:
        ids = string_tuple(data.get("proofread_ids") or data.get("proofread_id") or data.get("id"))
        if not ids:
            required_text({}, "proofread_ids")
        return cls(ids, ProofreadStatus.parse(data.get("status") or "processing"), raw=data)


@dataclass(frozen=True)
class Proofread:
    """One proofread session (one output language)."""

    id: str
    status: ProofreadStatus
    title: str | None = None
    output_language: str | None = None
    input_language: str | None = None
    created_at: datetime | None = None
    submitted_for_review: bool | None = None
    failure_message: str | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, data: Mapping[str, Any], fallback_id: str | None = None) -> Proofread:
        return cls(
            id=required_text(data, "id", "proofread_id", fallback=fallback_id),
            status=ProofreadStatus.parse(data.get("status")),
            title=text(data, "title"),
            output_language=text(data, "output_language"),
            input_language=text(data, "input_language"),
            created_at=timestamp(data, "created_at"),
            submitted_for_review=flag(data, "submitted_for_review"),
            failure_message=_failure(data),
            raw=data,
        )


@dataclass(frozen=True)
class SrtUrls:
    """Presigned links of a completed proofread: the editable translation and the transcript."""

    srt_url: str
    original_srt_url: str | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SrtUrls:
        return cls(
            srt_url=required_text(data, "srt_url", "url"),
            original_srt_url=text(data, "original_srt_url"),
            raw=data,
        )


@dataclass(frozen=True)
class GenerateResult:
    """Answer to generate: from here on, poll the video translation."""

    video_translation_id: str
    status: TranslationStatus
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> GenerateResult:
        return cls(
            video_translation_id=required_text(data, "video_translation_id", "id", "video_id"),
            status=TranslationStatus.parse(data.get("status") or "pending"),
            raw=data,
        )


# -- video translations -----------------------------------------------------------------------


@dataclass(frozen=True)
class TranslationCreated:
    """Answer to a translation create: one id per output language, in request order."""

    video_translation_ids: tuple[str, ...]
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TranslationCreated:
        ids = string_tuple(
            data.get("video_translation_ids") or data.get("video_translation_id") or data.get("id")
        )
        if not ids:
            required_text({}, "video_translation_ids")
        return cls(ids, raw=data)


@dataclass(frozen=True)
class VideoTranslation:
    """A render. URLs appear once completed; caption URLs only when captions were asked for."""

    id: str
    status: TranslationStatus
    title: str | None = None
    output_language: str | None = None
    input_language: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    callback_id: str | None = None
    translate_audio_only: bool | None = None
    failure_message: str | None = None
    video_url: str | None = None
    audio_url: str | None = None
    srt_caption_url: str | None = None
    vtt_caption_url: str | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_json(cls, data: Mapping[str, Any], fallback_id: str | None = None) -> VideoTranslation:
        return cls(
            id=required_text(
                data,
                "id",
                "video_translation_id",
                "video_translate_id",
                "video_id",
                fallback=fallback_id,
            ),
            status=TranslationStatus.parse(data.get("status")),
            title=text(data, "title"),
            output_language=text(data, "output_language"),
            input_language=text(data, "input_language"),
            duration=number(data, "duration"),
            created_at=timestamp(data, "created_at"),
            callback_id=text(data, "callback_id"),
            translate_audio_only=flag(data, "translate_audio_only"),
            failure_message=_failure(data),
            video_url=text(data, "video_url", "url"),
            audio_url=text(data, "audio_url"),
            srt_caption_url=text(data, "srt_caption_url", "caption_url"),
            vtt_caption_url=text(data, "vtt_caption_url"),
            raw=data,
        )


@dataclass(frozen=True)
class TranslationPage:
    """One page of the translation list; pass `next_token` for the next while `has_more`."""

    items: tuple[VideoTranslation, ...]
    has_more: bool
    next_token: str | None
