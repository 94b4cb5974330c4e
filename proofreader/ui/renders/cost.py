"""The cost reminders of the dialogs that spend credit (source minutes × languages), and the
check of a webhook address."""

from __future__ import annotations

from urllib.parse import urlsplit

from proofreader.ui.i18n import translate
from proofreader.ui.sessions.media_info import billed_minutes


def cost_text(source_seconds: float | None, languages: int) -> str:
    """'Cost: 2 min × 2 languages = 4 min of credit.' (or the rule, when the length is unknown).

    Minutes are counted whole and rounded up, as in the New Proofread dialog.
    """
    noun = translate("Cost", "language") if languages == 1 else translate("Cost", "languages")
    if source_seconds is None or source_seconds <= 0:
        return translate("Cost", "Cost: the source video's minutes × {count} {languages}.").format(
            count=languages, languages=noun
        )
    minutes = billed_minutes(source_seconds)
    return translate(
        "Cost", "Cost: {minutes} min × {count} {languages} = {total} min of credit."
    ).format(minutes=minutes, count=languages, languages=noun, total=minutes * languages)


def callback_url_problem(url: str) -> str | None:
    """A sentence when a callback URL cannot be used (HeyGen calls it over the internet)."""
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
