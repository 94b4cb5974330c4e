"""The client reads the shapes HeyGen publishes, as the sandbox sends them over real sockets."""

from __future__ import annotations

from typing import Any

import pytest

from proofreader.heygen import HeyGenClient


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
