"""The two-column body shared by the New Proofread and New Direct Translation dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.i18n import translate


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
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(options_box)

    columns = QHBoxLayout()
    columns.addLayout(left, 1)
    columns.addWidget(scroll, 1)
    return columns
