""" "Open What Can Be Read": the way past a subtitle file with a block that cannot be read.

The open-error box offers it when a lenient read would open the rest; once opened, a box
lists every block that was skipped with its line (Save writes those blocks back as they were).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from proofreader.ui.i18n import translate
from proofreader.workspace.document_source import DocumentSource
from proofreader.workspace.inputs import LoadError


def lenient_retry(exc: BaseException, source: DocumentSource) -> DocumentSource | None:
    """The same source read leniently, when that would open what the strict read refused."""
    if isinstance(exc, LoadError) and exc.lenient_helps and not source.lenient:
        return replace(source, lenient=True)
    return None


def offer_lenient_open(
    parent: QWidget, title: str, sentence: str, open_leniently: Callable[[], None]
) -> QMessageBox:
    """The open-error box with an "Open What Can Be Read" button (window-modal, not blocking)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, sentence, QMessageBox.StandardButton.Cancel,
                      parent)  # fmt: skip
    button = box.addButton(
        translate("LenientOpen", "Open What Can Be Read"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(
        lambda _result: open_leniently() if box.clickedButton() is button else None
    )
    box.open()
    return box


def skipped_sentence(skipped: list[str]) -> str:
    """What a lenient open left out, one block a line."""
    head = translate(
        "LenientOpen",
        "Opened what could be read. These blocks were skipped; Save writes them back as they were:",
    )
    return "\n".join([head, *skipped])
