"""The retry policy's arithmetic: backoff from 1 s with jitter, Retry-After clamped."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from proofreader.heygen import RetryPolicy
from proofreader.heygen.retry import is_idempotent, parse_retry_after


def test_backoff_doubles_from_one_second_with_bounded_jitter() -> None:
    policy = RetryPolicy()
    assert policy.backoff(0, rand=lambda: 0.0) == 1.0
    assert policy.backoff(1, rand=lambda: 0.0) == 2.0
    assert policy.backoff(2, rand=lambda: 0.0) == 4.0
    assert policy.backoff(0, rand=lambda: 1.0) == pytest.approx(1.0 * (1 + policy.jitter))
    assert policy.backoff(20, rand=lambda: 0.0) == policy.max_delay_s


def test_two_retries_by_default_and_configurable() -> None:
    assert [RetryPolicy().can_retry(n) for n in range(3)] == [True, True, False]
    assert not RetryPolicy(max_retries=0).can_retry(0)
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


def test_retry_after_is_honoured_and_clamped_to_thirty_seconds() -> None:
    policy = RetryPolicy()
    assert policy.rate_limit_delay(0, 0.1) == 0.1
    assert policy.rate_limit_delay(0, 120.0) == 30.0
    assert 1.0 <= policy.rate_limit_delay(0, None) <= 1.0 + policy.jitter


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 0.5 ") == 0.5
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:10 GMT", now=now) == 10.0
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None
    assert parse_retry_after(None) is None


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("GET", True),
        ("put", True),
        ("DELETE", True),
        ("HEAD", True),
        ("POST", False),
        ("PATCH", False),
    ],
)
def test_idempotent_methods(method: str, expected: bool) -> None:
    assert is_idempotent(method) is expected
