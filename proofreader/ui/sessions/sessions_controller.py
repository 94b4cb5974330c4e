"""What the library's HeyGen part does: start proofreads, refresh, remove, open by id.

The panel and the dialogs only ask; this carries the request to the ProofreadService as a
background operation and turns the outcome into a sentence (`message` for the status bar,
`error` for a box). Removing works without a connection too: the library is local.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from proofreader.library import LibraryStore
from proofreader.ui.async_ops import run_async
from proofreader.ui.sessions.new_proofread_dialog import NewProofreadDialog, ProofreadRequest
from proofreader.ui.sessions.open_by_id_dialog import OpenByIdDialog
from proofreader.ui.sessions.sessions_model import SessionsModel
from proofreader.workflow import ProofreadService


class SessionsController(QObject):
    """Owns nothing but the current service; the model shows what the store holds."""

    message = Signal(str)  # an informational sentence (status bar)
    error = Signal(str, str)  # title, sentence
    submitted = Signal(object)  # a ProofreadRequest being started
    started = Signal(list)  # proofread ids of a start that succeeded
    opened_by_id = Signal(str)  # a session added with Open by Id

    def __init__(
        self,
        model: SessionsModel,
        parent: QObject | None = None,
        *,
        recent_languages: Callable[[], Sequence[str]] = tuple,
        remember_languages: Callable[[Sequence[str]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._service: ProofreadService | None = None
        self._recent = recent_languages
        self._remember = remember_languages
        self.new_dialog: NewProofreadDialog | None = None
        self.demo = False  # demo mode: the dialog offers the sample video and no cost
        self.by_id_dialog: OpenByIdDialog | None = None

    @property
    def service(self) -> ProofreadService | None:
        return self._service

    @property
    def store(self) -> LibraryStore:
        return self.model.store

    def attach(self, store: LibraryStore, service: ProofreadService | None) -> None:
        """The library and service of the current connection (None: not connected)."""
        self._service = service
        self.model.attach(store, service)

    def _need_service(self, title: str) -> ProofreadService | None:
        if self._service is None:
            self.error.emit(
                title, self.tr("Sign in with an API key or try the demo first: this needs HeyGen.")
            )
        return self._service

    # ----- new proofread -----

    def show_new_dialog(self, parent: QWidget | None = None) -> NewProofreadDialog | None:
        """Open (or raise) the New Proofread dialog, window-modal and not blocking."""
        service = self._need_service(self.tr("Cannot start a proofread"))
        if service is None:
            return None
        if self.new_dialog is not None:
            self.new_dialog.raise_()
            self.new_dialog.activateWindow()
            return self.new_dialog
        dialog = NewProofreadDialog(service, list(self._recent()), parent)
        if self.demo:
            dialog.use_demo()
        dialog.submitted.connect(self.start)
        dialog.finished.connect(lambda _r: self._forget_new(dialog))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _forget_new(self, dialog: NewProofreadDialog) -> None:
        if self.new_dialog is dialog:
            self.new_dialog = None
        dialog.deleteLater()

    def start(self, request: ProofreadRequest) -> None:
        """Start the sessions; the upload and the create run as one job in the jobs panel."""
        service = self._need_service(self.tr("Cannot start a proofread"))
        if service is None:
            return
        if self._remember is not None:
            self._remember(request.languages)
        self.submitted.emit(request)
        count, title = len(request.languages), request.title
        if request.source.kind == "file":
            self.message.emit(
                self.tr("Uploading the video for '{title}'; see View ▸ Jobs.").format(title=title)
            )
        elif count == 1:
            self.message.emit(self.tr("Starting 1 session of '{title}'…").format(title=title))
        else:
            self.message.emit(
                self.tr("Starting {count} sessions of '{title}'…").format(count=count, title=title)
            )

        def done(ids: list[str]) -> None:
            if count == 1:
                text = self.tr(
                    "Started 1 session of '{title}': each shows 'ready to review' when "
                    "HeyGen has finished."
                )
            else:
                text = self.tr(
                    "Started {count} sessions of '{title}': each shows 'ready to review' when "
                    "HeyGen has finished."
                )
            self.message.emit(text.format(count=count, title=title))
            self.started.emit(list(ids))

        def failed(sentence: str) -> None:
            self.error.emit(self.tr("The proofread did not start"), sentence)

        run_async(
            service.start_proofreads(
                request.source, request.languages, request.title, request.options
            ),
            on_done=done,
            on_error=failed,
            what="start a proofread",
        )

    # ----- open by id -----

    def show_open_by_id(self, parent: QWidget | None = None) -> OpenByIdDialog | None:
        service = self._need_service(self.tr("Cannot open a session"))
        if service is None:
            return None
        if self.by_id_dialog is not None:
            self.by_id_dialog.raise_()
            return self.by_id_dialog
        dialog = OpenByIdDialog(service, parent)
        dialog.opened.connect(self.opened_by_id)
        dialog.opened.connect(
            lambda pid: self.message.emit(
                self.tr("Added session {id} to the library.").format(id=pid)
            )
        )
        dialog.finished.connect(lambda _r: self._forget_by_id(dialog))
        self.by_id_dialog = dialog
        dialog.open()
        return dialog

    def _forget_by_id(self, dialog: OpenByIdDialog) -> None:
        if self.by_id_dialog is dialog:
            self.by_id_dialog = None
        dialog.deleteLater()

    # ----- refresh and remove -----

    def refresh(self, proofread_ids: Sequence[str]) -> None:
        """Ask HeyGen for the status now (an expired session shows as expired)."""
        title = self.tr("Cannot refresh")
        service = self._need_service(title)
        if service is None:
            return
        for proofread_id in proofread_ids:
            run_async(
                service.refresh(proofread_id),
                on_error=lambda sentence: self.error.emit(title, sentence),
                what="refresh a session",
            )

    def remove(self, proofread_ids: Sequence[str]) -> None:
        """Forget sessions locally (their jobs stop); nothing is deleted on HeyGen."""
        service = self._service
        if service is not None:
            for proofread_id in proofread_ids:
                service.remove(proofread_id)
            return
        store = self.store
        projects = set()
        for proofread_id in proofread_ids:
            session = store.get_session(proofread_id)
            if session is not None:
                projects.add(session.project_id)
                store.remove_session(proofread_id)
        for entry in store.list_projects():
            if entry.project.id in projects and not entry.sessions:
                store.remove_project(entry.project.id)
        self.model.reload()
