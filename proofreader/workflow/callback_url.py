"""Checking a webhook address before a paid request carries it: HeyGen calls it over the
internet when the job ends, so a typo would only show as a webhook that never comes."""

from __future__ import annotations

from urllib.parse import urlsplit

from proofreader.i18n import translate


def callback_url_problem(url: str) -> str | None:
    """A sentence when a callback URL cannot be used, else None (empty means no webhook)."""
    text = url.strip()
    if not text:
        return None
    if any(ch.isspace() for ch in text):
        return translate("Cost", "The callback URL contains spaces: correct it or leave it empty.")
    parts = urlsplit(text)
    if parts.scheme.lower() != "https" or not parts.hostname:
        return translate(
            "Cost",
            "The callback URL must be a full https:// address (HeyGen calls it over the "
            "internet): correct it or leave it empty.",
        )
    return None
