"""A whole proofread document as compact bytes, for autosave and crash recovery.

The round trip is exact: every row's text and times, its machine version (text and times), its
original (by index into the document's originals, or spelled out when a merge joined two), its
review mark and note, and every original cue, paired or not. A snapshot also carries a small
`meta` mapping the caller chooses (which files the document came from, ...).

Layout: the 8-byte magic b"PRSNAP" + version (2 bytes, big-endian), then zlib-compressed UTF-8
JSON {"meta": {...}, "originals": [[start, end, text], ...], "rows": [row, ...]} where a row is
[start, end, text, original, machine, review, note]: original is null, an index, or a
[start, end, text] cue; machine is null (added while proofreading), 0 (same as the cue) or a
cue; review is the ReviewState value. Rows are immutable, so `encode_rows` can run on a worker
thread over a `tuple(document.rows)` taken on the GUI thread.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import DocumentCue, ProofreadDocument, ReviewState

MAGIC = b"PRSNAP"
VERSION = 1
_HEADER = MAGIC + VERSION.to_bytes(2, "big")
_REVIEWS = {state.value: state for state in ReviewState}
_SAME_AS_CUE = 0

JsonScalar = str | int | float | bool | None
SnapshotMeta = Mapping[str, JsonScalar]


class SnapshotError(ValueError):
    """Bytes that are not a snapshot this version can read; the message is a sentence."""


@dataclass(frozen=True)
class Snapshot:
    """What decode_snapshot gives back: the rebuilt document and the caller's meta."""

    document: ProofreadDocument
    meta: dict[str, JsonScalar] = field(default_factory=dict)


def encode_snapshot(document: ProofreadDocument, meta: SnapshotMeta | None = None) -> bytes:
    """The document as snapshot bytes (see SnapshotEncoder to repeat this cheaply)."""
    return SnapshotEncoder().encode(tuple(document.rows), document.originals, meta)


def encode_rows(
    rows: Sequence[DocumentCue], originals: Sequence[Cue], meta: SnapshotMeta | None = None
) -> bytes:
    """Snapshot bytes of rows and originals (safe on any thread: rows are immutable)."""
    return SnapshotEncoder().encode(rows, originals, meta)


class SnapshotEncoder:
    """Encodes the same document again and again, re-encoding only the chunks of rows that
    changed since the last call: autosave after a keystroke in 20,000 cues costs a few ms.

    Rows are compared by identity first (edits replace a changed row by a new object), so an
    unchanged chunk is recognised in microseconds. One encoder per document; not thread-safe
    (one autosave worker uses it at a time).
    """

    CHUNK_ROWS = 512

    def __init__(self, *, level: int = 1) -> None:
        self._level = level  # zlib's: 1 is fast and plenty small for text
        self._chunks: list[tuple[tuple[DocumentCue, ...], bytes]] = []
        self._originals: tuple[Cue, ...] | None = None
        self._originals_json: bytes | None = b"[]"  # None: not encoded yet (see encode)
        self._index_of: dict[int, int] | None = {}  # None: built when a row first needs it
        self._value_index: dict[Cue, int] | None = None

    def encode(
        self,
        rows: Sequence[DocumentCue],
        originals: Sequence[Cue],
        meta: SnapshotMeta | None = None,
    ) -> bytes:
        """Snapshot bytes; chunks are kept encoded, so only changed ones cost Python time and
        the rest is byte copying and zlib (which lets other threads run)."""
        originals = tuple(originals)
        if self._originals is None or self._originals != originals:
            self._set_originals(originals)
        size = self.CHUNK_ROWS
        parts: list[bytes] = []
        cached = self._chunks
        for k, first in enumerate(range(0, len(rows), size)):
            chunk = tuple(rows[first : first + size])
            if k < len(cached) and cached[k][0] == chunk:
                parts.append(cached[k][1])
                continue
            data = _dumps([self._encode_row(row) for row in chunk])[1:-1].encode("utf-8")
            if k < len(cached):
                cached[k] = (chunk, data)
            else:
                cached.append((chunk, data))
            parts.append(data)
        del cached[len(parts) :]
        body = b"".join(
            (
                b'{"meta":',
                _dumps(dict(meta or {})).encode("utf-8"),
                b',"originals":',
                self._originals_json_now(),
                b',"rows":[',
                b",".join(parts),
                b"]}",
            )
        )
        return _HEADER + zlib.compress(body, self._level)

    @classmethod
    def for_rows_of(cls, originals: Sequence[Cue]) -> SnapshotEncoder:
        """An encoder ready for encode_row with these originals (the edit journal's use)."""
        encoder = cls()
        encoder._set_originals(tuple(originals))
        return encoder

    def encode_row(self, row: DocumentCue) -> list[Any]:
        """One row as the snapshot's JSON list (originals by index, as in a snapshot)."""
        return self._encode_row(row)

    def _set_originals(self, originals: tuple[Cue, ...]) -> None:
        self._originals = originals
        self._originals_json = None  # encoded when a whole snapshot needs it, not per row
        self._index_of = None  # the journal opens with the document: it may never need it
        self._value_index = None
        self._chunks = []  # rows refer to originals by index

    def _originals_json_now(self) -> bytes:
        if self._originals_json is None:
            originals = self._originals or ()
            rows = [[c.start_ms, c.end_ms, c.text] for c in originals]
            self._originals_json = _dumps(rows).encode("utf-8")
        return self._originals_json

    def _original_index(self, cue: Cue) -> int | None:
        originals = self._originals or ()
        if self._index_of is None:
            self._index_of = {}
            for i, original in enumerate(originals):
                self._index_of.setdefault(id(original), i)
        index = self._index_of.get(id(cue))
        if index is not None and originals[index] is cue:
            return index
        if self._value_index is None:
            self._value_index = {}
            for i, original in enumerate(originals):
                self._value_index.setdefault(original, i)
        return self._value_index.get(cue)

    def _encode_row(self, row: DocumentCue) -> list[Any]:
        cue, original, machine = row.cue, row.original, row.machine
        encoded_original: Any = None
        if original is not None:
            index = self._original_index(original)
            encoded_original = (
                index if index is not None else [original.start_ms, original.end_ms, original.text]
            )
        encoded_machine: Any = None
        if machine is not None:
            same = machine is cue or machine == cue
            encoded_machine = (
                _SAME_AS_CUE if same else [machine.start_ms, machine.end_ms, machine.text]
            )
        return [
            cue.start_ms,
            cue.end_ms,
            cue.text,
            encoded_original,
            encoded_machine,
            row.review.value,
            row.note,
        ]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def decode_snapshot(data: bytes) -> Snapshot:
    """Rebuild the document of `encode_snapshot`; raises SnapshotError on anything else."""
    if not data.startswith(MAGIC) or len(data) < len(_HEADER):
        raise SnapshotError("This is not a Proofreader draft.")
    version = int.from_bytes(data[len(MAGIC) : len(_HEADER)], "big")
    if version != VERSION:
        raise SnapshotError(
            f"This draft was written by a newer Proofreader (format {version}); update the app "
            "to restore it."
        )
    try:
        body = json.loads(zlib.decompress(data[len(_HEADER) :]).decode("utf-8"))
        return _decode_body(body)
    except (zlib.error, UnicodeDecodeError, ValueError, TypeError, KeyError, IndexError) as exc:
        if isinstance(exc, SnapshotError):
            raise
        raise SnapshotError("This draft is damaged and cannot be restored.") from exc


