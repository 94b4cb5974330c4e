"""Downloads that survive the app: bytes go to `.<name>.part` beside the file and stay there.

The client's own download (heygen.downloads) resumes after a drop but deletes its randomly
named temporary file when it stops, so a download interrupted by closing the app would start
again from byte 0. This one keeps a predictable partial file: after a restart (or a retry of a
failed job) it asks for the rest with a Range request and checks Content-Range; a server that
ignores Range sends the whole file, which then starts cleanly. A 403 means the presigned link
expired: `refresh()` asks the API for a fresh one.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import httpx

from proofreader.heygen import (
    DEFAULT_TIMEOUT,
    LinkExpiredError,
    RetryPolicy,
    ServerError,
    TransferError,
)
from proofreader.heygen.retry import parse_retry_after
from proofreader.heygen.transport import host_label, network_error
from proofreader.workflow.output_names import part_path

if TYPE_CHECKING:
    from proofreader.heygen import ProgressCallback

logger = logging.getLogger("proofreader.workflow.download")

RefreshLink = Callable[[], Awaitable[str]]
MAX_REFRESHES = 3
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)
_UNSATISFIED = re.compile(r"^\s*bytes\s+\*/(\d+)\s*$", re.IGNORECASE)


class _Again(Exception):
    """Internal: this attempt ended early; try again after `delay` seconds."""

    def __init__(self, delay: float) -> None:
        self.delay = delay


class ResumableDownloader:
    """Fetches presigned links (never with the API key) over its own HTTP client."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self._http = http
        self._retry = retry or RetryPolicy()
        self._sleep = sleep
        self._timeout = timeout

    async def fetch(
        self,
        url: str,
        dest: Path,
        *,
        refresh: RefreshLink | None = None,
        progress: ProgressCallback | None = None,
    ) -> Path:
        """Download `url` into `dest`, continuing `.part` when there is one; the final path."""
        part = part_path(dest)
        state = _State(httpx.URL(url), part.stat().st_size if part.exists() else 0)
        failures = 0
        while True:
            before = state.have
            try:
                complete = await self._attempt(state, part, refresh, progress)
            except httpx.TransportError as exc:
                if state.have > before:
                    failures = 0
                if not self._retry.can_retry(failures):
                    raise network_error(exc, state.url, sent=False) from exc
                delay = self._retry.backoff(failures)
                logger.warning(
                    "GET %s dropped after %d bytes (%s); resuming in %.1f s",
                    host_label(state.url),
                    state.have,
                    type(exc).__name__,
                    delay,
                )
            except _Again as again:
                if not self._retry.can_retry(failures):
                    raise ServerError(
                        status=503, code="storage_error", path=state.url.path
                    ) from None
                delay = again.delay
            else:
                if complete:
                    break
                continue
            failures += 1
            await self._sleep(delay)
        if progress is not None:
            progress(state.have, state.total if state.total is not None else state.have)
        await asyncio.to_thread(os.replace, part, dest)
        return dest

    async def _attempt(
        self,
        state: _State,
        part: Path,
        refresh: RefreshLink | None,
        progress: ProgressCallback | None,
    ) -> bool:
        """One GET; True when the file is complete, False to ask again at once."""
        headers = {"Accept-Encoding": "identity"}
        if state.have:
            headers["Range"] = f"bytes={state.have}-"
        request = httpx.Request(
            "GET", state.url, headers=headers, extensions={"timeout": self._timeout.as_dict()}
        )
        response = await self._http.send(request, stream=True, follow_redirects=True)
        try:
            verdict = await self._check(state, response, part, refresh)
            if verdict != "body":
                return verdict == "complete"
            with part.open("ab") as handle:
                await self._copy(state, response, handle, progress)
        finally:
            await response.aclose()
        if state.total is not None and state.have < state.total:
            raise httpx.ReadError("the connection closed before the end of the file")
        return True

    async def _copy(
        self,
        state: _State,
        response: httpx.Response,
        handle: BinaryIO,
        progress: ProgressCallback | None,
    ) -> None:
        async for chunk in response.aiter_bytes():
            handle.write(chunk)  # page-cache writes of <= 64 KiB: microseconds
            state.have += len(chunk)
            if progress is not None:
                progress(state.have, state.total)

    async def _check(
        self,
        state: _State,
        response: httpx.Response,
        part: Path,
        refresh: RefreshLink | None,
    ) -> str:
        status = response.status_code
        if status in (401, 403):
            if refresh is None or state.refreshes >= MAX_REFRESHES:
                raise LinkExpiredError(host_label(state.url))
            state.refreshes += 1
            state.url = httpx.URL(await refresh())
            return "again"
        if status == 416 and state.have:
            match = _UNSATISFIED.match(response.headers.get("content-range", ""))
            if match is not None and int(match.group(1)) == state.have:
                state.total = state.have
                return "complete"
            await self._restart(state, part)
            return "again"
        if status in (408, 429) or status >= 500:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise _Again(self._retry.rate_limit_delay(0, retry_after))
        if status == 206:
            span = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
            if span is None or int(span.group(1)) != state.have:
                logger.warning("GET %s: unexpected Content-Range; restarting", state.url.host)
                await self._restart(state, part)
                return "again"
            state.total = None if span.group(3) == "*" else int(span.group(3))
            return "body"
        if status == 200:
            if state.have:
                logger.info("GET %s ignored the Range request; restarting", state.url.host)
                await self._restart(state, part)
            length = response.headers.get("content-length")
            state.total = int(length) if length and length.isdigit() else None
            encoding = response.headers.get("content-encoding", "identity").lower()
            if encoding not in ("", "identity"):
                raise TransferError(
                    f"Downloading {part.name.removeprefix('.').removesuffix('.part')} failed: "
                    f"the storage host compressed the file ({encoding}): try again later."
                )
            return "body"
        raise TransferError(
            f"Downloading {part.name.removeprefix('.').removesuffix('.part')} failed: the "
            f"storage host answered HTTP {status}: try again later.",
            status=status,
        )

    @staticmethod
    async def _restart(state: _State, part: Path) -> None:
        await asyncio.to_thread(part.unlink, True)
        state.have = 0
        state.total = None


class _State:
    """The link, bytes on disk and size of one download across attempts."""

    def __init__(self, url: httpx.URL, have: int) -> None:
        self.url = url
        self.have = have
        self.total: int | None = None
        self.refreshes = 0
