"""Puts the waveform timeline under the player and ties it to the document and the undo stack.

- the player's source is read into a waveform (cached in the app's cache folder);
- the document's cue times are drawn, kept current by its change events;
- dragging an edge becomes one SetTimes on the session's undo stack (Ctrl+Z restores it), with
  the minimum gap of the session's thresholds; the retimed cue becomes the current row;
- clicking seeks the player; double-clicking a cue makes it the current row;
- View ▸ Show Waveform hides or shows it (remembered).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QGuiApplication

from proofreader.media import PeakCache
from proofreader.subtitles.edits import SetTimes
from proofreader.subtitles.events import (
    DocumentEvent,
    Field,
    RowsChanged,
    RowsInserted,
    RowsRemoved,
)
from proofreader.ui.actions import ActionSpec
from proofreader.ui.editor_session import EditorSession
from proofreader.ui.i18n import translate
from proofreader.ui.player.waveform_view import RetimeRules

if TYPE_CHECKING:
    from proofreader.ui.player import PreviewPlayer
    from proofreader.ui.player.waveform_timeline import WaveformTimeline
    from proofreader.ui.window.host import WindowHost

SHOW_KEY = "show_waveform"
TALL_SCREEN = 900  # shorter screens start without it: the picture would shrink to a stamp
CACHE_FOLDER = "waveforms"
_BULK_ROWS = 64


class WaveformLink(QObject):
    """One per window; the timeline is made when the player is."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.widget)
        self._window = window
        self._session: EditorSession | None = None
        self.timeline: WaveformTimeline | None = None
        window.player_ready.connect(self._on_player)
        window.session_changed.connect(self._on_session)
        window.area.table.current_row_changed.connect(self._on_current_row)

    def specs(self) -> list[ActionSpec]:
        return [
            ActionSpec("view.waveform", translate("WaveformLink", "Show &Waveform"), "View",
                       self.apply_visible, group="playback", order=310, checkable=True,
                       checked=self._window.state.flag(SHOW_KEY, _tall_screen()),
                       tip=translate("WaveformLink",
                                     "Show the audio and the cues on a zoomable timeline under "
                                     "the preview; drag a cue's edge to retime it")),
        ]  # fmt: skip

    def apply_visible(self) -> None:
        on = self._window.registry.action("view.waveform").isChecked()
        if self.timeline is not None:
            self.timeline.setVisible(on)
        self._window.state.set_flag(SHOW_KEY, on)

    # ----- the player -----

    @Slot()
    def _on_player(self) -> None:
        player = self._window.area.player
        if player is None or self.timeline is not None:
            return
        from proofreader.ui.player.waveform_timeline import WaveformTimeline  # Qt Multimedia

        folder = self._window.context.cache_dir
        cache = PeakCache(folder / CACHE_FOLDER) if folder is not None else None
        timeline = WaveformTimeline(cache)
        self.timeline = timeline
        view = timeline.view
        view.set_rules(self._rules)
        view.seek_requested.connect(player.seek)
        view.retime_requested.connect(self._retime)
        view.cue_activated.connect(self._window.select_row)
        player.position_changed.connect(view.set_position)
        player.duration_changed.connect(self._on_duration)
        player.playing_changed.connect(view.set_playing)
        player.media_player().sourceChanged.connect(self._on_source)
        player.set_timeline_widget(timeline)
        view.set_duration(player.duration())
        view.set_position(player.position())
        self._send_cues()
        self._on_current_row(self._window.current_row())
        self._on_source()
        self.apply_visible()

    def _player(self) -> PreviewPlayer | None:
        return self._window.area.player

    @Slot()
    def _on_source(self, _url: QUrl | None = None) -> None:
        player = self._player()
        if player is not None and self.timeline is not None:
            self.timeline.set_source(player.source())

    @Slot(int)
    def _on_duration(self, ms: int) -> None:
        if self.timeline is not None:
            peaks = self.timeline.view.peaks()
            audio = peaks.duration_ms if peaks is not None and peaks.complete else 0
            self.timeline.view.set_duration(max(ms, audio))

    # ----- the document -----

    @Slot(object)
    def _on_session(self, session: EditorSession | None) -> None:
        if self._session is not None:
            self._session.document.remove_listener(self._on_event)
        self._session = session
        if session is not None:
            session.document.add_listener(self._on_event)
        self._send_cues()

    def _send_cues(self) -> None:
        if self.timeline is None:
            return
        session = self._session
        rows = session.document.rows if session is not None else ()
        self.timeline.view.set_cues([(r.start_ms, r.end_ms) for r in rows])

    def _on_event(self, event: DocumentEvent) -> None:
        timeline, session = self.timeline, self._session
        if timeline is None or session is None:
            return
        if isinstance(event, RowsChanged):
            if not event.fields & Field.TIMES:
                return
            if event.last - event.first < _BULK_ROWS:
                rows = session.document.rows
                for row in range(event.first, event.last + 1):
                    timeline.view.update_cue(row, (rows[row].start_ms, rows[row].end_ms))
                return
            self._send_cues()
        elif isinstance(event, RowsInserted | RowsRemoved):
            self._send_cues()

    @Slot(int)
    def _on_current_row(self, row: int) -> None:
        if self.timeline is not None:
            self.timeline.view.set_current_row(row)

    def _rules(self) -> RetimeRules:
        session = self._session
        if session is None:
            return RetimeRules(0.0, 1)
        thresholds = session.checker.thresholds
        return RetimeRules(thresholds.min_gap_ms, max(1, math.floor(1000 / thresholds.fps)))

    @Slot(int, int, int)
    def _retime(self, row: int, start_ms: int, end_ms: int) -> None:
        session = self._session
        if session is None or not 0 <= row < len(session.document):
            return
        if session.undo.push(SetTimes(row, start_ms, end_ms), merge=False):
            self._window.link.select_without_seeking(row)


def _tall_screen() -> bool:
    screen = QGuiApplication.primaryScreen()
    return screen is None or screen.availableGeometry().height() >= TALL_SCREEN
