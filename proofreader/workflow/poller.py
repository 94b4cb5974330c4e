"""Waiting for a job: poll at a steady cadence, back off on transient errors, give up if stuck.

The contract's cadence is one status call every 30-60 s and a proofread still processing after
30 minutes counts as stuck. Errors the client already retried and that may pass (a dropped
connection, a 5xx, a 429) lengthen the interval, up to a cap, and polling goes on; any other
error ends the wait. Clock and sleep are injected so tests run in no time.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from proofreader.heygen import NetworkError, RateLimitedError, ServerError
from proofreader.workflow.errors import StuckTimeout

T = TypeVar("T")

logger = logging.getLogger("proofreader.workflow")

DEFAULT_POLL_INTERVAL_S = 30.0
"""The contract's cadence: one status call every 30-60 seconds."""
PROOFREAD_STUCK_AFTER_S = 30 * 60.0
"""The contract: a proofread still processing after 30 minutes is stuck."""
RENDER_STUCK_AFTER_S = 2 * 3600.0
"""Renders (precision above all) take longer than extraction; the contract gives no figure."""
MAX_BACKOFF_S = 300.0
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (NetworkError, ServerError, RateLimitedError)


@dataclass(frozen=True)
class PollUpdate(Generic[T]):
    """One observation: the status word, seconds since the wait began, the resource or error."""

    job_id: str
    status: str
    elapsed_s: float
    resource: T | None = None
    error: Exception | None = None
    next_check_s: float = 0.0


UpdateCallback = Callable[[PollUpdate[T]], None]


class Poller:
    """Polls one job until it is final. `interval_s` is the cadence; None means the default."""

    def __init__(
        self,
        interval_s: float | None = None,
        *,
        max_interval_s: float | None = None,
        stuck_after_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        interval = DEFAULT_POLL_INTERVAL_S if interval_s is None else float(interval_s)
        if not interval >= 0:
            raise ValueError("The poll interval must be zero or more seconds.")
        self.interval_s = interval
        self.max_interval_s = (
            max(interval, min(MAX_BACKOFF_S, interval * 16))
            if max_interval_s is None
            else max(interval, max_interval_s)
        )
        self.stuck_after_s = stuck_after_s
        self.clock = clock
        self.sleep = sleep

    async def wait(
        self,
        job_id: str,
        fetch: Callable[[], Awaitable[T]],
        *,
        is_final: Callable[[T], bool],
        status_of: Callable[[T], str],
        kind: str = "job",
        stuck_after_s: float = PROOFREAD_STUCK_AFTER_S,
        on_update: UpdateCallback[T] | None = None,
    ) -> T:
        """Fetch until `is_final`; the final resource. Raises StuckTimeout past the limit.

        `self.stuck_after_s`, when set, overrides the per-call limit (a setting or a test).
        """
        limit = self.stuck_after_s if self.stuck_after_s is not None else stuck_after_s
        started = self.clock()
        delay = self.interval_s
        status = "unknown"
        while True:
            try:
                resource = await fetch()
            except TRANSIENT_ERRORS as exc:
                elapsed = self.clock() - started
                if elapsed >= limit:
                    raise
                delay = min(max(delay * 2, 0.01), self.max_interval_s)
                logger.info("%s %s: %s; checking again in %.1f s", kind, job_id, exc, delay)
                if on_update is not None:
                    on_update(PollUpdate(job_id, status, elapsed, None, exc, delay))
            else:
                status = status_of(resource)
                elapsed = self.clock() - started
                if is_final(resource):
                    if on_update is not None:
                        on_update(PollUpdate(job_id, status, elapsed, resource))
                    return resource
                if elapsed >= limit:
                    raise StuckTimeout(kind, job_id, status, elapsed)
                delay = self.interval_s
                if on_update is not None:
                    on_update(PollUpdate(job_id, status, elapsed, resource, None, delay))
            await self.sleep(max(0.0, min(delay, limit - elapsed)))