def read_snapshot_meta(data: bytes) -> dict[str, JsonScalar]:
    """Only the meta of a snapshot, without rebuilding the document (for the restore list)."""
    if not data.startswith(MAGIC) or len(data) < len(_HEADER):
        raise SnapshotError("This is not a Proofreader draft.")
    if int.from_bytes(data[len(MAGIC) : len(_HEADER)], "big") != VERSION:
        return decode_snapshot(data).meta  # raises the "newer Proofreader" sentence
    prefix = '{"meta":'
    try:
        head = zlib.decompressobj().decompress(data[len(_HEADER) :], 65_536)
    except zlib.error as exc:
        raise SnapshotError("This draft is damaged and cannot be restored.") from exc
    text = head.decode("utf-8", errors="ignore")  # a character cut at the end is past the meta
    if text.startswith(prefix):
        try:
            meta, _ = json.JSONDecoder().raw_decode(text, len(prefix))
        except ValueError:
            meta = None  # longer than the head, or damaged: the full decode decides
        if isinstance(meta, dict) and all(_is_scalar(v) for v in meta.values()):
            return meta
    return decode_snapshot(data).meta


def _decode_body(body: Any) -> Snapshot:
    if not isinstance(body, dict):
        raise SnapshotError("This draft is damaged and cannot be restored.")
    meta = body.get("meta", {})
    if not isinstance(meta, dict) or not all(_is_scalar(v) for v in meta.values()):
        raise SnapshotError("This draft is damaged and cannot be restored.")
    originals = tuple(_cue(item) for item in _list(body["originals"]))
    rows = [_decode_row(item, originals) for item in _list(body["rows"])]
    return Snapshot(ProofreadDocument.from_rows(rows, originals), dict(meta))


def decode_row(item: Any, originals: tuple[Cue, ...]) -> DocumentCue:
    """The row of SnapshotEncoder.encode_row; raises SnapshotError on anything else."""
    try:
        return _decode_row(item, originals)
    except (ValueError, TypeError) as exc:
        if isinstance(exc, SnapshotError):
            raise
        raise SnapshotError("This draft is damaged and cannot be restored.") from exc


def _decode_row(item: Any, originals: tuple[Cue, ...]) -> DocumentCue:
    start, end, text, original, machine, review, note = _list(item)
    cue = Cue(_int(start), _int(end), _str(text))
    if original is None:
        paired = None
    elif isinstance(original, int) and not isinstance(original, bool):
        if not 0 <= original < len(originals):
            raise SnapshotError("This draft is damaged and cannot be restored.")
        paired = originals[original]
    else:
        paired = _cue(original)
    if machine is None:
        machine_cue = None
    elif machine == _SAME_AS_CUE and not isinstance(machine, bool | list):
        machine_cue = cue
    else:
        machine_cue = _cue(machine)
    state = _REVIEWS.get(_str(review))
    if state is None:
        raise SnapshotError("This draft is damaged and cannot be restored.")
    return DocumentCue(cue, paired, machine_cue, state, _str(note))


def _cue(item: Any) -> Cue:
    start, end, text = _list(item)
    return Cue(_int(start), _int(end), _str(text))


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise SnapshotError("This draft is damaged and cannot be restored.")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise SnapshotError("This draft is damaged and cannot be restored.")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise SnapshotError("This draft is damaged and cannot be restored.")
    return value


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)
