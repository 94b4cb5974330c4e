"""The list of a cue's check findings in the pane: an icon and the sentence for each.

It is refreshed on every keystroke (a reading-speed message changes with each character), so
rows are reused and only what changed is touched: creating widgets per keystroke made typing lag.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from proofreader.subtitles.checks import Finding, Severity


class _FindingRow(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.severity: Severity | None = None
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        line.addWidget(self.picture)
        line.addWidget(self.text, 1)


class FindingsList(QWidget):
    """Shows findings; says so calmly when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._none = QLabel(self.tr("No problems found."))
        self._none.setEnabled(False)  # the palette's quiet, secondary look
        self._layout.addWidget(self._none)
        self._rows: list[_FindingRow] = []
        self._pixmaps: dict[Severity, QPixmap] = {}

    def findings(self) -> tuple[Finding, ...]:
        return self._findings or ()

    def messages(self) -> list[str]:
        return [f.message for f in self.findings()]

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        if findings == self._findings:
            return
        self._findings = findings
        self._none.setVisible(not findings)
        while len(self._rows) < len(findings):
            row = _FindingRow(self)
            self._layout.addWidget(row)
            self._rows.append(row)
        for row, finding in zip(self._rows, findings, strict=False):
            if row.severity is not finding.severity:
                row.severity = finding.severity
                error = finding.severity is Severity.ERROR
                row.picture.setPixmap(self._pixmap(finding.severity))
                row.picture.setToolTip(self.tr("Error") if error else self.tr("Warning"))
            if row.text.text() != finding.message:
                row.text.setText(finding.message)
            row.setVisible(True)
        for row in self._rows[len(findings) :]:
            row.setVisible(False)

    def _pixmap(self, severity: Severity) -> QPixmap:
        pixmap = self._pixmaps.get(severity)
        if pixmap is None:
            icon = self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            size = self.fontMetrics().height()
            pixmap = icon.pixmap(size, size)
            self._pixmaps[severity] = pixmap
        return pixmap
