"""A two-level Qt model of the library: projects (source videos) and their language sessions.

Built from the LibraryStore, then kept current by the service's SessionEvents (added, changed,
removed): each event inserts, updates or removes exactly its row, never a reset. The count of
local changes in a session's editing badge comes from its autosaved draft (refresh_drafts).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from proofreader.library import LibraryError, LibraryStore, Project, Session, SourceKind
from proofreader.ui.i18n import translate
from proofreader.ui.sessions.badges import session_badge
from proofreader.workflow import ProofreadService, SessionEvent

Index = QModelIndex | QPersistentModelIndex

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "project" or "session"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # project id or proofread id
BADGE_ROLE = Qt.ItemDataRole.UserRole + 3  # a Badge (sessions), a short summary (projects)
SESSION_ROLE = Qt.ItemDataRole.UserRole + 4
PROJECT_ROLE = Qt.ItemDataRole.UserRole + 5

_ROOT = 0  # internal id of top-level (project) indexes


@dataclass
class _ProjectNode:
    project: Project
    uid: int
    sessions: list[Session] = field(default_factory=list)


def _source_text(project: Project) -> str:
    kinds = {
        SourceKind.FILE: translate("SessionsModel", "Local file: {source}"),
        SourceKind.URL: translate("SessionsModel", "URL: {source}"),
        SourceKind.ASSET: translate("SessionsModel", "HeyGen asset: {source}"),
    }
    if project.source_kind in kinds and project.source_ref:
        return kinds[project.source_kind].format(source=project.source_ref)
    return translate("SessionsModel", "Opened by id (made elsewhere)")


class SessionsModel(QAbstractItemModel):
    """Projects newest first, each with its sessions oldest first (the store's order)."""

    def __init__(
        self, store: LibraryStore, parent: Any = None, *, drafts: LibraryStore | None = None
    ) -> None:
        """`drafts` is where the editor autosaves (the window's library; the demo's sessions
        live in a store of their own), `store` by default."""
        super().__init__(parent)
        self._store = store
        self._drafts = drafts
        self._uids = itertools.count(1)
        self._projects: list[_ProjectNode] = []
        self._changes: dict[str, int] = {}
        self._service: ProofreadService | None = None
        self._load()
        self.destroyed.connect(lambda *_: self._stop_listening())

    # ----- following the service -----

    @property
    def store(self) -> LibraryStore:
        return self._store

    def attach(self, store: LibraryStore, service: ProofreadService | None) -> None:
        """Show `store` and listen to `service`'s session events (None: the library as
        stored). The demo has a library of its own, so both change with the connection."""
        self._stop_listening()
        self._store = store
        self._service = service
        if service is not None:
            service.add_listener(self.on_event)
        self.reload()

    def _stop_listening(self) -> None:
        if self._service is not None:
            self._service.remove_listener(self.on_event)
            self._service = None

    def reload(self) -> None:
        """Read everything from the store again (after changes made without events)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        self._projects = [
            _ProjectNode(p.project, next(self._uids), list(p.sessions))
            for p in self._store.list_projects()
        ]
        self._changes = self._draft_counts()

    def _draft_counts(self) -> dict[str, int]:
        try:
            drafts = (self._drafts or self._store).list_drafts()
            return {d.key: d.local_changes for d in drafts}
        except LibraryError:
            return {}

    def refresh_drafts(self) -> None:
        """Re-read the drafts' change counts; repaint the sessions whose count changed."""
        counts = self._draft_counts()
        changed = {
            k for k in counts.keys() | self._changes.keys() if counts.get(k) != self._changes.get(k)
        }
        self._changes = counts
        for proofread_id in changed:
            index = self.index_of(proofread_id)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def on_event(self, event: SessionEvent) -> None:
        if event.kind == "removed":
            self._remove(event.proofread_id)
        elif event.session is not None:
            if self._find(event.proofread_id) is None:
                self._add(event.session)
            else:
                self._update(event.session)

    # ----- precise changes -----

    def _add(self, session: Session) -> None:
        node = next((n for n in self._projects if n.project.id == session.project_id), None)
        if node is None:
            project = self._store.get_project(session.project_id)
            if project is None:
                return
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._projects.insert(0, _ProjectNode(project, next(self._uids), [session]))
            self.endInsertRows()
            return
        parent = self.createIndex(self._projects.index(node), 0, _ROOT)
        row = len(node.sessions)
        self.beginInsertRows(parent, row, row)
        node.sessions.append(session)
        self.endInsertRows()
        self.dataChanged.emit(parent, parent)

    def _update(self, session: Session) -> None:
        found = self._find(session.proofread_id)
        if found is None:
            return
        node, row = found
        node.sessions[row] = session
        index = self.createIndex(row, 0, node.uid)
        self.dataChanged.emit(index, index)
        parent = self.createIndex(self._projects.index(node), 0, _ROOT)
        self.dataChanged.emit(parent, parent)

    def _remove(self, proofread_id: str) -> None:
        found = self._find(proofread_id)
        if found is None:
            return
        node, row = found
        project_row = self._projects.index(node)
        if len(node.sessions) == 1 and self._store.get_project(node.project.id) is None:
            self.beginRemoveRows(QModelIndex(), project_row, project_row)
            del self._projects[project_row]
            self.endRemoveRows()
            return
        parent = self.createIndex(project_row, 0, _ROOT)
        self.beginRemoveRows(parent, row, row)
        del node.sessions[row]
        self.endRemoveRows()
        self.dataChanged.emit(parent, parent)

    # ----- lookups -----

    def _find(self, proofread_id: str) -> tuple[_ProjectNode, int] | None:
        for node in self._projects:
            for row, session in enumerate(node.sessions):
                if session.proofread_id == proofread_id:
                    return node, row
        return None

    def _node(self, uid: int) -> _ProjectNode | None:
        return next((n for n in self._projects if n.uid == uid), None)

    def index_of(self, proofread_id: str) -> QModelIndex:
        found = self._find(proofread_id)
        if found is None:
            return QModelIndex()
        node, row = found
        return self.createIndex(row, 0, node.uid)

    def project_index(self, project_id: str) -> QModelIndex:
        for row, node in enumerate(self._projects):
            if node.project.id == project_id:
                return self.createIndex(row, 0, _ROOT)
        return QModelIndex()

    def session(self, proofread_id: str) -> Session | None:
        found = self._find(proofread_id)
        return None if found is None else found[0].sessions[found[1]]

    def sessions(self) -> list[Session]:
        return [s for node in self._projects for s in node.sessions]

    def local_changes(self, proofread_id: str) -> int | None:
        return self._changes.get(proofread_id)

    def session_ids_at(self, index: Index) -> list[str]:
        """The proofread ids an index stands for: one session, or all of a project's."""
        if not index.isValid():
            return []
        if index.internalId() == _ROOT:
            node = self._projects[index.row()]
            return [s.proofread_id for s in node.sessions]
        return [str(index.data(ID_ROLE))]

    # ----- QAbstractItemModel -----

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _ROOT) if row < len(self._projects) else QModelIndex()
        if parent.internalId() != _ROOT:
            return QModelIndex()
        node = self._projects[parent.row()]
        return self.createIndex(row, 0, node.uid) if row < len(node.sessions) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _ROOT:
            return QModelIndex()
        node = self._node(index.internalId())
        if node is None:
            return QModelIndex()
        return self.createIndex(self._projects.index(node), 0, _ROOT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._projects)
        if parent.column() != 0 or parent.internalId() != _ROOT:
            return 0
        return len(self._projects[parent.row()].sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _ROOT:
            return self._project_data(self._projects[index.row()], role)
        node = self._node(index.internalId())
        if node is None or index.row() >= len(node.sessions):
            return None
        return self._session_data(node.sessions[index.row()], role)

    def _project_data(self, node: _ProjectNode, role: int) -> Any:
        project = node.project
        if role == Qt.ItemDataRole.DisplayRole:
            return project.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{project.title}\n{_source_text(project)}\n{self._languages(node)}"
        if role == KIND_ROLE:
            return "project"
        if role == ID_ROLE:
            return project.id
        if role == BADGE_ROLE:
            return self._languages(node)
        if role == PROJECT_ROLE:
            return project
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _languages(self, node: _ProjectNode) -> str:
        count = len(node.sessions)
        if count == 1:
            return self.tr("1 language")
        return self.tr("{count} languages").format(count=count)

    def _session_data(self, session: Session, role: int) -> Any:
        badge = session_badge(session, self._changes.get(session.proofread_id))
        if role == Qt.ItemDataRole.DisplayRole:
            if session.failure_message and session.status.value == "failed":
                return f"{session.language} — {session.failure_message}"
            return session.language
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{language} · {status}\n{explanation}\nId: {id}").format(
                language=session.language,
                status=badge.text,
                explanation=badge.tooltip,
                id=session.proofread_id,
            )
        if role == KIND_ROLE:
            return "session"
        if role == ID_ROLE:
            return session.proofread_id
        if role == BADGE_ROLE:
            return badge
        if role == SESSION_ROLE:
            return session
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return badge.text
        return None
