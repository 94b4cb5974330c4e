"""Help ▸ Report a Problem…: save the logs and system facts as a zip the user can send.

The zip is built by library/problem_report.py (no Qt, tested without a screen); this part
asks where to put it, says in one sentence if that failed, and otherwise shows where the file
is with a button that opens its folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

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


class ProblemReporter:
    """Asks for a place, writes the report, shows the result (boxes are window-modal)."""

    def __init__(self, parent: QWidget, log_dir: Path, settings_file: Path | None) -> None:
        self._parent = parent
        self.log_dir = log_dir
        self.settings_file = settings_file
        self.last_box: QMessageBox | None = None  # the result or error box (for tests)

    def choose_and_save(self) -> ProblemReport | None:
        """The whole menu command; None when the user cancels or the file cannot be written."""
        suggested = default_report_folder() / report_file_name()
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent,
            translate("ProblemReporter", "Save the problem report"),
            str(suggested),
            translate("ProblemReporter", ZIP_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return self.save_to(path if path.suffix.lower() == ".zip" else path.with_suffix(".zip"))

    def save_to(self, destination: Path) -> ProblemReport | None:
        try:
            report = write_problem_report(
                destination,
                log_dir=self.log_dir,
                settings_file=self.settings_file,
                facts=app_facts(),
            )
        except OSError as exc:
            log.warning("The problem report could not be written: %s", exc)
            self._show(
                QMessageBox.Icon.Warning,
                translate("ProblemReporter", "The problem report could not be saved"),
                translate(
                    "ProblemReporter", "Cannot write {path}: {reason}. Choose another folder."
                ).format(path=destination, reason=exc.strerror or exc),
            )
            return None
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
        return report

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
