"""The HeyGen part of the library sidebar: projects with their language sessions and badges.

Only a view: it asks (signals) and the SessionsController does. Double-click or Enter opens a
session; the context menu offers open, refresh, copy id and remove from library (confirmed).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.sessions.badge_delegate import BadgeDelegate
from proofreader.ui.sessions.sessions_model import ID_ROLE, KIND_ROLE, SessionsModel


class SessionsPanel(QWidget):
    """A tree of projects → sessions over a SessionsModel."""

    open_requested = Signal(str)  # proofread id
    refresh_requested = Signal(list)  # proofread ids
    remove_requested = Signal(list)  # proofread ids, after the user confirmed
    new_proofread_requested = Signal()
    open_by_id_requested = Signal()

    def __init__(self, model: SessionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessions-panel")
        self.model = model
        self.confirm_box: QMessageBox | None = None
        title = QLabel("HeyGen")
        title.setObjectName("sessions-title")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        title.setFont(font)
        self.new_button = self._tool_button(
            self.tr("New…"), self.tr("Start a new proofread (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_proofread_requested)
        self.by_id_button = self._tool_button(
            self.tr("Open by id…"), self.tr("Open a session made elsewhere")
        )
        self.by_id_button.clicked.connect(self.open_by_id_requested)
        # the title with its buttons on one line; in a narrow sidebar the buttons go below it
        buttons = self._header_buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.by_id_button)
        header = self._header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.setContentsMargins(6, 4, 2, 0)
        header.addWidget(title, 1)
        header.addLayout(buttons)
        self._title = title
        self.tree = QTreeView()
        self.tree.setObjectName("sessions-tree")
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(BadgeDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAccessibleName(self.tr("HeyGen proofreads"))
        self.tree.activated.connect(self._on_activated)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(
            self.tr("No proofreads yet.\nStart one with File ▸ New Proofread… (Ctrl+N).")
        )
        self.empty.setObjectName("sessions-empty")
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(8, 2, 8, 6)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._on_rows_changed)
        self._on_rows_changed()

    def _one_line_width(self) -> int:
        margins = self._header.contentsMargins()
        title = self._title.sizeHint().width() + self._header.spacing()
        return title + self._header_buttons.sizeHint().width() + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the buttons on their own line (a 1280 px screen at 1.5×)."""
        hint = super().minimumSizeHint()
        margins = self._header.contentsMargins()
        narrow = max(self._title.minimumSizeHint().width(),
                     self._header_buttons.minimumSize().width())  # fmt: skip
        return QSize(min(hint.width(), narrow + margins.left() + margins.right()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self._one_line_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._header.direction() != direction:
            self._header.setDirection(direction)
            self.updateGeometry()

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def set_connected(self, connected: bool) -> None:
        """New and open-by-id need the service; the list itself works offline."""
        for button in (self.new_button, self.by_id_button):
            button.setEnabled(connected)
            button.setToolTip(
                button.toolTip().split("\n")[0]
                + ("" if connected else "\n" + self.tr("Sign in or try the demo first."))
            )

    def _on_rows_changed(self, parent: QModelIndex | None = None, *_args: object) -> None:
        self.tree.expandAll()
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)

    # ----- selection and activation -----

    def select(self, proofread_id: str) -> None:
        index = self.model.index_of(proofread_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def current_session_id(self) -> str | None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) == "session":
            return str(index.data(ID_ROLE))
        return None

    def _on_activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "session":
            self.open_requested.emit(str(index.data(ID_ROLE)))

    # ----- context menu -----

    def menu_for(self, index: QModelIndex) -> QMenu | None:
        """The context menu of a row (tests trigger its actions by text)."""
        if not index.isValid():
            return None
        kind = index.data(KIND_ROLE)
        ids = self.model.session_ids_at(index)
        menu = QMenu(self)
        if kind == "session":
            pid = ids[0]
            self._add(menu, self.tr("&Open"), lambda: self.open_requested.emit(pid))
            self._add(menu, self.tr("&Refresh Status"), lambda: self.refresh_requested.emit([pid]))
            self._add(menu, self.tr("&Copy Session Id"), lambda: self.copy_id(pid))
            menu.addSeparator()
            self._add(menu, self.tr("Re&move from Library…"), lambda: self.confirm_remove(ids))
        else:
            self._add(menu, self.tr("&Refresh Status"), lambda: self.refresh_requested.emit(ids))
            menu.addSeparator()
            self._add(menu, self.tr("Re&move from Library…"), lambda: self.confirm_remove(ids))
        return menu

    @staticmethod
    def _add(menu: QMenu, text: str, handler: object) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(handler)
        menu.addAction(action)
        return action

    def _context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        menu = self.menu_for(index)
        if menu is not None:
            self.tree.setCurrentIndex(index)
            menu.popup(self.tree.viewport().mapToGlobal(point))

    def copy_id(self, proofread_id: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(proofread_id)

    def confirm_remove(self, proofread_ids: list[str]) -> QMessageBox | None:
        """Ask before forgetting sessions (window-modal, not blocking)."""
        if not proofread_ids:
            return None
        sessions = [s for pid in proofread_ids if (s := self.model.session(pid)) is not None]
        if len(sessions) == 1:
            question = self.tr("Remove the {language} session from the library?").format(
                language=sessions[0].language
            )
        else:
            question = self.tr("Remove these {count} sessions from the library?").format(
                count=len(sessions)
            )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove from library — Proofreader"))
        box.setText(question)
        box.setInformativeText(
            self.tr(
                "Its subtitles downloaded to this computer and any unsaved changes are deleted. "
                "Nothing is deleted on HeyGen: within about a day you can open it again by its "
                "id."
            )
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.Cancel)
        box.button(buttons.Yes).setText(self.tr("&Remove"))
        box.setDefaultButton(buttons.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(result: int) -> None:
            self.confirm_box = None
            if box.standardButton(box.clickedButton()) == buttons.Yes:
                self.remove_requested.emit(list(proofread_ids))
            box.deleteLater()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box
