"""The editing area: filter row, find bar and cue table; the preview player above the cue pane.

Layout (all splitters remember their sizes):

    [ library sidebar | filters / find bar / cue table | preview player ]
                                                       [ cue editor pane ]

The table gets the full height (the most rows), the player and the pane share the right
column. Per-document widgets (model, proxy, pane, find bar) are rebuilt when another document
opens; the table view and the player stay. The player can be created after the window is
shown (Qt Multimedia takes a while to load): a quiet placeholder holds its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedLayout,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.editor.cue_filter import CueFilterProxy, FilterMode
from proofreader.ui.editor.cue_table_model import CueTableModel
from proofreader.ui.editor.cue_table_view import CueTableView
from proofreader.ui.editor_session import EditorSession
from proofreader.ui.i18n import QT_TRANSLATE_NOOP
from proofreader.ui.library_sidebar import LibrarySidebar
from proofreader.ui.window.screen_fit import is_compact

if TYPE_CHECKING:
    from proofreader.ui.editor.cue_editor_pane import CueEditorPane
    from proofreader.ui.editor.find_replace import FindReplaceBar
    from proofreader.ui.player import PreviewPlayer


_RIGHT_MIN_WIDTH = 300
_PANE_MAX_MIN_WIDTH = 340
# On a compact screen (853 logical px: 1280 at 1.5×) the library, the table's readable
# translation and the pane share the width: the pane's timing and the player's controls
# reflow to fit this, and the picture may be lower so that the cue pane keeps its height.
_COMPACT_RIGHT_MIN_WIDTH = 292
_COMPACT_VIDEO_MIN_HEIGHT = 60
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "EditorArea", "Open a subtitle file (Ctrl+O) or choose one in the library."
)


class _Placeholder(QFrame):
    """Where the player or the pane will be, with one quiet line of text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        label = QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setForegroundRole(label.foregroundRole())
        label.setEnabled(False)  # the palette's disabled text: quiet in light and dark
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.label = label


