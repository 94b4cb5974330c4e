"""The sandbox's rendered video: what a render changes, visibly and audibly.

HeyGen's render dubs the video into the target language and, when captions were asked for,
burns the corrected subtitles into the picture. The sandbox cannot dub, but for the sample
talk it has a spoken track per language (resources/sample/talk.<code>.m4a, made once with
espeak-ng), and it burns the render's SRT into the frames itself: PyAV decodes and encodes,
Pillow draws the caption box. So the demo's Source and Result differ as they would on HeyGen.
Made once per render, on a worker thread, while the render "runs" (its status stays running
until the file exists, so a download never waits on it); kept beside the sandbox's state.
Sources longer than MAX_SECONDS are served as they are (a demo is not a render farm), and
closing the sandbox stops a render being made between two frames.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import uuid
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from proofreader.sandbox import srt
from proofreader.sandbox.media import SampleMedia
from proofreader.sandbox.srt import Cue

if TYPE_CHECKING:
    import av
    from PIL import Image, ImageFont

log = logging.getLogger(__name__)

_CRF = "30"
MAX_SECONDS = 180.0  # longer sources are served unchanged: making them would take minutes


class _Stopped(Exception):
    """The sandbox is closing: the render being made is given up (its .part file removed)."""


_MARGIN = 0.06  # of the frame height, below the caption box
_FONT_SHARE = 0.065  # caption text height as a share of the frame height


def compose(
    source: Path,
    out: Path,
    captions: Sequence[Cue],
    audio: Path | None,
    stop: threading.Event | None = None,
) -> Path:
    """Write `out`: the source's picture (with `captions` burned in, when there are any) and
    `audio` as its sound (the source's own when None). Sources over MAX_SECONDS: `source`."""
    import av  # a large library: loaded only when a render is made

    with av.open(str(source)) as probe:
        length_s = (probe.duration or 0) / 1_000_000  # in av.time_base units
    if length_s > MAX_SECONDS:
        log.info(
            "A demo render of %.0f s is the source itself (over %.0f s)", length_s, MAX_SECONDS
        )
        return source

    # a name of this process's own: the window's demo and `--demo` may make the same render
    tmp = out.with_name(f"{out.stem}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part.mp4")
    try:
        _write(source, tmp, captions, audio, stop)
    except BaseException:
        tmp.unlink(missing_ok=True)  # stopped or failed: no half-made file stays behind
        raise
    tmp.replace(out)  # atomic: another process's finished copy of the same render is equal
    return out


def _write(
    source: Path,
    tmp: Path,
    captions: Sequence[Cue],
    audio: Path | None,
    stop: threading.Event | None,
) -> None:
    import av

    with av.open(str(source)) as src, av.open(str(tmp), "w", format="mp4") as dst:
        vin = src.streams.video[0]
        rate = vin.average_rate or Fraction(12)
        vout = dst.add_stream("libx264", rate=rate)
        vout.width, vout.height = vin.codec_context.width, vin.codec_context.height
        vout.pix_fmt = "yuv420p"
        vout.codec_context.time_base = Fraction(1, 1) / rate
        vout.options = {"crf": _CRF, "preset": "ultrafast", "tune": "stillimage"}
        # the sound from a container of its own: `src` is read to its end by the picture
        sound = av.open(str(audio if audio is not None else source))
        try:
            ain = sound.streams.audio[0] if sound.streams.audio else None
            aout = dst.add_stream_from_template(ain) if ain is not None else None
            painter = _CaptionPainter(captions, vout.width, vout.height)
            base = vin.time_base or Fraction(1, 1000)
            for index, frame in enumerate(src.decode(vin)):
                if stop is not None and stop.is_set():
                    raise _Stopped
                seconds = float(frame.pts * base) if frame.pts is not None else index / rate
                image = painter.paint(frame, round(seconds * 1000))
                new = av.VideoFrame.from_image(image) if image is not None else frame  # type: ignore[no-untyped-call]
                new = new.reformat(format="yuv420p")
                new.pts, new.time_base = index, vout.codec_context.time_base
                for packet in vout.encode(new):
                    dst.mux(packet)
            for packet in vout.encode(None):
                dst.mux(packet)
            if ain is not None and aout is not None:
                for packet in sound.demux(ain):
                    if packet.dts is None:
                        continue
                    packet.stream = aout
                    dst.mux(packet)
        finally:
            sound.close()


# Fonts with the accented letters of the target languages, looked for by file name in the
# system's font folders; Pillow's own default font lacks them ("revisi□n").
_FONT_FILES = (
    "DejaVuSans.ttf",
    "LiberationSans-Regular.ttf",
    "NotoSans-Regular.ttf",
    "FreeSans.ttf",
    "arial.ttf",
    "Arial.ttf",
    "Helvetica.ttc",
)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    for name in _FONT_FILES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


class _CaptionPainter:
    """Draws the cue under the playhead as a box of white text near the bottom of the frame;
    each cue's box is drawn once and pasted onto its frames."""

    def __init__(self, cues: Sequence[Cue], width: int, height: int) -> None:
        self._cues = sorted(cues, key=lambda c: c.start_ms)
        self._width, self._height = width, height
        self._boxes: dict[int, Image.Image] = {}
        self._size = max(10, round(height * _FONT_SHARE))
        self._font = _font(self._size)

    def paint(self, frame: av.VideoFrame, ms: int) -> Image.Image | None:
        """The frame as an image with the caption on it; None when no cue is on screen."""
        index = next(
            (i for i, c in enumerate(self._cues) if c.start_ms <= ms < c.end_ms and c.text), None
        )
        if index is None:
            return None
        image: Image.Image = frame.to_image()  # type: ignore[no-untyped-call]
        box = self._boxes.get(index)
        if box is None:
            box = self._boxes[index] = self._box(self._cues[index].text)
        x = (self._width - box.width) // 2
        y = self._height - box.height - round(self._height * _MARGIN)
        base = image.convert("RGBA")
        base.alpha_composite(box, (max(0, x), max(0, y)))
        return base.convert("RGB")

    def _box(self, text: str) -> Image.Image:
        from PIL import Image, ImageDraw

        font, size = self._font, self._size
        lines = [line.strip() for line in text.replace("\r", "").split("\n") if line.strip()]
        draw = ImageDraw.Draw(Image.new("RGBA", (1, 1)))
        widths = [draw.textlength(line, font=font) for line in lines]
        pad, gap = size // 2, size // 4
        width = min(self._width, round(max(widths, default=0)) + 2 * pad)
        height = len(lines) * size + (len(lines) - 1) * gap + 2 * pad
        box = Image.new("RGBA", (width, height), (0, 0, 0, 170))
        draw = ImageDraw.Draw(box)
        for n, (line, line_width) in enumerate(zip(lines, widths, strict=True)):
            x = (width - line_width) / 2
            draw.text((x, pad + n * (size + gap)), line, font=font, fill=(255, 255, 255, 255))
        return box


class RenderMedia:
    """Makes each render's video once, on one worker thread (two renders never compete for
    the CPU), and hands the same file to every download that asks for it."""

    def __init__(self, folder: Path, media: SampleMedia) -> None:
        self._folder = folder
        self._media = media
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sandbox-render")
        self._jobs: dict[str, Future[Path]] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def start(
        self, render_id: str, source: Path, srt_path: Path | None, language: str
    ) -> Future[Path]:
        """Make the render's video unless it exists or is being made (cheap to call again)."""
        with self._lock:
            job = self._jobs.get(render_id)
            if job is None:
                out = self._folder / f"{render_id}.mp4"
                if out.is_file():
                    job = Future()
                    job.set_result(out)
                else:
                    job = self._pool.submit(self._make, source, out, srt_path, language)
                self._jobs[render_id] = job
            return job

    def _make(self, source: Path, out: Path, srt_path: Path | None, language: str) -> Path:
        cues = srt.parse(srt.decode(srt_path.read_bytes())) if srt_path is not None else []
        out.parent.mkdir(parents=True, exist_ok=True)
        dubbed = self._media.dubbed_audio(source, language)
        return compose(source, out, cues, dubbed, self._stop)

    def pending(self, render_id: str) -> bool:
        """True while the render's video is being made (its status is still "running")."""
        with self._lock:
            job = self._jobs.get(render_id)
        return job is not None and not job.done()

    async def result(
        self, render_id: str, source: Path, srt_path: Path | None, language: str
    ) -> Path | None:
        """The render's video (made now if need be); None when it could not be made."""
        try:
            return await asyncio.wrap_future(self.start(render_id, source, srt_path, language))
        except Exception:
            log.exception("The sandbox could not make the video of render %s", render_id)
            with self._lock:
                self._jobs.pop(render_id, None)
            return None

    def close(self) -> None:
        """Stop: a render being made ends at its next frame (quitting never waits for one)."""
        self._stop.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
