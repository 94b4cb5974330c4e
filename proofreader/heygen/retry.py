"""When and how long to wait before trying a request again (the policy of HeyGen's own CLI).

429 is retried for every method: the service refused before doing anything. 5xx and dropped
connections are retried only for idempotent methods, because a second POST that creates a
proofread would cost the user money. A connection that was never opened is retried for any
method, since nothing reached the service.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def is_idempotent(method: str) -> bool:
    """True for the methods the contract lets us repeat after a server fault or a drop."""
    return method.upper() in IDEMPOTENT_METHODS


@dataclass(frozen=True)
class RetryPolicy:
    """Retry budget and backoff. Delays: base * 2**attempt, plus up to `jitter` of it at random."""

    max_retries: int = 2
    base_delay_s: float = 1.0
    max_delay_s: float = 30.0
    retry_after_cap_s: float = 30.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if self.base_delay_s < 0 or self.max_delay_s < 0 or self.retry_after_cap_s < 0:
            raise ValueError("retry delays must not be negative")

    def can_retry(self, retries_done: int) -> bool:
        """True while fewer than `max_retries` retries have been made."""
        return retries_done < self.max_retries

    def backoff(self, retries_done: int, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number `retries_done + 1`."""
        delay = min(self.base_delay_s * (2.0**retries_done), self.max_delay_s)
        return delay * (1.0 + self.jitter * rand())

    def rate_limit_delay(self, retries_done: int, retry_after: float | None) -> float:
        """Honour the service's Retry-After, clamped; fall back to the backoff without one."""
        if retry_after is None:
            return min(self.backoff(retries_done), self.retry_after_cap_s)
        return min(max(retry_after, 0.0), self.retry_after_cap_s)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None if unreadable."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return None if math.isnan(seconds) else max(seconds, 0.0)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max((when - current).total_seconds(), 0.0)
