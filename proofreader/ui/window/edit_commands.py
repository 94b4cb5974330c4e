"""The Edit and Review menus: undo/redo, structure edits, find, problems, review marks, filters.

Every change goes through the session's DocumentUndo as a core edit, so it can be undone and
reaches the table, the pane, the overlay and autosave the same way. Refused edits come back as
a sentence in the status bar (DocumentUndo.edit_failed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QStyle

from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ReviewState
from proofreader.subtitles.edits import (
    DeleteCues,
    InsertCues,
    MergeWithNext,
    RevertToMachine,
    SetReviewState,
    ShiftTimes,
    SplitCue,
    suggest_split,
)
from proofreader.ui.actions import ActionSpec
from proofreader.ui.editor.cue_filter import FILTER_LABELS, FilterMode
from proofreader.ui.i18n import QT_TRANSLATE_NOOP, translate
from proofreader.ui.window.undo_step import undo_step

if TYPE_CHECKING:
    from proofreader.ui.window.host import EditorHost

SP = QStyle.StandardPixmap
NEW_CUE_MS = 1500  # length of a cue inserted where there is room
MIN_NEW_CUE_MS = 200
# FILTER_LABELS' English words, for lupdate (filter_label translates them when shown)
_LABEL_WORDS = (
    QT_TRANSLATE_NOOP("EditCommands", "All cues"),
    QT_TRANSLATE_NOOP("EditCommands", "Flagged"),
    QT_TRANSLATE_NOOP("EditCommands", "Edited"),
    QT_TRANSLATE_NOOP("EditCommands", "Unreviewed"),
)


def filter_label(mode: FilterMode) -> str:
    """The filter's short name on the filter row ("Flagged"), in the interface's language."""
    return translate("EditCommands", FILTER_LABELS[mode])


def _filter_texts(mode: FilterMode) -> tuple[str, str]:
    """The Review menu's text and tip of a filter."""
    texts = {
        FilterMode.ALL: (translate("EditCommands", "Show All Cues"),
                         translate("EditCommands", "Show every cue")),
        FilterMode.FLAGGED: (translate("EditCommands", "Show Flagged"),
                             translate("EditCommands",
                                       "Only cues with findings or flagged in review")),
        FilterMode.EDITED: (translate("EditCommands", "Show Edited"),
                            translate("EditCommands",
                                      "Only cues changed from the machine translation")),
        FilterMode.UNREVIEWED: (translate("EditCommands", "Show Unreviewed"),
                                translate("EditCommands", "Only cues not yet reviewed")),
    }  # fmt: skip
    return texts[mode]


_FILTER_KEYS = {
    FilterMode.ALL: "Ctrl+1",
    FilterMode.FLAGGED: "Ctrl+2",
    FilterMode.EDITED: "Ctrl+3",
    FilterMode.UNREVIEWED: "Ctrl+4",
}


