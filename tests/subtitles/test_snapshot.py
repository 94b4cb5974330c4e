"""Autosave snapshots: a document comes back exactly as it was, whatever was done to it."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import DocumentCue, ProofreadDocument, ReviewState
from proofreader.subtitles.edits import (
    InsertCues,
    MergeWithNext,
    SetNote,
    SetReviewState,
    SetText,
    SetTimes,
    SplitCue,
)
from proofreader.subtitles.snapshot import (
    MAGIC,
    SnapshotEncoder,
    SnapshotError,
    decode_snapshot,
    encode_snapshot,
    read_snapshot_meta,
)
from tests.subtitles.document_support import cues


def _same(a: ProofreadDocument, b: ProofreadDocument) -> None:
    assert list(a.rows) == list(b.rows)
    assert a.originals == b.originals
    assert a.edited_count == b.edited_count
    for state in ReviewState:
        assert a.review_count(state) == b.review_count(state)


def _edited_document() -> ProofreadDocument:
    originals = cues("One original.", "Two original.", "Three.", "Unpaired original.")
    doc = ProofreadDocument(cues("Uno <i>largo</i> texto", "Dos.", "Tres."), originals[:3])
    doc = ProofreadDocument(doc.to_cues(), originals)  # an original nothing pairs with
    doc.apply(SetText(1, "Dos, corregido\ncon salto"))
    doc.apply(SplitCue(0, 4, 2000))
    doc.apply(MergeWithNext(2))  # joins two originals into a cue not among the originals
    doc.apply(InsertCues(0, (Cue(500, 1100, "Nuevo"),)))
    doc.apply(SetTimes(1, 900, 1900))
    doc.apply(SetReviewState((1,), ReviewState.REVIEWED))
    doc.apply(SetReviewState((2,), ReviewState.FLAGGED))
    doc.apply(SetNote(2, "Ask the client about this term.\nSecond line: ünïcødé ✓ 字幕"))
    return doc


def test_round_trip_keeps_everything_an_edit_can_change() -> None:
    doc = _edited_document()
    restored = decode_snapshot(encode_snapshot(doc, {"translation": "/tmp/a.srt", "n": 3}))
    _same(doc, restored.document)
    assert restored.meta == {"translation": "/tmp/a.srt", "n": 3}
    assert restored.document[0].machine is None  # an added cue stays "added"
    assert restored.document[0].original is not None


def test_restored_originals_are_the_document_originals() -> None:
    """Pairing survives as identity, so the checks group cues sharing an original as before."""
    doc = ProofreadDocument(cues("a", "b"), cues("A", "B"))
    restored = decode_snapshot(encode_snapshot(doc)).document
    assert restored[1].original is restored.originals[1]


def test_empty_document() -> None:
    restored = decode_snapshot(encode_snapshot(ProofreadDocument([])))
    assert len(restored.document) == 0


def test_snapshot_is_compact() -> None:
    doc = ProofreadDocument(
        [Cue(i * 3000, i * 3000 + 2500, f"Línea {i} del subtítulo") for i in range(2000)],
        [Cue(i * 3000, i * 3000 + 2500, f"Subtitle line {i}") for i in range(2000)],
    )
    data = encode_snapshot(doc)
    assert data.startswith(MAGIC)
    assert len(data) < 40 * 2000  # well under the size of the two SRT files


def test_encoder_reuses_unchanged_rows_and_stays_exact() -> None:
    doc = ProofreadDocument(
        [Cue(i * 1000, i * 1000 + 900, f"t{i}") for i in range(1500)],
        [Cue(i * 1000, i * 1000 + 900, f"o{i}") for i in range(1500)],
    )
    encoder = SnapshotEncoder()
    encoder.encode(tuple(doc.rows), doc.originals)
    doc.apply(SetText(700, "changed"))
    doc.apply(InsertCues(3, (Cue(3050, 3060, "inserted"),)))
    doc.apply(MergeWithNext(1200))
    again = encoder.encode(tuple(doc.rows), doc.originals, {"k": "v"})
    assert again == encode_snapshot(doc, {"k": "v"})
    _same(doc, decode_snapshot(again).document)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a draft",
        MAGIC + b"\x00\x01" + b"garbage",
        MAGIC + b"\x00\x01" + zlib.compress(b"[1, 2]"),
        MAGIC + b"\x00\x01" + zlib.compress(b'{"meta": {}, "originals": [], "rows": [[1]]}'),
        MAGIC
        + b"\x00\x01"
        + zlib.compress(b'{"originals": [], "rows": [[0, 1, "x", 5, 0, "reviewed", ""]]}'),
        MAGIC
        + b"\x00\x01"
        + zlib.compress(b'{"originals": [], "rows": [[0, 1, "x", null, 0, "maybe", ""]]}'),
    ],
)
def test_damaged_drafts_are_refused_with_a_sentence(data: bytes) -> None:
    with pytest.raises(SnapshotError, match=r"draft"):
        decode_snapshot(data)


def test_newer_format_says_to_update() -> None:
    data = MAGIC + b"\x00\x09" + zlib.compress(b"{}")
    with pytest.raises(SnapshotError, match="newer Proofreader"):
        decode_snapshot(data)


_text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
_times = st.tuples(st.integers(0, 10**8), st.integers(0, 10**8))
_cue = st.builds(lambda t, text: Cue(t[0], t[1], text), _times, _text)


@st.composite
def _documents(draw: st.DrawFn) -> ProofreadDocument:
    originals = draw(st.lists(_cue, max_size=6))
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        cue = draw(_cue)
        original = draw(st.one_of(st.none(), _cue, st.sampled_from(originals or [cue])))
        machine = draw(st.one_of(st.none(), st.just(cue), _cue))
        review = draw(st.sampled_from(list(ReviewState)))
        rows.append(DocumentCue(cue, original, machine, review, draw(_text)))
    return ProofreadDocument.from_rows(rows, originals)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(doc=_documents(), meta=st.dictionaries(_text, st.one_of(st.none(), _text, st.integers())))
def test_any_document_round_trips(doc: ProofreadDocument, meta: dict[str, object]) -> None:
    restored = decode_snapshot(encode_snapshot(doc, meta))  # type: ignore[arg-type]
    _same(doc, restored.document)
    assert restored.meta == meta


def test_meta_alone_is_read_without_the_document() -> None:
    doc = ProofreadDocument([Cue(i, i + 1, "x" * 50) for i in range(0, 20000, 2)])
    data = encode_snapshot(doc, {"title": "Big – ñ", "key": "/tmp/big.srt"})
    assert read_snapshot_meta(data) == {"title": "Big – ñ", "key": "/tmp/big.srt"}
    long_meta = {"note": "ü" * 70_000}
    assert read_snapshot_meta(encode_snapshot(doc, long_meta)) == long_meta
    with pytest.raises(SnapshotError):
        read_snapshot_meta(b"junk")
