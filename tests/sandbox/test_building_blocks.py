"""The sandbox's small parts: MP4 facts, SRT reading and VTT, Range headers, signing, URLs."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from proofreader.media.mp4 import DEFAULT_INFO, probe, probe_or_default
from proofreader.sandbox import srt
from proofreader.sandbox.fetcher import is_loopback
from proofreader.sandbox.signing import UrlSigner
from proofreader.sandbox.transfer import content_disposition, parse_range
from tests.sandbox.helpers import SAMPLE


def test_mp4_probe_reads_duration_and_sound_track(tmp_path: Path) -> None:
    talk = probe(SAMPLE / "talk.mp4")
    assert talk is not None and talk.has_audio and 25 <= talk.duration_s <= 35
    silent = probe(SAMPLE / "silent.mp4")
    assert silent is not None and not silent.has_audio and silent.duration_s == pytest.approx(2.0)
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"this is not an mp4 at all")
    assert probe(junk) is None
    assert probe_or_default(junk) == DEFAULT_INFO
    assert probe_or_default(tmp_path / "missing.mp4") == DEFAULT_INFO


def test_mp4_probe_finds_moov_after_media_data(tmp_path: Path) -> None:
    """A file with moov at the end (not 'faststart') is read by seeking over mdat."""
    data = (SAMPLE / "silent.mp4").read_bytes()
    # rebuild as ftyp + big mdat + moov by moving the top-level moov box to the end
    boxes = []
    pos = 0
    while pos < len(data):
        size = int.from_bytes(data[pos : pos + 4], "big")
        boxes.append(data[pos : pos + size])
        pos += size
    moov = next(box for box in boxes if box[4:8] == b"moov")
    others = [box for box in boxes if box[4:8] != b"moov"]
    padding = b"\0\0\0\x08free" * 1000
    moved = tmp_path / "late.mp4"
    moved.write_bytes(b"".join(others) + padding + moov)
    info = probe(moved)
    assert info is not None and info.duration_s == pytest.approx(2.0)


def test_every_sample_srt_parses_with_the_same_timings() -> None:
    files = ["original.en.srt", "translation.es.srt", "translation.fr.srt", "translation.de.srt"]
    parsed = [srt.parse((SAMPLE / name).read_text(encoding="utf-8")) for name in files]
    timings = [[(cue.start_ms, cue.end_ms) for cue in cues] for cues in parsed]
    assert all(t == timings[0] for t in timings)
    assert 6 <= len(timings[0]) <= 10
    assert 25_000 <= timings[0][-1][1] <= 35_000
    english = " ".join(cue.text for cue in parsed[0])
    assert "Proofreader" in english and "12" in english


@pytest.mark.parametrize(
    "text",
    ["", "hello\nworld\n", "1\n00:00:02,000 --> 00:00:01,000\nbackwards\n", "1\nnot a time\nx\n"],
)
def test_srt_parse_refuses_what_is_not_srt(text: str) -> None:
    with pytest.raises(srt.SrtError):
        srt.parse(text)


def test_srt_parse_is_lenient_about_bom_crlf_and_missing_numbers() -> None:
    data = (
        "\ufeff00:00:01.5 --> 00:00:02,250\r\nfirst\r\n\r\n\r\n"
        "2\r\n00:00:03,000 --> 00:00:04,000\r\nsecond\r\n"
    )
    cues = srt.parse(srt.decode(data.encode("utf-8")))
    assert [(c.start_ms, c.end_ms, c.text) for c in cues] == [
        (1500, 2250, "first"),
        (3000, 4000, "second"),
    ]
    assert srt.decode("caf\xe9".encode("latin-1")) == "café"


def test_vtt_has_the_same_cues_and_text() -> None:
    source = "1\n00:00:01,000 --> 00:00:02,500\nÜber <i>alles</i>\nzweite Zeile\n"
    vtt = srt.to_vtt(source.encode("utf-8")).decode("utf-8")
    assert vtt == "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nÜber <i>alles</i>\nzweite Zeile\n"


def test_placeholder_transcript_is_deterministic_and_spread_over_the_duration() -> None:
    cues = srt.placeholder_transcript(60.0)
    assert cues == srt.placeholder_transcript(60.0)
    assert len(cues) == 20
    assert cues[0].start_ms == 0 and 57_000 <= cues[-1].end_ms <= 60_000
    assert all(a.end_ms <= b.start_ms for a, b in itertools.pairwise(cues))
    tagged = srt.placeholder_translation(cues, "es")
    assert all(t.text == f"[es] {c.text}" for t, c in zip(tagged, cues, strict=True))


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-9", (0, 9)),
        ("bytes=5-", (5, 99)),
        ("bytes=-10", (90, 99)),
        ("bytes=90-500", (90, 99)),
        ("bytes=100-", "bad"),
        ("bytes=9-3", "bad"),
        ("bytes=0-1,5-6", None),
        ("items=0-5", None),
    ],
)
def test_parse_range(header: str | None, expected: object) -> None:
    assert parse_range(header, 100) == expected


def test_content_disposition_keeps_the_unicode_name() -> None:
    value = content_disposition('Démo "talk"/1_proofread.srt')
    assert value.startswith('attachment; filename="D_mo _talk__1_proofread.srt"')
    assert "filename*=UTF-8''D%C3%A9mo%20_talk__1_proofread.srt" in value


def test_signer_checks_method_path_signature_and_expiry() -> None:
    now = [1000.0]
    signer = UrlSigner(b"secret", "http://127.0.0.1:9", lambda: now[0])
    url = signer.sign("GET", "/o/asset/abc", 60)
    query = dict(part.split("=", 1) for part in url.split("?", 1)[1].split("&"))
    assert signer.check("GET", "/o/asset/abc", query) is None
    assert signer.check("HEAD", "/o/asset/abc", query) is None
    assert signer.check("PUT", "/o/asset/abc", query) is not None
    assert signer.check("GET", "/o/asset/abd", query) is not None
    other = UrlSigner(b"other", "http://127.0.0.1:9", lambda: now[0])
    assert other.check("GET", "/o/asset/abc", query) is not None
    now[0] += 61
    denial = signer.check("GET", "/o/asset/abc", query)
    assert denial is not None and denial.message == "Request has expired"
    expired = signer.sign("GET", "/x", 60, expired=True)
    query = dict(part.split("=", 1) for part in expired.split("?", 1)[1].split("&"))
    assert signer.check("GET", "/x", query) is not None


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:8000/a.mp4", True),
        ("http://localhost/a.mp4", True),
        ("http://[::1]:80/a.mp4", True),
        ("https://127.5.5.5/a.mp4", True),
        ("https://example.com/a.mp4", False),
        ("http://10.0.0.1/a.mp4", False),
        ("file:///etc/passwd", False),
        ("ftp://127.0.0.1/a.mp4", False),
        ("not a url", False),
    ],
)
def test_only_loopback_urls_are_fetched(url: str, allowed: bool) -> None:
    assert is_loopback(url) is allowed
