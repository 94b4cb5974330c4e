"""The account: `GET /v3/users/me` in each of the three billing shapes HeyGen publishes, and
the account's brand glossaries (`GET /v3/brand-glossaries`)."""

from __future__ import annotations

from typing import Any

BILLING_TYPES = ("wallet", "subscription", "usage_based")

_PERSON = {
    "username": "sandbox",
    "email": "sandbox@example.com",
    "first_name": "Sandy",
    "last_name": "Box",
}
_SHAPES: dict[str, dict[str, Any]] = {
    "wallet": {
        "wallet": {
            "currency": "usd",
            "remaining_balance": 1000.0,
            "auto_reload": {"enabled": False, "amount_usd": None, "threshold_usd": None},
        },
        "subscription": None,
        "usage_based": None,
    },
    "subscription": {
        "wallet": None,
        "subscription": {
            "plan": "pro",
            "credits": {
                "premium_credits": {"remaining": 600, "resets_at": "2026-12-31T00:00:00Z"},
                "add_on_credits": {"remaining": 40, "resets_at": None},
            },
        },
        "usage_based": None,
    },
    "usage_based": {
        "wallet": None,
        "subscription": None,
        "usage_based": {
            "included_credits": 100.0,
            "remaining_credits": 75.0,
            "spending_cap_usd": 500.0,
            "spending_current_usd": 12.5,
        },
    },
}


def account(billing_type: str) -> dict[str, Any]:
    """The account in one billing shape (`billing_type` one of BILLING_TYPES)."""
    return {**_PERSON, "billing_type": billing_type, **_SHAPES[billing_type]}


BRAND_GLOSSARIES = (
    {
        "brand_glossary_id": "bg_sandbox_products",
        "name": "Product names",
        "created_at": "2026-05-01T09:00:00Z",
        "updated_at": "2026-06-12T14:30:00Z",
    },
    {
        "brand_glossary_id": "bg_sandbox_legal",
        "name": "Legal terms (keep in English)",
        "created_at": "2026-05-03T10:00:00Z",
        "updated_at": "2026-05-03T10:00:00Z",
    },
)
