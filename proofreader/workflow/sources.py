"""Where a video (or SRT, or audio) comes from: a local file, a public URL, or an asset id.

A local file is uploaded first (multipart or direct, the client chooses by size) and given to
the create call as its asset id. A URL is passed through as a `url` input: the service fetches
it, and this app never sends anything, least of all the key, to it. `asset:ID` names an asset
that was uploaded before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from proofreader.heygen import MediaInput, UnsupportedFileType, check_asset_type
from proofreader.library.action_keys import ActionKeys
from proofreader.workflow.errors import InputError
from proofreader.workflow.keys import action_name, file_identity, run_keyed

if TYPE_CHECKING:
    from proofreader.heygen import HeyGenClient, ProgressCallback

ASSET_PREFIX = "asset:"


@dataclass(frozen=True)
class MediaSource:
    """A parsed `--video`-style argument: `kind` says how `value` is to be used."""

    kind: Literal["file", "url", "asset"]
    value: str

    @classmethod
    def parse(cls, text: str, what: str = "video") -> MediaSource:
        """Read `PATH`, `http(s)://…` or `asset:ID`; InputError when it cannot be used."""
        raw = text.strip()
        if not raw:
            raise InputError(f"No {what} was given: name a file, an http(s) URL or asset:ID.")
        if raw.lower().startswith(ASSET_PREFIX):
            asset_id = raw[len(ASSET_PREFIX) :].strip()
            if not asset_id:
                raise InputError(f"'{raw}' names no asset: write asset:ID with the asset's id.")
            return cls("asset", asset_id)
        if raw.lower().startswith(("http://", "https://")):
            return cls("url", raw)
        if "://" in raw and not Path(raw).exists():
            raise InputError(
                f"The {what} '{raw}' is neither a local file nor an http(s) URL: "
                "HeyGen can only fetch public http(s) addresses."
            )
        path = Path(raw).expanduser()
        check_readable_file(path, what)
        return cls("file", str(path))

    @property
    def label(self) -> str:
        """A short name for progress lines: the file name, the URL, or the asset id."""
        return Path(self.value).name if self.kind == "file" else self.value

    def identity(self) -> list[object]:
        """What makes two requests with this source the same (for idempotency keys)."""
        if self.kind == "file":
            return ["file", *file_identity(Path(self.value))]
        return [self.kind, self.value]


def check_readable_file(path: Path, what: str) -> None:
    """InputError with a sentence when `path` is not a regular file this process can read."""
    if not path.exists():
        raise InputError(f"The {what} file {path} does not exist: check the path.")
    if not path.is_file():
        raise InputError(f"The {what} {path} is not a file: choose a file.")
    if not os.access(path, os.R_OK):
        raise InputError(f"The {what} file {path} cannot be read: check its permissions.")


async def media_input(
    client: HeyGenClient,
    source: MediaSource,
    *,
    progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    keys: ActionKeys | None = None,
    what: str = "video",
) -> MediaInput:
    """The source as a media input, uploading a local file first (cancel the task to stop).

    The upload's Idempotency-Key belongs to uploading this version of the file: kept in `keys`
    until HeyGen has answered, so a retry after a lost answer gets the same asset.
    """
    if source.kind == "url":
        return MediaInput.url(source.value)
    if source.kind == "asset":
        return MediaInput.asset(source.value)
    path = Path(source.value)
    check_readable_file(path, what)
    try:
        check_asset_type(path.name)  # before a byte is uploaded
    except UnsupportedFileType as exc:
        raise InputError(str(exc)) from None
    asset = await run_keyed(
        keys,
        action_name("asset", *source.identity()),
        lambda key: client.upload_asset(path, progress=progress, idempotency_key=key),
        key=idempotency_key,
    )
    return asset.media_input
