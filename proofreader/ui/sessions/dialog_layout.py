"""The two-column body shared by the New Proofread and New Direct Translation dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.i18n import translate
from proofreader.ui.window.screen_fit import scrolling


def source_and_options_columns(
    source: QWidget, title_edit: QLineEdit, languages: QWidget, options: QWidget
) -> QHBoxLayout:
    """Source, title and languages on the left; the options, scrollable, on the right."""
    title_form = QFormLayout()
    title_form.addRow(translate("DialogLayout", "&Title:"), title_edit)
    languages_box = QGroupBox(translate("DialogLayout", "Target languages"))
    QVBoxLayout(languages_box).addWidget(languages)
    left = QVBoxLayout()
    left.addWidget(source)
    left.addLayout(title_form)
    left.addWidget(languages_box, 1)

    options_box = QGroupBox(translate("DialogLayout", "Options"))
    options_layout = QVBoxLayout(options_box)
    options_layout.addWidget(options)
    options_layout.addStretch(1)
    columns = QHBoxLayout()
    columns.addLayout(left, 1)
    columns.addWidget(scrolling(options_box), 1)
    return columns
