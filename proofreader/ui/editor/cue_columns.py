"""The cue table's columns and the extra item roles its views read."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from proofreader.ui.i18n import translate

_USER = int(Qt.ItemDataRole.UserRole)

# The row's DocumentCue (through any proxy, so delegates and the pane need no mapping).
ROW_ROLE = _USER + 1
# The source row number (int), the same through any proxy.
SOURCE_ROW_ROLE = _USER + 2
# True when the cell's text runs right to left (Arabic, Hebrew...).
RTL_ROLE = _USER + 3
# "error", "warning" or "" for the worst finding of the row.
SEVERITY_ROLE = _USER + 4
# setData role of the in-cell editor's keystrokes: each is an edit at once (merged into one undo
# step with the rest of the cell's typing), so a crash mid-cell loses nothing.
LIVE_TEXT_ROLE = _USER + 5


class Column(enum.IntEnum):
    """Logical columns. The cue number is last so that column 0 does not change when rows are
    inserted above (item views and the model tester key rows on column 0); the view shows it
    first (VISUAL_ORDER). Views repaint after inserts and removes, renumbering what is shown."""

    IN = 0
    OUT = 1
    DURATION = 2
    CPS = 3
    FIT = 4
    ORIGINAL = 5
    TRANSLATION = 6
    FLAGS = 7
    REVIEW = 8
    NUMBER = 9


# The order the table shows the columns in.
VISUAL_ORDER = (
    Column.NUMBER,
    Column.IN,
    Column.OUT,
    Column.DURATION,
    Column.CPS,
    Column.FIT,
    Column.ORIGINAL,
    Column.TRANSLATION,
    Column.FLAGS,
    Column.REVIEW,
)
COLUMN_COUNT = len(Column)
LAST_COLUMN = COLUMN_COUNT - 1
TEXT_COLUMNS = (Column.ORIGINAL, Column.TRANSLATION)

# (header, header tooltip) per column, in English: column_header translates them when shown.
# (QT_TRANSLATE_NOOP marks them for lupdate; its stub returns object.)
HEADERS: dict[Column, tuple[object, object]] = {
    Column.NUMBER: (
        "#",
        QT_TRANSLATE_NOOP(
            "CueColumns", "Cue number. A coloured bar marks cues changed from the machine text."
        ),
    ),
    Column.IN: (
        QT_TRANSLATE_NOOP("CueColumns", "In"),
        QT_TRANSLATE_NOOP(
            "CueColumns", "Start time. Tinted when it differs from the downloaded file."
        ),
    ),
    Column.OUT: (
        QT_TRANSLATE_NOOP("CueColumns", "Out"),
        QT_TRANSLATE_NOOP(
            "CueColumns", "End time. Tinted when it differs from the downloaded file."
        ),
    ),
    Column.DURATION: (
        QT_TRANSLATE_NOOP("CueColumns", "Dur"),
        QT_TRANSLATE_NOOP("CueColumns", "How long the cue is on screen, in seconds."),
    ),
    Column.CPS: (
        QT_TRANSLATE_NOOP("CueColumns", "CPS"),
        QT_TRANSLATE_NOOP(
            "CueColumns",
            "Reading speed in characters per second (line breaks count as nothing).",
        ),
    ),
    Column.FIT: (
        QT_TRANSLATE_NOOP("CueColumns", "Fit"),
        QT_TRANSLATE_NOOP(
            "CueColumns",
            "Estimated time to speak the translation as a share of the cue's duration: "
            "over 100% the dubbed line will be rushed.",
        ),
    ),
    Column.ORIGINAL: (
        QT_TRANSLATE_NOOP("CueColumns", "Original"),
        QT_TRANSLATE_NOOP("CueColumns", "The original-language text (read-only)."),
    ),
    Column.TRANSLATION: (
        QT_TRANSLATE_NOOP("CueColumns", "Translation"),
        QT_TRANSLATE_NOOP("CueColumns", "The translated text. Double-click or F2 to edit."),
    ),
    Column.FLAGS: (
        "",
        QT_TRANSLATE_NOOP(
            "CueColumns", "Problems found by the checks; hover an icon to read them."
        ),
    ),
    Column.REVIEW: (
        "✓",
        QT_TRANSLATE_NOOP("CueColumns", "✓ reviewed, ⚑ flagged for another look, ✎ has a note."),
    ),
}


NO_ORIGINAL: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "CueColumns",
    "No original transcript: HeyGen gives one only when the session was created with the "
    "video's SRT (proofread create --srt), so pairing and length checks use the translation alone.",
)


def column_header(column: Column) -> tuple[str, str]:
    """A column's (header, tooltip) in the interface's language."""
    title, tip = HEADERS[column]
    return (translate("CueColumns", str(title)) if title else "", translate("CueColumns", str(tip)))
