"""Facts about a source video before it is sent: a file's size and duration, a URL's type.

The duration is read from the MP4 boxes (mvhd) with the sandbox's small reader: a few seeks,
never the whole file, and run on a worker thread by the caller. A URL is checked with a HEAD
request (a ranged GET when HEAD is refused) on a client of its own: the API key never goes to
a source address.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from proofreader.i18n import translate
from proofreader.media.mp4 import probe

if TYPE_CHECKING:  # httpx loads with the first check, not with the window
    import httpx

VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi")
_BINARY_TYPES = ("application/octet-stream", "binary/octet-stream")
URL_TIMEOUT_S = 10.0  # connecting: 5 s


@dataclass(frozen=True)
class FileFacts:
    size: int
    duration_s: float | None  # None when the container could not be read


def read_file_facts(path: Path) -> FileFacts:
    """Size and duration of a local video (blocking: call it through asyncio.to_thread)."""
    size = path.stat().st_size
    info = probe(path) if path.suffix.lower() in (".mp4", ".mov", ".m4v") else None
    return FileFacts(size, info.duration_s if info is not None else None)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"


def billed_minutes(duration_s: float) -> int:
    """Whole minutes, rounded up (a 50 s video counts as one minute)."""
    return max(1, math.ceil(duration_s / 60 - 1e-9))


def _verdict(url: str, response: httpx.Response) -> str | None:
    if response.status_code >= 400:
        return translate(
            "MediaInfo",
            "The address answered HTTP {status}: check the URL, and that the "
            "video is public (HeyGen fetches it without signing in).",
        ).format(status=response.status_code)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type.startswith("video/"):
        return None
    path = urlsplit(str(response.url)).path.lower() or urlsplit(url).path.lower()
    if content_type in _BINARY_TYPES and path.endswith(VIDEO_SUFFIXES):
        return None
    if content_type in ("text/html", "application/xhtml+xml"):
        return translate(
            "MediaInfo",
            "The address gives a web page, not a video: use a direct link to the video file "
            "(it usually ends in .mp4).",
        )
    shown = content_type or translate("MediaInfo", "no content type")
    return translate(
        "MediaInfo",
        "The address gives {content_type}, not a video: use a direct, public link to the video "
        "file (for example one ending in .mp4).",
    ).format(content_type=shown)


async def check_video_url(url: str, http: httpx.AsyncClient | None = None) -> str | None:
    """None when `url` serves a video; otherwise the sentence saying why not."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return translate("MediaInfo", "Enter the video's full address, starting with https://.")
    import httpx

    own = http is None
    timeout = httpx.Timeout(URL_TIMEOUT_S, connect=5.0)
    client = http or httpx.AsyncClient(follow_redirects=True, timeout=timeout)
    try:
        try:
            response = await client.head(url)
            if response.status_code in (405, 501):
                async with client.stream("GET", url, headers={"Range": "bytes=0-0"}) as response:
                    return _verdict(url, response)
            return _verdict(url, response)
        except httpx.HTTPError as exc:
            host = parts.hostname or url
            reason = type(exc).__name__.replace("Error", " error").strip().lower()
            return translate(
                "MediaInfo",
                "Could not reach {host} ({reason}): check the address and your connection.",
            ).format(host=host, reason=reason)
    finally:
        if own:
            await client.aclose()
