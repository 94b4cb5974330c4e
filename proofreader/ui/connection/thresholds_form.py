"""A compact editor of the check limits: pick a language, override some of its limits.

Each field shows "Default (17)" until the user sets a value; the default is the language's
own limit (with the "All languages" overrides applied), so the form says what the checks
will use. The result is the mapping stored in Settings.check_thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.library.settings import JsonScalar, ThresholdOverrides
from proofreader.subtitles.thresholds import PROFILES
from proofreader.workspace.check_limits import ALL_LANGUAGES, thresholds_with_settings


@dataclass(frozen=True)
class LimitField:
    """One overridable limit: stored in `unit_scale`-times the shown unit (ms vs s)."""

    name: str
    label: str
    minimum: float
    maximum: float
    decimals: int = 0
    suffix: str = ""
    unit_scale: float = 1.0  # stored value = shown value * unit_scale
    integer: bool = False
    tip: str = ""


class ThresholdsForm(QWidget):
    """Language combo and one spin box per limit; `overrides()` is the edited mapping."""

    changed = Signal()

    def __init__(self, overrides: ThresholdOverrides, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholds-form")
        self._overrides: ThresholdOverrides = {k: dict(v) for k, v in overrides.items()}
        self._loading = False
        self.language = QComboBox()
        self.language.setObjectName("thresholds-language")
        self.language.addItem(self.tr("All languages"), ALL_LANGUAGES)
        names = sorted(p.name for p in PROFILES.values())
        extra = sorted(k for k in self._overrides if k != ALL_LANGUAGES and k not in names)
        for name in (*names, *extra):
            self.language.addItem(name, name)
        self.language.currentIndexChanged.connect(self._load)
        self.reset_button = QPushButton(self.tr("Use the defaults"))
        self.reset_button.setObjectName("thresholds-reset")
        self.reset_button.setToolTip(self.tr("Forget the limits set for this language"))
        self.reset_button.clicked.connect(self.reset_language)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.fields = self._limit_fields()
        form = QFormLayout()
        for field in self.fields:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"threshold-{field.name}")
            spin.setDecimals(field.decimals)
            step = 1.0 if field.decimals == 0 else 10.0 ** -min(field.decimals, 1)
            spin.setSingleStep(step)
            spin.setRange(field.minimum - step, field.maximum)  # the minimum means "default"
            spin.setSuffix(field.suffix)
            spin.setToolTip(field.tip)
            spin.setAccessibleName(field.label)
            spin.valueChanged.connect(lambda _v, f=field: self._edited(f))
            self.spins[field.name] = spin
            form.addRow(self.tr("{label}:").format(label=field.label), spin)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language, 1)
        top.addWidget(self.reset_button)
        self.hint = QLabel(self.tr("Limits left at “Default” follow the language's usual values."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: palette(dark); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self._load()

    def _limit_fields(self) -> tuple[LimitField, ...]:
        """The limits the form edits, labelled in the interface's language."""
        return (
            LimitField("max_cps", self.tr("Reading speed, at most"), 1, 60, 1,
                       self.tr(" chars/s"),
                       tip=self.tr("Characters per second a viewer can read (CPS)")),
            LimitField("max_chars_per_line", self.tr("Line length, at most"), 5, 120, 0,
                       self.tr(" chars"), tip=self.tr("Characters on one subtitle line")),
            LimitField("max_lines", self.tr("Lines per cue, at most"), 1, 6, 0,
                       self.tr(" lines"), integer=True),
            LimitField("min_duration_ms", self.tr("Shortest cue"), 0.1, 10, 2, " s", 1000.0,
                       tip=self.tr("A cue shown for less time is hard to read")),
            LimitField("max_duration_ms", self.tr("Longest cue"), 1, 60, 1, " s", 1000.0),
            LimitField("min_gap_frames", self.tr("Gap between cues, at least"), 0, 50, 0,
                       self.tr(" frames"),
                       tip=self.tr("Frames between one cue and the next (at the frame rate "
                                   "below)")),
            LimitField("fps", self.tr("Frame rate"), 1, 120, 3, " fps",
                       tip=self.tr("The video's frame rate, for gaps")),
        )  # fmt: skip

    # -- the result ---------------------------------------------------------------------------

    def overrides(self) -> ThresholdOverrides:
        """The edited overrides, without languages that override nothing."""
        return {k: dict(v) for k, v in self._overrides.items() if v}

    def problem(self) -> str | None:
        """A sentence when the limits of some language contradict each other."""
        for key in self._overrides:
            limits = thresholds_with_settings(None if key == ALL_LANGUAGES else key,
                                              self._overrides)  # fmt: skip
            if limits.min_duration_ms >= limits.max_duration_ms:
                name = self.tr("all languages") if key == ALL_LANGUAGES else key
                return self.tr(
                    "The shortest cue must be shorter than the longest cue (for {language}): "
                    "change one of them."
                ).format(language=name)
        return None

    def select_language(self, key: str) -> None:
        index = self.language.findData(key)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def current_key(self) -> str:
        return str(self.language.currentData())

    def reset_language(self) -> None:
        self._overrides.pop(self.current_key(), None)
        self._load()
        self.changed.emit()

    # -- internals ----------------------------------------------------------------------------

    def _defaults(self, key: str) -> dict[str, float | None]:
        inherited: ThresholdOverrides = (
            {} if key == ALL_LANGUAGES else {ALL_LANGUAGES: self._overrides.get(ALL_LANGUAGES, {})}
        )
        limits = thresholds_with_settings(None if key == ALL_LANGUAGES else key, inherited)
        return {field.name: getattr(limits, field.name) for field in self.fields}

    def _load(self) -> None:
        key = self.current_key()
        defaults = self._defaults(key)
        own = self._overrides.get(key, {})
        self._loading = True
        try:
            for field in self.fields:
                spin = self.spins[field.name]
                default = defaults[field.name]
                shown = (
                    self.tr("off")
                    if default is None
                    else _format(default / field.unit_scale, field) + field.suffix
                )
                spin.setSpecialValueText(self.tr("Default ({value})").format(value=shown))
                value = own.get(field.name)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    spin.setValue(float(value) / field.unit_scale)
                else:
                    spin.setValue(spin.minimum())
        finally:
            self._loading = False
        self.reset_button.setEnabled(bool(own))

    def _edited(self, field: LimitField) -> None:
        if self._loading:
            return
        key = self.current_key()
        spin = self.spins[field.name]
        own = self._overrides.setdefault(key, {})
        if spin.value() <= spin.minimum():
            own.pop(field.name, None)
        else:
            stored: JsonScalar = round(spin.value() * field.unit_scale, 6)
            own[field.name] = int(stored) if field.integer else stored
        if not own:
            self._overrides.pop(key, None)
        self.reset_button.setEnabled(key in self._overrides)
        self.changed.emit()


def _format(value: float, field: LimitField) -> str:
    text = f"{value:.{field.decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
