"""The poller's cadence, backoff and stuck timeout, on an injected clock (no real waiting)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from proofreader.heygen import ConnectionFailed, NotFoundError, ServerError
from proofreader.workflow import Poller, PollUpdate, StuckTimeout


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def answers(*items: str | Exception) -> Callable[[], Awaitable[str]]:
    """A fetch that returns (or raises) each item in turn, then repeats the last."""
    queue = list(items)

    async def fetch() -> str:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return fetch


async def wait(poller: Poller, fetch: Callable[[], Awaitable[str]], **kwargs: object) -> str:
    return await poller.wait(
        "job1",
        fetch,
        is_final=lambda s: s in ("completed", "failed"),
        status_of=lambda s: s,
        kind="proofread",
        **kwargs,  # type: ignore[arg-type]
    )


def make(time: FakeTime, interval: float | None = None, **kwargs: float) -> Poller:
    return Poller(interval, clock=time.clock, sleep=time.sleep, **kwargs)


async def test_default_cadence_is_the_contracts_thirty_seconds() -> None:
    time = FakeTime()
    updates: list[PollUpdate[str]] = []
    result = await wait(
        make(time), answers("processing", "processing", "completed"), on_update=updates.append
    )
    assert result == "completed"
    assert time.slept == [30.0, 30.0]
    assert [(u.status, u.elapsed_s) for u in updates] == [
        ("processing", 0.0),
        ("processing", 30.0),
        ("completed", 60.0),
    ]


async def test_transient_errors_back_off_to_a_cap_then_the_cadence_returns() -> None:
    time = FakeTime()
    drop = ConnectionFailed("api.example")
    fault = ServerError(status=503)
    updates: list[PollUpdate[str]] = []
    fetch = answers("processing", drop, fault, drop, drop, "processing", "completed")
    result = await wait(make(time, 10, max_interval_s=50), fetch, on_update=updates.append)
    assert result == "completed"
    assert time.slept == [10, 20, 40, 50, 50, 10]
    assert [u.error for u in updates if u.error] == [drop, fault, drop, drop]


async def test_other_errors_end_the_wait_at_once() -> None:
    time = FakeTime()
    missing = NotFoundError(status=404, detail="gone")
    with pytest.raises(NotFoundError):
        await wait(make(time, 5), answers("processing", missing))
    assert time.slept == [5]


async def test_a_job_past_the_stuck_timeout_is_a_typed_timeout() -> None:
    time = FakeTime()
    with pytest.raises(StuckTimeout, match="still processing after 1 min 40 s") as caught:
        await wait(make(time, 30), answers("processing"), stuck_after_s=100)
    assert time.slept == [30, 30, 30, 10]  # never sleeps past the limit
    assert caught.value.job_id == "job1"


async def test_a_set_stuck_timeout_overrides_the_per_call_one() -> None:
    time = FakeTime()
    with pytest.raises(StuckTimeout):
        await wait(make(time, 1, stuck_after_s=0), answers("processing"), stuck_after_s=1800)
    assert time.slept == []


async def test_an_outage_longer_than_the_limit_reports_the_outage() -> None:
    time = FakeTime()
    with pytest.raises(ConnectionFailed):
        await wait(make(time, 30), answers(ConnectionFailed("api.example")), stuck_after_s=100)


def test_a_negative_interval_is_refused() -> None:
    with pytest.raises(ValueError, match="zero or more"):
        Poller(-1)
