"""The cost reminders of the dialogs that spend credit (source minutes × languages)."""

from __future__ import annotations

from proofreader.ui.i18n import translate
from proofreader.workflow.source_facts import billed_minutes


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
