"""The dialog that offers autosaved drafts after a crash (the policy is workspace/drafts.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.workspace.drafts import RestorableDraft


class RecoveryDialog(QDialog):
    """ "Proofreader closed with unsaved changes": Restore / Discard / Later, per draft."""

    restore_requested = Signal(object)  # RestorableDraft
    discard_requested = Signal(object)  # RestorableDraft

    def __init__(self, drafts: list[RestorableDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore unsaved changes — Proofreader"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._drafts = list(drafts)
        sessions_only = all(d.source.kind == "session" for d in self._drafts)
        heading = QLabel(
            self.tr(
                "<b>Proofreader closed before these changes were saved.</b><br>"
                "Restore one to keep working on it; HeyGen's copy is unchanged until you "
                "upload your corrections."
            )
            if sessions_only
            else self.tr(
                "<b>Proofreader closed before these changes were saved.</b><br>"
                "Restore one to keep working on it; the file on disk is unchanged until you save."
            )
        )
        heading.setWordWrap(True)
        self.list = QListWidget()
        for draft in self._drafts:
            item = QListWidgetItem(draft.describe())
            path = draft.source.translation
            item.setToolTip(str(path) if path is not None else draft.key)
            if not draft.newer_than_file:
                item.setText(item.text() + self.tr(" (the file was changed after this draft)"))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard Changes"))
        self.later_button = QPushButton(self.tr("&Later"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 120 + 28 * min(len(self._drafts), 8))

    def drafts(self) -> list[RestorableDraft]:
        return list(self._drafts)

    def _current(self) -> RestorableDraft | None:
        row = self.list.currentRow()
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    def _restore(self) -> None:
        draft = self._current()
        if draft is not None:
            self.accept()
            self.restore_requested.emit(draft)

    def _discard(self) -> None:
        draft = self._current()
        if draft is None:
            return
        self._remove(draft)
        self.discard_requested.emit(draft)
        if not self._drafts:
            self.reject()

    def _remove(self, draft: RestorableDraft) -> None:
        index = self._drafts.index(draft)
        del self._drafts[index]
        self.list.takeItem(index)
        self.list.setCurrentRow(min(index, len(self._drafts) - 1))
