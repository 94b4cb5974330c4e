"""The demo sandbox's render: the target language's voice and the captions burned in, so that
Source and Result differ as they would on HeyGen."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import av
import httpx
import pytest

from proofreader.sandbox import SandboxServer
from tests.sandbox.helpers import SAMPLE, data, sample_url, upload_asset, wait_translation

KEY = "sandbox-key"
CAPTION = "Una línea corregida"
CAPTIONS = f"1\n00:00:01,000 --> 00:00:03,000\n{CAPTION}\n".encode()


@pytest.fixture
def dubbing() -> Iterator[SandboxServer]:
    with SandboxServer(proofread_delay_s=0.2, render_delay_s=0.2, dub_renders=True) as running:
        yield running


def _render(server: SandboxServer, captions: bool, tmp_path: Path) -> Path:
    with httpx.Client(base_url=server.base_url, headers={"X-Api-Key": KEY}, timeout=60) as api:
        asset = upload_asset(api, "fixed.srt", CAPTIONS, "application/x-subrip")
        body = {
            "video": sample_url(server),
            "output_languages": ["Spanish (Spain)"],
            "enable_caption": captions,
            "srt": {"type": "asset_id", "asset_id": asset},
            "srt_role": "output",
        }
        [ident] = data(api.post("/v3/video-translations", json=body))["video_translation_ids"]
        done = wait_translation(api, ident)
        # "completed" only once the video is made: the download never waits on it
        assert server._renders is not None and not server._renders.pending(ident)
    out = tmp_path / f"result-{captions}.mp4"
    with httpx.Client(timeout=60) as storage:
        out.write_bytes(storage.get(done["video_url"]).content)
    return out


def _frame_at(path: Path, seconds: float) -> list[int]:
    """The luma of the frame on screen at `seconds`, bottom fifth only (where captions go)."""
    with av.open(str(path)) as media:
        stream = media.streams.video[0]
        for frame in media.decode(stream):
            if frame.pts is not None and frame.pts * stream.time_base >= seconds:
                gray = frame.to_image().convert("L")
                box = (0, gray.height * 4 // 5, gray.width, gray.height)
                return list(gray.crop(box).tobytes())
    raise AssertionError("no frame")


def _audio_digest(path: Path) -> str:
    with av.open(str(path)) as media:
        packets = [bytes(p) for p in media.demux(media.streams.audio[0]) if p.size]
    return hashlib.sha256(b"".join(packets)).hexdigest()


def _difference(a: list[int], b: list[int]) -> float:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def test_the_result_speaks_the_target_language_with_the_captions_burned_in(
    dubbing: SandboxServer, tmp_path: Path
) -> None:
    result = _render(dubbing, True, tmp_path)
    talk = SAMPLE / "talk.mp4"
    assert _audio_digest(result) == _audio_digest(SAMPLE / "talk.es.m4a")  # the Spanish voice
    assert _audio_digest(result) != _audio_digest(talk)
    # The caption box is in the picture while the cue is on screen, and only then.
    assert _difference(_frame_at(result, 2.0), _frame_at(talk, 2.0)) > 12
    assert _difference(_frame_at(result, 5.0), _frame_at(talk, 5.0)) < 4


def test_without_captions_the_picture_is_left_alone(dubbing: SandboxServer, tmp_path: Path) -> None:
    result = _render(dubbing, False, tmp_path)
    assert _difference(_frame_at(result, 2.0), _frame_at(SAMPLE / "talk.mp4", 2.0)) < 4


def test_a_source_over_the_limit_is_served_as_it_is_and_closing_stops_a_render(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from proofreader.sandbox import render_media

    talk = SAMPLE / "talk.mp4"  # 33 s
    monkeypatch.setattr(render_media, "MAX_SECONDS", 10.0)
    assert render_media.compose(talk, tmp_path / "long.mp4", [], None) == talk
    monkeypatch.setattr(render_media, "MAX_SECONDS", 3600.0)
    stop = threading.Event()
    stop.set()  # the sandbox is closing
    with pytest.raises(render_media._Stopped):
        render_media.compose(talk, tmp_path / "stopped.mp4", [], None, stop)
    assert not (tmp_path / "stopped.mp4").exists()
    assert list(tmp_path.glob("*.part.mp4")) == []  # nothing half-made stays behind


def test_two_processes_making_the_same_render_both_end_with_the_whole_video(
    tmp_path: Path,
) -> None:
    """The window's demo and `proofreader --demo` share one state: both may make a render's
    video at once. Each writes its own part file, and the render is whole either way."""
    from concurrent.futures import ThreadPoolExecutor

    from proofreader.sandbox import render_media

    talk, out = SAMPLE / "talk.mp4", tmp_path / "render.mp4"
    with ThreadPoolExecutor(max_workers=2) as pool:  # like two processes: no shared lock
        made = list(pool.map(lambda _: render_media.compose(talk, out, [], None), range(2)))
    assert made == [out, out]
    assert _audio_digest(out) == _audio_digest(talk)
    assert list(tmp_path.glob("*.part.mp4")) == []
