"""Shared by the workflow and CLI tests: the sandbox on loopback, a telltale key, fast retries."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from proofreader.heygen import NetworkError, RateLimitedError, RetryPolicy, ServerError
from proofreader.sandbox import SandboxServer
from proofreader.workflow import OutcomeUnknown

T = TypeVar("T")

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "sample"
TALK = SAMPLE_DIR / "talk.mp4"
TRANSCRIPT = SAMPLE_DIR / "original.en.srt"
"""The talk's source-language SRT: given at creation, HeyGen offers it as the original."""
API_KEY = "sk-proofreader-test-5b8e1f0c9a7d"
"""Distinctive, so a leaked key is easy to find in requests and logs."""
LANGUAGES = ("Spanish (Spain)", "French (France)")
FAST_RETRY = RetryPolicy(
    max_retries=3, base_delay_s=0.005, max_delay_s=0.02, retry_after_cap_s=0.05
)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def running_sandbox(**settings: object) -> Iterator[SandboxServer]:
    options: dict[str, object] = {"proofread_delay_s": 0.2, "render_delay_s": 0.2}
    options.update(settings)
    with SandboxServer(api_key=API_KEY, **options) as server:  # type: ignore[arg-type]
        yield server


class InstantSleep:
    """An injected sleep that only yields to the loop and remembers what was asked."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        await asyncio.sleep(0)


TRANSIENT = (OutcomeUnknown, NetworkError, ServerError, RateLimitedError)


async def as_a_user(step: Callable[[], Awaitable[T]], attempts: int = 15) -> T:
    """Repeat a step that failed for a passing reason, as a person would run it again."""
    for _ in range(attempts - 1):
        try:
            return await step()
        except TRANSIENT:
            continue
    return await step()


def edit_srt(path: Path) -> bytes:
    """Correct the first cue's text the way a proofreader would; the new bytes."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    lines[2] = "Texto corregido a mano, línea uno."
    edited = "\n".join(lines).encode("utf-8")
    path.write_bytes(edited)
    return edited
