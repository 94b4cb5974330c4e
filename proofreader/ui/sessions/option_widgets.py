"""What the proofread and the direct translation option forms share: their base class and the
widgets both build (mode, speakers, id fields, the grey one-line explanations)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from proofreader.heygen import BrandGlossary, Mode
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

    def set_glossaries(self, glossaries: Sequence[BrandGlossary]) -> None:
        """The account's brand glossaries; only a form with a glossary picker needs them."""


class GlossaryPicker(QComboBox):
    """A brand glossary chosen by name from HeyGen's list, or its id typed in; empty: none."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("OptionWidgets", "none (default), or an id"))
        self.addItem("", None)

    def set_glossaries(self, glossaries: Sequence[BrandGlossary]) -> None:
        """Offer these by name; what was typed or chosen stays."""
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for glossary in glossaries:
            self.addItem(glossary.name, glossary.id)
            self.setItemData(self.count() - 1, glossary.id, Qt.ItemDataRole.ToolTipRole)
        self.setEditText(typed)
        self.blockSignals(False)

    def glossary_id(self) -> str | None:
        """The id to send: the chosen glossary's, or the text itself when it names none."""
        typed = self.currentText().strip()
        if not typed:
            return None
        index = self.findText(typed, Qt.MatchFlag.MatchExactly)
        found = self.itemData(index) if index > 0 else None
        return str(found) if found else typed


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
