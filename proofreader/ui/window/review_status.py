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
from proofreader.ui.i18n import translate


def _errors(n: int) -> str:
    if n == 1:
        return translate("ReviewStatus", "1 error")
    return translate("ReviewStatus", "{count} errors").format(count=n)


def _warnings(n: int) -> str:
    if n == 1:
        return translate("ReviewStatus", "1 warning")
    return translate("ReviewStatus", "{count} warnings").format(count=n)


def progress_text(session: EditorSession) -> str:
    document, checker = session.document, session.checker
    reviewed = document.review_count(ReviewState.REVIEWED)
    if checker.pending:  # a big file's first pass: the counts are still growing
        return translate("ReviewStatus", "{reviewed} / {total} reviewed · checking…").format(
            reviewed=reviewed, total=len(document)
        )
    return translate(
        "ReviewStatus", "{reviewed} / {total} reviewed · {errors} · {warnings}"
    ).format(
        reviewed=reviewed,
        total=len(document),
        errors=_errors(checker.error_count),
        warnings=_warnings(checker.warning_count),
    )


class ReviewStatus(QLabel):
    """A permanent status-bar label following the open session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-status")
        self.setToolTip(
            self.tr("Reviewed cues, and the findings of the quality checks (F8: next problem)")
        )
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
