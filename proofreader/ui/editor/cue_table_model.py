"""CueTableModel: a thin Qt table over the proofread document and its checker.

It listens to the document's change events and maps them one to one onto beginInsertRows /
beginRemoveRows / dataChanged for exactly the rows touched; it never resets. Findings changes
are compared per row, so a neighbour whose findings did not change is not repainted.
Edits made in the table go through DocumentUndo, like every other change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from proofreader.subtitles.checks import Checker, Finding, Severity
from proofreader.subtitles.document import DocumentCue, ProofreadDocument, ReviewState
from proofreader.subtitles.edits import SetText
from proofreader.subtitles.events import (
    DocumentEvent,
    Field,
    RowsAboutToBeInserted,
    RowsAboutToBeRemoved,
    RowsChanged,
    RowsInserted,
    RowsRemoved,
)
from proofreader.ui.editor.colors import EditorColors
from proofreader.ui.editor.cue_columns import (
    COLUMN_COUNT,
    LAST_COLUMN,
    LIVE_TEXT_ROLE,
    NO_ORIGINAL,
    ROW_ROLE,
    RTL_ROLE,
    SEVERITY_ROLE,
    SOURCE_ROW_ROLE,
    Column,
    column_header,
)
from proofreader.ui.editor.cue_figures import CueFigures, Fit, cps_sentence, fit_sentence, measure
from proofreader.ui.editor.formatting import (
    first_strong_is_rtl,
    format_seconds,
    format_short_time,
    format_time,
)
from proofreader.ui.editor.undo import DocumentUndo
from proofreader.ui.i18n import translate

ModelIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)

_TOP_RIGHT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
_TOP_CENTER = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
_TOP_LEADING = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
_ALIGNMENTS = {
    Column.NUMBER: _TOP_RIGHT,
    Column.IN: _TOP_RIGHT,
    Column.OUT: _TOP_RIGHT,
    Column.DURATION: _TOP_RIGHT,
    Column.CPS: _TOP_RIGHT,
    Column.FIT: _TOP_RIGHT,
    Column.ORIGINAL: _TOP_LEADING,
    Column.TRANSLATION: _TOP_LEADING,
    Column.FLAGS: _TOP_CENTER,
    Column.REVIEW: _TOP_CENTER,
}
# Per logical column, indexed by int: no enum construction in the hot paint path.
_ALIGN_BY_COLUMN = tuple(_ALIGNMENTS[c] for c in sorted(_ALIGNMENTS))
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_TRANSLATION = int(Column.TRANSLATION)
_REVIEW_TEXT = {  # short marks: the column stays narrow; the tooltip says it in words
    ReviewState.UNREVIEWED: "",
    ReviewState.REVIEWED: "✓",
    ReviewState.FLAGGED: "⚑",
}
_NO_FINDINGS: tuple[Finding, ...] = ()


def _quote(text: str, limit: int = 300) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"“{text}”" if text else translate("CueTableModel", "(empty)")


def findings_tooltip(findings: tuple[Finding, ...]) -> str:
    """One line per finding; the messages come from the core's checks (English for now)."""
    error = translate("CueTableModel", "Error: {message}")
    warning = translate("CueTableModel", "Warning: {message}")
    return "\n".join(
        (error if f.severity is Severity.ERROR else warning).format(message=f.message)
        for f in findings
    )


