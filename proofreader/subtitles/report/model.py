"""The review report of a document: summary counts and one row per cue, ready to render.

Built once from a document and its checker (the window's, with the session's limits and
glossary; or a fresh one for the command line), so the HTML and CSV renderers only format.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from proofreader.subtitles.checks import CHECKS, Checker, Finding, Severity
from proofreader.subtitles.document import DocumentCue, ProofreadDocument, ReviewState
from proofreader.subtitles.report.word_diff import DiffRun, word_diff


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One cue: its texts (original and machine are None when it has none), marks and findings.

    `diff` turns the machine text into the final one; for an added cue it is one insert run.
    `machine_times` are (start, end) of the machine cue, None for an added cue.
    """

    number: int
    start_ms: int
    end_ms: int
    original: str | None
    machine: str | None
    machine_times: tuple[int, int] | None
    final: str
    text_changed: bool
    timing_changed: bool
    review: ReviewState
    note: str
    findings: tuple[Finding, ...]
    diff: tuple[DiffRun, ...]

    @property
    def added(self) -> bool:
        """Added while proofreading: the machine translation has no such cue."""
        return self.machine is None

    @property
    def change(self) -> str:
        """What changed, in words: "", "text", "timing", "text, timing" or "added"."""
        if self.added:
            return "added"
        return ", ".join(
            name
            for name, on in (("text", self.text_changed), ("timing", self.timing_changed))
            if on
        )


@dataclass(frozen=True, slots=True)
class CheckCount:
    """How many findings one check made over the whole document."""

    check: str
    title: str
    severity: Severity
    count: int


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """The counts at the top of the report."""

    cues: int
    edited: int
    text_edited: int
    timing_edited: int
    added: int
    reviewed: int
    flagged: int
    unreviewed: int
    notes: int
    errors: int
    warnings: int
    cues_with_findings: int
    by_check: tuple[CheckCount, ...]


@dataclass(frozen=True, slots=True)
class ReviewReport:
    """Everything a rendered report shows. `notices` are sentences for the top of the page
    (e.g. how the cues were paired with the machine file)."""

    title: str
    created: datetime
    has_originals: bool
    summary: ReportSummary
    rows: tuple[ReportRow, ...]
    notices: tuple[str, ...] = ()


def build_report(
    document: ProofreadDocument,
    checker: Checker | None = None,
    *,
    title: str,
    created: datetime | None = None,
    notices: Sequence[str] = (),
) -> ReviewReport:
    """The report of `document` as it is now; without `checker`, the default limits apply."""
    if checker is None:
        checker = Checker(document, follow=False)
    checker.complete()  # a big file's first pass may still be running in slices
    rows = tuple(_row(i, r, checker.findings(i)) for i, r in enumerate(document.rows))
    return ReviewReport(
        title=title,
        created=created or datetime.now().astimezone(),
        has_originals=document.has_originals,
        summary=summarize(rows),
        rows=rows,
        notices=tuple(notices),
    )


def _row(index: int, row: DocumentCue, findings: tuple[Finding, ...]) -> ReportRow:
    machine = row.machine
    cue = row.cue
    machine_text = None if machine is None else machine.text
    diff: list[DiffRun] = (
        word_diff(machine_text or "", cue.text) if row.text_edited else [("equal", cue.text)]
    )
    return ReportRow(
        number=index + 1,
        start_ms=cue.start_ms,
        end_ms=cue.end_ms,
        original=None if row.original is None else row.original.text,
        machine=machine_text,
        machine_times=None if machine is None else (machine.start_ms, machine.end_ms),
        final=cue.text,
        text_changed=row.text_edited,
        timing_changed=row.timing_edited,
        review=row.review,
        note=row.note,
        findings=findings,
        diff=tuple(run for run in diff if run[1]),
    )


def summarize(rows: Sequence[ReportRow]) -> ReportSummary:
    """The summary counts of report rows."""
    reviews = Counter(r.review for r in rows)
    per_check: Counter[str] = Counter()
    severities: dict[str, Severity] = {}
    for r in rows:
        for f in r.findings:
            per_check[f.check] += 1
            severities[f.check] = f.severity
    errors = sum(n for check, n in per_check.items() if severities[check] is Severity.ERROR)
    by_check = sorted(
        (
            CheckCount(
                check, CHECKS[check].title if check in CHECKS else check, severities[check], n
            )
            for check, n in per_check.items()
        ),
        key=lambda c: (c.severity is not Severity.ERROR, -c.count, c.check),
    )
    return ReportSummary(
        cues=len(rows),
        edited=sum(1 for r in rows if r.added or r.text_changed or r.timing_changed),
        text_edited=sum(1 for r in rows if r.text_changed and not r.added),
        timing_edited=sum(1 for r in rows if r.timing_changed and not r.added),
        added=sum(1 for r in rows if r.added),
        reviewed=reviews[ReviewState.REVIEWED],
        flagged=reviews[ReviewState.FLAGGED],
        unreviewed=reviews[ReviewState.UNREVIEWED],
        notes=sum(1 for r in rows if r.note.strip()),
        errors=errors,
        warnings=sum(per_check.values()) - errors,
        cues_with_findings=sum(1 for r in rows if r.findings),
        by_check=tuple(by_check),
    )
