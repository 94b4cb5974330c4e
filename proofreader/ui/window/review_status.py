"""The status bar's review progress: "142 / 180 reviewed · 3 errors · 11 warnings".

Every figure is a counter the document and the checker keep current, so an update is O(1);
updates are still coalesced (one per event-loop turn) so a replace-all is one repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from proofreader.subtitles.document import ReviewState
from proofreader.subtitles.events import DocumentEvent
from proofreader.ui.editor_session import EditorSession


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def progress_text(session: EditorSession) -> str:
    document, checker = session.document, session.checker
    reviewed = document.review_count(ReviewState.REVIEWED)
    if checker.pending:  # a big file's first pass: the counts are still growing
        return f"{reviewed} / {len(document)} reviewed · checking…"
    return (
        f"{reviewed} / {len(document)} reviewed · "
        f"{_count(checker.error_count, 'error', 'errors')} · "
        f"{_count(checker.warning_count, 'warning', 'warnings')}"
    )


class ReviewStatus(QLabel):
    """A permanent status-bar label following the open session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-status")
        self.setToolTip("Reviewed cues, and the findings of the quality checks (F8: next problem)")
        self._session: EditorSession | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)

    def follow(self, session: EditorSession | None) -> None:
        if self._session is not None:
            self._session.document.remove_listener(self._on_event)
            self._session.checker.remove_listener(self._on_findings)
        self._session = session
        if session is not None:
            session.document.add_listener(self._on_event)
            session.checker.add_listener(self._on_findings)
        self.refresh()

    def refresh(self) -> None:
        self.setText("" if self._session is None else progress_text(self._session))

    def _on_event(self, _event: DocumentEvent) -> None:
        self._timer.start()

    def _on_findings(self, _first: int, _last: int) -> None:
        self._timer.start()
