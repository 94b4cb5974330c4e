"""One job in the jobs panel: kind icon, title, progress or elapsed time, cancel/retry, error.

A transfer with a known size shows a progress bar; polling and other open-ended work shows
its status and the time elapsed instead, so nothing pretends to know how far it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from proofreader.ui.i18n import translate
from proofreader.workflow import Job, JobKind, JobState, format_duration
from proofreader.workflow.source_facts import human_size

SP = QStyle.StandardPixmap
_KIND_ICONS = {
    JobKind.UPLOAD: SP.SP_ArrowUp,
    JobKind.PUSH: SP.SP_ArrowUp,
    JobKind.DOWNLOAD: SP.SP_ArrowDown,
    JobKind.PROCESS: SP.SP_BrowserReload,
    JobKind.RENDER: SP.SP_MediaPlay,
    JobKind.OTHER: SP.SP_FileDialogContentsView,
}
_BYTES = frozenset({JobKind.UPLOAD, JobKind.DOWNLOAD, JobKind.PUSH})


def kind_name(kind: JobKind) -> str:
    """What a kind of job is called (the icon's tooltip)."""
    return {
        JobKind.UPLOAD: translate("JobRow", "Upload"),
        JobKind.PUSH: translate("JobRow", "Upload of corrections"),
        JobKind.DOWNLOAD: translate("JobRow", "Download"),
        JobKind.PROCESS: translate("JobRow", "Processing on HeyGen"),
        JobKind.RENDER: translate("JobRow", "Render on HeyGen"),
        JobKind.OTHER: translate("JobRow", "Request to HeyGen"),
    }[kind]


def status_line(job: Job, now: float) -> str:
    """What the job is doing, how far, and for how long: one line."""
    elapsed = format_duration((job.finished_at or now) - job.started_at)
    text = job.status_text
    if job.state is JobState.RUNNING:
        parts = [text or translate("JobRow", "Working")]
        if job.total and job.done is not None and job.kind in _BYTES:
            parts.append(
                translate("JobRow", "{done} of {total}").format(
                    done=human_size(job.done), total=human_size(job.total)
                )
            )
        if " · " not in (text or ""):  # the service's poll lines carry their own time
            parts.append(elapsed)
        return " · ".join(parts)
    if job.state is JobState.DONE:
        return translate("JobRow", "{status} · took {elapsed}").format(
            status=text or translate("JobRow", "Done"), elapsed=elapsed
        )
    if job.state is JobState.CANCELLED:
        return translate("JobRow", "Cancelled after {elapsed}").format(elapsed=elapsed)
    return translate("JobRow", "Failed after {elapsed}").format(elapsed=elapsed)


class JobRow(QFrame):
    """Shows one Job; `cancel_clicked`/`retry_clicked` carry the job id."""

    cancel_clicked = Signal(str)
    retry_clicked = Signal(str)

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("job-row")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("#job-row { border-bottom: 1px solid palette(midlight); }")
        self.job = job
        self.icon = QLabel()
        self.icon.setFixedSize(20, 20)
        self.title = QLabel()
        self.title.setObjectName("job-title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.status = QLabel()
        self.status.setObjectName("job-status")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.progress = QProgressBar()
        self.progress.setObjectName("job-progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(14)
        self.error = QLabel()
        self.error.setObjectName("job-error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #c0392b;")
        self.cancel_button = self._button(self.tr("Cancel"), SP.SP_DialogCancelButton)
        self.cancel_button.clicked.connect(lambda: self.cancel_clicked.emit(self.job.id))
        self.retry_button = self._button(self.tr("Retry"), SP.SP_BrowserReload)
        self.retry_button.clicked.connect(lambda: self.retry_clicked.emit(self.job.id))
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 5, 6, 5)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.cancel_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.retry_button, 0, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.progress, 1, 1, 1, 3)
        grid.addWidget(self.status, 2, 1, 1, 3)
        grid.addWidget(self.error, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        self.update_job(job, job.started_at)

    def _button(self, text: str, pixmap: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(text)
        button.setIcon(self.style().standardIcon(pixmap))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    def update_job(self, job: Job, now: float) -> None:
        self.job = job
        icon: QIcon = self.style().standardIcon(_KIND_ICONS[job.kind])
        self.icon.setPixmap(icon.pixmap(16, 16))
        self.icon.setToolTip(kind_name(job.kind))
        self.title.setText(job.title)
        self.title.setToolTip(job.title)
        fraction = job.fraction
        running = job.state is JobState.RUNNING
        self.progress.setVisible(running)
        if running and fraction is not None:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(fraction * 1000))
            self.progress.setFormat(f"{fraction * 100:.0f} %")
        elif running:  # HeyGen says no percentage: a busy bar, the stage in the status line
            self.progress.setRange(0, 0)
        self.tick(now)
        self.error.setText(job.error or "")
        self.error.setVisible(bool(job.error))
        self.cancel_button.setVisible(job.can_cancel and not job.finished)
        self.retry_button.setVisible(job.can_retry and job.finished)

    def tick(self, now: float) -> None:
        """Refresh the elapsed time (the panel calls it every second while jobs run)."""
        self.status.setText(status_line(self.job, now))
