"""In, Out and Duration of the current cue, to the millisecond, with nudges and player buttons.

Fields commit when editing finishes (Enter, leaving the field) or on an arrow-key step; the
pane turns a commit into one SetTimes undo step. A wheel turn only changes a focused field,
so scrolling the pane never moves a cue by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from proofreader.ui.editor.formatting import format_time, parse_time

_MAX_MS = 100 * 3600 * 1000 - 1  # what HH:MM:SS,mmm can show
_NUDGE_MS = 100


# What one step of the digit under the cursor is worth, by position in "HH:MM:SS,mmm".
_DIGIT_STEPS = (36_000_000, 3_600_000, 0, 600_000, 60_000, 0, 10_000, 1000, 0, 100, 10, 1)


class TimeField(QLineEdit):
    """A time to the millisecond typed as HH:MM:SS,mmm; `committed(ms)` when the user sets one.

    Digits overwrite in place (an input mask), so "00:00:06,250" or just "6250" typed over the
    seconds both work; Up/Down step the digit under the cursor. A time that cannot be read is
    put back as it was.
    """

    committed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("99:99:99,999;_")
        self._shown = 0
        self.setText(format_time(0))
        self.editingFinished.connect(self._commit)
        width = self.fontMetrics().horizontalAdvance("00:00:00,000") + 16
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 24)

    def value_ms(self) -> int:
        value = parse_time(self.text())
        return self._shown if value is None else value

    def set_value_ms(self, ms: int) -> None:
        """Show a time without reporting it as a user change."""
        self._shown = ms
        text = format_time(min(max(ms, 0), _MAX_MS))
        if self.text() != text:
            position = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(position)

    def step_digit(self, steps: int) -> None:
        """Add `steps` to the digit under the cursor (carrying into the others)."""
        position = min(self.cursorPosition(), len(_DIGIT_STEPS) - 1)
        unit = _DIGIT_STEPS[position] or _DIGIT_STEPS[max(position - 1, 0)]
        value = min(max(self.value_ms() + steps * unit, 0), _MAX_MS)
        self.setText(format_time(value))
        self.setCursorPosition(position)
        self._commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_digit(1 if key == Qt.Key.Key_Up else -1)
            return
        if key == Qt.Key.Key_Escape and self.text() != format_time(self._shown):
            self.set_value_ms(self._shown)  # cancel the typing; a second Esc goes to the window
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.hasAcceptableInput():
            self.set_value_ms(self._shown)  # the mask would swallow Enter without a word
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not self.hasAcceptableInput():
            self.set_value_ms(self._shown)
        super().focusOutEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus() and event.angleDelta().y():
            self.step_digit(1 if event.angleDelta().y() > 0 else -1)
        else:
            event.ignore()

    def _commit(self) -> None:
        value = parse_time(self.text())
        if value is None:
            self.set_value_ms(self._shown)
        elif value != self._shown:
            self._shown = value
            self.committed.emit(value)


class DurationField(QDoubleSpinBox):
    """A duration in seconds with millisecond precision."""

    committed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(3)
        self.setRange(0.0, _MAX_MS / 1000)
        self.setSingleStep(0.1)
        self.setSuffix(" s")
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.setKeyboardTracking(False)
        self._shown = 0
        self.editingFinished.connect(self._commit)

    def value_ms(self) -> int:
        return round(self.value() * 1000)

    def set_value_ms(self, ms: int) -> None:
        self._shown = ms
        if self.value_ms() != ms:
            blocked = self.blockSignals(True)
            self.setValue(max(ms, 0) / 1000)
            self.blockSignals(blocked)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self._commit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def _commit(self) -> None:
        value = self.value_ms()
        if value != self._shown:
            self._shown = value
            self.committed.emit(value)


class TimingEditor(QWidget):
    """The timing block of the cue pane. It only reports requests; the pane makes the edits."""

    times_requested = Signal(int, int)  # new start, new end (ms)
    set_in_requested = Signal()
    set_out_requested = Signal()
    revert_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = 0
        self._end = 0
        self._frame_ms = 1000 / 24
        self.in_field = TimeField()
        self.out_field = TimeField()
        self.duration_field = DurationField()
        self.in_field.setToolTip(
            self.tr("Start time, HH:MM:SS,mmm. Up/Down step the digit under the cursor.")
        )
        self.out_field.setToolTip(
            self.tr("End time, HH:MM:SS,mmm. Up/Down step the digit under the cursor.")
        )
        self.duration_field.setToolTip(
            self.tr("How long the cue stays on screen; changing it moves the end.")
        )
        self.in_field.committed.connect(lambda ms: self.times_requested.emit(ms, self._end))
        self.out_field.committed.connect(lambda ms: self.times_requested.emit(self._start, ms))
        self.duration_field.committed.connect(
            lambda ms: self.times_requested.emit(self._start, self._start + ms)
        )
        # "= player": compact, so the pane (and the player above it) leaves the table room
        self.set_in_button = QPushButton(self.tr("= Player"))
        self.set_in_button.setToolTip(self.tr("Start the cue at the player's position"))
        self.set_in_button.clicked.connect(self.set_in_requested)
        self.set_out_button = QPushButton(self.tr("= Player"))
        self.set_out_button.setToolTip(self.tr("End the cue at the player's position"))
        self.set_out_button.clicked.connect(self.set_out_requested)
        for button in (self.set_in_button, self.set_out_button):
            button.setAccessibleName(button.toolTip())
        self.machine_label = QLabel()
        self.machine_label.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Revert timing"))
        self.revert_button.setToolTip(self.tr("Put back the times of the downloaded file"))
        self.revert_button.clicked.connect(self.revert_requested)

        self._rows = (
            (QLabel(self.tr("In")), self.in_field, self._nudges(start=True), self.set_in_button),
            (QLabel(self.tr("Out")), self.out_field, self._nudges(start=False),
             self.set_out_button),
        )  # fmt: skip
        self._duration_label = QLabel(self.tr("Duration"))
        self._machine_row = QWidget()
        machine_layout = QHBoxLayout(self._machine_row)
        machine_layout.setContentsMargins(0, 0, 0, 0)
        machine_layout.addWidget(self.machine_label, 1)
        machine_layout.addWidget(self.revert_button)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._compact: bool | None = None
        self._arrange(compact=False)

    # -- one line per time where there is room; the nudges under it in a narrow pane ----------

    def _arrange(self, *, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        grid = self._grid
        for row in self._rows:
            for widget in row:
                grid.removeWidget(widget)
        for widget in (self._duration_label, self.duration_field, self._machine_row):
            grid.removeWidget(widget)
        for stretch_column in range(5):
            grid.setColumnStretch(stretch_column, 0)
        line = 0
        for label, field, nudges, player in self._rows:
            grid.addWidget(label, line, 0)
            grid.addWidget(field, line, 1)
            if compact:
                grid.addWidget(player, line, 2, Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(nudges, line + 1, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
                line += 2
            else:
                grid.addWidget(nudges, line, 2)
                grid.addWidget(player, line, 3)
                line += 1
        grid.addWidget(self._duration_label, line, 0)
        grid.addWidget(self.duration_field, line, 1)
        columns = 3 if compact else 5  # compact: label, field and "= Player" only
        grid.addWidget(self._machine_row, line + 1, 0, 1, columns)
        grid.setColumnStretch(columns - 1, 1)
        self.updateGeometry()

    def _widths(self) -> tuple[int, int]:
        """The widths the two arrangements need: one line per time, and the nudges below."""
        space = self._grid.horizontalSpacing()
        label = max(w.sizeHint().width() for w in (self._rows[0][0], self._rows[1][0],
                                                    self._duration_label))  # fmt: skip
        _, field, nudges, player = self._rows[0]
        field_width = max(field.minimumWidth(), field.minimumSizeHint().width())
        nudges_width, player_width = nudges.sizeHint().width(), player.sizeHint().width()
        wide = label + field_width + nudges_width + player_width + 3 * space
        compact = label + space + max(field_width + space + player_width, nudges_width)
        return wide, compact

    def minimumSizeHint(self) -> QSize:
        """The compact arrangement's width: a narrow pane reflows rather than scroll sideways."""
        hint = super().minimumSizeHint()
        if self._compact:
            return hint
        return QSize(min(hint.width(), self._widths()[1]), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(compact=event.size().width() < self._widths()[0])

    def _nudges(self, *, start: bool) -> QWidget:
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(1)
        tips = (
            (
                self.tr("Move the start 100 ms earlier"),
                self.tr("Move the start one frame earlier"),
                self.tr("Move the start one frame later"),
                self.tr("Move the start 100 ms later"),
            )
            if start
            else (
                self.tr("Move the end 100 ms earlier"),
                self.tr("Move the end one frame earlier"),
                self.tr("Move the end one frame later"),
                self.tr("Move the end 100 ms later"),
            )
        )
        labels = (self.tr("−0.1s"), self.tr("−1f"), self.tr("+1f"), self.tr("+0.1s"))
        steps = ((0, -_NUDGE_MS), (-1, 0), (1, 0), (0, _NUDGE_MS))
        for label, tip, (frames, ms) in zip(labels, tips, steps, strict=True):
            button = QToolButton()
            button.setText(label)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, f=frames, m=ms, s=start: self.nudge(s, f, m))
            row.addWidget(button)
        return group

    def set_frame_rate(self, fps: float) -> None:
        if fps > 0:
            self._frame_ms = 1000 / fps

    def nudge(self, start: bool, frames: int = 0, ms: int = 0) -> None:
        """Ask to move the start or end by whole frames and/or milliseconds."""
        delta = round(frames * self._frame_ms) + ms
        if start:
            self.times_requested.emit(max(self._start + delta, 0), self._end)
        else:
            self.times_requested.emit(self._start, max(self._end + delta, 0))

    def set_times(self, start_ms: int, end_ms: int, machine: tuple[int, int] | None) -> None:
        """Show a cue's times; `machine` is the downloaded file's (start, end), None if added."""
        self._start, self._end = start_ms, end_ms
        self.in_field.set_value_ms(start_ms)
        self.out_field.set_value_ms(end_ms)
        self.duration_field.set_value_ms(end_ms - start_ms)
        if machine is None:
            self.machine_label.setText(
                self.tr("Added while proofreading: not in the downloaded file.")
            )
            self.revert_button.hide()
        elif machine != (start_ms, end_ms):
            self.machine_label.setText(
                self.tr(
                    "Differs from the downloaded file, which the dubbing was aligned to: "
                    "{start} → {end}."
                ).format(start=format_time(machine[0]), end=format_time(machine[1]))
            )
            self.revert_button.show()
        else:
            self.machine_label.setText("")
            self.revert_button.hide()
        self.machine_label.setVisible(bool(self.machine_label.text()))
        self._machine_row.setVisible(bool(self.machine_label.text()))
