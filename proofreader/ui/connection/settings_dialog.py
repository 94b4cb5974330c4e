"""Preferences: the API address, how often to ask HeyGen, the download folder, check limits,
the interface language.

The API address is validated as it is typed (https only; plain http only for this computer)
and OK stays disabled while it is wrong. OK saves through AppContext.update_settings; a save
that fails says why and keeps the dialog open.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.library import (
    API_BASE_ENV,
    DEFAULT_API_BASE,
    InvalidApiBase,
    Settings,
    SettingsError,
    validate_api_base,
)
from proofreader.library.settings import MIN_POLL_INTERVAL_S
from proofreader.ui.connection.context import AppContext
from proofreader.ui.connection.thresholds_form import ThresholdsForm
from proofreader.ui.i18n import INTERFACE_LANGUAGES

ERROR_STYLE = "QLabel { color: #b3261e; }"
NOTE_STYLE = "QLabel { color: palette(dark); }"
MAX_POLL_INTERVAL_S = 3600.0
COLUMN_WIDTH = 500


class SettingsDialog(QDialog):
    """Edit the settings; on OK they are saved and the context uses them."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Preferences — Proofreader"))
        self._context = context
        env = os.environ if environ is None else environ
        settings = context.settings

        self.base_edit = QLineEdit(settings.api_base or "")
        self.base_edit.setObjectName("settings-api-base")
        self.base_edit.setPlaceholderText(
            self.tr("{address} (the default)").format(address=DEFAULT_API_BASE)
        )
        self.base_edit.textChanged.connect(self._validate)
        self.base_error = _label("settings-api-base-error", ERROR_STYLE)
        base_note = _label("settings-api-base-note", NOTE_STYLE)
        notes = [self.tr("Used the next time you sign in.")]
        if env.get(API_BASE_ENV, "").strip():
            notes.append(
                self.tr("{variable} is set and takes precedence over this address.").format(
                    variable=API_BASE_ENV
                )
            )
        base_note.setText(" ".join(notes))
        base_note.setVisible(True)
        self.poll_spin = QDoubleSpinBox()
        self.poll_spin.setObjectName("settings-poll-interval")
        self.poll_spin.setRange(MIN_POLL_INTERVAL_S, MAX_POLL_INTERVAL_S)
        self.poll_spin.setDecimals(0)
        self.poll_spin.setSuffix(" s")
        self.poll_spin.setValue(settings.poll_interval_s)
        poll_note = _label("settings-poll-note", NOTE_STYLE)
        poll_note.setText(
            self.tr(
                "How often to ask HeyGen about work in progress; HeyGen suggests 30 to 60 "
                "seconds. The demo always checks every second."
            )
        )
        poll_note.setVisible(True)
        connection = QGroupBox("HeyGen")
        connection_form = QFormLayout(connection)
        connection_form.addRow(self.tr("API address:"), self.base_edit)
        connection_form.addRow("", self.base_error)
        connection_form.addRow("", base_note)
        connection_form.addRow(self.tr("Check for progress every:"), self.poll_spin)
        connection_form.addRow("", poll_note)

        self.folder_edit = QLineEdit(str(settings.download_dir))
        self.folder_edit.setObjectName("settings-download-dir")
        self.folder_edit.textChanged.connect(self._validate)
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.setObjectName("settings-choose-folder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_error = _label("settings-download-dir-error", ERROR_STYLE)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        downloads = QGroupBox(self.tr("Downloads"))
        downloads_form = QFormLayout(downloads)
        downloads_form.addRow(self.tr("Save rendered videos in:"), folder_row)
        downloads_form.addRow("", self.folder_error)

        interface = QGroupBox(self.tr("Interface"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("settings-interface-language")
        for code, name in INTERFACE_LANGUAGES:  # each language named in its own language
            self.language_combo.addItem(name if code else self.tr("System default"), code)
        chosen = self.language_combo.findData(settings.interface_language)
        self.language_combo.setCurrentIndex(max(chosen, 0))
        self.language_note = _label("settings-interface-language-note", NOTE_STYLE)
        self.language_note.setText(self.tr("Applies the next time Proofreader starts."))
        self.language_note.setVisible(True)
        interface_form = QFormLayout(interface)
        interface_form.addRow(self.tr("Language:"), self.language_combo)
        interface_form.addRow("", self.language_note)

        checks = QGroupBox(self.tr("Check limits"))
        self.thresholds = ThresholdsForm(settings.check_thresholds)
        self.thresholds.changed.connect(self._validate)
        self.thresholds_error = _label("settings-thresholds-error", ERROR_STYLE)
        checks_layout = QVBoxLayout(checks)
        checks_layout.addWidget(self.thresholds)
        checks_layout.addWidget(self.thresholds_error)

        self.save_error = _label("settings-save-error", ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("settings-ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Two columns, so the dialog fits a 720-pixel-high screen in longer languages too.
        general = QWidget()
        general.setMinimumWidth(COLUMN_WIDTH)  # wrapped notes need a width for their height
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(0, 0, 0, 0)
        for group in (connection, downloads, interface):
            general_layout.addWidget(group)
        general_layout.addStretch(1)
        limits = QVBoxLayout()
        limits.addWidget(checks)
        limits.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(general, 1)
        columns.addLayout(limits, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)
        self._validate()

    # -- the result ---------------------------------------------------------------------------

    def edited_settings(self) -> Settings:
        """The settings as edited (raises InvalidApiBase/ValueError if they are not valid)."""
        base = self.base_edit.text().strip()
        return replace(
            self._context.settings,
            api_base=validate_api_base(base) if base else None,
            poll_interval_s=float(self.poll_spin.value()),
            download_dir=Path(self.folder_edit.text().strip()).expanduser(),
            check_thresholds=self.thresholds.overrides(),
            interface_language=str(self.language_combo.currentData() or ""),
        )

    def accept(self) -> None:
        if self._validate():
            return
        try:
            self._context.update_settings(self.edited_settings())
        except (SettingsError, ValueError) as exc:
            self.save_error.setText(str(exc))
            self.save_error.setVisible(True)
            return
        super().accept()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for downloads — Proofreader"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    # -- validation ---------------------------------------------------------------------------

    def _validate(self) -> str | None:
        """Show each problem beside its field; the first one, or None when all is well."""
        problems: list[str] = []
        base = self.base_edit.text().strip()
        base_problem = None
        if base:
            try:
                validate_api_base(base)
            except InvalidApiBase as exc:
                base_problem = str(exc)
        _show(self.base_error, base_problem, problems)
        folder = self.folder_edit.text().strip()
        folder_problem = None
        if not folder or not Path(folder).expanduser().is_absolute():
            folder_problem = self.tr(
                "Choose a folder for downloads (a full path, like /home/you/Videos)."
            )
        elif Path(folder).expanduser().exists() and not Path(folder).expanduser().is_dir():
            folder_problem = self.tr(
                "{folder} is a file, not a folder: choose a folder for downloads."
            ).format(folder=folder)
        _show(self.folder_error, folder_problem, problems)
        _show(self.thresholds_error, self.thresholds.problem(), problems)
        self.ok_button.setEnabled(not problems)
        return problems[0] if problems else None


def _show(label: QLabel, problem: str | None, problems: list[str]) -> None:
    label.setText(problem or "")
    label.setVisible(problem is not None)
    if problem is not None:
        problems.append(problem)


def _label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setVisible(False)
    return label
