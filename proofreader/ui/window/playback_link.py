"""Ties the open document, the cue table and the preview player together.

- choosing a row (click, keys, F8...) seeks the player to the cue's start;
- while playing, the cue under the playhead is tinted in the table, and followed when
  "Follow playback" is on;
- every change of the document reaches the player at once: a keystroke updates that one cue
  (the overlay redraws it live), structural edits resend the whole track.
The player may be created after the window is shown; until then the link just remembers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from proofreader.subtitles.events import (
    DocumentEvent,
    Field,
    RowsChanged,
    RowsInserted,
    RowsRemoved,
)
from proofreader.ui.editor.cue_table_view import CueTableView
from proofreader.ui.editor_session import EditorSession

if TYPE_CHECKING:
    from proofreader.ui.player import PreviewPlayer

_BULK_ROWS = 64  # more changed rows than this: resend the track instead of cue by cue
_PLAYER_FIELDS = Field.TEXT | Field.TIMES | Field.ORIGINAL


class PlaybackLink(QObject):
    """Owns no widgets; connects them. One per window."""

    def __init__(self, table: CueTableView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._player: PreviewPlayer | None = None
        self._session: EditorSession | None = None
        self._seek_on_select = True
        table.current_row_changed.connect(self._on_current_row)

    @property
    def player(self) -> PreviewPlayer | None:
        return self._player

    def set_player(self, player: PreviewPlayer) -> None:
        self._player = player
        player.playhead_cue_changed.connect(self._table.highlight_row)
        self._send_all()
        row = self._table.current_row()
        if row >= 0:
            player.set_current_cue(row)

    def set_session(self, session: EditorSession | None) -> None:
        if self._session is not None:
            self._session.document.remove_listener(self._on_event)
        self._session = session
        if session is not None:
            session.document.add_listener(self._on_event)
        self._table.highlight_row(-1)
        self._send_all()

    def select_without_seeking(self, row: int) -> None:
        """Make `row` current but leave the playhead where it is (e.g. after set in/out)."""
        self._seek_on_select = False
        try:
            self._table.select_row(row)
        finally:
            self._seek_on_select = True

    # ----- into the player -----

    def _send_all(self) -> None:
        player, session = self._player, self._session
        if player is None:
            return
        if session is None:
            player.set_cues([])
            return
        rows = session.document.rows
        player.set_cues(
            [r.cue for r in rows],
            [r.original.text if r.original is not None else "" for r in rows],
        )
        player.set_show_original(session.document.has_originals)

    def _on_event(self, event: DocumentEvent) -> None:
        player, session = self._player, self._session
        if player is None or session is None:
            return
        if isinstance(event, RowsChanged):
            if not event.fields & _PLAYER_FIELDS:
                return
            if event.last - event.first >= _BULK_ROWS:
                self._send_all()
                return
            rows = session.document.rows
            for i in range(event.first, event.last + 1):
                original = rows[i].original
                player.update_cue(i, rows[i].cue, original.text if original else "")
        elif isinstance(event, RowsInserted | RowsRemoved):
            self._send_all()

    def _on_current_row(self, row: int) -> None:
        player = self._player
        if player is None or self._session is None:
            return
        player.set_current_cue(row)
        if row >= 0 and self._seek_on_select:
            player.seek(self._session.document[row].start_ms)
