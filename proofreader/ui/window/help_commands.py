"""The Help menu's lower part: Report a Problem…, About Proofreader, About Qt.

(The shortcut sheet and its editor stay with the View commands that open them.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from proofreader.library.paths import AppPaths
from proofreader.ui.about_dialog import AboutDialog
from proofreader.ui.actions import ActionSpec
from proofreader.ui.i18n import translate
from proofreader.ui.problem_report_ui import ProblemReporter

if TYPE_CHECKING:
    from proofreader.ui.window.host import WindowHost


class HelpCommands:
    """Opens the About box (one, reused) and saves problem reports."""

    def __init__(self, window: WindowHost) -> None:
        self._window = window
        self.about: AboutDialog | None = None
        self.reporter = ProblemReporter(
            window.widget, self.log_dir(), window.context.settings_path, window.background.run
        )

    def specs(self) -> list[ActionSpec]:
        return [
            ActionSpec("help.report_problem", translate("HelpCommands", "&Report a Problem…"),
                       "Help", self.reporter.choose_and_save, group="report", order=210,
                       tip=translate("HelpCommands",
                                     "Save the logs and system details as a zip to send with "
                                     "your report")),
            ActionSpec("help.about", translate("HelpCommands", "&About Proofreader"), "Help",
                       self.show_about, group="about", order=310, icon="help-about"),
            ActionSpec("help.about_qt", translate("HelpCommands", "About &Qt"), "Help",
                       self.show_about_qt, group="about", order=320),
        ]  # fmt: skip

    def log_dir(self) -> Path:
        """Where the log is written (the window's context, else this user's log folder)."""
        return self._window.context.log_dir or AppPaths.from_environment().log

    def show_about(self) -> AboutDialog:
        if self.about is None:
            self.about = AboutDialog(self.log_dir(), self._window.widget)
        self.about.show()
        self.about.activateWindow()
        return self.about

    def show_about_qt(self) -> None:
        QMessageBox.aboutQt(self._window.widget, translate("HelpCommands", "About Qt"))
