"""Noticing other programs: the open translation file is watched, and a change is said at once.

A colleague on a shared folder, a sync client or a text editor may rewrite the file while it is
open here. A bar above the editor says so ("talk.es.srt changed on disk") with Reload (your
unsaved edits are kept as a separate draft in the library's "Unsaved changes") and Keep Mine;
a deleted or moved file is said too. Save compares the file with what was read before writing
(see FileCommands), so nothing is overwritten without the user knowing even if the bar was
dismissed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from proofreader.library import LibraryStore
from proofreader.subtitles.file_state import FileState, looks_unchanged
from proofreader.subtitles.snapshot import encode_snapshot
from proofreader.ui.editor_session import EditorSession

if TYPE_CHECKING:
    from proofreader.ui.window.host import WindowHost

COPY_PREFIX = "copy:"


class DiskChangeBar(QFrame):
    """The bar's look: a sentence and its buttons, in the palette's tooltip colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disk-change-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().ToolTipBase)
        self.setForegroundRole(self.foregroundRole().ToolTipText)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.keep_button = QPushButton(self.tr("&Keep Mine"))
        self.save_button = QPushButton(self.tr("Save &Again"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        for button in (self.reload_button, self.save_button, self.keep_button):
            layout.addWidget(button)
        self.hide()

    def show_changed(self, name: str, *, unsaved: bool) -> None:
        self.label.setText(
            (
                self.tr(
                    "<b>{name} changed on disk.</b> Reload it (your unsaved edits are kept as a "
                    "draft in the library), or keep your version (Save will ask before "
                    "overwriting)."
                )
                if unsaved
                else self.tr("<b>{name} changed on disk.</b> Reload it to see the new version.")
            ).format(name=name)
        )
        self.reload_button.show()
        self.save_button.hide()
        self.keep_button.setText(self.tr("&Keep Mine"))
        self.show()

    def show_gone(self, name: str) -> None:
        self.label.setText(
            self.tr(
                "<b>{name} was deleted or moved.</b> Your text is still here: save it again to "
                "write the file back."
            ).format(name=name)
        )
        self.reload_button.hide()
        self.save_button.show()
        self.keep_button.setText(self.tr("&Dismiss"))
        self.show()


class DiskWatch(QObject):
    """Follows the window's session: watches its translation file and shows the bar."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.widget)
        self._window = window
        self._path: Path | None = None
        self._seen: FileState | None = None  # the file when last looked at
        self._kept: FileState | None = None  # the version the user chose Keep Mine over
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._check)
        self._watcher.directoryChanged.connect(self._check_directory)
        self.bar = DiskChangeBar()
        layout = window.area.layout()
        assert layout is not None
        layout.insertWidget(0, self.bar)  # type: ignore[attr-defined]
        self.bar.reload_button.clicked.connect(self.reload)
        self.bar.keep_button.clicked.connect(self._keep_mine)
        self.bar.save_button.clicked.connect(window.files.save)

    def follow(self, session: EditorSession | None) -> None:
        """Watch the translation of `session` (files of the user's only: not the sample)."""
        self.bar.hide()
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._path = self._seen = self._kept = None
        if session is None:
            return
        path = session.source.translation
        if session.source.kind != "file" or not session.source.save_in_place or path is None:
            return
        self._path, self._seen = path, session.disk
        # The folder too: an editor that saves by writing a new file and renaming it over the
        # old one replaces the watched file, and the watch ends with it.
        self._watcher.addPaths([str(path), str(path.parent)])

    def _check_directory(self, _folder: str) -> None:
        if self._path is not None:
            self._check(str(self._path))

    def _check(self, changed: str) -> None:
        session, path = self._window.session, self._path
        if session is None or path is None or Path(changed) != path:
            return
        if str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))  # replaced by a rename: watch the new file
        if looks_unchanged(path, self._seen):
            return  # another file of the folder changed (an export, a sync client's temp file)
        now = FileState.of(path)
        if now is None and path.exists():
            return  # there but not readable yet (another program is writing it): its next change
        self._seen = now
        if now is None:
            self.bar.show_gone(path.name)
        elif now.same_content(session.disk):
            self.bar.hide()  # our own save, or a touch that changed nothing
        elif not now.same_content(self._kept):  # a version the user has not answered yet
            self.bar.show_changed(path.name, unsaved=session.is_modified())

    def _keep_mine(self) -> None:
        """Hide the bar until the file changes again (Save still asks before overwriting)."""
        self._kept = self._seen
        self.bar.hide()

    def reload(self) -> None:
        """Read the file again; unsaved edits stay in the library as a draft of their own."""
        window, session = self._window, self._window.session
        self.bar.hide()
        if session is None:
            return
        source = session.source
        if session.is_modified():
            title = keep_copy(window.store, session)
            window.show_message(
                self.tr("Your unsaved edits are kept in the library as “{title}”.").format(
                    title=title
                ),
                15_000,
            )
        session.mark_saved()  # nothing of it is lost now: the copy has the edits
        window.set_session(None)
        window.documents.open_source(source, ask_about_draft=False)


def keep_copy(store: LibraryStore, session: EditorSession) -> str:
    """Keep the session's document as a separate draft (Save asks where); returns its title."""
    stamp = datetime.now().astimezone()
    title = f"{session.title} ({stamp:%H:%M})"
    key = f"{COPY_PREFIX}{stamp.isoformat()}:{session.key}"
    meta = {**session.source.to_meta(), "key": key, "title": title, "save_in_place": False}
    document = session.document
    store.save_draft(key, encode_snapshot(document, meta), document.edited_count)
    return title
