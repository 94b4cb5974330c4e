"""The cue table's hidden columns (Out starts hidden), kept with the window's state."""

from __future__ import annotations

from proofreader.ui.editor.cue_columns import Column
from proofreader.ui.editor.cue_table_view import CueTableView
from proofreader.ui.window.window_state import WindowState

HIDDEN_COLUMNS_KEY = "table/hidden_columns"
_UNSET = "-"


def remember_hidden_columns(state: WindowState, table: CueTableView) -> None:
    """Hide what the user hid last time, and remember each change (as column names)."""
    saved = state.value(HIDDEN_COLUMNS_KEY, _UNSET)
    if saved != _UNSET:
        table.set_hidden_columns(
            {Column[name] for name in saved.split(",") if name in Column.__members__}
        )
    table.hidden_columns_changed.connect(
        lambda: state.set_value(
            HIDDEN_COLUMNS_KEY, ",".join(sorted(c.name for c in table.hidden_columns()))
        )
    )
