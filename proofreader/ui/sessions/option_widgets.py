"""What the proofread and the direct translation option forms share: their base class and the
widgets both build (mode, speakers, id fields, the grey one-line explanations)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from proofreader.heygen import Mode
from proofreader.ui.i18n import translate

MAX_SPEAKERS = 20


class OptionsForm(QWidget):
    """The options column of a "new" dialog: says when it changed and what is wrong with it."""

    changed = Signal()

    def problem(self) -> str | None:
        """A sentence when a field cannot be used as it is (None: usable)."""
        return None

    def set_languages(self, names: Sequence[str]) -> None:
        """The languages HeyGen offers; only a form with a language choice needs them."""


def explanation(text: str) -> QLabel:
    """An option's one-line explanation: small, grey, wrapped."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("option-explanation")
    font = label.font()
    font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
    label.setFont(font)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def mode_combo(object_name: str, modes: Sequence[Mode]) -> QComboBox:
    """The mode choice, `modes` in the order shown; the first is the default."""
    names = {
        Mode.PRECISION: translate("OptionWidgets", "Precision"),
        Mode.SPEED: translate("OptionWidgets", "Speed"),
    }
    combo = QComboBox()
    combo.setObjectName(object_name)
    for mode in modes:
        combo.addItem(names[mode], mode)
    return combo


def speakers_spin(object_name: str) -> QSpinBox:
    """The number of speakers; 0 shows as (and sends) "detect automatically"."""
    spin = QSpinBox()
    spin.setObjectName(object_name)
    spin.setRange(0, MAX_SPEAKERS)
    spin.setSpecialValueText(translate("OptionWidgets", "Detect automatically"))
    spin.setMinimumWidth(170)
    return spin


def id_field(object_name: str) -> QLineEdit:
    """An optional HeyGen id (glossary, folder): empty sends nothing."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText(translate("OptionWidgets", "none (default)"))
    return edit