class EditCommands:
    """Handlers of the Edit and Review menus, acting on the window's current cue."""

    def __init__(self, window: EditorHost) -> None:
        self._window = window

    def specs(self) -> list[ActionSpec]:
        w = self._window
        keys = QKeySequence.StandardKey
        has_doc, has_row = w.has_session, self._has_row

        def can_undo() -> bool:
            return w.session is not None and w.session.undo.stack.canUndo()

        def can_redo() -> bool:
            return w.session is not None and w.session.undo.stack.canRedo()

        specs = [
            ActionSpec("edit.undo", translate("EditCommands", "&Undo"), "Edit", self.undo,
                       (keys.Undo,), group="undo", order=110,
                       icon="edit-undo", enabled_when=can_undo,
                       toolbar=True),
            ActionSpec("edit.redo", translate("EditCommands", "&Redo"), "Edit", self.redo,
                       (keys.Redo, "Ctrl+Y"), group="undo", order=120, icon="edit-redo",
                       enabled_when=can_redo, toolbar=True),
            ActionSpec("edit.split_cursor", translate("EditCommands", "&Split at Cursor"), "Edit",
                       self.split_at_cursor, ("Alt+S",), group="structure", order=210,
                       enabled_when=has_row,
                       toolbar=True, short=translate("EditCommands", "Split"),
                       tip=translate("EditCommands",
                                     "Split the cue where the cursor is in its translation (or "
                                     "in the middle), the time in proportion")),
            ActionSpec("edit.split_playhead", translate("EditCommands", "Split at Pla&yhead"),
                       "Edit", self.split_at_playhead, ("Alt+Shift+S",), group="structure",
                       order=220, enabled_when=has_row,
                       tip=translate("EditCommands", "Split the cue at the player's position")),
            ActionSpec("edit.merge", translate("EditCommands", "&Merge with Next"), "Edit",
                       self.merge_with_next, ("Alt+M",), group="structure", order=230,
                       enabled_when=self._has_next, toolbar=True,
                       short=translate("EditCommands", "Merge")),
            ActionSpec("edit.insert", translate("EditCommands", "&Insert Cue After"), "Edit",
                       self.insert_after, ("Alt+I",), group="structure", order=240,
                       enabled_when=has_doc,
                       toolbar=True, short=translate("EditCommands", "Insert"),
                       tip=translate("EditCommands",
                                     "Insert an empty cue after the current one, in the gap if "
                                     "there is one")),
            ActionSpec("edit.delete", translate("EditCommands", "&Delete Cues"), "Edit",
                       self.delete_selected, ("Delete",), group="structure", order=250,
                       scope="table",
                       enabled_when=has_row, icon="edit-delete",
                       sheet_note=translate("EditCommands", "cue table")),
            ActionSpec("edit.shift", translate("EditCommands", "S&hift Times…"), "Edit",
                       self.ask_shift, ("Alt+T",), group="structure", order=260,
                       enabled_when=has_doc,
                       tip=translate("EditCommands",
                                     "Move the selected cues (or all) earlier or later")),
            ActionSpec("edit.find", translate("EditCommands", "&Find…"), "Edit", self.find,
                       (keys.Find,), group="find", order=310,
                       icon="edit-find", enabled_when=has_doc),
            ActionSpec("edit.replace", translate("EditCommands", "R&eplace…"), "Edit",
                       self.replace, ("Ctrl+H",), group="find", order=320, icon="edit-find-replace",
                       enabled_when=has_doc),
            ActionSpec("edit.find_next", translate("EditCommands", "Find &Next"), "Edit",
                       self.find_next, ("F3",), group="find", order=330, enabled_when=has_doc),
            ActionSpec("edit.find_previous", translate("EditCommands", "Find Pre&vious"), "Edit",
                       self.find_previous, ("Shift+F3",), group="find", order=340,
                       enabled_when=has_doc),
            ActionSpec("review.next_problem", translate("EditCommands", "&Next Problem"),
                       "Review", self.next_problem, ("F8",), group="problems", order=110,
                       enabled_when=has_doc, icon="go-next",
                       tip=translate("EditCommands",
                                     "Go to the next cue with a finding of the checks")),
            ActionSpec("review.previous_problem", translate("EditCommands", "&Previous Problem"),
                       "Review", lambda: self.next_problem(backwards=True), ("Shift+F8",),
                       group="problems", order=120, enabled_when=has_doc, icon="go-previous"),
            ActionSpec("review.mark_next",
                       translate("EditCommands", "&Mark Reviewed and Go to Next"), "Review",
                       self.mark_reviewed_and_next, ("Ctrl+Return", "Ctrl+Enter"),
                       group="marks", order=210, enabled_when=has_row, icon="dialog-ok-apply",
                       fallback_icon=SP.SP_DialogApplyButton, toolbar=True,
                       short=translate("EditCommands", "Reviewed, Next"),
                       tip=translate("EditCommands",
                                     "Mark the cue reviewed and move to the next one")),
            ActionSpec("review.flag", translate("EditCommands", "&Flag / Unflag"), "Review",
                       self.toggle_flag, ("Ctrl+Shift+F",), group="marks", order=220,
                       enabled_when=has_row,
                       icon="flag",
                       tip=translate("EditCommands",
                                     "Flag the cue to come back to it (again: unflag)")),
            ActionSpec("review.unreviewed", translate("EditCommands", "Mark &Unreviewed"),
                       "Review", self.mark_unreviewed, ("Ctrl+Shift+U",), group="marks", order=230,
                       enabled_when=has_row),
            ActionSpec("review.revert", translate("EditCommands", "&Revert to Machine Text"),
                       "Review", self.revert_to_machine, ("Ctrl+Shift+R",), group="marks",
                       order=240, enabled_when=self._can_revert, icon="edit-clear"),
        ]  # fmt: skip
        for position, mode in enumerate(FILTER_LABELS, start=1):
            text, tip = _filter_texts(mode)
            specs.append(
                ActionSpec(
                    f"view.filter.{mode.value}", text, "Review", self._filter_handler(mode),
                    (_FILTER_KEYS[mode],), group="filters", order=300 + 10 * position,
                    checkable=True, checked=mode is FilterMode.ALL, enabled_when=has_doc, tip=tip,
                )
            )  # fmt: skip
        return specs

    def _filter_handler(self, mode: FilterMode) -> Callable[[], None]:
        return lambda: self.set_filter(mode)

    # ----- predicates -----

    def _row(self) -> int:
        return self._window.current_row()

    def _has_row(self) -> bool:
        return self._row() >= 0

    def _has_next(self) -> bool:
        session, row = self._window.session, self._row()
        return session is not None and 0 <= row < len(session.document) - 1

    def _can_revert(self) -> bool:
        session, row = self._window.session, self._row()
        if session is None or row < 0:
            return False
        entry = session.document[row]
        return entry.machine is not None and entry.is_edited

    # ----- undo -----

    def undo(self) -> None:
        self._step(undo=True)

    def redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        session = self._window.session
        if session is not None:
            self._commit_pane()
            row = undo_step(session, undo=undo)
            if row is not None and row != self._window.current_row():
                self._window.select_row(row)  # undo goes to the cue it changed

    def _commit_pane(self) -> None:
        pane = self._window.area.pane
        if pane is not None:
            pane.commit_note()

    # ----- structure -----

    def split_at_cursor(self) -> None:
        w, row = self._window, self._row()
        session, pane = w.session, w.area.pane
        if session is None or row < 0:
            return
        cue = session.document[row].cue
        position, at_ms = suggest_split(cue)
        if pane is not None and pane.row == row and pane.translation_edit.hasFocus():
            cursor = pane.translation_edit.textCursor().position()
            if 0 < cursor < len(cue.text):
                position = cursor
                duration = cue.end_ms - cue.start_ms
                at_ms = cue.start_ms + round(duration * cursor / len(cue.text))
                at_ms = min(max(at_ms, cue.start_ms + 1), cue.end_ms - 1)
        self._push_split(row, position, at_ms)

    def split_at_playhead(self) -> None:
        w, row = self._window, self._row()
        session, player = w.session, w.area.player
        if session is None or row < 0:
            return
        cue = session.document[row].cue
        position, _ = suggest_split(cue)
        at_ms = player.position() if player is not None else -1
        pane = w.area.pane
        if pane is not None and pane.row == row and pane.translation_edit.hasFocus():
            cursor = pane.translation_edit.textCursor().position()
            position = cursor if 0 < cursor < len(cue.text) else position
        self._push_split(row, position, at_ms)

    def _push_split(self, row: int, position: int, at_ms: int) -> None:
        session = self._window.session
        if session is not None and session.undo.push(SplitCue(row, position, at_ms)):
            self._window.select_row(row + 1)

    def merge_with_next(self) -> None:
        session, row = self._window.session, self._row()
        if session is not None and row >= 0:
            session.undo.push(MergeWithNext(row))

    def insert_after(self) -> None:
        w = self._window
        session = w.session
        if session is None:
            return
        document = session.document
        row = self._row()
        if row < 0:
            row = len(document) - 1
        start = document[row].end_ms if row >= 0 else 0
        following = document[row + 1].start_ms if row + 1 < len(document) else None
        end = start + NEW_CUE_MS
        if following is not None and following - start >= MIN_NEW_CUE_MS:
            end = min(end, following)
        if session.undo.push(InsertCues(row + 1, (Cue(start, end, ""),))):
            w.select_row(row + 1)
            if w.area.pane is not None:
                w.area.pane.focus_translation()

    def delete_selected(self) -> None:
        w = self._window
        session = w.session
        rows = w.area.table.selected_rows() or ([self._row()] if self._has_row() else [])
        if session is None or not rows:
            return
        if session.undo.push(DeleteCues(tuple(rows))) and len(session.document):
            w.select_row(min(rows[0], len(session.document) - 1))

    def ask_shift(self) -> None:
        w = self._window
        session = w.session
        if session is None:
            return
        rows = w.area.table.selected_rows()
        question = (
            translate("EditCommands", "Move all cues by how many seconds (negative: earlier)?")
            if len(rows) <= 1
            else translate(
                "EditCommands",
                "Move the {count} selected cues by how many seconds (negative: earlier)?",
            ).format(count=len(rows))
        )
        seconds, ok = QInputDialog.getDouble(
            w.widget, translate("EditCommands", "Shift times"), question,
            0.0, -86_400.0, 86_400.0, 3,
        )  # fmt: skip
        if ok and seconds:
            self.shift(round(seconds * 1000), rows if len(rows) > 1 else None)

    def shift(self, offset_ms: int, rows: list[int] | None = None) -> bool:
        session = self._window.session
        if session is None:
            return False
        return session.undo.push(ShiftTimes(offset_ms, None if rows is None else tuple(rows)))

    # ----- find -----

    def find(self) -> None:
        bar = self._window.area.find_bar
        if bar is not None:
            bar.show_find()

    def replace(self) -> None:
        bar = self._window.area.find_bar
        if bar is not None:
            bar.show_replace()

    def find_next(self) -> None:
        bar = self._window.area.find_bar
        if bar is not None:
            bar.find_next()

    def find_previous(self) -> None:
        bar = self._window.area.find_bar
        if bar is not None:
            bar.find_previous()

    # ----- review -----

    def next_problem(self, *, backwards: bool = False) -> None:
        w = self._window
        session = w.session
        if session is None:
            return
        row = self._row()
        start = row if row >= 0 else (len(session.document) if backwards else -1)
        found = session.checker.next_problem(start, backwards=backwards)
        if found is None:
            w.show_message(translate("EditCommands", "No cue has a finding of the checks."))
            return
        w.select_row(found)

    def mark_reviewed_and_next(self) -> None:
        w = self._window
        session, row = w.session, self._row()
        if session is None or row < 0:
            return
        self._commit_pane()
        if session.document[row].review is not ReviewState.REVIEWED:
            session.undo.push(SetReviewState((row,), ReviewState.REVIEWED))
        following = self._next_visible(row)
        if following is not None:
            w.select_row(following)
            if w.area.pane is not None and w.area.pane.translation_edit.hasFocus():
                w.area.pane.focus_translation()
        else:
            w.show_message(translate("EditCommands", "That was the last cue."))

    def _next_visible(self, row: int) -> int | None:
        """The next row the table shows (the filter may hide some)."""
        table = self._window.area.table
        index = table.view_index(row)
        if index.isValid():
            below = index.siblingAtRow(index.row() + 1)
            return table.source_row(below) if below.isValid() else None
        session = self._window.session
        return row + 1 if session is not None and row + 1 < len(session.document) else None

    def toggle_flag(self) -> None:
        session, row = self._window.session, self._row()
        if session is None or row < 0:
            return
        rows = self._window.area.table.selected_rows() or [row]
        flagged = session.document[row].review is ReviewState.FLAGGED
        state = ReviewState.UNREVIEWED if flagged else ReviewState.FLAGGED
        session.undo.push(SetReviewState(tuple(rows), state))

    def mark_unreviewed(self) -> None:
        session, row = self._window.session, self._row()
        if session is None or row < 0:
            return
        rows = self._window.area.table.selected_rows() or [row]
        session.undo.push(SetReviewState(tuple(rows), ReviewState.UNREVIEWED))

    def revert_to_machine(self) -> None:
        session, row = self._window.session, self._row()
        if session is not None and row >= 0:
            self._commit_pane()
            session.undo.push(RevertToMachine(row), merge=False)

    def set_filter(self, mode: FilterMode) -> None:
        w = self._window
        for other in FilterMode:
            w.registry.set_checked(f"view.filter.{other.value}", other is mode)
        proxy = w.area.set_filter(mode)
        if proxy is not None and not proxy.property("counted"):
            proxy.setProperty("counted", True)
            for signal in (proxy.rowsInserted, proxy.rowsRemoved):
                signal.connect(self._schedule_filter_count)
            proxy.modelReset.connect(self._schedule_filter_count)
            proxy.layoutChanged.connect(self._schedule_filter_count)
        self.update_filter_count()

    def _schedule_filter_count(self) -> None:
        QTimer.singleShot(0, self.update_filter_count)

    def update_filter_count(self) -> None:
        """ "7 of 8 cues" beside the filter buttons while a filter hides some."""
        area, session = self._window.area, self._window.session
        proxy = area.proxy
        if proxy is None or session is None or proxy.mode is FilterMode.ALL:
            area.filter_count.setText("")
            return
        area.filter_count.setText(
            translate("MainWindow", "{shown} of {total} cues").format(
                shown=proxy.rowCount(), total=len(session.document)
            )
        )