class CueTableModel(QAbstractTableModel):
    """One row per cue: #, In, Out, Duration, CPS, Fit, Original, Translation, Flags, Review."""

    def __init__(
        self,
        document: ProofreadDocument,
        checker: Checker,
        undo: DocumentUndo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._checker = checker
        self._undo = undo
        self._live_row: int | None = None  # the row the in-cell editor is typing into
        self._thresholds = checker.thresholds
        self._colors = EditorColors.current()
        self._icons: dict[Severity, QIcon] = {}
        self._figures: list[CueFigures | None] = [None] * len(document)
        # The findings the views last saw, to repaint only rows whose findings really changed.
        self._shown: list[tuple[Finding, ...]] = checker.findings_by_row()
        self._in_structural_change = False
        self._pending: list[tuple[int, int]] = []
        self._edited_font = QFont()
        self._edited_font.setBold(True)
        document.add_listener(self._on_document)
        checker.add_listener(self._on_findings)

    # ----- what others need -----

    @property
    def document(self) -> ProofreadDocument:
        return self._document

    @property
    def checker(self) -> Checker:
        return self._checker

    @property
    def undo(self) -> DocumentUndo:
        return self._undo

    def detach(self) -> None:
        """Stop listening to the document and the checker (before dropping the model)."""
        self._document.remove_listener(self._on_document)
        self._checker.remove_listener(self._on_findings)

    def set_colors(self, colors: EditorColors) -> None:
        """New palette (light/dark switch): repaint every row with the new marks."""
        self._colors = colors
        self.refresh_rows(0, len(self._document) - 1)

    def refresh_rows(self, first: int, last: int) -> None:
        """Tell views (and filters) that rows first..last may look different."""
        last = min(last, len(self._document) - 1)
        if 0 <= first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, LAST_COLUMN))

    def figures(self, row: int) -> CueFigures:
        """CPS and fit of a row against the current limits (cached until the row changes)."""
        cached = self._figures[row]
        if cached is None:
            cue = self._document[row].cue
            cached = measure(cue.text, cue.end_ms - cue.start_ms, self._thresholds)
            self._figures[row] = cached
        return cached

    # ----- Qt model interface -----

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._document)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if index.column() == _TRANSLATION else _READ_ONLY

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == _DISPLAY else None
        if not 0 <= section < COLUMN_COUNT:
            return None
        title, tip = column_header(Column(section))
        if role == _DISPLAY:
            return title
        if role == _TOOLTIP:
            if section == Column.ORIGINAL and not self._document.has_originals:
                return translate("CueColumns", NO_ORIGINAL)  # where an original would come from
            return tip
        if role == _ACCESSIBLE:
            if section == Column.REVIEW:  # headed ✓ to save room; read out as a word
                return self.tr("Review")
            return title or self.tr("Problems")
        if role == _ALIGN:
            align = _ALIGNMENTS[Column(section)] & ~Qt.AlignmentFlag.AlignTop
            return align | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        col = index.column()
        entry = self._document[row]
        if role == _DISPLAY:
            return self._display(entry, row, col)
        if role == _EDIT:
            return entry.text if col == Column.TRANSLATION else self._display(entry, row, col)
        if role == _ALIGN:
            return _ALIGN_BY_COLUMN[col]
        if role == _FOREGROUND:
            return self._foreground(row, col)
        if role == _BACKGROUND:
            return self._background(entry, col)
        if role == _DECORATION:
            return self._icon(row) if col == Column.FLAGS else None
        if role == _TOOLTIP:
            return self._tooltip(entry, row, col)
        if role == _FONT:
            if col == Column.NUMBER and entry.is_edited:
                return self._edited_font
            return None
        if role == ROW_ROLE:
            return entry
        if role == SOURCE_ROW_ROLE:
            return row
        if role == RTL_ROLE:
            return self._is_rtl(entry, col)
        if role == SEVERITY_ROLE:
            return self._severity(row)
        if role == _ACCESSIBLE and col == Column.FLAGS:
            return findings_tooltip(self._checker.findings(row)) or self.tr("No problems")
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != Column.TRANSLATION:
            return False
        if role == LIVE_TEXT_ROLE and value is None:  # a new cell edit begins: a new step
            self._undo.seal()
            self._live_row = index.row()
            return True
        if not isinstance(value, str) or role not in (_EDIT, LIVE_TEXT_ROLE):
            return False
        # The document's change event repaints the row; a cell edit is one undo step of its own:
        # its keystrokes (LIVE_TEXT_ROLE) merge, and the commit (EditRole) closes the step.
        row = index.row()
        if role == LIVE_TEXT_ROLE:
            if self._live_row != row:
                self._undo.seal()
                self._live_row = row
            return self._undo.push(SetText(row, value))
        if self._live_row != row:
            self._undo.seal()
        self._live_row = None
        changed = self._undo.push(SetText(row, value))
        self._undo.seal()
        return changed

    # ----- cell contents -----

    def _display(self, entry: DocumentCue, row: int, col: int) -> str | None:
        if col == Column.TRANSLATION:
            return entry.cue.text
        if col == Column.ORIGINAL:
            original = entry.original
            return original.text if original is not None else ""
        if col == Column.NUMBER:
            return str(row + 1)
        if col == Column.IN:
            return format_short_time(entry.cue.start_ms)
        if col == Column.OUT:
            return format_short_time(entry.cue.end_ms)
        if col == Column.DURATION:
            return format_seconds(entry.cue.end_ms - entry.cue.start_ms)
        if col == Column.CPS:
            return self.figures(row).cps_text
        if col == Column.FIT:
            return self.figures(row).fit_text
        if col == Column.REVIEW:
            state = _REVIEW_TEXT[entry.review]
            return f"{state} ✎".strip() if entry.note else state
        return None

    def _foreground(self, row: int, col: int) -> QBrush | None:
        if col == Column.ORIGINAL:
            return QBrush(self._colors.secondary_text)
        if col == Column.CPS and self.figures(row).cps_over:
            return QBrush(self._colors.over_limit)
        if col == Column.FIT and self.figures(row).fit is not Fit.OK:
            return QBrush(self._colors.over_limit)
        if col == Column.REVIEW:
            review = self._document[row].review
            if review is ReviewState.REVIEWED:
                return QBrush(self._colors.reviewed)
            if review is ReviewState.FLAGGED:
                return QBrush(self._colors.flagged)
        return None

    def _background(self, entry: DocumentCue, col: int) -> QBrush | None:
        if col == Column.NUMBER:
            return QBrush(self._colors.edited_tint) if entry.is_edited else None
        if col in (Column.IN, Column.OUT):
            machine = entry.machine
            cue = entry.cue
            if machine is None:
                return None
            differs = (
                machine.start_ms != cue.start_ms
                if col == Column.IN
                else machine.end_ms != cue.end_ms
            )
            return QBrush(self._colors.timing_tint) if differs else None
        return None

    def _severity(self, row: int) -> str:
        findings = self._checker.findings(row)
        if not findings:
            return ""
        if any(f.severity is Severity.ERROR for f in findings):
            return Severity.ERROR.value
        return Severity.WARNING.value

    def _icon(self, row: int) -> QIcon | None:
        severity = self._severity(row)
        if not severity:
            return None
        return self._severity_icon(Severity(severity))

    def _severity_icon(self, severity: Severity) -> QIcon:
        icon = self._icons.get(severity)
        if icon is None:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if severity is Severity.ERROR
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            icon = QApplication.style().standardIcon(pixmap)
            self._icons[severity] = icon
        return icon

    def _is_rtl(self, entry: DocumentCue, col: int) -> bool:
        if col == Column.TRANSLATION:
            return first_strong_is_rtl(entry.cue.text)
        if col == Column.ORIGINAL and entry.original is not None:
            return first_strong_is_rtl(entry.original.text)
        return False

    def _tooltip(self, entry: DocumentCue, row: int, col: int) -> str | None:
        if col == Column.FLAGS:
            return findings_tooltip(self._checker.findings(row)) or None
        if col in (Column.NUMBER, Column.TRANSLATION):
            return self._edited_tooltip(entry, with_text=col == Column.TRANSLATION)
        if col in (Column.IN, Column.OUT, Column.DURATION):
            span = f"{format_time(entry.cue.start_ms)} → {format_time(entry.cue.end_ms)}"
            return "\n\n".join(t for t in (span, self._timing_tooltip(entry)) if t)
        if col == Column.CPS:
            return cps_sentence(self.figures(row), self._thresholds)
        if col == Column.FIT:
            return fit_sentence(self.figures(row), self._thresholds)
        if col == Column.ORIGINAL:
            if entry.original is not None:
                return entry.original.text
            return self.tr("No original cue.")
        if col == Column.REVIEW:
            state = {
                ReviewState.UNREVIEWED: self.tr("Not reviewed yet."),
                ReviewState.REVIEWED: self.tr("Reviewed."),
                ReviewState.FLAGGED: self.tr("Flagged for another look."),
            }[entry.review]
            if entry.note:
                return self.tr("{state}\nNote: {note}").format(state=state, note=entry.note)
            return state
        return None

    def _edited_tooltip(self, entry: DocumentCue, *, with_text: bool) -> str | None:
        machine = entry.machine
        parts = [entry.cue.text] if with_text and entry.cue.text else []
        if machine is None:
            parts.append(self.tr("Added while proofreading; there is no machine text."))
        elif entry.text_edited:
            parts.append(
                self.tr("Edited: machine text was {text}").format(text=_quote(machine.text))
            )
        if entry.timing_edited and machine is not None:
            parts.append(self._timing_tooltip(entry) or "")
        if entry.note and not with_text:
            parts.append(self.tr("Note: {note}").format(note=entry.note))
        return "\n\n".join(p for p in parts if p) or None

    def _timing_tooltip(self, entry: DocumentCue) -> str | None:
        machine = entry.machine
        if machine is None or not entry.timing_edited:
            return None
        return self.tr(
            "Timing differs from the downloaded file, which the dubbing was aligned to: it was "
            "{start} → {end}."
        ).format(start=format_time(machine.start_ms), end=format_time(machine.end_ms))

    # ----- following the document and the checker -----

    def _on_document(self, event: DocumentEvent) -> None:
        if isinstance(event, RowsChanged):
            if event.fields & (Field.TEXT | Field.TIMES):
                for r in range(event.first, event.last + 1):
                    self._figures[r] = None
            self.dataChanged.emit(self.index(event.first, 0), self.index(event.last, LAST_COLUMN))
        elif isinstance(event, RowsAboutToBeInserted):
            self._in_structural_change = True
            self.beginInsertRows(QModelIndex(), event.first, event.first + event.count - 1)
        elif isinstance(event, RowsInserted):
            first, count = event.first, event.count
            self._figures[first:first] = [None] * count
            findings = self._checker.findings
            self._shown[first:first] = [findings(r) for r in range(first, first + count)]
            self.endInsertRows()
            self._end_structural_change()
        elif isinstance(event, RowsAboutToBeRemoved):
            self._in_structural_change = True
            self.beginRemoveRows(QModelIndex(), event.first, event.first + event.count - 1)
        elif isinstance(event, RowsRemoved):
            del self._figures[event.first : event.first + event.count]
            del self._shown[event.first : event.first + event.count]
            self.endRemoveRows()
            self._end_structural_change()

    def _end_structural_change(self) -> None:
        self._in_structural_change = False
        pending, self._pending = self._pending, []
        for first, last in pending:
            self._findings_changed(first, last)

    def _on_findings(self, first: int, last: int) -> None:
        if self._checker.thresholds is not self._thresholds:
            self._thresholds = self._checker.thresholds
            self._figures = [None] * len(self._document)
            self._shown = [self._checker.findings(r) for r in range(len(self._document))]
            self.refresh_rows(0, len(self._document) - 1)
            return
        if self._in_structural_change:  # the checker runs before our end*Rows: wait for it
            self._pending.append((first, last))
            return
        self._findings_changed(first, last)

    def _findings_changed(self, first: int, last: int) -> None:
        shown = self._shown
        findings = self._checker.findings
        run_first = -1
        for r in range(max(first, 0), min(last, len(shown) - 1) + 1):
            new = findings(r)
            if new == shown[r]:
                if run_first >= 0:
                    self._emit_flags(run_first, r - 1)
                    run_first = -1
                continue
            shown[r] = new if new else _NO_FINDINGS
            if run_first < 0:
                run_first = r
        if run_first >= 0:
            self._emit_flags(run_first, min(last, len(shown) - 1))

    def _emit_flags(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, Column.FLAGS), self.index(last, Column.FLAGS))
