"""A Qt list model over the JobBoard: one row per job, newest first.

The board tells its listeners about every change with an immutable Job (already throttled to
about ten a second per job); each becomes one dataChanged, a new job one inserted row, a
cleared job one removed row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from proofreader.workflow import Job, JobBoard

Index = QModelIndex | QPersistentModelIndex
JOB_ROLE = Qt.ItemDataRole.UserRole + 1


class JobsModel(QAbstractListModel):
    """The board's jobs as rows; `job(row)` gives the latest snapshot."""

    def __init__(self, board: JobBoard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board = board
        self._jobs: list[Job] = list(reversed(board.jobs()))
        on_job, on_removed = self._on_job, self._on_removed
        board.add_listener(on_job)
        board.add_removed_listener(on_removed)

        def stop_listening(*_args: object) -> None:
            board.remove_listener(on_job)
            board.remove_removed_listener(on_removed)

        # The board outlives any window: stop listening when this model goes.
        self.destroyed.connect(stop_listening)

    @property
    def board(self) -> JobBoard:
        return self._board

    def detach(self) -> None:
        """Stop listening to the board (the model is going away)."""
        self._board.remove_listener(self._on_job)
        self._board.remove_removed_listener(self._on_removed)

    def row_of(self, job_id: str) -> int:
        for row, job in enumerate(self._jobs):
            if job.id == job_id:
                return row
        return -1

    def job(self, row: int) -> Job:
        return self._jobs[row]

    def jobs(self) -> list[Job]:
        return list(self._jobs)

    def _on_job(self, job: Job) -> None:
        row = self.row_of(job.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._jobs.insert(0, job)
            self.endInsertRows()
            return
        self._jobs[row] = job
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _on_removed(self, job: Job) -> None:
        row = self.row_of(job.id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._jobs[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return job.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return job.error or job.status_text or job.title
        if role == JOB_ROLE:
            return job
        return None
