"""Fault injection settings a test flips on the running sandbox.

Every field is plain and mutable (``server.faults.rate_limit_next = 2``); the counters are
consumed under a lock because the server's event loop runs in another thread. Random faults draw
from a generator seeded by ``seed`` so a test run is repeatable.
"""

from __future__ import annotations

import dataclasses
import random
import threading
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class FaultKind(Enum):
    """What the gate does instead of (or after) carrying out an API request."""

    NONE = "none"
    DROP = "drop"
    RATE_LIMIT = "rate_limit"
    SERVER_ERROR = "server_error"


@dataclass
class FaultDecision:
    kind: FaultKind
    status: int = 0
    retry_after_s: float = 0.0


_NO_FAULT = FaultDecision(FaultKind.NONE)


@dataclass
class Faults:
    """All faults default to off; ``reset()`` turns every one off again.

    Before handling an API request (the request is then NOT carried out), in this order:
    ``drop_next`` (close the connection without an answer), ``rate_limit_next`` (429 with
    ``Retry-After: retry_after_s``), ``server_error_next`` (503), ``error_rate`` (a seeded fraction
    of requests answered 500/502/503). ``delay_s`` delays every API answer.
    After carrying out a create (a POST that makes an asset, proofread, generate or translation,
    answered 2xx): ``drop_after_create_next`` closes the connection instead of answering,
    ``error_after_create_next`` answers 503 instead. On storage: ``drop_download_after_bytes``
    closes a GET after that many body bytes, ``drop_download_times`` times; ``expire_links``
    issues presigned URLs already expired. ``slow_create_s`` makes a create with an
    Idempotency-Key take that long after claiming its key (to see ``request_in_progress``);
    ``out_of_credit`` answers every paid create (not uploads) 402 ``insufficient_credit``.
    """

    error_rate: float = 0.0
    rate_limit_next: int = 0
    retry_after_s: float = 1.0
    server_error_next: int = 0
    drop_next: int = 0
    drop_download_after_bytes: int | None = None
    drop_download_times: int = 1
    delay_s: float = 0.0
    expire_links: bool = False
    slow_create_s: float = 0.0
    out_of_credit: bool = False
    drop_after_create_next: int = 0
    error_after_create_next: int = 0
    seed: int = 0
    _lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )
    _rng: random.Random = field(
        default_factory=random.Random, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._rng.seed(self.seed)

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name == "seed" and "_rng" in self.__dict__:
            self._rng.seed(value)

    def reset(self) -> None:
        """Put every fault back to off (and the random generator back to its seed)."""
        with self._lock:
            for spec in dataclasses.fields(self):
                if spec.name.startswith("_"):
                    continue
                default = spec.default
                setattr(self, spec.name, default)
            self._rng.seed(self.seed)

    def decide_before(self) -> FaultDecision:
        """Consume and return the fault that replaces the next API request, if any."""
        with self._lock:
            if self.drop_next > 0:
                self.drop_next -= 1
                return FaultDecision(FaultKind.DROP)
            if self.rate_limit_next > 0:
                self.rate_limit_next -= 1
                return FaultDecision(FaultKind.RATE_LIMIT, 429, self.retry_after_s)
            if self.server_error_next > 0:
                self.server_error_next -= 1
                return FaultDecision(FaultKind.SERVER_ERROR, 503)
            if self.error_rate > 0 and self._rng.random() < self.error_rate:
                return FaultDecision(FaultKind.SERVER_ERROR, self._rng.choice((500, 502, 503)))
            return _NO_FAULT

    def decide_after_create(self) -> FaultDecision:
        """Consume and return the fault that replaces the answer of a create just carried out."""
        with self._lock:
            if self.drop_after_create_next > 0:
                self.drop_after_create_next -= 1
                return FaultDecision(FaultKind.DROP)
            if self.error_after_create_next > 0:
                self.error_after_create_next -= 1
                return FaultDecision(FaultKind.SERVER_ERROR, 503)
            return _NO_FAULT

    def take_download_drop(self, body_length: int) -> int | None:
        """Bytes after which a storage download of ``body_length`` bytes is cut; None: no cut.

        A drop is consumed only when it applies, i.e. the body is longer than the cut-off.
        """
        with self._lock:
            after = self.drop_download_after_bytes
            if after is None or self.drop_download_times <= 0 or body_length <= max(0, after):
                return None
            self.drop_download_times -= 1
            return max(0, after)
