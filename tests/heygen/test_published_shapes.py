"""The client reads the shapes HeyGen publishes, as the sandbox sends them over real sockets."""

from __future__ import annotations

from typing import Any

import pytest

from proofreader.heygen import HeyGenClient, MediaInput


@pytest.mark.parametrize(
    ("billing_type", "credit"),
    [
        ("wallet", (1000.0, "USD")),
        ("subscription", (640.0, "credits")),
        ("usage_based", (75.0, "credits")),
    ],
)
async def test_remaining_credit_in_each_billing_shape(
    sandbox: Any, sandbox_client: HeyGenClient, billing_type: str, credit: tuple[float, str]
) -> None:
    sandbox.settings.billing_type = billing_type
    account = await sandbox_client.get_account()
    assert account.billing_type == billing_type
    assert (account.remaining_credit, account.credit_unit) == credit


async def test_statuses_in_the_published_shape_with_not_found_and_pages(
    sandbox: Any, sandbox_client: HeyGenClient
) -> None:
    created = await sandbox_client.create_translation(
        MediaInput.url(sandbox.sample_video_url), ["Spanish (Spain)"]
    )
    [made] = created.video_translation_ids
    asked = [made] + [f"missing-{n}" for n in range(14)]  # more than the sandbox's page of 10
    found = await sandbox_client.get_translation_statuses(asked)
    assert [item.video_id for item in found] == asked
    assert found[0].found and not found[0].is_final
    assert all(not item.found and item.is_final for item in found[1:])
    pages = [r for r in sandbox.requests if r.path == "/v3/video-translations/statuses"]
    assert len(pages) == 2


async def test_brand_glossaries_are_listed_with_names_and_ids(sandbox_client: HeyGenClient) -> None:
    glossaries = await sandbox_client.list_brand_glossaries()
    assert [(g.id, g.name) for g in glossaries] == [
        ("bg_sandbox_products", "Product names"),
        ("bg_sandbox_legal", "Legal terms (keep in English)"),
    ]
