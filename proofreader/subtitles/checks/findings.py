"""What a check reports: a stable id, a severity and a message naming the limit."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


ERROR = Severity.ERROR
WARNING = Severity.WARNING


class Finding(NamedTuple):
    """One problem on one cue (the row is where the Checker stores it, not part of the finding).

    A named tuple rather than a frozen dataclass: thousands are made per full check.
    """

    check: str
    severity: Severity
    message: str


@dataclass(frozen=True, slots=True)
class CheckInfo:
    """A check as the settings dialog and the shortcut sheet list it."""

    id: str
    severity: Severity
    title: str


CHECKS: dict[str, CheckInfo] = {
    c.id: c
    for c in (
        CheckInfo("empty", Severity.ERROR, "Empty cue"),
        CheckInfo("bad-timing", Severity.ERROR, "End not after start"),
        CheckInfo("overlap", Severity.ERROR, "Overlaps the next cue"),
        CheckInfo("min-duration", Severity.WARNING, "Too short on screen"),
        CheckInfo("max-duration", Severity.WARNING, "Too long on screen"),
        CheckInfo("min-gap", Severity.WARNING, "Too close to the next cue"),
        CheckInfo("max-lines", Severity.WARNING, "Too many lines"),
        CheckInfo("line-length", Severity.WARNING, "Line too long"),
        CheckInfo("cps", Severity.WARNING, "Reading speed too high"),
        CheckInfo("untranslated", Severity.WARNING, "Same as the original"),
        CheckInfo("length-ratio", Severity.WARNING, "Length far from the original's"),
        CheckInfo("speech-fit", Severity.WARNING, "Does not fit the time to speak it"),
        CheckInfo("numbers", Severity.WARNING, "Number missing or changed"),
        CheckInfo("glossary", Severity.WARNING, "Glossary term not rendered as required"),
    )
}


def finding(check: str, message: str) -> Finding:
    """A finding with the check's registered severity."""
    return Finding(check, CHECKS[check].severity, message)
