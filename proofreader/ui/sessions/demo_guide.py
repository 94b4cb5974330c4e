"""The demo's first document is its HeyGen session, whichever way the demo was entered.

Welcome ▸ Try the Demo and `--demo` (also after a restart) end here: the newest demo session
opens in the editor as soon as it can be reviewed. While the sandbox still processes it, the
editor says so (instead of showing the bundled sample, whose edits would go nowhere), and the
session opens by itself when it becomes ready. A document the user opened is never replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from proofreader.library import Session, SessionStatus
from proofreader.ui.sessions.review_controller import ReviewController
from proofreader.workflow import ProofreadService, SessionEvent

if TYPE_CHECKING:
    from proofreader.ui.connection.context import AppContext
    from proofreader.ui.window.host import WindowHost

_UNOPENABLE = (SessionStatus.PROCESSING, SessionStatus.FAILED, SessionStatus.EXPIRED)


class DemoGuide(QObject):
    """Opens the demo's session for review when the demo starts or the session gets ready."""

    def __init__(self, window: WindowHost, review: ReviewController, context: AppContext) -> None:
        super().__init__(window.widget)
        self._window = window
        self._review = review
        self._context = context
        self._service: ProofreadService | None = None
        self.waiting_for: str | None = None  # a proofread id, or "" for the next one added
        context.connection_changed.connect(self._on_connection)
        self.destroyed.connect(lambda: self._follow(None))

    def _on_connection(self) -> None:
        context = self._context
        self._follow(context.service if context.is_demo else None)
        if self._service is not None:
            self._offer()

    def _follow(self, service: ProofreadService | None) -> None:
        if self._service is not None:
            self._service.remove_listener(self._on_event)
        self._service = service
        self.waiting_for = None
        if service is not None:
            service.add_listener(self._on_event)

    def _free_to_open(self) -> bool:
        """Nothing of the user's is in the editor: empty, or the untouched bundled sample."""
        editor = self._window.session
        return editor is None or (editor.source.kind == "sample" and not editor.is_modified())

    def _offer(self) -> None:
        if not self._free_to_open():
            return
        sessions = [
            s for p in self._context.store.list_projects() for s in reversed(p.sessions)
        ]  # newest project first
        openable = next((s for s in sessions if s.status not in _UNOPENABLE), None)
        processing = next((s for s in sessions if s.status is SessionStatus.PROCESSING), None)
        if processing is not None or openable is None:
            self._wait(processing)
        elif openable is not None:
            self._review.open_session(openable.proofread_id)

    def _wait(self, session: Session | None) -> None:
        """Say that the session is on its way, with the editor cleared of the sample."""
        self.waiting_for = session.proofread_id if session is not None else ""
        if self._window.session is not None:
            self._window.set_session(None)
        self._window.area.set_empty_text(
            self.tr(
                "The demo's HeyGen session is being prepared by the sandbox. It opens here "
                "by itself as soon as it is ready to review, in a few seconds."
            )
        )

    def _on_event(self, event: SessionEvent) -> None:
        if self.waiting_for is None:
            return
        if self.waiting_for == "" and event.kind == "added":
            self.waiting_for = event.proofread_id
        session = event.session
        if event.proofread_id != self.waiting_for or session is None:
            return
        if session.status is SessionStatus.FAILED:
            self.waiting_for = None
            self._window.area.set_empty_text()
        elif session.status not in _UNOPENABLE:
            self.waiting_for = None
            self._window.area.set_empty_text()  # the usual invitation from now on
            if self._free_to_open():
                self._review.open_session(session.proofread_id)
