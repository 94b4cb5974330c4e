"""The Checker: runs every check over a document and keeps the findings up to date.

It listens to the document's change events; after an edit it re-checks only the rows touched,
their neighbours (overlap and gap look at the next cue) and the other cues sharing their
original, and shifts its per-row storage when rows are inserted or removed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from proofreader.subtitles.checks.context import CheckContext
from proofreader.subtitles.checks.dubbing import check_speech_fit
from proofreader.subtitles.checks.findings import Finding, Severity
from proofreader.subtitles.checks.reading import check_reading
from proofreader.subtitles.checks.timing import check_timing
from proofreader.subtitles.checks.translation import check_translation
from proofreader.subtitles.document import DocumentCue, ProofreadDocument
from proofreader.subtitles.events import (
    CHECKED_FIELDS,
    DocumentEvent,
    RowsChanged,
    RowsInserted,
    RowsRemoved,
)
from proofreader.subtitles.glossary import Glossary
from proofreader.subtitles.text_metrics import strip_formatting
from proofreader.subtitles.thresholds import Thresholds

#: Called with (first, last) rows whose findings may have changed.
FindingsListener = Callable[[int, int], None]

_NONE: tuple[Finding, ...] = ()


def _same_original(a: DocumentCue, b: DocumentCue) -> bool:
    """True when two rows are paired with the same original cue."""
    x, y = a.original, b.original
    if x is y:
        return x is not None
    return (
        x is not None
        and y is not None
        and x.start_ms == y.start_ms
        and x.end_ms == y.end_ms
        and x.text == y.text
    )


class Checker:
    """All findings of a document, per row, kept current as the document changes."""

    def __init__(
        self,
        document: ProofreadDocument,
        thresholds: Thresholds | None = None,
        glossary: Glossary | None = None,
        *,
        follow: bool = True,
        deferred: bool = False,
    ) -> None:
        """Check the whole document now; with `follow`, re-check incrementally on every edit.

        With `deferred`, nothing is checked yet: the window shows a big file first and then
        calls `check_pending` in slices, so the first paint does not wait for every check.
        """
        self._document = document
        self._context = CheckContext(thresholds or Thresholds(), glossary)
        self._findings: list[tuple[Finding, ...]] = []
        self._errors = 0
        self._warnings = 0
        self._listeners: list[FindingsListener] = []
        self._following = follow
        self._pending: int | None = None  # the next row of the first pass still to check
        if deferred:
            self._findings = [_NONE] * len(document)
            self._pending = 0 if self._findings else None
        else:
            self._recheck_all()
        if follow:
            document.add_listener(self._on_event, first=True)

    # ----- settings -----

    @property
    def thresholds(self) -> Thresholds:
        return self._context.thresholds

    @property
    def glossary(self) -> Glossary | None:
        return self._context.glossary

    def configure(
        self, thresholds: Thresholds | None = None, glossary: Glossary | None = None
    ) -> None:
        """Change the limits and/or the glossary (None keeps the current one); re-checks all."""
        self._context = CheckContext(
            thresholds or self._context.thresholds,
            glossary if glossary is not None else self._context.glossary,
        )
        self._recheck_all()
        if self._findings:
            self._notify(0, len(self._findings) - 1)

    def clear_glossary(self) -> None:
        """Stop checking glossary terms; re-checks all."""
        self._context = CheckContext(self._context.thresholds, None)
        self._recheck_all()
        if self._findings:
            self._notify(0, len(self._findings) - 1)

    def close(self) -> None:
        """Stop following the document."""
        if self._following:
            self._document.remove_listener(self._on_event)
            self._following = False

    # ----- reading findings -----

    def findings(self, row: int) -> tuple[Finding, ...]:
        """The findings of one row: timing, reading, speech fit, then against the original."""
        return self._findings[row]

    def findings_by_row(self) -> list[tuple[Finding, ...]]:
        """Every row's findings as they stand (a deferred first pass is not finished first)."""
        return list(self._findings)

    def all_findings(self) -> Iterator[tuple[int, Finding]]:
        """Every (row, finding), in row order."""
        self.complete()
        for row, found in enumerate(self._findings):
            for f in found:
                yield row, f

    @property
    def error_count(self) -> int:
        return self._errors

    @property
    def warning_count(self) -> int:
        return self._warnings

    def has_errors(self, row: int) -> bool:
        return any(f.severity is Severity.ERROR for f in self._findings[row])

    def next_problem(self, row: int, *, backwards: bool = False, wrap: bool = True) -> int | None:
        """The next (or previous) row after `row` that has a finding, for F8 / Shift+F8."""
        self.complete()
        findings, n = self._findings, len(self._findings)
        if n == 0:
            return None
        step = -1 if backwards else 1
        candidates = range(row + step, -1 if backwards else n, step)
        for r in candidates:
            if findings[r]:
                return r
        if wrap:
            rest = range(n - 1, row - 1, -1) if backwards else range(0, min(row + 1, n))
            for r in rest:
                if findings[r]:
                    return r
        return None

    def add_listener(self, listener: FindingsListener) -> None:
        """`listener(first, last)` is called after findings of rows first..last were refreshed."""
        self._listeners.append(listener)

    def remove_listener(self, listener: FindingsListener) -> None:
        self._listeners.remove(listener)

    # ----- the deferred first pass -----

    @property
    def pending(self) -> bool:
        """True while a deferred first pass has rows left to check (counts are partial)."""
        return self._pending is not None

    def check_pending(self, rows: int = 2000) -> bool:
        """Check the next `rows` unchecked rows (whole groups) and notify; True if more remain."""
        first = self._pending
        if first is None:
            return False
        n = len(self._document)
        if first >= n:
            self._pending = None
            return False
        first, last = self._expand(first, min(first + max(rows, 1) - 1, n - 1))
        self._check_range(first, last)
        self._pending = last + 1 if last + 1 < n else None
        self._notify(first, last)
        return self._pending is not None

    def complete(self) -> None:
        """Finish a deferred first pass now (before anything reads the whole document)."""
        while self.check_pending(len(self._document)):
            pass

    # ----- checking -----

    def _notify(self, first: int, last: int) -> None:
        for listener in tuple(self._listeners):
            listener(first, last)

    def _recheck_all(self) -> None:
        self._pending = None
        n = len(self._document)
        self._findings = [_NONE] * n
        self._errors = self._warnings = 0
        if n:
            self._check_range(0, n - 1)

    def _store(self, row: int, found: tuple[Finding, ...]) -> None:
        old = self._findings[row]
        if old is found:
            return
        for f in old:
            if f.severity is Severity.ERROR:
                self._errors -= 1
            else:
                self._warnings -= 1
        for f in found:
            if f.severity is Severity.ERROR:
                self._errors += 1
            else:
                self._warnings += 1
        self._findings[row] = found

    def _expand(self, first: int, last: int) -> tuple[int, int]:
        """Widen a row range to whole groups of cues sharing an original."""
        rows = self._document.rows
        while first > 0 and _same_original(rows[first - 1], rows[first]):
            first -= 1
        while last + 1 < len(rows) and _same_original(rows[last], rows[last + 1]):
            last += 1
        return first, last

    def _check_range(self, first: int, last: int) -> None:
        """Re-check rows first..last, which must start and end on group boundaries."""
        rows = self._document.rows
        n = len(rows)
        ctx = self._context
        disabled = ctx.disabled
        group: list[Finding] = []
        group_end = -1
        for i in range(first, last + 1):
            row = rows[i]
            cue = row.cue
            start, end = cue.start_ms, cue.end_ms
            visible = strip_formatting(cue.text).strip()
            out: list[Finding] = []
            check_timing(start, end, rows[i + 1].cue.start_ms if i + 1 < n else None, ctx, out)
            chars = check_reading(visible, end - start, ctx, out)
            check_speech_fit(chars, end - start, ctx, out)
            original = row.original
            if original is not None:
                if i > group_end:
                    group_end = i
                    while group_end + 1 < n and _same_original(row, rows[group_end + 1]):
                        group_end += 1
                    group = []
                    if group_end == i:
                        check_translation(visible, original, 1, ctx, group)
                    else:
                        joined = "\n".join(
                            strip_formatting(r.cue.text).strip() for r in rows[i : group_end + 1]
                        ).strip()
                        check_translation(joined, original, group_end - i + 1, ctx, group)
                out.extend(group)
            if out and disabled:
                out = [f for f in out if f.check not in disabled]
            self._store(i, tuple(out) if out else _NONE)

    def _on_event(self, event: DocumentEvent) -> None:
        n = len(self._document)
        if isinstance(event, RowsChanged):
            if not event.fields & CHECKED_FIELDS:
                return
            first, last = event.first - 1, event.last + 1
        elif isinstance(event, RowsInserted):
            self._findings[event.first : event.first] = [_NONE] * event.count
            if self._pending is not None and event.first < self._pending:
                self._pending += event.count
            first, last = event.first - 1, event.first + event.count
        elif isinstance(event, RowsRemoved):
            gone = self._findings[event.first : event.first + event.count]
            for row_findings in gone:
                for f in row_findings:
                    if f.severity is Severity.ERROR:
                        self._errors -= 1
                    else:
                        self._warnings -= 1
            del self._findings[event.first : event.first + event.count]
            if self._pending is not None and event.first < self._pending:
                self._pending = max(event.first, self._pending - event.count)
            first, last = event.first - 1, event.first
        else:
            return
        first, last = self._expand(max(first, 0), min(last, n - 1))
        if first <= last:
            self._check_range(first, last)
            self._notify(first, last)
