"""The notices a review report opens with: how cues were paired when the files' counts differ,
and why there is no Original column. Reports are shared, so these stay in English.
"""

from __future__ import annotations

from collections.abc import Sequence

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.pairing import pair_cues

NO_ORIGINAL_GIVEN = (
    "No original transcript was given (--original), so the report has no Original column and "
    "the checks that compare with it (length ratio) did not run."
)
NO_ORIGINAL_FILE = (
    "No original file was open beside the translation, so the report has no Original column."
)
NO_ORIGINAL_SESSION = (
    "No original transcript: HeyGen gives one only when the session was created with the "
    "video's SRT, so the report has no Original column."
)


def pairing_notices(
    cues: Sequence[Cue],
    machine: Sequence[Cue] | None,
    originals: Sequence[Cue] | None,
    *,
    no_original: str,
) -> list[str]:
    """Sentences saying how cues were paired when the files' cue counts differ, and
    `no_original` when there is no original (a HeyGen session may have none). The window
    passes no `machine`: its open document paired the machine text when it was opened."""
    notices = []
    if machine is not None and len(machine) != len(cues):
        partners = pair_cues(cues, machine)
        added = sum(1 for p in partners if p is None)
        removed = len(machine) - len({p for p in partners if p is not None})
        sentence = (
            f"the machine translation has {plural(len(machine), 'cue')} and the translation "
            f"{len(cues)}, so cues were paired by time overlap"
        )
        if added:
            verb = "overlaps" if added == 1 else "overlap"
            sentence += f"; {plural(added, 'translation cue')} {verb} no machine cue (reported "
            sentence += "as added)"
        if removed:
            verb = "pairs" if removed == 1 else "pair"
            sentence += f"; {plural(removed, 'machine cue')} {verb} with no translation cue "
            sentence += "(deleted or merged in review)"
        notices.append(sentence[0].upper() + sentence[1:] + ".")
    if originals is None:
        notices.append(no_original)
    elif len(originals) != len(cues):
        notices.append(
            f"The original has {plural(len(originals), 'cue')} and the translation "
            f"{len(cues)}, so originals were paired by time overlap."
        )
    return notices


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"
