"""Help ▸ Report a Problem…: save the logs and system facts as a zip the user can send.

The zip is built by library/problem_report.py (no Qt, tested without a screen); this part
asks where to put it, says in one sentence if that failed, and otherwise shows where the file
is with a button that opens its folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from proofreader.library.problem_report import (
    ProblemReport,
    default_report_folder,
    report_file_name,
    write_problem_report,
)
from proofreader.ui.about_dialog import app_facts
from proofreader.ui.i18n import QT_TRANSLATE_NOOP, translate
from proofreader.ui.renders.folders import open_folder

log = logging.getLogger(__name__)

ZIP_FILTER = QT_TRANSLATE_NOOP("ProblemReporter", "Zip archives (*.zip)")


# Runs work(), then on_done(result) or on_error(exc) on the GUI thread (Background.run).
RunInBackground = Callable[
    [Callable[[], Any], Callable[[Any], Any], Callable[[Exception], Any]], None
]


def _run_here(
    work: Callable[[], Any], on_done: Callable[[Any], Any], on_error: Callable[[Exception], Any]
) -> None:
    try:
        result = work()
    except Exception as exc:
        on_error(exc)
        return
    on_done(result)


class ProblemReporter:
    """Asks for a place, writes the report off the GUI thread (scrubbing megabytes of logs takes
    about a second), shows the result (boxes are window-modal)."""

    def __init__(
        self,
        parent: QWidget,
        log_dir: Path,
        settings_file: Path | None,
        run: RunInBackground = _run_here,
    ) -> None:
        self._parent = parent
        self.log_dir = log_dir
        self.settings_file = settings_file
        self._run = run
        self.last_box: QMessageBox | None = None  # the result or error box (for tests)

    def choose_and_save(self) -> None:
        """The whole menu command; the result box says where the zip is, or why it is not."""
        suggested = default_report_folder() / report_file_name()
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent,
            translate("ProblemReporter", "Save the problem report"),
            str(suggested),
            translate("ProblemReporter", ZIP_FILTER),
        )
        if not chosen:
            return
        path = Path(chosen)
        self.save_to(path if path.suffix.lower() == ".zip" else path.with_suffix(".zip"))

    def save_to(self, destination: Path) -> None:
        """Write the zip on the worker; the box that follows says how it went."""
        self.last_box = None
        facts = app_facts()  # Qt facts: read here, on the GUI thread
        self._run(
            lambda: write_problem_report(
                destination, log_dir=self.log_dir, settings_file=self.settings_file, facts=facts
            ),
            self._saved,
            lambda exc: self._failed(destination, exc),
        )

    def _failed(self, destination: Path, exc: Exception) -> None:
        if isinstance(exc, OSError):
            log.warning("The problem report could not be written: %s", exc)
        else:  # a bug: the traceback goes to the log, the user still gets the sentence
            log.error("The problem report failed", exc_info=exc)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self._show(
            QMessageBox.Icon.Warning,
            translate("ProblemReporter", "The problem report could not be saved"),
            translate(
                "ProblemReporter", "Cannot write {path}: {reason}. Choose another folder."
            ).format(path=destination, reason=reason),
        )

    def _saved(self, report: ProblemReport) -> None:
        log.info("Problem report written with %d files", len(report.entries))
        self._show(
            QMessageBox.Icon.Information,
            translate("ProblemReporter", "Problem report saved"),
            translate("ProblemReporter", "The report was saved as {name} in {folder}.").format(
                name=report.path.name, folder=report.path.parent
            ),
            translate(
                "ProblemReporter",
                "Send it with a few words about what you were doing. It holds the app's logs, "
                "versions and settings; never your API key or your subtitles.",
            ),
            folder=report.path.parent,
        )

    def _show(
        self,
        icon: QMessageBox.Icon,
        title: str,
        sentence: str,
        details: str = "",
        *,
        folder: Path | None = None,
    ) -> QMessageBox:
        box = QMessageBox(icon, f"{title} — Proofreader", sentence,
                          QMessageBox.StandardButton.Close, self._parent)  # fmt: skip
        box.setObjectName("problem-report-box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(details)
        if folder is not None:
            show = box.addButton(
                translate("ProblemReporter", "Show in &Folder"), QMessageBox.ButtonRole.ActionRole
            )
            show.setObjectName("problem-report-show-folder")
            show.clicked.connect(lambda: open_folder(folder))
        box.open()
        self.last_box = box
        return box
