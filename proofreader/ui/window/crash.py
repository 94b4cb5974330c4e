"""The last line of defence: an unexpected exception becomes a dialog and a report file.

The report has the traceback, versions and platform, never the environment, the API key or
request headers: anything that looks like a credential is replaced by "[redacted]" (the same
scrubbing as the log file: library/logs.py).
Before the dialog opens, `before_dialog` runs (the window flushes its autosave there).
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from proofreader import __version__
from proofreader.library.logs import redact
from proofreader.ui.i18n import translate

log = logging.getLogger(__name__)


def write_report(
    folder: Path, kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> Path | None:
    """Write crash-<time>.txt into `folder`; None when even that fails."""
    lines = [
        f"Proofreader {__version__} crash report, {datetime.now().astimezone().isoformat()}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        "",
        *traceback.format_exception(kind, error, tb),
    ]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.txt"
        path.write_text(redact("\n".join(lines)), encoding="utf-8")
    except OSError:
        log.exception("The crash report could not be written")
        return None
    return path


class CrashHandler:
    """sys.excepthook for the window: log, write a report, say one sentence, keep running."""

    def __init__(self, report_dir: Path, before_dialog: Callable[[], None] | None = None) -> None:
        self._report_dir = report_dir
        self._before_dialog = before_dialog
        self._showing = False
        self.last_report: Path | None = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        self.last_report = write_report(self._report_dir, kind, error, tb)
        if self._showing or QApplication.instance() is None:
            return  # an error while the dialog is up: reported, not stacked
        self._showing = True
        try:
            if self._before_dialog is not None:
                self._before_dialog()
            self._show()
        except Exception:  # never let the hook itself crash the app
            log.exception("The crash dialog failed")
        finally:
            self._showing = False

    def _show(self) -> None:
        where = (
            translate(
                "CrashHandler",
                "A report was written to {path}; please send it with a note of what you were "
                "doing.",
            ).format(path=self.last_report)
            if self.last_report
            else translate("CrashHandler", "No report could be written.")
        )
        box = QMessageBox(QMessageBox.Icon.Critical,
                          translate("CrashHandler", "Unexpected problem — Proofreader"),
                          translate("CrashHandler",
                                    "Proofreader hit an unexpected problem and could not finish "
                                    "what it was doing. Your changes are autosaved."))  # fmt: skip
        box.setInformativeText(where)
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("CrashHandler", "Keep Working"))
        box.button(QMessageBox.StandardButton.Close).setText(translate("CrashHandler", "Quit"))
        if box.exec() == QMessageBox.StandardButton.Close:
            QApplication.quit()
