"""The list of check errors that block an upload; double-click a line to go to its cue."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from proofreader.subtitles.checks.findings import CHECKS, Finding
from proofreader.ui.i18n import translate

_ROW = Qt.ItemDataRole.UserRole


def finding_line(row: int, finding: Finding) -> str:
    info = CHECKS.get(finding.check)
    name = info.title if info is not None else finding.check
    return translate("FindingsDialog", "Cue {number} · {check}: {message}").format(
        number=row + 1, check=name, message=finding.message
    )


class FindingsDialog(QDialog):
    """Window-modal list of (row, finding); `row_chosen(row)` when a line is activated."""

    row_chosen = Signal(int)

    def __init__(
        self, findings: Sequence[tuple[int, Finding]], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findings-dialog")
        self.setWindowTitle(self.tr("{title} — Proofreader").format(title=title))
        count = len(findings)
        if count == 1:
            text = self.tr(
                "The corrections have 1 error that HeyGen cannot render well. Fix them, then "
                "upload again. Double-click a line to go to its cue."
            )
        else:
            text = self.tr(
                "The corrections have {count} errors that HeyGen cannot render well. Fix them, "
                "then upload again. Double-click a line to go to its cue."
            )
        intro = QLabel(text.format(count=count))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("findings-list")
        for row, finding in findings:
            item = QListWidgetItem(finding_line(row, finding))
            item.setData(_ROW, row)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemDoubleClicked.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.row_chosen.emit(int(item.data(_ROW)))
        self.accept()
