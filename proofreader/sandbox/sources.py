"""Turning a media input object (url or asset_id) into a file the sandbox owns."""

from __future__ import annotations

import asyncio
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from proofreader.media.mp4 import DEFAULT_INFO, MediaInfo, probe_or_default
from proofreader.sandbox import srt
from proofreader.sandbox.context import SandboxContext
from proofreader.sandbox.errors import DOWNLOAD_FAILED, ApiError, invalid
from proofreader.sandbox.store import Asset
from proofreader.sandbox.validation import MediaInput

MAX_SRT_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """A source video as the sandbox sees it: its file, facts, or why it could not be had."""

    file: str | None
    info: MediaInfo
    failure: str | None
    name: str


def _ready_asset(ctx: SandboxContext, media: MediaInput, param: str) -> tuple[Asset, Path]:
    asset = ctx.store.asset(media.value)
    if asset is None:
        raise invalid(param, f"Asset {media.value} was not found.")
    if asset.status != "ready" or asset.file is None:
        raise invalid(param, f"Asset {media.value} has not finished uploading.")
    return asset, ctx.path(asset.file)


def _link_or_copy(source: Path, dest: Path) -> None:
    try:
        os.link(source, dest)
    except OSError:
        shutil.copyfile(source, dest)


async def resolve_video(ctx: SandboxContext, media: MediaInput, param: str) -> Source:
    """Own a copy of the source; an unfetchable URL gives a Source that failed at once."""
    name, dest = ctx.new_file("sources")
    if media.kind == "asset_id":
        asset, path = _ready_asset(ctx, media, param)
        await asyncio.to_thread(_link_or_copy, path, dest)
        title = asset.name
    else:
        title = media.value.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0] or media.value
        if not await ctx.fetcher.fetch(media.value, dest):
            if ctx.settings.bad_source_fails_at_once:  # HeyGen's changelog, 2026-05
                raise ApiError(400, DOWNLOAD_FAILED, code="download_failed", param=param)
            return Source(None, DEFAULT_INFO, DOWNLOAD_FAILED, title)
    info = await asyncio.to_thread(probe_or_default, dest)
    return Source(name, info, None, title)


async def resolve_srt(ctx: SandboxContext, media: MediaInput, param: str) -> bytes:
    """The bytes of an SRT given by asset or URL; 400 when missing, unfetchable or not SRT."""
    if media.kind == "asset_id":
        _asset, path = _ready_asset(ctx, media, param)
        if path.stat().st_size > MAX_SRT_BYTES:
            raise invalid(param, "The SRT file is larger than 10 MB.")
        data = await asyncio.to_thread(path.read_bytes)
    else:
        _name, dest = ctx.new_file("tmp")
        try:
            if not await ctx.fetcher.fetch(media.value, dest):
                raise invalid(
                    param,
                    "Failed to download srt from url, please check the url is valid and public.",
                )
            if dest.stat().st_size > MAX_SRT_BYTES:
                raise invalid(param, "The SRT file is larger than 10 MB.")
            data = await asyncio.to_thread(dest.read_bytes)
        finally:
            dest.unlink(missing_ok=True)
    try:
        srt.parse(srt.decode(data))
    except srt.SrtError as exc:
        raise invalid(param, f"The SRT file could not be read: {exc}") from None
    return data
