"""The render results bar: follow a session's render, download its files, compare, open.

Shown above the editor while the open session has a render: "Rendering…" while HeyGen works,
then "Download results" (straight into <download folder>/<title>, created on first use, with no
dialog in the way; one DOWNLOAD job per file, their total progress shown here too), "Change
folder…" (another download folder, remembered), "Open folder", and the Source / Result switch
that plays the downloaded video in the same player as the source.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from proofreader.library import Session, SessionStatus
from proofreader.ui.async_ops import run_async
from proofreader.ui.elided_label import ElidedLabel
from proofreader.ui.renders import folders
from proofreader.ui.renders.result_switch import ResultSwitch
from proofreader.workflow import Job, JobKind, ProofreadService, SessionEvent
from proofreader.workflow.naming import safe_stem

if TYPE_CHECKING:
    from proofreader.ui.player import PreviewPlayer

ChooseFolder = Callable[[QWidget | None, str, Path], Path | None]
OpenFolder = Callable[[Path], bool]
_VIDEO_SUFFIXES = (".mp4", ".mov", ".webm", ".mkv")
_AUDIO_SUFFIXES = (".m4a", ".mp3", ".wav", ".aac", ".ogg")


def playable_result(files: list[Path] | tuple[Path, ...]) -> Path | None:
    """The file to play as the result: the video, else the audio (an audio-only render)."""
    for suffixes in (_VIDEO_SUFFIXES, _AUDIO_SUFFIXES):
        for path in files:
            if path.suffix.lower() in suffixes and path.exists():
                return path
    return None


class RenderResultsBar(QWidget):
    """Follows one session (set_session); hidden while it has no render.

    `download_dir` gives the download folder (Settings.download_dir); `set_download_dir` keeps
    the one "Change folder…" chose; `choose_folder` and `open_folder` are injectable so tests
    need no native dialog.
    """

    downloaded = Signal(list)  # the downloaded files (list[Path])
    error_shown = Signal(str)

    def __init__(
        self,
        service: ProofreadService | None,
        *,
        download_dir: Callable[[], Path],
        player: PreviewPlayer | None = None,
        set_download_dir: Callable[[Path], None] | None = None,
        choose_folder: ChooseFolder = folders.choose_folder,
        open_folder: OpenFolder = folders.open_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("render-results")
        self._service: ProofreadService | None = None
        self._download_dir = download_dir
        self._set_download_dir = set_download_dir
        self._choose_folder = choose_folder
        self._open_folder = open_folder
        self._proofread_id: str | None = None
        self._source: Path | None = None
        self._folder: Path | None = None
        self._files: list[Path] = []
        self._task: asyncio.Task[list[Path]] | None = None
        self._known_jobs: set[str] = set()
        self._download_jobs: dict[str, Job] = {}

        # A long sentence or folder must not widen the window: cut with "…", the tip has it all.
        self.message = ElidedLabel()
        self.message.setObjectName("render-results-message")
        self.message.setMinimumWidth(120)
        self.progress = QProgressBar()
        self.progress.setObjectName("render-results-progress")
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        self.download_button = QPushButton(self.tr("Download results"))
        self.download_button.setObjectName("render-results-download")
        self.download_button.setToolTip(
            self.tr("Save the video, audio and captions in your download folder")
        )
        self.change_button = QPushButton(self.tr("Change folder…"))
        self.change_button.setObjectName("render-results-change-folder")
        self.change_button.setToolTip(self.tr("Choose another download folder and download there"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setObjectName("render-results-open")
        self.switch = ResultSwitch(player)
        # Two rows, so that the player's column (340 px on a small screen) holds it all:
        # the sentence and the Source / Result switch, then the buttons.
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.progress)
        top.addWidget(self.switch)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.download_button.clicked.connect(lambda: self.download())
        self.change_button.clicked.connect(self.change_folder)
        self.open_button.clicked.connect(self.open_results_folder)
        self.set_service(service)
        self.destroyed.connect(lambda: self._detach(self._service))
        self._refresh()

    # -- wiring ---------------------------------------------------------------------------------
    def set_service(self, service: ProofreadService | None) -> None:
        """Follow another service (after signing in or out); None hides the bar."""
        if service is self._service:
            return
        self._detach(self._service)
        self._service = service
        if service is not None:
            service.add_listener(self._on_session_event)
            service.jobs.add_listener(self._on_job)
        self._task = None
        self._refresh()

    def _detach(self, service: ProofreadService | None) -> None:
        if service is not None:
            service.remove_listener(self._on_session_event)
            service.jobs.remove_listener(self._on_job)

    def set_player(self, player: PreviewPlayer | None) -> None:
        self.switch.set_player(player)

    def set_session(self, proofread_id: str | None, source: Path | None = None) -> None:
        """The session the editor shows and its source video (what "Source" plays)."""
        changed = proofread_id != self._proofread_id
        self._proofread_id = proofread_id
        self._source = Path(source) if source is not None else None
        if changed:
            self._files, self._folder, self._task = [], None, None
            self._download_jobs.clear()
            self.switch.show_source()
            self._load_known_outputs()
        self._refresh()

    def proofread_id(self) -> str | None:
        return self._proofread_id

    def files(self) -> list[Path]:
        return list(self._files)

    def folder(self) -> Path | None:
        return self._folder

    def is_downloading(self) -> bool:
        return self._task is not None and not self._task.done()

    # -- commands -------------------------------------------------------------------------------
    def can_download(self) -> bool:
        session = self._session()
        return (
            session is not None
            and session.status is SessionStatus.DONE
            and session.video_translation_id is not None
            and not self.is_downloading()
        )

    def results_folder(self) -> Path | None:
        """Where "Download results" puts the files: <download folder>/<title>."""
        service, session = self._service, self._session()
        if service is None or session is None:
            return None
        project = service.store.get_project(session.project_id)
        title = project.title if project is not None else None
        return self._download_dir() / safe_stem(title, session.proofread_id)

    def change_folder(self) -> None:
        """Ask for another download folder, remember it, and download the results there."""
        chosen = self._choose_folder(
            self, self.tr("Download folder for the results"), self._download_dir()
        )
        if chosen is None:
            return
        if self._set_download_dir is not None:
            self._set_download_dir(chosen)
            self.download()
        else:
            folder = self.results_folder()
            self.download(chosen / folder.name if folder is not None else chosen)

    def download(self, folder: Path | None = None) -> None:
        """Download every file of the render into `folder` (the results folder when None)."""
        service, session = self._service, self._session()
        if service is None or session is None or not self.can_download():
            return
        folder = folder or self.results_folder()
        if folder is None:
            return
        self._known_jobs = {job.id for job in service.jobs.jobs()}
        self._download_jobs.clear()
        self._show_message(self.tr("Downloading the results…"))
        self._task = run_async(
            service.download_outputs(session.proofread_id, folder),
            on_done=self._downloaded,
            on_error=self._failed,
            parent=self,
            what="download the results",
        )
        self._refresh()

    def open_results_folder(self) -> None:
        if self._folder is None:
            return
        if not self._open_folder(self._folder):
            self._error(
                self.tr(
                    "The folder {folder} could not be opened: open it in your file manager."
                ).format(folder=self._folder)
            )

    # -- outcomes -------------------------------------------------------------------------------
    def _downloaded(self, files: list[Path]) -> None:
        self._task = None
        self._set_files(files)
        self.downloaded.emit(list(files))
        self._refresh()

    def _failed(self, sentence: str) -> None:
        self._task = None
        self._refresh()
        self._error(sentence)

    def _error(self, sentence: str) -> None:
        self._show_message(sentence, error=True)
        self.error_shown.emit(sentence)

    def _set_files(self, files: list[Path] | tuple[Path, ...]) -> None:
        self._files = [Path(f) for f in files]
        self._folder = self._files[0].parent if self._files else None
        self.switch.set_media(self._source, playable_result(self._files))

    def _load_known_outputs(self) -> None:
        """Files downloaded in an earlier run of the app are offered again at once."""
        session, service = self._session(), self._service
        if service is None or session is None or session.video_translation_id is None:
            self.switch.set_media(self._source, None)
            return
        outputs = service.store.get_outputs(session.video_translation_id)
        files = [f for f in outputs.files if f.exists()] if outputs is not None else []
        self._set_files(files)

    # -- listeners ------------------------------------------------------------------------------
    def _on_session_event(self, event: SessionEvent) -> None:
        if event.proofread_id != self._proofread_id:
            return
        if event.kind == "removed":
            self.set_session(None)
            return
        self._refresh()

    def _on_job(self, job: Job) -> None:
        if (
            not self.is_downloading()
            or job.kind is not JobKind.DOWNLOAD
            or job.proofread_id != self._proofread_id
            or job.id in self._known_jobs
        ):
            return
        self._download_jobs[job.id] = job
        jobs = list(self._download_jobs.values())
        done = sum(j.done or 0 for j in jobs)
        total = sum(j.total or 0 for j in jobs)
        finished = sum(1 for j in jobs if j.finished)
        self.progress.setVisible(True)
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))
        else:
            self.progress.setRange(0, 0)
        sentence = (
            self.tr("Downloading the results: {finished} of 1 file done")
            if len(jobs) == 1
            else self.tr("Downloading the results: {finished} of {count} files done")
        )
        self._show_message(sentence.format(finished=finished, count=len(jobs)))

    # -- display --------------------------------------------------------------------------------
    def _session(self) -> Session | None:
        if self._service is None or self._proofread_id is None:
            return None
        return self._service.store.get_session(self._proofread_id)

    def _refresh(self) -> None:
        session = self._session()
        has_render = session is not None and session.video_translation_id is not None
        self.setVisible(has_render or bool(self._files))
        downloading = self.is_downloading()
        self.progress.setVisible(downloading)
        self.download_button.setEnabled(self.can_download())
        self.change_button.setEnabled(self.can_download())
        self.open_button.setEnabled(self._folder is not None and not downloading)
        if downloading or session is None:
            return
        if session.status is SessionStatus.GENERATING:
            self._show_message(
                self.tr("HeyGen is rendering the final video: follow it in the jobs panel.")
            )
        elif session.status is SessionStatus.DONE and self._files:
            self._show_message(
                self.tr("Show: Result plays the render here. The files are in {folder}.").format(
                    folder=self._folder
                )
            )
        elif session.status is SessionStatus.DONE:
            self._show_message(
                self.tr("The final video is ready: download the results to play it here.")
            )
        elif session.status is SessionStatus.FAILED and has_render:
            reason = session.failure_message or self.tr("HeyGen gave no reason")
            self._show_message(
                self.tr("The render failed: {reason}").format(reason=reason), error=True
            )
        elif has_render and self._files:
            self._show_message(
                self.tr("The last results are in {folder}.").format(folder=self._folder)
            )
        elif has_render:
            self._show_message(self.tr("This session was rendered before."))

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