class EditorArea(QWidget):
    """Owns the splitters and the widgets inside them."""

    def __init__(self, sidebar: LibrarySidebar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = sidebar
        self.table = CueTableView()
        self.table.setObjectName("cue-table")
        self.filter_bar = QToolBar(self.tr("Filters"))
        self.filter_bar.setObjectName("filter-bar")
        self.filter_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_bar.setMovable(False)
        self.filter_count = QLabel()
        self.filter_count.setObjectName("filter-count")
        self.filter_count.setEnabled(False)
        self.model: CueTableModel | None = None
        self.proxy: CueFilterProxy | None = None
        self.pane: CueEditorPane | None = None
        self.find_bar: FindReplaceBar | None = None
        self.player: PreviewPlayer | None = None

        self._find_slot = QVBoxLayout()
        self._find_slot.setContentsMargins(0, 0, 0, 0)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(2)
        self._table_header = QVBoxLayout()
        self._table_header.setContentsMargins(0, 0, 0, 0)
        center_layout.addLayout(self._table_header)
        center_layout.addWidget(self.filter_bar)
        center_layout.addLayout(self._find_slot)
        center_layout.addWidget(self.table, 1)
        self._empty = _Placeholder(self.tr(EMPTY_TEXT))
        self._center_stack = QStackedLayout()
        center_holder = QWidget()
        center_holder.setLayout(self._center_stack)
        self._center_stack.addWidget(self._empty)
        self._center_stack.addWidget(center)

        self._player_holder = QWidget()
        self._player_layout = QVBoxLayout(self._player_holder)
        self._player_layout.setContentsMargins(0, 0, 0, 0)
        self._player_placeholder = _Placeholder(self.tr("Loading the preview…"))
        self._player_layout.addWidget(self._player_placeholder)
        self._pane_holder = QWidget()
        self._pane_layout = QVBoxLayout(self._pane_holder)
        self._pane_layout.setContentsMargins(0, 0, 0, 0)
        self._pane_placeholder = _Placeholder(self.tr("The cue you select is edited here."))
        self._pane_layout.addWidget(self._pane_placeholder)

        self.right_split = QSplitter(Qt.Orientation.Vertical)
        self.right_split.setObjectName("right-splitter")
        self.right_split.addWidget(self._player_holder)
        self.right_split.addWidget(self._pane_holder)
        self.right_split.setStretchFactor(0, 5)
        self.right_split.setStretchFactor(1, 6)
        self.right_split.setChildrenCollapsible(False)

        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.setObjectName("main-splitter")
        self.main_split.addWidget(sidebar)
        self.main_split.addWidget(center_holder)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(0, 0)
        self.main_split.setStretchFactor(1, 3)
        self.main_split.setStretchFactor(2, 2)
        self.main_split.setCollapsible(0, True)
        self.main_split.setCollapsible(1, False)
        self.main_split.setCollapsible(2, False)
        sidebar.setMinimumWidth(120)
        center_holder.setMinimumWidth(360)
        compact = is_compact(self)
        self._right_min = _COMPACT_RIGHT_MIN_WIDTH if compact else _RIGHT_MIN_WIDTH
        self._pane_max_min = _COMPACT_RIGHT_MIN_WIDTH if compact else _PANE_MAX_MIN_WIDTH
        self.right_split.setMinimumWidth(self._right_min)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 0)
        layout.addWidget(self.main_split)

    def default_sizes(self, width: int) -> None:
        """First-run proportions for a window `width` pixels wide."""
        sidebar = max(130, min(200, width // 9))
        right = max(self.right_split.minimumWidth(), min(520, int(width * 0.33)))
        self.main_split.setSizes([sidebar, width - sidebar - right, right])
        height = max(self.height(), 600)
        self.right_split.setSizes([int(height * 0.46), height - int(height * 0.46)])

    def set_empty_text(self, text: str = "") -> None:
        """What the table's place says while no document is open ("Opening big.srt…"; empty:
        the invitation to open one)."""
        self._empty.label.setText(text or self.tr(EMPTY_TEXT))

    # ----- per document -----

    def show_session(self, session: EditorSession | None) -> None:
        """Rebuild the per-document widgets for `session` (None: the empty state)."""
        self._drop_document_widgets()
        if session is None:
            self._center_stack.setCurrentIndex(0)
            self._pane_placeholder.show()
            return
        from proofreader.ui.editor.cue_editor_pane import CueEditorPane
        from proofreader.ui.editor.find_replace import FindReplaceBar

        document, checker, undo = session.document, session.checker, session.undo
        self.model = CueTableModel(document, checker, undo, self)
        self.table.setModel(self.model)  # no filter proxy until a filter is chosen
        self.find_bar = FindReplaceBar(document, undo, self)
        self.find_bar.hide()
        self._find_slot.addWidget(self.find_bar)
        self.pane = CueEditorPane(document, checker, undo, self)
        self.pane.heygen_session = session.source.kind == "session"
        self._pane_placeholder.hide()
        self._pane_layout.addWidget(self.pane)
        # the pane's whole width where the window has room; on a narrow one it scrolls sideways
        # rather than take the translation column's room
        needed = min(_scrolled_content_width(self.pane), self._pane_max_min)
        self.pane.setMinimumWidth(needed)
        self.right_split.setMinimumWidth(max(self._right_min, needed))
        self._center_stack.setCurrentIndex(1)

    def set_filter(self, mode: FilterMode) -> CueFilterProxy | None:
        """Show only some cues. The proxy exists only while a filter is on: with 20,000 cues
        it costs a Python call per row whenever rows change, for nothing when all are shown.
        The current cue stays current (and visible, pinned, even if the filter hides it)."""
        if self.model is None:
            return None
        row = self.table.current_row()
        if mode is FilterMode.ALL:
            if self.proxy is not None:
                self.table.setModel(self.model)
                self._drop_proxy()
        else:
            if self.proxy is None:
                self.proxy = CueFilterProxy(self)
                self.proxy.set_mode(mode)
                self.proxy.setSourceModel(self.model)
                self.table.setModel(self.proxy)
            else:
                self.proxy.set_mode(mode)
        if row >= 0:
            self.table.select_row(row)
        return self.proxy

    def _drop_proxy(self) -> None:
        if self.proxy is not None:
            self.proxy.setSourceModel(None)  # type: ignore[arg-type]  # unplug before delete
            self.proxy.deleteLater()
            self.proxy = None

    def _drop_document_widgets(self) -> None:
        self.table.setModel(None)
        for widget in (self.find_bar, self.pane):
            if widget is not None:
                widget.detach()
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if self.model is not None:
            self.model.detach()
            self.model.deleteLater()
        self._drop_proxy()
        self.model = None
        self.pane = None
        self.find_bar = None

    # ----- the player -----

    def add_table_header(self, widget: QWidget) -> None:
        """Put a bar above the filters and the table (the review bar: Upload, Generate)."""
        self._table_header.addWidget(widget)

    def add_player_header(self, widget: QWidget) -> None:
        """Put a bar above the player (the workflow's render results: "play the result")."""
        self._player_layout.insertWidget(0, widget)

    def install_player(self, player: PreviewPlayer) -> None:
        """Put the real player where the placeholder was."""
        self.player = player
        self._player_placeholder.hide()
        self._player_layout.addWidget(player)
        player.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if is_compact(self):
            player.view.setMinimumHeight(_COMPACT_VIDEO_MIN_HEIGHT)


def _scrolled_content_width(widget: QWidget) -> int:
    """The width a pane needs so its scrolled content is never cut on the right (it scrolls
    vertically only): the content's minimum plus the scroll bar."""
    needed = widget.minimumSizeHint().width()
    for area in widget.findChildren(QScrollArea):
        content = area.widget()
        if content is not None:
            bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            needed = max(needed, content.minimumSizeHint().width() + bar + 2 * area.frameWidth())
    return needed
