"""Downloading from presigned links: resumable, refreshable, never a half-written file in place.

Bytes go to a hidden temporary file beside the destination and are renamed into place only
when complete. A dropped connection resumes with a Range request from the bytes already on
disk (checked against Content-Range; a server that ignores Range restarts the file cleanly).
A 403 from the storage host means the link expired: `refresh()` asks the API for a new one.
Bytes are written in blocks of a quarter MiB (see `_BlockWriter` and `WRITE_BLOCK`).

Given a stable `part` path instead (the window's downloads), the partial file outlives the
call: it stays when the download fails or is cancelled, and the next call continues it with a
Range request, so a retry or an app restart does not start again from byte 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

import httpx

from proofreader.heygen.errors import LinkExpiredError, ServerError, TransferError
from proofreader.heygen.limits import NetworkLimits
from proofreader.heygen.retry import RetryPolicy, parse_retry_after
from proofreader.heygen.streams import ProgressCallback
from proofreader.heygen.transport import DEFAULT_TIMEOUT, Sleep, host_label, network_error

logger = logging.getLogger("proofreader.heygen")

RefreshCallback = Callable[[], Awaitable[str]]
"""Asks the API again for the resource and returns a fresh presigned URL for the same file."""

WRITE_BLOCK = 256 << 10
"""Bytes per write() call: small reads are gathered up to it, large ones are cut to it. Bigger
calls do not pay: 4 MiB writes made a 1 GiB loopback download cost two to three times the
kernel CPU, and 1 MiB writes did in some runs (benchmarks/transfer.py; Linux 6.18, ext4, which
backs large writes with large page-cache folios); 128-512 KiB writes never cost more."""
PROGRESS_STEP = 1 << 20
MAX_REFRESHES = 3
_IOV_MAX = 512
SLOW_WRITE_S = 0.05
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)
_UNSATISFIED = re.compile(r"^\s*bytes\s+\*/(\d+)\s*$", re.IGNORECASE)


class DownloadRoute(Protocol):
    """What a download goes through. Requests are sent without the API key (`auth=None`, no
    key header): presigned links belong to storage hosts, which must never see it."""

    @property
    def http(self) -> httpx.AsyncClient: ...
    @property
    def retry(self) -> RetryPolicy: ...
    @property
    def timeout(self) -> httpx.Timeout: ...
    @property
    def sleep(self) -> Sleep: ...
    @property
    def limits(self) -> NetworkLimits: ...


@dataclass(frozen=True)
class StorageRoute:
    """A route over a plain HTTP client that holds no key (the window's downloads); the
    client's own Transport is the other route."""

    http: httpx.AsyncClient
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    sleep: Sleep = asyncio.sleep
    limits: NetworkLimits = field(default_factory=NetworkLimits)


class _BlockWriter:
    """Appends to a file descriptor in blocks of `WRITE_BLOCK` bytes.

    A block normally goes straight into the page cache from the event loop: a few
    milliseconds, and measurably faster than a worker thread, which has to win the GIL back
    from the busy loop after every write. Once a write takes long (a slow or saturated disk),
    the rest move to one worker thread with one block in flight, so the loop never stalls.
    """

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._executor: ThreadPoolExecutor | None = None
        self._buffer: list[bytes] = []
        self._buffered = 0
        self._pending: asyncio.Future[None] | None = None
        self._closed = False

    @staticmethod
    def _write_all(fd: int, chunks: list[bytes]) -> None:
        """Write the chunks in order, `WRITE_BLOCK` bytes per call (the last call: the rest)."""
        views: list[memoryview] = []
        size = 0
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                piece, view = view[: WRITE_BLOCK - size], view[WRITE_BLOCK - size :]
                views.append(piece)
                size += len(piece)
                if size == WRITE_BLOCK:
                    _BlockWriter._writev_all(fd, views)
                    views, size = [], 0
        _BlockWriter._writev_all(fd, views)

    @staticmethod
    def _writev_all(fd: int, views: list[memoryview]) -> None:
        while views:
            written = os.writev(fd, views[:_IOV_MAX])
            while views and written >= len(views[0]):
                written -= len(views[0])
                views.pop(0)
            if views and written:
                views[0] = views[0][written:]

    async def write(self, chunk: bytes) -> None:
        self._buffer.append(chunk)
        self._buffered += len(chunk)
        if self._buffered >= WRITE_BLOCK:
            await self._flush()

    async def _flush(self) -> None:
        if self._pending is not None:
            await self._pending
            self._pending = None
        if not self._buffer:
            return
        chunks, self._buffer, self._buffered = self._buffer, [], 0
        if self._executor is not None:
            loop = asyncio.get_running_loop()
            self._pending = loop.run_in_executor(self._executor, self._write_all, self._fd, chunks)
            return
        started = time.perf_counter()
        self._write_all(self._fd, chunks)
        if time.perf_counter() - started > SLOW_WRITE_S:
            logger.debug("disk writes are slow; moving them off the event loop")
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="heygen-write")

    async def finish(self) -> None:
        await self._flush()
        if self._pending is not None:
            await self._pending
            self._pending = None

    async def restart(self) -> None:
        """Drop everything written so far (the server sent the whole file again)."""
        self._buffer, self._buffered = [], 0
        if self._pending is not None:
            await self._pending
            self._pending = None
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)

    def close(self) -> None:
        """Stop the worker (waiting for a write in flight) and close the file. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._pending is not None:
            self._pending.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        os.close(self._fd)


def _content_range(value: str | None) -> tuple[int, int | None] | None:
    """(first byte, full size or None) of a Content-Range header."""
    match = _CONTENT_RANGE.match(value or "")
    if match is None:
        return None
    total = match.group(3)
    return int(match.group(1)), None if total == "*" else int(total)


def _strong_etag(response: httpx.Response) -> str | None:
    etag = response.headers.get("etag")
    return etag if etag and not etag.startswith("W/") else None


def _open_part(part: Path) -> tuple[int, int]:
    """The stable partial file, opened to append to; (descriptor, bytes already in it)."""
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
    return fd, os.lseek(fd, 0, os.SEEK_END)


def _open_temporary(dest: Path) -> tuple[int, Path]:
    for _ in range(10):
        tmp = dest.parent / f".{dest.name}.{secrets.token_hex(4)}.part"
        try:
            return os.open(
                tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            ), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file beside {dest}")


class _Stalled(Exception):
    """The body arrives, but too slowly to ever finish."""


class _Retry(Exception):
    """Internal: the current attempt ended early; try again after `delay` seconds."""

    def __init__(self, delay: float) -> None:
        self.delay = delay


async def download(
    route: DownloadRoute,
    url: str,
    dest: Path,
    *,
    progress: ProgressCallback | None = None,
    refresh: RefreshCallback | None = None,
    part: Path | None = None,
) -> Path:
    """Fetch `url` into `dest` (replacing it); the path of the complete file.

    Without `part` the bytes collect in a temporary file that goes when the call ends. With
    it they collect in `part`, which is continued when it exists and kept when the call
    fails or is cancelled (the caller decides when to delete it)."""
    dest = Path(dest)
    have = 0
    try:
        if part is None:
            fd, tmp = _open_temporary(dest)
        else:
            tmp = part
            fd, have = _open_part(part)
    except OSError as exc:
        raise TransferError(
            f"Could not write to {dest.parent} ({exc.strerror or exc}): "
            "check that the folder exists and can be written to."
        ) from exc
    writer = _BlockWriter(fd)
    try:
        try:
            await _Download(route, url, dest.name, writer, progress, refresh, have).run()
            writer.close()
            os.replace(tmp, dest)
        except OSError as exc:
            raise TransferError(
                f"Could not write {dest} ({exc.strerror or exc}): "
                "check the free space and that the folder can be written to."
            ) from exc
    except BaseException as exc:
        if part is not None and not isinstance(exc, asyncio.CancelledError):
            with contextlib.suppress(OSError):
                await writer.finish()  # keep every byte received for the next call
        writer.close()  # what is still buffered is dropped: the file stays a prefix
        if part is None:
            tmp.unlink(missing_ok=True)
        raise
    return dest


class _Download:
    """The state of one download across attempts: bytes on disk, size, validator, link."""

    def __init__(
        self,
        route: DownloadRoute,
        url: str,
        name: str,
        writer: _BlockWriter,
        progress: ProgressCallback | None,
        refresh: RefreshCallback | None,
        have: int,
    ) -> None:
        self.route = route
        self.url = httpx.URL(url)
        self.name = name
        self.writer = writer
        self.progress = progress
        self.refresh = refresh
        self.have = have
        self.total: int | None = None
        self.etag: str | None = None
        self.reported = have
        self.failures = 0
        self.refreshes = 0

    async def run(self) -> None:
        policy = self.route.retry
        while True:
            before = self.have
            try:
                finished = await self._attempt()
            except httpx.TransportError as exc:
                if self.have > before:
                    self.failures = 0
                if not policy.can_retry(self.failures):
                    raise network_error(exc, self.url, sent=False) from exc
                delay = policy.backoff(self.failures)
                logger.warning(
                    "GET %s %s dropped after %d bytes (%s); resuming in %.1f s",
                    host_label(self.url),
                    self.url.path,
                    self.have,
                    type(exc).__name__,
                    delay,
                )
                self.failures += 1
                await self.writer.finish()  # a stable part holds every byte received so far
                self._report(force=True)
                await self.route.sleep(delay)
                continue
            except _Retry as retry:
                self.failures += 1
                await self.route.sleep(retry.delay)
                continue
            except _Stalled:  # progress that does not count: a drip must not retry forever
                if not policy.can_retry(self.failures):
                    raise TransferError(
                        f"The storage host sent {self.name} too slowly (under "
                        f"{self.route.limits.stall_min_bytes // 1024} KB in "
                        f"{self.route.limits.stall_window_s:g} s), so the download was stopped: "
                        "try again later; what arrived is kept for the next try."
                    ) from None
                self.failures += 1
                await self.writer.finish()
                self._report(force=True)
                await self.route.sleep(policy.backoff(self.failures - 1))
                continue
            if finished:
                await self.writer.finish()
                self._report(force=True)
                return
            if self.have > before:
                self.failures = 0
                self.refreshes = 0

    def _request(self) -> httpx.Request:
        headers = {"Accept-Encoding": "identity"}
        if self.have:
            headers["Range"] = f"bytes={self.have}-"
            if self.etag:
                headers["If-Range"] = self.etag
        return httpx.Request(
            "GET",
            self.url,
            headers=headers,
            extensions={"timeout": self.route.timeout.as_dict()},
        )

    async def _attempt(self) -> bool:
        """One GET; True when the file is complete, False to go again at once."""
        request = self._request()
        http = self.route.http
        response = await http.send(request, stream=True, auth=None, follow_redirects=True)
        try:
            logger.debug(
                "GET %s %s -> %d", host_label(self.url), self.url.path, response.status_code
            )
            verdict = await self._accept(response)
            if verdict == "again":
                return False
            if verdict == "complete":
                return True
            limits = self.route.limits
            window_start, window_bytes = time.monotonic(), 0
            async for chunk in response.aiter_bytes():
                await self.writer.write(chunk)
                self.have += len(chunk)
                self._report()
                window_bytes += len(chunk)
                if time.monotonic() - window_start >= limits.stall_window_s:
                    if window_bytes < limits.stall_min_bytes:
                        raise _Stalled
                    window_start, window_bytes = time.monotonic(), 0
        finally:
            await response.aclose()
        if self.total is not None and self.have < self.total:
            # Closed early without an error from the HTTP layer: resume like a drop.
            raise httpx.ReadError("connection closed before the end of the file")
        if self.total is not None and self.have > self.total:
            raise TransferError(
                f"Downloading {self.name} failed: the storage host sent more than the file's "
                "size: try again."
            )
        return True

    async def _accept(self, response: httpx.Response) -> Literal["body", "complete", "again"]:
        """Check the answer: read its `body`, the file is already `complete`, or ask `again`."""
        status = response.status_code
        if status in (401, 403):
            await self._refresh()
            return "again"
        if status == 416 and self.have:
            unsatisfied = _UNSATISFIED.match(response.headers.get("content-range", ""))
            if self.total is None and unsatisfied is not None:
                self.total = int(unsatisfied.group(1))  # a kept part that was already whole
            if self.total == self.have:
                return "complete"
            await self._restart()
            return "again"
        if status == 429 or status >= 500 or status == 408:
            if not self.route.retry.can_retry(self.failures):
                raise ServerError(status=status, code="storage_error", path=self.url.path)
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            delay = self.route.retry.backoff(self.failures)
            if retry_after is not None:
                delay = self.route.retry.rate_limit_delay(self.failures, retry_after)
            raise _Retry(delay)
        if status == 206 and self.have:
            span = _content_range(response.headers.get("content-range"))
            if span is None or span[0] != self.have:
                logger.warning("GET %s: unexpected Content-Range; restarting", self.url.host)
                await self._restart()
                return "again"
            self.total = span[1] if span[1] is not None else self.total
            return "body"
        if status in (200, 206):
            if self.have:
                logger.info("GET %s ignored the Range request; restarting", self.url.host)
                await self._restart()
            encoded = response.headers.get("content-encoding", "identity").lower()
            length = response.headers.get("content-length")
            if status == 206:
                span = _content_range(response.headers.get("content-range"))
                if span is None or span[0] != 0:
                    raise TransferError(
                        f"Downloading {self.name} failed: the storage host sent part of the "
                        "file that was not asked for: try again."
                    )
                self.total = span[1]
            else:
                self.total = int(length) if length and length.isdigit() else None
            if encoded not in ("", "identity"):
                raise TransferError(
                    f"Downloading {self.name} failed: the storage host compressed the file "
                    f"({encoded}): try again later."
                )
            self.etag = _strong_etag(response)
            return "body"
        raise TransferError(
            f"Downloading {self.name} failed: the storage host answered HTTP {status}: "
            "refresh the item and try again.",
            status=status,
        )

    async def _restart(self) -> None:
        await self.writer.restart()
        self.have = 0
        self.reported = 0
        self.total = None
        self.etag = None

    async def _refresh(self) -> None:
        if self.refresh is None or self.refreshes >= MAX_REFRESHES:
            raise LinkExpiredError(host_label(self.url))
        self.refreshes += 1
        logger.info("GET %s: link expired; asking for a fresh one", host_label(self.url))
        self.url = httpx.URL(await self.refresh())

    def _report(self, *, force: bool = False) -> None:
        if self.progress is None:
            return
        if force or self.have - self.reported >= PROGRESS_STEP:
            self.reported = self.have
            self.progress(self.have, self.total)
