"""What the service tells the window: session changes (the sidebar) and notices (the tray)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from proofreader.library import Session

T = TypeVar("T")

logger = logging.getLogger("proofreader.workflow.service")

SessionEventKind = Literal["added", "changed", "removed"]
NoticeKind = Literal["ready", "rendered", "failed"]


@dataclass(frozen=True)
class SessionEvent:
    """A session was added to, changed in, or removed from the library (`session` None then)."""

    proofread_id: str
    kind: SessionEventKind
    session: Session | None


@dataclass(frozen=True)
class Notice:
    """A desktop notification: a session is ready to review, a render finished or failed.

    `video_translation_id` names the render (also for direct translations, which have no
    proofread session).
    """

    title: str
    message: str
    proofread_id: str | None
    kind: NoticeKind
    video_translation_id: str | None = None


class Listeners(Generic[T]):
    """A list of callbacks; one that raises is logged and does not stop the others."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []

    def add(self, cb: Callable[[T], None]) -> None:
        self._callbacks.append(cb)

    def remove(self, cb: Callable[[T], None]) -> None:
        if cb in self._callbacks:
            self._callbacks.remove(cb)

    def emit(self, value: T) -> None:
        for cb in list(self._callbacks):
            try:
                cb(value)
            except Exception:
                logger.exception("a service listener failed")
