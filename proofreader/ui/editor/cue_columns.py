"""The cue table's columns and the extra item roles its views read."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)

#: The row's DocumentCue (through any proxy, so delegates and the pane need no mapping).
ROW_ROLE = _USER + 1
#: The source row number (int), the same through any proxy.
SOURCE_ROW_ROLE = _USER + 2
#: True when the cell's text runs right to left (Arabic, Hebrew...).
RTL_ROLE = _USER + 3
#: "error", "warning" or "" for the worst finding of the row.
SEVERITY_ROLE = _USER + 4


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


#: The order the table shows the columns in.
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

#: (header, header tooltip) per column.
HEADERS: dict[Column, tuple[str, str]] = {
    Column.NUMBER: ("#", "Cue number. A coloured bar marks cues changed from the machine text."),
    Column.IN: ("In", "Start time. Tinted when it differs from the downloaded file."),
    Column.OUT: ("Out", "End time. Tinted when it differs from the downloaded file."),
    Column.DURATION: ("Dur", "How long the cue is on screen, in seconds."),
    Column.CPS: ("CPS", "Reading speed in characters per second (line breaks count as nothing)."),
    Column.FIT: (
        "Fit",
        "Estimated time to speak the translation as a share of the cue's duration: "
        "over 100% the dubbed line will be rushed.",
    ),
    Column.ORIGINAL: ("Original", "The original-language text (read-only)."),
    Column.TRANSLATION: ("Translation", "The translated text. Double-click or F2 to edit."),
    Column.FLAGS: ("", "Problems found by the checks; hover an icon to read them."),
    Column.REVIEW: ("Review", "✓ reviewed, ⚑ flagged for another look, ✎ has a note."),
}
