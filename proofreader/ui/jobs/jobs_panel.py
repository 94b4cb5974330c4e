"""View ▸ Jobs: a dock listing uploads, processing sessions, renders and downloads.

A row widget per job, kept in the model's order (newest first); the buttons go straight to the
board (cancel cancels the job's task, retry runs its factory again under the same id). While
anything runs, a one-second timer refreshes the elapsed times, and stops when all is done.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.i18n import QT_TRANSLATE_NOOP
from proofreader.ui.jobs.job_row import JobRow
from proofreader.ui.jobs.jobs_model import JobsModel
from proofreader.ui.window.screen_fit import scrolling
from proofreader.workflow import JobBoard

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "JobsPanel", "Nothing running. Uploads, processing, renders and downloads appear here."
)


class JobsPanel(QDockWidget):
    """The jobs dock over a JobsModel."""

    running_changed = Signal(int)  # how many jobs run now

    def __init__(
        self,
        board: JobBoard,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jobs"))
        self.setObjectName("jobs-dock")
        self._clock = clock
        self.rows: dict[str, JobRow] = {}
        self.summary = QLabel()
        self.summary.setObjectName("jobs-summary")
        self.clear_button = QPushButton(self.tr("Clear &Finished"))
        self.clear_button.setObjectName("jobs-clear")
        self.clear_button.clicked.connect(self.clear_finished)
        header = QHBoxLayout()
        header.setContentsMargins(6, 4, 6, 2)
        header.addWidget(self.summary, 1)
        header.addWidget(self.clear_button)
        self.empty = QLabel(self.tr(EMPTY_TEXT))
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(8, 8, 8, 8)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(0)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.empty)
        holder_layout.addLayout(self._list)
        holder_layout.addStretch(1)
        scroll = scrolling(holder)
        scroll.setMinimumHeight(40)  # under the editor on a small screen: a row or two is enough
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self.setWidget(body)
        self.setMinimumWidth(240)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        self.model = JobsModel(board, self)
        self._follow_model()

    def set_board(self, board: JobBoard) -> None:
        """Show another board's jobs (the app keeps one; tests and services may differ)."""
        if board is self.model.board:
            return
        old = self.model
        for widget in self.rows.values():
            self._list.removeWidget(widget)
            widget.deleteLater()
        self.rows.clear()
        old.detach()
        old.deleteLater()
        self.model = JobsModel(board, self)
        self._follow_model()

    def _follow_model(self) -> None:
        self.model.rowsInserted.connect(self._on_inserted)
        self.model.rowsRemoved.connect(self._on_removed)
        self.model.dataChanged.connect(self._on_changed)
        for row in range(self.model.rowCount()):
            self._add_row(row)
        self._refresh_summary()

    @property
    def board(self) -> JobBoard:
        return self.model.board

    def row_for(self, job_id: str) -> JobRow | None:
        return self.rows.get(job_id)

    # ----- following the model -----

    def _add_row(self, row: int) -> None:
        job = self.model.job(row)
        widget = JobRow(job)
        widget.update_job(job, self._clock())
        widget.cancel_clicked.connect(self.board.cancel)
        widget.retry_clicked.connect(self.board.retry)
        self.rows[job.id] = widget
        self._list.insertWidget(row, widget)

    def _on_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            self._add_row(row)
        self._refresh_summary()

    def _on_removed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        alive = {job.id for job in self.model.jobs()}
        for job_id in [j for j in self.rows if j not in alive]:
            widget = self.rows.pop(job_id)
            self._list.removeWidget(widget)
            widget.deleteLater()
        self._refresh_summary()

    def _on_changed(self, first: QModelIndex, last: QModelIndex, _roles: object = None) -> None:
        now = self._clock()
        for row in range(first.row(), last.row() + 1):
            job = self.model.job(row)
            widget = self.rows.get(job.id)
            if widget is not None:
                widget.update_job(job, now)
        self._refresh_summary()

    def _tick(self) -> None:
        now = self._clock()
        for widget in self.rows.values():
            if not widget.job.finished:
                widget.tick(now)

    def _refresh_summary(self) -> None:
        jobs = self.model.jobs()
        running = sum(1 for job in jobs if not job.finished)
        failed = sum(1 for job in jobs if job.error and job.finished)
        finished = len(jobs) - running
        parts = [
            self.tr("{count} running").format(count=running)
            if running
            else self.tr("Nothing running")
        ]
        if failed:
            parts.append(self.tr("{count} failed").format(count=failed))
        self.summary.setText(" · ".join(parts))
        self.clear_button.setEnabled(finished > 0)
        self.empty.setVisible(not jobs)
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()
        self.running_changed.emit(running)

    # ----- actions -----

    def clear_finished(self) -> None:
        self.board.clear_finished()
