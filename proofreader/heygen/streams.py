"""Upload bodies that stream from disk: a file is never read into memory whole.

Reads run on one worker thread per transfer, one large chunk ahead of the socket, so disk
and network overlap and the event loop never blocks on the disk. The multipart body of a
small-asset upload is assembled around the same stream, with its length known up front.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import secrets
from collections.abc import AsyncGenerator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import aclosing
from pathlib import Path

from proofreader.heygen.errors import TransferError
from proofreader.heygen.transport import StreamBody

ProgressCallback = Callable[[int, int | None], None]
"""Called with (bytes done, total bytes or None when unknown)."""

CHUNK_SIZE = 1 << 20


class Sha256Sink:
    """Collects the SHA-256 of the bytes streamed in one attempt."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def update(self, data: bytes) -> None:
        self._hash.update(data)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


async def read_file_chunks(
    path: Path,
    size: int,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: ProgressCallback | None = None,
    digest: Sha256Sink | None = None,
) -> AsyncGenerator[bytes, None]:
    """Yield exactly `size` bytes of `path` in chunks; a file that shrank is an error.

    The worker hashes each chunk as it reads it, so a checksum costs no second pass.
    """
    loop = asyncio.get_running_loop()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="heygen-upload")
    handle = open(path, "rb", buffering=0)  # noqa: SIM115 - closed in finally, after the worker
    remaining = size

    def read(count: int) -> bytes:
        data = handle.read(count) or b""
        if digest is not None and data:
            digest.update(data)
        return data

    def next_read() -> asyncio.Future[bytes] | None:
        return (
            loop.run_in_executor(executor, read, min(chunk_size, remaining)) if remaining else None
        )

    pending = next_read()
    done = 0
    try:
        while pending is not None:
            chunk = await pending
            if not chunk:
                raise TransferError(
                    f"{path.name} got shorter while it was being uploaded: "
                    "wait until nothing is writing to it, then try again."
                )
            remaining -= len(chunk)
            pending = next_read()
            yield chunk
            done += len(chunk)
            if progress is not None:
                progress(done, size)
    finally:
        if pending is not None:
            pending.cancel()
        executor.shutdown(wait=True)
        handle.close()


def _quote(value: str) -> str:
    """A multipart parameter value, escaped the way browsers and httpx do."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _multipart_parts(filename: str, content_type: str) -> tuple[bytes, bytes, str]:
    boundary = secrets.token_hex(16)
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="file"; filename="{_quote(filename)}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    return head, tail, f"multipart/form-data; boundary={boundary}"


def multipart_file(
    path: Path,
    size: int,
    *,
    filename: str,
    content_type: str,
    chunk_size: int = CHUNK_SIZE,
    progress: ProgressCallback | None = None,
) -> StreamBody:
    """A `file` form field streamed from disk, with Content-Length (no chunked encoding)."""
    head, tail, form_type = _multipart_parts(filename, content_type)

    async def open_stream() -> AsyncGenerator[bytes, None]:
        yield head
        chunks = read_file_chunks(path, size, chunk_size=chunk_size, progress=progress)
        async with aclosing(chunks):
            async for chunk in chunks:
                yield chunk
        yield tail

    headers = {"Content-Type": form_type, "Content-Length": str(len(head) + size + len(tail))}
    return StreamBody(headers=headers, open=open_stream)


def multipart_bytes(data: bytes, *, filename: str, content_type: str) -> tuple[bytes, str]:
    """A small in-memory file as a complete multipart body and its Content-Type."""
    head, tail, form_type = _multipart_parts(filename, content_type)
    return head + data + tail, form_type


def raw_file(
    path: Path,
    size: int,
    *,
    headers: dict[str, str],
    chunk_size: int = CHUNK_SIZE,
    progress: ProgressCallback | None = None,
    digest_factory: Callable[[], Sha256Sink] | None = None,
) -> StreamBody:
    """The file as a raw request body (direct-upload PUT); a fresh checksum per attempt."""

    async def open_stream() -> AsyncGenerator[bytes, None]:
        digest = digest_factory() if digest_factory is not None else None
        chunks = read_file_chunks(
            path, size, chunk_size=chunk_size, progress=progress, digest=digest
        )
        async with aclosing(chunks):
            async for chunk in chunks:
                yield chunk

    return StreamBody(headers=headers, open=open_stream)


def file_size(path: Path) -> int:
    """Size of a regular file, with a sentence a user understands when it cannot be read."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise TransferError(f"{path} does not exist: check the path and try again.") from exc
    except OSError as exc:
        raise TransferError(f"Could not read {path} ({exc.strerror}): check the path.") from exc
    if not os.path.isfile(path):
        raise TransferError(f"{path} is not a file: choose a file to upload.")
    return info.st_size
