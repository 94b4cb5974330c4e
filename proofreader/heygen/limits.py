"""How long an API request may take and how large its answer may be, as HeyGen's CLI bounds them.

Each request has an overall deadline by kind (reads 30 s, creates 120 s, uploads 10 min),
counted from sending to the last byte of the answer, so a server that drips a byte every few
seconds cannot hold a command or a job. A JSON answer is read up to `max_json_bytes` after
decompression, decompressing in bounded steps, so neither a huge body nor a gzip bomb can take
the memory.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from proofreader.heygen.errors import NetworkError, UnexpectedResponseError

MiB = 1024 * 1024


@dataclass(frozen=True)
class NetworkLimits:
    """Deadlines in seconds per kind of request, and the largest JSON answer in bytes."""

    read_s: float = 30.0
    create_s: float = 120.0
    upload_s: float = 600.0
    connect_s: float = 15.0
    max_json_bytes: int = 16 * MiB
    upload_min_rate: int = 256 * 1024
    """Bytes per second a large direct upload is allowed at least: its deadline grows with it."""
    stall_window_s: float = 60.0
    stall_min_bytes: int = 16 * 1024
    """A download that brings fewer bytes than this in a window is stalled: it is cut and
    resumed, and given up after the retry budget (a drip cannot hold a command or a job)."""

    def upload_deadline(self, size: int) -> float:
        """A direct upload's deadline: `upload_s`, or longer for a file too big to send in it."""
        return max(self.upload_s, size / self.upload_min_rate)

    def deadline_for(self, method: str, *, upload: bool) -> float:
        """The deadline of one request: uploads, then creates (POST), then everything else."""
        if upload:
            return self.upload_s
        return self.create_s if method.upper() == "POST" else self.read_s


def _seconds(value: float) -> str:
    return f"{value / 60:g} min" if value >= 120 else f"{value:g} s"


class DeadlineExceeded(NetworkError):
    """The answer did not arrive in full within the request's deadline."""

    def __init__(self, host: str, deadline_s: float, *, outcome_unknown: bool = False) -> None:
        message = (
            f"HeyGen at {host} did not finish answering within {_seconds(deadline_s)}, so the "
            "request was stopped"
        )
        if outcome_unknown:
            message += (
                ": it may still have been carried out, so check before trying again "
                "(trying blindly could create and pay for it twice)."
            )
        else:
            message += ": check your connection and try again later."
        super().__init__(host, message, outcome_unknown=outcome_unknown)
        self.deadline_s = deadline_s


class AnswerTooLarge(UnexpectedResponseError):
    """HeyGen's answer was larger than any answer of the API should be."""

    def __init__(self, cap: int, *, path: str) -> None:
        super().__init__(
            status=200, code="answer_too_large", detail=f"more than {cap // MiB} MB", path=path
        )

    def sentence(self) -> str:
        return (
            f"HeyGen's answer was larger than any API answer should be ({self.detail}), so it "
            "was not read: try again later, and report it if it keeps happening."
        )


async def read_bounded(raw: AsyncIterator[bytes], encoding: str, *, cap: int, path: str) -> bytes:
    """The decoded body of an answer, or AnswerTooLarge once it passes `cap` bytes.

    `raw` is the body as sent; `encoding` its Content-Encoding (identity, gzip or deflate).
    """
    coding = encoding.strip().lower()
    if coding in ("", "identity"):
        decoder = None
    elif coding in ("gzip", "x-gzip", "deflate"):
        decoder = zlib.decompressobj(47)  # gzip or zlib header, detected
    else:
        raise UnexpectedResponseError(
            status=200, code="unexpected_response", detail=f"encoded as {coding}", path=path
        )
    parts: list[bytes] = []
    total = 0
    async for chunk in raw:
        pending = chunk
        while pending:
            if decoder is None:
                piece, pending = pending, b""
            else:
                try:
                    piece = decoder.decompress(pending, cap + 1 - total)
                except zlib.error as exc:  # a damaged gzip body: not an answer we can read
                    raise UnexpectedResponseError(
                        status=200, code="unexpected_response",
                        detail=f"the compressed answer is damaged ({exc})", path=path,
                    ) from exc  # fmt: skip
                pending = decoder.unconsumed_tail
            total += len(piece)
            if total > cap:
                raise AnswerTooLarge(cap, path=path)
            parts.append(piece)
            if decoder is not None and not piece and pending:
                break  # nothing more comes out of this input
    return b"".join(parts)
