"""Help ▸ About Proofreader: who the app is, what it runs on, where its logs are.

"Copy Details" puts the versions and the log folder on the clipboard, which is most of what
a bug report needs; `app_facts` is also what Report a Problem writes into its zip.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.library.app_info import SUMMARY, app_info, system_facts
from proofreader.ui.connection.welcome import ICON_PATH
from proofreader.ui.i18n import QT_TRANSLATE_NOOP

ICON_SIZE = 96
# SUMMARY (library/app_info.py, no Qt) for lupdate; shown translated while the words match
QT_TRANSLATE_NOOP(
    "AboutDialog", "Proofread HeyGen's machine-translated subtitles before the lip-synced render."
)


def app_facts() -> dict[str, str]:
    """Versions, platform, screens and locale (no user names, no paths, no secrets)."""
    facts = system_facts()
    facts["Qt"] = qVersion()
    facts["PySide6"] = pyside_version
    facts["Qt platform"] = QGuiApplication.platformName() or "?"
    facts["Screens"] = (
        "; ".join(
            f"{s.size().width()}x{s.size().height()} @{s.devicePixelRatio():g}x"
            for s in QGuiApplication.screens()
        )
        or "none"
    )
    facts["Qt locale"] = QLocale().name()
    return facts


class AboutDialog(QDialog):
    """Icon, name, version, licence, links; the versions below; Copy Details and Close."""

    def __init__(self, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        info = app_info()
        self.setWindowTitle(self.tr("About {name}").format(name=info.name))
        self.log_dir = log_dir
        self.facts = app_facts()

        icon = QLabel()
        icon.setPixmap(QIcon(str(ICON_PATH)).pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        version = self.tr("Version {version}").format(version=info.version)
        licence = self.tr("Free software under the {licence} licence.").format(licence=info.licence)
        home, issues = self.tr("Project home page"), self.tr("Report an issue")
        title = QLabel(
            f"<h2>{html.escape(info.name)}</h2>"
            f"<p>{html.escape(version)}</p>"
            f"<p>{html.escape(self.tr(SUMMARY))}</p>"
            f"<p>{html.escape(licence)}</p>"
            f'<p><a href="{html.escape(info.homepage)}">{html.escape(home)}</a> · '
            f'<a href="{html.escape(info.issues)}">{html.escape(issues)}</a></p>'
        )
        title.setObjectName("about-title")
        title.setWordWrap(True)
        title.setOpenExternalLinks(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        details = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for name in ("Qt", "PySide6", "Python", "Platform"):
            self._add_detail(details, name, self.facts[name])
        self._add_detail(details, "Logs", str(log_dir))

        copy = QPushButton(self.tr("&Copy Details"))
        copy.setObjectName("about-copy")
        copy.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(details)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _add_detail(self, form: QFormLayout, name: str, value: str) -> None:
        label = QLabel(value)
        label.setObjectName(f"about-{name.lower()}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown = {"Platform": self.tr("Platform"), "Logs": self.tr("Logs")}.get(name, name)
        form.addRow(self.tr("{name}:").format(name=shown), label)
        self.detail_labels[name] = label

    def details_text(self) -> str:
        """What Copy Details puts on the clipboard: one "Name: value" line each."""
        lines = [f"{name}: {value}" for name, value in self.facts.items()]
        return "\n".join([*lines, f"Logs: {self.log_dir}"]) + "\n"

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details_text())
