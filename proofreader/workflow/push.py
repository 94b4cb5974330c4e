"""Pushing a corrected SRT back: check it, upload it as an asset, attach it to the session.

The asset route is tried first (multipart POST /v3/assets). An older live service refused
SRT assets ("Content type not supported"); then the direct-upload route is used. If neither
takes the file, the user is told so in a sentence and nothing changes on the service.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from proofreader.heygen import (
    Asset,
    Proofread,
    TransferError,
    ValidationError,
)
from proofreader.subtitles.encoding import decode_subtitle_bytes
from proofreader.subtitles.errors import SubtitleParseError
from proofreader.subtitles.srt_io import MAX_FILE_BYTES, parse_subtitle_bytes
from proofreader.workflow.errors import InputError, SrtRefused
from proofreader.workflow.sources import check_readable_file

if TYPE_CHECKING:
    from proofreader.heygen import HeyGenClient, ProgressCallback

logger = logging.getLogger("proofreader.workflow")

SRT_CONTENT_TYPE = "application/x-subrip"
_UTF8 = frozenset({"utf-8", "ascii"})


@dataclass(frozen=True)
class PushResult:
    """The session after the push, the asset holding the SRT, and the route that took it."""

    proofread: Proofread
    asset: Asset
    route: Literal["asset", "direct"]
    sha256: str


def _read(path: Path) -> bytes:
    check_readable_file(path, "SRT")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(f"{path} is far too large for a subtitle file: choose the .srt file.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"Cannot read {path} ({exc.strerror or exc}): check the file.") from exc


def srt_payload(path: Path) -> bytes:
    """The bytes to upload: the file as it is when it is UTF-8, else converted to UTF-8.

    Raises InputError when the file is not a readable SRT with at least one cue.
    """
    data = _read(path)
    try:
        parsed = parse_subtitle_bytes(data)
        text, encoding = decode_subtitle_bytes(data)
    except SubtitleParseError as exc:
        raise InputError(f"{path} is not a readable SRT file ({exc}): fix it first.") from exc
    if parsed.format != "srt":
        raise InputError(
            f"{path} is a WebVTT file; HeyGen takes SRT: convert it first "
            "(proofreader convert), then push the .srt."
        )
    if not parsed.cues:
        raise InputError(f"{path} has no subtitles in it: push the corrected SRT file.")
    return data if encoding in _UTF8 else text.encode("utf-8")


async def fetch_srt(client: HeyGenClient, proofread_id: str, *, original: bool = False) -> bytes:
    """The session's current translated SRT (or source transcript) as bytes, via a temp file."""
    with tempfile.TemporaryDirectory(prefix="proofreader-") as folder:
        dest = Path(folder) / ("original.srt" if original else "translated.srt")
        await client.download_proofread_srt(proofread_id, dest, original=original)
        return await asyncio.to_thread(dest.read_bytes)


def _refused_content_type(exc: ValidationError) -> bool:
    detail = exc.detail.lower()
    return "content type" in detail or "content-type" in detail or exc.param == "content_type"


async def upload_srt(
    client: HeyGenClient,
    data: bytes,
    filename: str,
    *,
    progress: ProgressCallback | None = None,
) -> tuple[Asset, Literal["asset", "direct"]]:
    """Upload SRT bytes as an asset, falling back to a direct upload if SRT assets are refused."""
    try:
        asset = await client.upload_bytes(data, filename, SRT_CONTENT_TYPE, progress=progress)
        return asset, "asset"
    except ValidationError as exc:
        if not _refused_content_type(exc):
            raise
        logger.info("HeyGen refused the SRT as an asset (%s); trying a direct upload", exc.detail)
    try:
        asset = await client.upload_bytes(
            data, filename, SRT_CONTENT_TYPE, progress=progress, force_direct=True
        )
    except (ValidationError, TransferError) as exc:
        raise SrtRefused(
            "HeyGen refused the corrected SRT both as an asset and as a direct upload "
            f"({exc}), so nothing was changed: try again later, or contact HeyGen support "
            "if it keeps happening."
        ) from exc
    return asset, "direct"


async def push_srt(
    client: HeyGenClient,
    proofread_id: str,
    path: Path,
    *,
    check_original: bool = True,
    progress: ProgressCallback | None = None,
) -> PushResult:
    """Replace the session's translated SRT with the file at `path` (used at the next generate).

    With `check_original`, refuses a file identical to the session's source transcript: the
    contract forbids uploading the original back as the translation.
    """
    payload = await asyncio.to_thread(srt_payload, path)
    digest = hashlib.sha256(payload).hexdigest()
    if check_original:
        original = await _original_or_none(client, proofread_id)
        if original is not None and hashlib.sha256(original).hexdigest() == digest:
            raise InputError(
                f"{path} is the source-language transcript of this proofread, not the "
                "translation: push the translated file (…_proofread.srt) instead."
            )
    filename = f"{path.stem or 'subtitles'}.srt"
    asset, route = await upload_srt(client, payload, filename, progress=progress)
    proofread = await client.put_srt(proofread_id, asset.media_input)
    return PushResult(proofread, asset, route, digest)


async def _original_or_none(client: HeyGenClient, proofread_id: str) -> bytes | None:
    urls = await client.get_srt_urls(proofread_id)
    if not urls.original_srt_url:  # the session has no transcript to compare with
        return None
    return await fetch_srt(client, proofread_id, original=True)
