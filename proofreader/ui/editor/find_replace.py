"""FindReplaceBar: find in the translation or the original, replace in the translation.

The search itself is the core's (proofreader.subtitles.search); this bar keeps the current
match, shows "3 of 12", turns a bad regular expression into a sentence beside the field, and
pushes replacements through DocumentUndo (replace all is one undo step). The window selects
the row and the text when `match_found(row, start, length)` is emitted.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.events import DocumentEvent
from proofreader.subtitles.search import (
    Column,
    Match,
    SearchError,
    SearchQuery,
    find_all,
    find_next,
    find_previous,
    replace_all,
    replace_match,
)
from proofreader.ui.editor.colors import EditorColors
from proofreader.ui.editor.undo import DocumentUndo

# In English (tests compare with it); shown through FindReplaceBar.tr.
ORIGINAL_READ_ONLY = str(
    QT_TRANSLATE_NOOP(
        "FindReplaceBar",
        "The original is read-only: choose Translation to replace. Find still works in the "
        "original.",
    )
)
_RECOUNT_DELAY_MS = 250
_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindReplaceBar(QWidget):
    """Find (Ctrl+F) and replace (Ctrl+H) over one column of the document."""

    match_found = Signal(int, int, int)  # row, start, length (characters in that column's text)
    closed = Signal()

    def __init__(
        self, document: ProofreadDocument, undo: DocumentUndo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._undo = undo
        self._row = 0
        self._position = 0
        self._match: Match | None = None
        self._all: list[Match] | None = None
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(_RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self._show_count)
        self._build()
        document.add_listener(self._on_document)
        self.hide()

    def _build(self) -> None:
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        # room for a word or two when longer (translated) option labels crowd the row
        self.find_edit.setMinimumWidth(self.find_edit.fontMetrics().averageCharWidth() * 16)
        self.find_edit.textEdited.connect(self._on_query_changed)
        self.find_edit.installEventFilter(self)
        style = self.style()
        self.previous_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.tr("Previous match (Shift+F3)"),
        )
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Next match (F3)")
        )
        self.next_button.clicked.connect(self.find_next)
        self.case_box = QCheckBox(self.tr("Match case"))
        self.word_box = QCheckBox(self.tr("Whole words"))
        self.regex_box = QCheckBox(self.tr("Regex"))
        self.regex_box.setToolTip(
            self.tr("Python regular expression; use \\1 or \\g<name> in the replacement")
        )
        for box in (self.case_box, self.word_box, self.regex_box):
            box.toggled.connect(self._on_query_changed)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Translation"), Column.TRANSLATION)
        self.scope_combo.addItem(self.tr("Original"), Column.ORIGINAL)
        self.scope_combo.setToolTip(self.tr("Which column to search"))
        self.scope_combo.currentIndexChanged.connect(self._on_scope_changed)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.close_button = self._tool(
            style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton), self.tr("Close (Esc)")
        )
        self.close_button.clicked.connect(self.close_bar)

        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setClearButtonEnabled(True)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.replace_all_button.clicked.connect(self.replace_all)

        find_row = QHBoxLayout()
        find_row.setSpacing(6)
        find_row.addWidget(self.find_edit, 3)
        find_row.addWidget(self.previous_button)
        find_row.addWidget(self.next_button)
        for widget in (
            self.case_box,
            self.word_box,
            self.regex_box,
            QLabel(self.tr("in")),
            self.scope_combo,
        ):
            find_row.addWidget(widget)
        find_row.addWidget(self.status_label, 2)
        find_row.addWidget(self.close_button)
        self._replace_row = QWidget()
        replace_row = QHBoxLayout(self._replace_row)
        replace_row.setContentsMargins(0, 0, 0, 0)
        replace_row.setSpacing(6)
        replace_row.addWidget(self.replace_edit, 3)
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(find_row)
        layout.addWidget(self._replace_row)
        self._update_replace_enabled()

    @staticmethod
    def _tool(icon: object, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)  # type: ignore[arg-type]
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    # ----- showing -----

    def show_find(self) -> None:
        """Open as a find bar, the search text selected for typing over."""
        self._replace_row.hide()
        self._open()

    def show_replace(self) -> None:
        """Open with the replace field as well."""
        self._replace_row.show()
        self._open()

    def is_replace_shown(self) -> bool:
        return not self._replace_row.isHidden()

    def _open(self) -> None:
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self._show_count()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    # ----- query -----

    def scope(self) -> Column:
        column = self.scope_combo.currentData()
        return column if isinstance(column, Column) else Column.TRANSLATION

    def set_scope(self, column: Column) -> None:
        self.scope_combo.setCurrentIndex(0 if column is Column.TRANSLATION else 1)

    def query(self) -> SearchQuery:
        return SearchQuery(
            self.find_edit.text(),
            regex=self.regex_box.isChecked(),
            whole_word=self.word_box.isChecked(),
            case_sensitive=self.case_box.isChecked(),
            column=self.scope(),
        )

    def set_position(self, row: int, position: int = 0) -> None:
        """Where the next search starts (the window calls this when the current cue changes).

        The row of the current match is left alone, so stepping through matches continues.
        """
        if self._match is not None and self._match.row == row:
            return
        self._match = None
        self._row, self._position = max(row, 0), max(position, 0)

    def current_match(self) -> Match | None:
        return self._match

    def status_text(self) -> str:
        return self.status_label.text()

    # ----- finding -----

    def find_next(self) -> Match | None:
        """Go to the next match (wrapping); emits match_found."""
        query = self._checked_query()
        if query is None:
            return None
        match = self._match
        row, position = (match.row, match.end) if match is not None else (self._row, self._position)
        return self._go(find_next(self._document, query, row, position))

    def find_previous(self) -> Match | None:
        """Go to the previous match (wrapping); emits match_found."""
        query = self._checked_query()
        if query is None:
            return None
        match = self._match
        if match is not None:
            row, position = match.row, match.start
        else:
            row, position = self._row, self._position
        return self._go(find_previous(self._document, query, row, position))

    def _go(self, match: Match | None) -> Match | None:
        self._match = match
        if match is None:
            self._show_status(self.tr("No matches."), error=False)
            return None
        self._row, self._position = match.row, match.end
        self._show_count()
        self.match_found.emit(match.row, match.start, match.end - match.start)
        return match

    def _checked_query(self) -> SearchQuery | None:
        """The query, or None after showing why it cannot run (empty or bad pattern)."""
        query = self.query()
        if not query.pattern:
            self._show_status("", error=False)
            return None
        try:
            query.compile()
        except SearchError as exc:
            self._show_status(str(exc), error=True)
            return None
        return query

    def _on_query_changed(self) -> None:
        self._all = None
        match = self._match
        if match is not None:  # search again from where the match began: it grows in place
            self._row, self._position = match.row, match.start
            self._match = None
        if self.find_edit.text():
            self.find_next()
        else:
            self._show_status("", error=False)

    def _on_scope_changed(self) -> None:
        self._update_replace_enabled()
        self._on_query_changed()

    # ----- replacing -----

    def replace_one(self) -> None:
        """Replace the current match and go to the next one (finds one first if needed)."""
        if self.scope() is Column.ORIGINAL:
            self._show_status(self.tr(ORIGINAL_READ_ONLY), error=True)
            return
        query = self._checked_query()
        match = self._match
        if query is None:
            return
        if match is None:
            self.find_next()
            return
        replacement = self.replace_edit.text()
        old = self._document[match.row].text
        try:
            edit = replace_match(self._document, query, match, replacement)
        except SearchError as exc:
            self._match = None
            self._show_status(str(exc), error=True)
            return
        self._undo.push(edit, merge=False)
        replaced = len(self._document[match.row].text) - len(old) + match.end - match.start
        self._match = None
        self._row, self._position = match.row, match.start + replaced
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match in the translation as one undo step; returns how many."""
        if self.scope() is Column.ORIGINAL:
            self._show_status(self.tr(ORIGINAL_READ_ONLY), error=True)
            return 0
        query = self._checked_query()
        if query is None:
            return 0
        try:
            edit, count = replace_all(self._document, query, self.replace_edit.text())
        except SearchError as exc:
            self._show_status(str(exc), error=True)
            return 0
        if count == 0:
            self._show_status(self.tr("No matches to replace."), error=False)
            return 0
        self._undo.push(edit, merge=False)
        self._match = None
        cues = len(edit.changes)
        self._show_status(
            self.tr("Replaced {matches} in {cues}.").format(
                matches=self._matches(count), cues=self._cues(cues)
            ),
            error=False,
        )
        return count

    def _update_replace_enabled(self) -> None:
        original = self.scope() is Column.ORIGINAL
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setEnabled(not original)
            widget.setToolTip(self.tr(ORIGINAL_READ_ONLY) if original else "")

    # ----- status -----

    def _show_count(self) -> None:
        query = self.query()
        if not query.pattern:
            self._show_status("", error=False)
            return
        if self._all is None:
            try:
                self._all = find_all(self._document, query)
            except SearchError as exc:
                self._show_status(str(exc), error=True)
                return
        total = len(self._all)
        if total == 0:
            self._show_status(self.tr("No matches."), error=False)
            return
        match = self._match
        if match is not None:
            at = bisect.bisect_left(self._all, match)
            if at < total and self._all[at] == match:
                self._show_status(
                    self.tr("{current} of {total}").format(current=at + 1, total=total),
                    error=False,
                )
                return
        self._show_status(self._matches(total), error=False)

    # English picks its singular or plural source (no English .qm); each is a numerus message,
    # so a language with more plural forms still gets the right one.
    def _matches(self, count: int) -> str:
        if count == 1:
            return self.tr("%n match", None, count)
        return self.tr("%n matches", None, count)

    def _cues(self, count: int) -> str:
        if count == 1:
            return self.tr("%n cue", None, count)
        return self.tr("%n cues", None, count)

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status_label.setText(text)
        palette = self.palette()
        if error:
            palette.setColor(
                QPalette.ColorRole.WindowText, EditorColors.from_palette(palette).over_limit
            )
        self.status_label.setPalette(palette)

    def _on_document(self, _event: DocumentEvent) -> None:
        self._all = None
        if self.isVisible() and self.find_edit.text():
            self._recount.start()

    def detach(self) -> None:
        self._recount.stop()
        self._document.remove_listener(self._on_document)

    # ----- keys -----

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.find_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _RETURN_KEYS
        ):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
