"""The edit journal's records: each change of a document as one line, and replaying them.

Autosave snapshots are debounced, so the last half second of typing would die with the process.
The journal closes that gap: every change event becomes one line of JSON, written before the
next user event is handled, and restore applies the lines written after the last snapshot.

A line is `[t_ms, op, ...]` with `t_ms` the wall-clock time of the change (for "last change
14:02") and op one of:
    ["set", first, [row, ...]]  rows first.. now hold these (a field edit)
    ["ins", first, [row, ...]]  these rows were inserted at first
    ["del", first, count]       count rows were removed at first
Rows are encoded as in a snapshot (see snapshot.py), so a line costs a few microseconds.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import DocumentCue, ProofreadDocument
from proofreader.subtitles.events import DocumentEvent, RowsChanged, RowsInserted, RowsRemoved
from proofreader.subtitles.snapshot import SnapshotEncoder, SnapshotError, decode_row

_DAMAGED = "This draft's edit journal is damaged and cannot be replayed."


class JournalRecorder:
    """Turns the change events of one document into journal lines (bytes ending in b"\\n")."""

    def __init__(
        self, document: ProofreadDocument, *, clock: Callable[[], float] = time.time
    ) -> None:
        self._document = document
        self._encoder = SnapshotEncoder.for_rows_of(document.originals)
        self._clock = clock

    def line_for(self, event: DocumentEvent) -> bytes | None:
        """The journal line of `event` (None for the "about to" events, which change nothing)."""
        document = self._document
        if isinstance(event, RowsChanged):
            rows = [document[i] for i in range(event.first, event.last + 1)]
            record: list[Any] = ["set", event.first, self._rows(rows)]
        elif isinstance(event, RowsInserted):
            rows = [document[i] for i in range(event.first, event.first + event.count)]
            record = ["ins", event.first, self._rows(rows)]
        elif isinstance(event, RowsRemoved):
            record = ["del", event.first, event.count]
        else:
            return None
        stamp = round(self._clock() * 1000)
        text = json.dumps([stamp, *record], ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8") + b"\n"

    def _rows(self, rows: list[DocumentCue]) -> list[list[Any]]:
        return [self._encoder.encode_row(row) for row in rows]


class Replay:
    """The rows of a document after its journal lines; `last_change_ms` is the newest stamp."""

    def __init__(self, document: ProofreadDocument) -> None:
        self.rows: list[DocumentCue] = list(document.rows)
        self.originals: tuple[Cue, ...] = document.originals
        self.applied = 0
        self.last_change_ms: int | None = None

    def apply_lines(self, data: bytes) -> None:
        """Apply every complete line of `data`. A last line cut short (a power loss during the
        write) is ignored; a damaged complete line raises SnapshotError."""
        lines = data.split(b"\n")
        for line in lines[:-1]:  # after the last b"\n" comes nothing, or a torn line
            if line.strip():
                self._apply(line)

    def document(self) -> ProofreadDocument:
        return ProofreadDocument.from_rows(self.rows, self.originals)

    def _apply(self, line: bytes) -> None:
        try:
            stamp, op, first, arg = json.loads(line)
        except (ValueError, TypeError) as exc:
            raise SnapshotError(_DAMAGED) from exc
        rows = self.rows
        if not isinstance(first, int) or not 0 <= first <= len(rows):
            raise SnapshotError(_DAMAGED)
        if op == "del":
            if not isinstance(arg, int) or first + arg > len(rows):
                raise SnapshotError(_DAMAGED)
            del rows[first : first + arg]
        elif op in ("set", "ins") and isinstance(arg, list):
            decoded = [decode_row(item, self.originals) for item in arg]
            if op == "ins":
                rows[first:first] = decoded
            elif first + len(decoded) <= len(rows):
                rows[first : first + len(decoded)] = decoded
            else:
                raise SnapshotError(_DAMAGED)
        else:
            raise SnapshotError(_DAMAGED)
        self.applied += 1
        if isinstance(stamp, int):
            self.last_change_ms = stamp


def replay(document: ProofreadDocument, chunks: Iterable[bytes]) -> Replay:
    """`document` (a snapshot's) with the journal `chunks` (files, oldest first) applied."""
    result = Replay(document)
    for data in chunks:
        result.apply_lines(data)
    return result
