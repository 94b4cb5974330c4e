"""WaveformView: the zoomed timeline under the picture: audio, cue regions, the playhead.

Click seeks (and dragging scrubs); dragging a cue's edge retimes it (the cursor changes near an
edge): the rule is subtitles/retime.py, and one `retime_requested` is emitted on release, which
the window turns into one undoable SetTimes. Ctrl+wheel zooms around the mouse, the wheel
scrolls. Only the visible pixels are computed on each paint, so scrolling an hour stays smooth.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from proofreader.media import Peaks
from proofreader.subtitles.retime import Edge, EdgeDrag, Span
from proofreader.ui.player import waveform_paint as paint

DEFAULT_MS_PER_PX = 20.0  # 50 px a second: about ten seconds across the player
MIN_MS_PER_PX = 1.0
ZOOM_STEP = 1.25  # one wheel notch
EDGE_GRAB_PX = 5
SNAP_PX = 8
FOLLOW_MARGIN = 0.08  # while playing, the view pages when the playhead is this close to an edge


class RetimeRules(NamedTuple):
    min_gap_ms: float
    min_length_ms: int


class WaveformView(QWidget):
    """Times are integer milliseconds; the view shows [origin_ms, origin_ms + width * scale)."""

    seek_requested = Signal(int)
    retime_requested = Signal(int, int, int)  # row, start_ms, end_ms
    cue_activated = Signal(int)  # double-click on a cue: make it the current row
    view_changed = Signal()  # origin or scale changed (the scroll bar follows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waveform-view")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cue table keeps the keys (J, K, L…)
        self.setToolTip(
            self.tr(
                "Waveform: click to seek, drag a cue's edge to retime it, Ctrl+wheel to zoom, "
                "double-click a cue to edit it."
            )
        )
        self._peaks: Peaks | None = None
        self._status = ""
        self._duration = 0
        self._position = 0
        self._playing = False
        self._origin = 0.0
        self._scale = DEFAULT_MS_PER_PX
        self._wanted_scale = DEFAULT_MS_PER_PX  # the zoom asked for; a short track may limit it
        self._spans: list[Span] = []
        self._order: list[int] = []  # rows sorted by start
        self._starts: list[int] = []
        self._longest = 0
        self._current = -1
        self._drag: EdgeDrag | None = None
        self._preview: Span | None = None
        self._scrubbing = False
        self._rules: Callable[[], RetimeRules] = lambda: RetimeRules(0.0, 1)

    def sizeHint(self) -> QSize:
        return QSize(400, paint.preferred_height(self.fontMetrics()))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, paint.preferred_height(self.fontMetrics()))

    # -- content ---------------------------------------------------------------------------------
    def set_peaks(self, peaks: Peaks | None) -> None:
        self._peaks = peaks
        self.update()

    def peaks(self) -> Peaks | None:
        return self._peaks

    def set_status(self, text: str) -> None:
        """A calm line in the middle ("Reading audio…", "No audio"); "" for none."""
        if text != self._status:
            self._status = text
            self.update()

    def status(self) -> str:
        return self._status

    def set_duration(self, ms: int) -> None:
        if ms != self._duration:
            self._duration = max(0, ms)
            self._set_view(self._origin, self._wanted_scale, remember=False)
            self.update()
            self.view_changed.emit()

    def duration(self) -> int:
        return self._duration

    def set_cues(self, spans: Sequence[Span]) -> None:
        """All cues' (start, end) in document order."""
        self._cancel_drag()  # rows may have moved: the drag's row and times are stale
        self._spans = list(spans)
        self._reindex()

    def update_cue(self, row: int, span: Span) -> None:
        if self._spans[row] != span:
            self._cancel_drag()  # an undo (say) moved a cue: releasing must not write old times
            self._spans[row] = span
            self._reindex()

    def _cancel_drag(self) -> None:
        if self._drag is not None:
            self._drag = self._preview = None
            _app().removeEventFilter(self)
            self.update()

    def set_current_row(self, row: int) -> None:
        if row != self._current:
            self._current = row
            self.update()

    def current_row(self) -> int:
        return self._current

    def set_rules(self, rules: Callable[[], RetimeRules]) -> None:
        """Where the minimum gap and length come from (read when a drag starts)."""
        self._rules = rules

    def _reindex(self) -> None:
        starts = [s for s, _e in self._spans]
        self._order = sorted(range(len(starts)), key=starts.__getitem__)
        self._starts = [starts[i] for i in self._order]
        self._longest = max(0, max((e - s for s, e in self._spans), default=0))
        self.update()

    # -- playhead --------------------------------------------------------------------------------
    def set_playing(self, playing: bool) -> None:
        self._playing = playing

    def set_position(self, ms: int) -> None:
        """Move the playhead; keep it in view (page while playing, centre after a jump)."""
        if ms == self._position:
            return
        old, self._position = self._position, ms
        if self._drag is None and not self._scrubbing and self._follow(old, ms):
            return
        for x in (self.x_at(old), self.x_at(ms)):
            self.update(int(x) - 2, 0, 5, self.height())

    def _follow(self, old: int, ms: int) -> bool:
        """Scroll so the playhead stays in view; True if the view moved (and was repainted)."""
        span = self.visible_ms()
        left, right = self._origin, self._origin + span
        if self._playing and left <= old <= right and ms > right - span * FOLLOW_MARGIN:
            origin = ms - span * FOLLOW_MARGIN  # page on, the playhead near the left edge
        elif not left <= ms <= right:
            origin = ms - span / 2
        else:
            return False
        before = self._origin
        self.set_origin(origin)
        return self._origin != before

    def position(self) -> int:
        return self._position

    # -- geometry --------------------------------------------------------------------------------
    def ms_per_px(self) -> float:
        return self._scale

    def origin_ms(self) -> float:
        return self._origin

    def visible_ms(self) -> float:
        return max(1, self.width()) * self._scale

    def x_at(self, ms: float) -> float:
        return (ms - self._origin) / self._scale

    def time_at(self, x: float) -> float:
        return self._origin + x * self._scale

    def max_ms_per_px(self) -> float:
        """Zoomed all the way out, the whole duration fits the width (no limit without one)."""
        if self._duration <= 0:
            return float("inf")
        return max(MIN_MS_PER_PX, self._duration / max(1, self.width()))

    def set_origin(self, ms: float) -> None:
        self._set_view(ms, self._scale, remember=False)

    def set_view(self, origin_ms: float, ms_per_px: float) -> None:
        """Show from `origin_ms` at `ms_per_px` (both clamped to what the duration allows)."""
        self._set_view(origin_ms, ms_per_px)

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the time under `anchor_x` where it is."""
        x = self.width() / 2 if anchor_x is None else anchor_x
        anchor = self.time_at(x)
        scale = min(max(self._scale / factor, MIN_MS_PER_PX), self.max_ms_per_px())
        self._set_view(anchor - x * scale, scale)

    def zoom_to_fit(self) -> None:
        if self._duration > 0:
            self._set_view(0, self.max_ms_per_px())

    def _set_view(self, origin: float, scale: float, *, remember: bool = True) -> None:
        """Show from `origin` at `scale`; `remember`: the zoom the user chose (kept across
        resizes and a longer source), else a re-fit of the remembered one."""
        scale = min(max(scale, MIN_MS_PER_PX), self.max_ms_per_px())
        if remember:
            self._wanted_scale = scale
        span = max(1, self.width()) * scale
        origin = min(max(origin, 0.0), max(0.0, self._duration - span))
        if (origin, scale) != (self._origin, self._scale):
            self._origin, self._scale = origin, scale
            self.update()
            self.view_changed.emit()

    # -- cues in view ----------------------------------------------------------------------------
    def visible_rows(self, first_ms: float, last_ms: float) -> list[int]:
        """Rows overlapping [first_ms, last_ms], by start time."""
        lo = bisect_left(self._starts, first_ms - self._longest)
        hi = bisect_right(self._starts, last_ms)
        spans = self._spans
        return [r for r in self._order[lo:hi] if spans[r][1] >= first_ms]

    def span_of(self, row: int) -> Span:
        """The row's times as drawn (a dragged edge included)."""
        if self._drag is not None and self._preview is not None and row == self._drag.row:
            return self._preview
        return self._spans[row]

    def edge_at(self, x: float) -> tuple[int, Edge] | None:
        """The cue edge within EDGE_GRAB_PX of x (the nearest; the cue under x on a tie)."""
        pad = EDGE_GRAB_PX * self._scale
        t = self.time_at(x)
        best: tuple[float, int, int, Edge] | None = None
        for row in self.visible_rows(t - pad, t + pad):
            start, end = self._spans[row]
            for edge, ms, inside in ((Edge.START, start, t >= start), (Edge.END, end, t <= end)):
                distance = abs(self.x_at(ms) - x)
                if distance <= EDGE_GRAB_PX:
                    candidate = (distance, 0 if inside else 1, row, edge)
                    if best is None or candidate[:2] < best[:2]:
                        best = candidate
        return (best[2], best[3]) if best is not None else None

    def row_at(self, x: float) -> int:
        t = self.time_at(x)
        rows = [r for r in self.visible_rows(t, t) if self._spans[r][0] <= t <= self._spans[r][1]]
        return rows[-1] if rows else -1

    def dragging(self) -> EdgeDrag | None:
        return self._drag

    # -- mouse and keys --------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        hit = self.edge_at(x)
        if hit is not None:
            rules = self._rules()
            row, edge = hit
            self._drag = EdgeDrag.begin(
                self._spans, row, edge, min_gap_ms=rules.min_gap_ms,
                min_length_ms=rules.min_length_ms, extra_snaps=(self._position,),
            )  # fmt: skip
            self._preview = self._drag.times
            _app().installEventFilter(self)  # Escape cancels, wherever the focus is
            return
        if self._duration > 0:
            self._scrubbing = True
            self.seek_requested.emit(self._clamped_time(x))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        drag = self._drag
        if drag is not None:
            preview = drag.times_at(self.time_at(x), SNAP_PX * self._scale)
            if preview != self._preview:
                self._preview = preview
                self.update()
        elif self._scrubbing:
            self.seek_requested.emit(self._clamped_time(x))
        else:
            near = self.edge_at(x) is not None
            self.setCursor(Qt.CursorShape.SizeHorCursor if near else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._scrubbing = False
        drag, preview = self._drag, self._preview
        self._drag = self._preview = None
        if drag is not None:
            _app().removeEventFilter(self)
            self.update()
            if preview is not None and preview != drag.times:
                self.retime_requested.emit(drag.row, *preview)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and row >= 0:
            self.cue_activated.emit(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._drag is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self._cancel_drag()
            return True
        return super().eventFilter(watched, event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        steps = (delta.y() or delta.x()) / 120
        if not steps:
            event.ignore()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP**steps, event.position().x())
        else:
            horizontal = delta.x() if delta.x() else -delta.y()
            self.set_origin(self._origin + horizontal / 120 * self.visible_ms() / 10)
        event.accept()

    def _clamped_time(self, x: float) -> int:
        return round(min(max(self.time_at(x), 0), self._duration))

    # -- painting --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_view(self._origin, self._wanted_scale, remember=False)
        self.view_changed.emit()  # the visible span changed

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = event.rect()
        paint.paint(painter, self, rect.left(), rect.right() + 1)
        painter.end()

    def cursor_pos_for(self, ms: float) -> QPoint:
        """A point on the time `ms` (mid-height), e.g. to drag an edge in tests."""
        return QPoint(round(self.x_at(ms)), self.height() // 2)


def _app() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None
    return app
