"""Answers are read leniently: schema, live-service and documentation variants all parse."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from proofreader.heygen import (
    Account,
    Asset,
    DirectUpload,
    GenerateResult,
    Proofread,
    ProofreadCreated,
    ProofreadStatus,
    SrtUrls,
    TranslationCreated,
    TranslationStatus,
    VideoTranslation,
)
from proofreader.heygen.parsing import ResourceParseError


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("completed", TranslationStatus.COMPLETED),
        ("succeeded", TranslationStatus.COMPLETED),
        ("SUCCESS", TranslationStatus.COMPLETED),
        ("pending", TranslationStatus.PENDING),
        ("queued", TranslationStatus.PENDING),
        ("running", TranslationStatus.RUNNING),
        ("processing", TranslationStatus.RUNNING),
        ("failed", TranslationStatus.FAILED),
        ("teleporting", TranslationStatus.UNKNOWN),
        (None, TranslationStatus.UNKNOWN),
    ],
)
def test_translation_status_words(word: object, status: TranslationStatus) -> None:
    assert TranslationStatus.parse(word) is status


def test_proofread_status_words() -> None:
    assert ProofreadStatus.parse("processing") is ProofreadStatus.PROCESSING
    assert ProofreadStatus.parse("succeeded") is ProofreadStatus.COMPLETED
    assert ProofreadStatus.parse("failed").is_final
    assert not ProofreadStatus.parse("something new").is_final


def test_proofread_with_every_field_and_unknown_ones() -> None:
    proofread = Proofread.from_json(
        {
            "id": "pr_1",
            "status": "failed",
            "title": "Talk",
            "output_language": "Spanish (Spain)",
            "input_language": "English",
            "created_at": 1767268800,
            "submitted_for_review": False,
            "failure_message": "Your video's audio is missing or corrupted",
            "brand_new_field": {"nested": True},
        }
    )
    assert proofread.status is ProofreadStatus.FAILED
    assert proofread.created_at == datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert proofread.submitted_for_review is False
    assert proofread.failure_message == "Your video's audio is missing or corrupted"
    assert proofread.raw["brand_new_field"] == {"nested": True}


def test_proofread_with_only_the_essentials() -> None:
    proofread = Proofread.from_json({"status": "processing"}, fallback_id="pr_9")
    assert proofread.id == "pr_9"
    assert proofread.title is None and proofread.created_at is None


def test_a_proofread_without_any_id_is_an_error() -> None:
    with pytest.raises(ResourceParseError):
        Proofread.from_json({"status": "processing"})


def test_translation_completed_with_urls_and_iso_dates() -> None:
    translation = VideoTranslation.from_json(
        {
            "id": "vt_1",
            "status": "succeeded",
            "duration": "51.2",
            "created_at": "2026-01-01T12:00:00Z",
            "translate_audio_only": False,
            "video_url": "https://files.example/v.mp4",
            "srt_caption_url": "https://files.example/c.srt",
            "vtt_caption_url": "https://files.example/c.vtt",
        }
    )
    assert translation.status is TranslationStatus.COMPLETED
    assert translation.duration == 51.2
    assert translation.created_at == datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert translation.audio_url is None
    assert translation.vtt_caption_url == "https://files.example/c.vtt"


def test_failure_message_in_a_nested_error() -> None:
    translation = VideoTranslation.from_json(
        {"video_translation_id": "vt_2", "status": "failed", "error": {"message": "No audio"}}
    )
    assert (translation.id, translation.failure_message) == ("vt_2", "No audio")


def test_create_answers() -> None:
    created = ProofreadCreated.from_json({"proofread_ids": ["a", "b"], "status": "processing"})
    assert created.proofread_ids == ("a", "b")
    assert TranslationCreated.from_json({"video_translation_ids": ["x"]}).video_translation_ids == (
        "x",
    )
    generated = GenerateResult.from_json({"video_translation_id": "vt", "status": "processing"})
    assert generated.status is TranslationStatus.RUNNING
    with pytest.raises(ResourceParseError):
        ProofreadCreated.from_json({"status": "processing"})


def test_srt_urls_without_the_original() -> None:
    urls = SrtUrls.from_json({"srt_url": "https://s/x.srt"})
    assert urls.original_srt_url is None


def test_asset_from_upload_and_from_get() -> None:
    uploaded = Asset.from_json(
        {"asset_id": "as_1", "mime_type": "video/mp4", "size_bytes": 10, "url": None}
    )
    fetched = Asset.from_json(
        {
            "id": "as_1",
            "name": "talk.mp4",
            "type": "video",
            "uploaded_at": 1767268800,
            "owner": "u",
            "space_id": "s",
            "folder_id": None,
            "url": "https://s/a",
        }
    )
    assert (uploaded.id, uploaded.size_bytes, uploaded.url) == ("as_1", 10, None)
    assert (fetched.id, fetched.name, fetched.folder_id) == ("as_1", "talk.mp4", None)


def test_direct_upload_slot() -> None:
    slot = DirectUpload.from_json(
        {
            "asset_id": "a",
            "upload_url": "https://s/u",
            "upload_headers": {"Content-Type": "v/m"},
            "max_bytes": 5,
            "expires_in_seconds": 900,
            "status": "pending_upload",
        }
    )
    assert dict(slot.upload_headers) == {"Content-Type": "v/m"}
    assert (slot.max_bytes, slot.expires_in_seconds) == (5, 900.0)


@pytest.mark.parametrize(
    ("data", "credit"),
    [
        ({"wallet": {"remaining_balance": 12.5, "currency": "usd"}}, (12.5, "USD")),
        ({"wallet": {"remaining_balance": 300, "currency": "credits"}}, (300.0, "credits")),
        (
            {
                "billing_type": "subscription",
                "subscription": {
                    "plan": "pro",
                    "credits": {
                        "premium_credits": {"remaining": 40, "resets_at": None},
                        "add_on_credits": {"remaining": 5, "resets_at": None},
                    },
                },
            },
            (45.0, "credits"),
        ),
        (
            {"subscription": {"plan": "free", "credits": {"premium_credits": {"remaining": 7}}}},
            (7.0, "credits"),
        ),
        ({"usage_based": {"remaining_credits": 3, "spending_cap_usd": 50}}, (3.0, "credits")),
        ({"billing_type": "wallet", "wallet": None}, (None, None)),
    ],
)
def test_account_remaining_credit(data: dict[str, object], credit: tuple[object, object]) -> None:
    account = Account.from_json({"username": "ada", "email": "ada@example.org", **data})
    assert (account.remaining_credit, account.credit_unit) == credit
    assert account.username == "ada"
