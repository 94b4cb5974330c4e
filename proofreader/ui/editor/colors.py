"""The editor's few colours, derived from the current palette so light and dark both read well.

Marks are tints of the palette's base colour rather than fixed colours: a 20 % amber wash is
visible on white and on near-black alike, while text stays the palette's own text colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

_AMBER = QColor(232, 160, 0)
_GREEN = QColor(46, 160, 67)
_RED = QColor(215, 58, 73)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of colour `b` over colour `a` (0 gives a, 1 gives b)."""
    keep = 1.0 - amount
    return QColor(
        round(a.red() * keep + b.red() * amount),
        round(a.green() * keep + b.green() * amount),
        round(a.blue() * keep + b.blue() * amount),
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True, slots=True)
class EditorColors:
    """Colours for marks in the table and the pane."""

    secondary_text: QColor  # the original: readable but clearly not the thing being edited
    accent: QColor  # the bar marking an edited cue
    edited_tint: QColor  # background of the # cell of an edited cue
    timing_tint: QColor  # background of In/Out that differ from the downloaded file
    over_limit: QColor  # CPS / fit / line counts over their limit
    ok_text: QColor
    reviewed: QColor  # the ✓ of a reviewed cue
    flagged: QColor  # the ⚑ of a cue flagged in review
    inserted_tint: QColor  # word diff: added words
    deleted_tint: QColor  # word diff: removed words
    deleted_text: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> EditorColors:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = is_dark(palette)
        accent = palette.color(QPalette.ColorRole.Accent)
        if not accent.isValid() or accent.saturation() < 40:
            accent = palette.color(QPalette.ColorRole.Highlight)
        return cls(
            secondary_text=mix(text, base, 0.42),
            accent=accent,
            edited_tint=mix(base, accent, 0.28 if dark else 0.18),
            timing_tint=mix(base, _AMBER, 0.32 if dark else 0.25),
            over_limit=QColor(255, 128, 128) if dark else QColor(190, 30, 30),
            ok_text=text,
            reviewed=mix(_GREEN, QColor(255, 255, 255), 0.25) if dark else _GREEN.darker(115),
            flagged=mix(_AMBER, QColor(255, 255, 255), 0.2) if dark else _AMBER.darker(125),
            inserted_tint=mix(base, _GREEN, 0.38 if dark else 0.22),
            deleted_tint=mix(base, _RED, 0.38 if dark else 0.18),
            deleted_text=mix(text, _RED, 0.35),
        )

    @classmethod
    def current(cls) -> EditorColors:
        return cls.from_palette(QGuiApplication.palette())
