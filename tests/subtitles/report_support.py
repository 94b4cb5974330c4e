"""A small reviewed document for the report tests: edits, review marks and notes made through
the same edits the editor uses."""

from __future__ import annotations

from datetime import UTC, datetime

from proofreader.subtitles.checks import Checker
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument, ReviewState
from proofreader.subtitles.edits import SetNote, SetReviewState, SetText, SetTimes, insert_cue
from proofreader.subtitles.report import ReviewReport, build_report

CREATED = datetime(2025, 3, 14, 9, 26, tzinfo=UTC)

MACHINE = [
    Cue(1000, 3000, "El gato negro duerme."),
    Cue(3500, 5500, "Hola, ¿cómo estás?"),
    Cue(6000, 8000, "Cuesta 30 dólares."),
    Cue(8500, 10500, "Adiós."),
]
ORIGINALS = [
    Cue(1000, 3000, "The black cat sleeps."),
    Cue(3500, 5500, "Hi, how are you?"),
    Cue(6000, 8000, "It costs 13 dollars."),
    Cue(8500, 10500, "Goodbye."),
]


def reviewed_document() -> ProofreadDocument:
    """Cue 1: one word changed; 2: reviewed with a note; 3: a number changed (still wrong),
    flagged with a note; 4: retimed; 5: added while proofreading, empty (an error)."""
    document = ProofreadDocument(MACHINE, ORIGINALS)
    for edit in (
        SetText(0, "El perro negro duerme."),
        SetReviewState((1,), ReviewState.REVIEWED),
        SetNote(1, "Checked with the client: «tú» is right."),
        SetText(2, "Cuesta 31 dólares."),
        SetReviewState((2,), ReviewState.FLAGGED),
        SetNote(2, "Ask: 13 or 30?"),
        SetTimes(3, 8600, 10500),
        insert_cue(4, Cue(11000, 12500, "")),
    ):
        document.apply(edit)
    return document


def reviewed_report() -> tuple[ReviewReport, Checker]:
    document = reviewed_document()
    checker = Checker(document, follow=False)
    return build_report(document, checker, title="talk.es.srt", created=CREATED), checker
