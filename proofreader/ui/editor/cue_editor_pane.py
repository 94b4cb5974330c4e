"""CueEditorPane: everything about the current cue, and the place to edit it.

Every keystroke in the translation becomes a SetText pushed through DocumentUndo (merged into one
undo step per cue), so the table, the player's overlay and autosave all see it at once. When the
document changes under the pane (undo, replace all), the text is replaced keeping the cursor on
the same words. Timing, note and revert are undo steps too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from proofreader.subtitles.checks import Checker
from proofreader.subtitles.document import ProofreadDocument, ReviewState
from proofreader.subtitles.edits import RevertToMachine, SetNote, SetText, SetTimes
from proofreader.subtitles.events import (
    DocumentEvent,
    RowsChanged,
    RowsInserted,
    RowsRemoved,
)
from proofreader.ui.editor.colors import EditorColors
from proofreader.ui.editor.cue_columns import NO_ORIGINAL, Column, column_header
from proofreader.ui.editor.cue_figures import Fit, cps_sentence, fit_sentence, measure
from proofreader.ui.editor.findings_view import FindingsList
from proofreader.ui.editor.formatting import first_strong_is_rtl
from proofreader.ui.editor.machine_diff import DiffStyle, diff_html
from proofreader.ui.editor.text_edits import StackTextEdit, TranslationEdit
from proofreader.ui.editor.timing_editor import TimingEditor
from proofreader.ui.editor.undo import DocumentUndo
from proofreader.ui.flow_layout import FlowLayout
from proofreader.ui.i18n import translate
from proofreader.ui.window.screen_fit import scrolling


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)  # a long caption wraps in a narrow pane rather than widen it
    return label


def _set_text_color(widget: QWidget, color: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    palette.setColor(QPalette.ColorRole.Text, color)
    widget.setPalette(palette)


# The content's left and right margins; a pane narrower than _NARROW_PANE (1280 px at 1.5×, in
# Spanish) keeps only _NARROW_SIDE_MARGIN so that the timing's longest line still fits.
_SIDE_MARGIN = 10
_NARROW_SIDE_MARGIN = 4
_NARROW_PANE = 330


class CueEditorPane(QWidget):
    """The current cue: original, translation with counts, timing, checks, diff and note."""

    set_in_requested = Signal()
    set_out_requested = Signal()

    def __init__(
        self,
        document: ProofreadDocument,
        checker: Checker,
        undo: DocumentUndo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._checker = checker
        self._undo = undo
        self._row = -1
        self._updating = False
        # A HeyGen session (not a local file): a missing original is explained in HeyGen's terms.
        self.heygen_session = False
        self._colors = EditorColors.from_palette(self.palette())
        self._build()
        self._apply_colors()
        document.add_listener(self._on_document)
        checker.add_listener(self._on_findings)
        self.set_row(-1)

    # ----- building -----

    def _build(self) -> None:
        self._pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

        self.empty_label = QLabel(self.tr("Select a cue in the table to edit it here."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self._pages.addWidget(self.empty_label)

        content = QWidget()
        scroll = scrolling(content)
        # on a narrow screen the table's text comes first: the timing and the figures reflow,
        # and only what still cannot shrink scrolls sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._pages.addWidget(scroll)
        layout = self._content_layout = QVBoxLayout(content)
        layout.setContentsMargins(_SIDE_MARGIN, 8, _SIDE_MARGIN, 10)
        layout.setSpacing(4)

        header = QHBoxLayout()
        self.title_label = QLabel()
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title_label.setFont(title_font)
        self.status_label = QLabel()
        header.addWidget(self.title_label)
        header.addWidget(self.status_label, 1)
        layout.addLayout(header)
        layout.addSpacing(4)

        layout.addWidget(_caption(self.tr("Original")))
        self.original_label = QLabel()
        self.original_label.setWordWrap(True)
        self.original_label.setTextFormat(Qt.TextFormat.PlainText)
        self.original_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.original_label)
        layout.addSpacing(8)

        translation_header = QHBoxLayout()
        translation_header.addWidget(_caption(self.tr("Translation")), 1)
        self.revert_button = QPushButton(self.tr("Revert to machine text"))
        self.revert_button.setToolTip(
            self.tr("Put back the machine translation's text for this cue")
        )
        self.revert_button.clicked.connect(self.revert_to_machine)
        translation_header.addWidget(self.revert_button)
        layout.addLayout(translation_header)
        self.translation_edit = TranslationEdit(self._undo)
        self.translation_edit.setPlaceholderText(self.tr("Type the translation…"))
        lines = self.translation_edit.fontMetrics().lineSpacing()
        self.translation_edit.setFixedHeight(lines * 4 + 14)
        self.translation_edit.textChanged.connect(self._on_text_changed)
        layout.addWidget(self.translation_edit)
        figures = FlowLayout(spacing=16)  # in a narrow pane the figures wrap
        self.cps_label = QLabel()
        self.fit_label = QLabel()
        self.chars_label = QLabel()
        for label in (self.cps_label, self.fit_label, self.chars_label):
            figures.addWidget(label)
        layout.addLayout(figures)
        layout.addSpacing(8)

        # the checks first: on a small screen what explains a flag must be above the fold
        layout.addWidget(_caption(self.tr("Checks")))
        self.findings_list = FindingsList()
        layout.addWidget(self.findings_list)
        layout.addSpacing(8)

        layout.addWidget(_caption(self.tr("Timing")))
        self.timing = TimingEditor()
        self.timing.times_requested.connect(self._on_times_requested)
        self.timing.set_in_requested.connect(self.set_in_requested)
        self.timing.set_out_requested.connect(self.set_out_requested)
        self.timing.revert_requested.connect(self.revert_timing)
        self.timing.set_frame_rate(self._checker.thresholds.fps)
        layout.addWidget(self.timing)
        layout.addSpacing(8)

        layout.addWidget(_caption(self.tr("Changes from the machine translation")))
        self.diff_label = QLabel()
        self.diff_label.setWordWrap(True)
        self.diff_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.diff_label)
        layout.addSpacing(8)

        layout.addWidget(_caption(self.tr("Note")))
        self.note_edit = StackTextEdit(self._undo)
        self.note_edit.setPlaceholderText(self.tr("A note for this cue, kept with the review"))
        self.note_edit.setFixedHeight(lines * 2 + 14)
        self.note_edit.before_stack_step = self.commit_note
        self.note_edit.textChanged.connect(self._on_note_changed)
        self.note_edit.installEventFilter(self)
        layout.addWidget(self.note_edit)
        layout.addStretch(1)

    # ----- public -----

    @property
    def row(self) -> int:
        """The document row shown, -1 when none."""
        return self._row

    def set_row(self, row: int) -> None:
        """Show a cue (-1 or an invalid row: the calm empty state)."""
        if row == self._row and row >= 0:
            self._refresh(switched=False)  # the same cue again: keep the cursor and the step
            return
        self.commit_note()
        self._undo.seal()
        self._row = row if 0 <= row < len(self._document) else -1
        if self._row < 0:
            self._pages.setCurrentIndex(0)
            return
        self._pages.setCurrentIndex(1)
        self._refresh(switched=True)

    def set_frame_rate(self, fps: float) -> None:
        """Frames per second for the ±1 frame nudges (from the video)."""
        self.timing.set_frame_rate(fps)

    def apply_in_from(self, ms: int) -> None:
        """Start the current cue at `ms` (the player's position)."""
        if self._row >= 0:
            cue = self._document[self._row].cue
            self._push_times(ms, cue.end_ms)

    def apply_out_from(self, ms: int) -> None:
        """End the current cue at `ms` (the player's position)."""
        if self._row >= 0:
            cue = self._document[self._row].cue
            self._push_times(cue.start_ms, ms)

    def revert_to_machine(self) -> None:
        if self._row >= 0:
            self._undo.push(RevertToMachine(self._row), merge=False)

    def revert_timing(self) -> None:
        if self._row >= 0:
            machine = self._document[self._row].machine
            if machine is not None:
                self._push_times(machine.start_ms, machine.end_ms)

    def focus_translation(self) -> None:
        self.translation_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_match(self, start: int, length: int, *, original: bool = False) -> None:
        """Select a find match in the translation field (or the original text)."""
        if self._row < 0:
            return
        if original:
            self.original_label.setSelection(start, length)
            return
        edit = self.translation_edit
        cursor = edit.textCursor()
        size = len(edit.toPlainText())
        cursor.setPosition(min(start, size))
        cursor.setPosition(min(start + length, size), cursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()

    def commit_note(self) -> None:
        """Put the note being typed into the document (each keystroke: a crash loses none)."""
        if self._row < 0 or self._updating:
            return
        text = self.note_edit.toPlainText()
        if text != self._document[self._row].note:
            self._undo.push(SetNote(self._row, text))

    def detach(self) -> None:
        """Stop following the document (before dropping the pane)."""
        self._document.remove_listener(self._on_document)
        self._checker.remove_listener(self._on_findings)

    # ----- edits from the widgets -----

    def _on_text_changed(self) -> None:
        if self._updating or self._row < 0:
            return
        self._undo.push(SetText(self._row, self.translation_edit.toPlainText()))

    def _on_note_changed(self) -> None:
        if not self._updating and self._row >= 0:
            self.commit_note()  # at once, like the text: typing merges into one undo step

    def _on_times_requested(self, start: int, end: int) -> None:
        self._push_times(start, end)

    def _push_times(self, start: int, end: int) -> None:
        row = self._row
        if row < 0:
            return
        cue = self._document[row].cue
        if (start, end) != (cue.start_ms, cue.end_ms):
            self._undo.push(SetTimes(row, start, end), merge=False)
        if self._row == row:  # refused or not: show what the document has
            self._show_times()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
            self._undo.seal()
        return super().eventFilter(watched, event)

    # ----- following the document -----

    def _on_document(self, event: DocumentEvent) -> None:
        row = self._row
        if row < 0:
            return
        if isinstance(event, RowsChanged):
            if event.first <= row <= event.last:
                self._refresh(switched=False)
        elif isinstance(event, RowsInserted):
            if event.first <= row:
                self._undo.seal()
                self._row = row + event.count
                self._refresh(switched=False)
        elif isinstance(event, RowsRemoved):
            if row >= event.first + event.count:
                self._undo.seal()
                self._row = row - event.count
                self._refresh(switched=False)
            elif row >= event.first:  # our cue is gone: show the one now in its place
                self.set_row(min(event.first, len(self._document) - 1))

    def _on_findings(self, first: int, last: int) -> None:
        if first <= self._row <= last and self._row < len(self._document):
            self.findings_list.set_findings(self._checker.findings(self._row))

    # ----- showing -----

    def _refresh(self, *, switched: bool) -> None:
        entry = self._document[self._row]
        self._updating = True
        try:
            self.title_label.setText(self.tr("Cue {number}").format(number=self._row + 1))
            self._show_status()
            original = entry.original.text if entry.original is not None else ""
            if not self._document.has_originals and self.heygen_session:
                missing = translate("CueColumns", NO_ORIGINAL)  # where one would come from
            elif not self._document.has_originals:
                missing = self.tr(
                    "No original is open: give the original's SRT with the translation "
                    "(edit --original) to see it here."
                )
            else:
                missing = self.tr("No original cue pairs with this one.")
            self.original_label.setText(original or missing)
            self.original_label.setEnabled(bool(original))
            self.original_label.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if first_strong_is_rtl(original)
                else Qt.LayoutDirection.LeftToRight
            )
            edit = self.translation_edit
            if switched:
                if edit.toPlainText() != entry.text:
                    edit.setPlainText(entry.text)
                edit.moveCursor(edit.textCursor().MoveOperation.End)
            else:
                edit.set_text_keeping_cursor(entry.text)
            self._show_figures()
            self._show_times()
            self.revert_button.setEnabled(entry.machine is not None and entry.text_edited)
            self._show_diff()
            self.findings_list.set_findings(self._checker.findings(self._row))
            note_shown = self.note_edit.toPlainText()
            if (switched or not self.note_edit.hasFocus()) and note_shown != entry.note:
                self.note_edit.setPlainText(entry.note)
        finally:
            self._updating = False

    def _show_status(self) -> None:
        entry = self._document[self._row]
        parts = []
        if entry.machine is None:
            parts.append(self.tr("Added"))
        elif entry.text_edited:
            parts.append(self.tr("Edited"))
        if entry.machine is not None and entry.timing_edited:
            parts.append(self.tr("Timing changed"))
        if entry.review is ReviewState.REVIEWED:
            parts.append(self.tr("Reviewed"))
        elif entry.review is ReviewState.FLAGGED:
            parts.append(self.tr("Flagged for review"))
        self.status_label.setText("  ·  ".join(parts))

    def _show_figures(self) -> None:
        entry = self._document[self._row]
        thresholds = self._checker.thresholds
        figures = measure(entry.text, entry.end_ms - entry.start_ms, thresholds)
        self.translation_edit.set_counts(
            figures.measures.line_lengths, figures.line_over, thresholds.max_chars_per_line
        )
        if thresholds.max_cps is None:
            cps = self.tr("CPS {value}").format(value=figures.cps_text)
        else:
            cps = self.tr("CPS {value} / {limit}").format(
                value=figures.cps_text, limit=f"{thresholds.max_cps:g}"
            )
        self.cps_label.setText(cps)
        self.cps_label.setToolTip(cps_sentence(figures, thresholds))
        fit_texts = {
            Fit.OK: self.tr("Fit {value}"),
            Fit.RUSHED: self.tr("Fit {value} · rushed"),
            Fit.DEAD_AIR: self.tr("Fit {value} · dead air"),
        }
        self.fit_label.setText(fit_texts[figures.fit].format(value=figures.fit_text))
        # what "Fit" means (the column's explanation), then this cue's figures
        meaning = column_header(Column.FIT)[1]
        self.fit_label.setToolTip(f"{meaning}\n\n{fit_sentence(figures, thresholds)}")
        chars = figures.measures.chars
        self.chars_label.setText(self.tr("{count} characters").format(count=f"{chars:g}"))
        colors = self._colors
        _set_text_color(self.cps_label, colors.over_limit if figures.cps_over else colors.ok_text)
        _set_text_color(
            self.fit_label, colors.over_limit if figures.fit is not Fit.OK else colors.ok_text
        )

    def _show_times(self) -> None:
        entry = self._document[self._row]
        machine = entry.machine
        self.timing.set_times(
            entry.start_ms,
            entry.end_ms,
            None if machine is None else (machine.start_ms, machine.end_ms),
        )

    def _show_diff(self) -> None:
        entry = self._document[self._row]
        machine = entry.machine
        if machine is None:
            self.diff_label.setTextFormat(Qt.TextFormat.PlainText)
            self.diff_label.setText(self.tr("Added while proofreading; there is no machine text."))
            self.diff_label.setEnabled(False)
        elif not entry.text_edited:
            self.diff_label.setTextFormat(Qt.TextFormat.PlainText)
            self.diff_label.setText(self.tr("Same as the machine translation."))
            self.diff_label.setEnabled(False)
        else:
            c = self._colors
            style = DiffStyle(c.inserted_tint, c.deleted_tint, c.deleted_text)
            self.diff_label.setTextFormat(Qt.TextFormat.RichText)
            self.diff_label.setText(
                diff_html(machine.text, entry.text, style, rtl=first_strong_is_rtl(entry.text))
            )
            self.diff_label.setEnabled(True)

    def diff_text(self) -> str:
        """The diff as shown, in plain words (for tests and accessibility)."""
        return self.diff_label.text()

    # ----- palette -----

    def _apply_colors(self) -> None:
        c = self._colors
        _set_text_color(self.original_label, c.secondary_text)
        _set_text_color(self.status_label, c.secondary_text)
        self.translation_edit.set_count_colors(c.secondary_text, c.over_limit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = _SIDE_MARGIN if event.size().width() >= _NARROW_PANE else _NARROW_SIDE_MARGIN
        margins = self._content_layout.contentsMargins()
        if margins.left() != side:
            self._content_layout.setContentsMargins(side, margins.top(), side, margins.bottom())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colors = EditorColors.from_palette(self.palette())
            self._apply_colors()
            if self._row >= 0:
                self._refresh(switched=False)
