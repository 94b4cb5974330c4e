"""The source video of a new proofread: a local file (button or drag and drop), a URL, or an
asset id. A file's size and duration are shown as soon as they are known (read off the GUI
thread); the duration feeds the dialog's cost note.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from proofreader.ui.async_ops import run_async
from proofreader.workflow.errors import format_duration
from proofreader.workflow.source_facts import (
    VIDEO_SUFFIXES,
    FileFacts,
    human_size,
    read_file_facts,
)
from proofreader.workflow.sources import MediaSource

UPLOADABLE_VIDEOS = (".mp4", ".webm")  # of HeyGen's published asset types, the videos

log = logging.getLogger(__name__)

KINDS = ("file", "url", "asset")


class SourcePicker(QGroupBox):
    """Which video to proofread; `media_source()` once it is usable."""

    changed = Signal()
    facts_known = Signal()  # the chosen file's size and duration were read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Source video"))
        self.setAcceptDrops(True)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        kinds = QHBoxLayout()
        for index, (kind, text) in enumerate(
            zip(KINDS, (self.tr("&Local file"), self.tr("&URL"), self.tr("&Asset id")), strict=True)
        ):
            radio = QRadioButton(text)
            radio.setObjectName(f"source-{kind}")
            self.group.addButton(radio, index)
            self.radios[kind] = radio
            kinds.addWidget(radio)
        kinds.addStretch(1)
        self.radios["file"].setChecked(True)
        self.group.idToggled.connect(self._on_kind)

        self.path = QLineEdit()
        self.path.setObjectName("source-path")
        self.path.setPlaceholderText(self.tr("Choose a video, or drop one here"))
        self.path.editingFinished.connect(lambda: self.set_file(Path(self.path.text())))
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.clicked.connect(self.choose_file)
        self.facts = QLabel("")
        self.facts.setObjectName("source-facts")
        file_page = QWidget()
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_layout = QVBoxLayout(file_page)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addLayout(file_row)
        file_layout.addWidget(self.facts)

        self.url = QLineEdit()
        self.url.setObjectName("source-url")
        self.url.setPlaceholderText(self.tr("https://… a public, direct link to the video file"))
        self.url.textChanged.connect(self._on_url_edited)
        self.url_verdict = QLabel(self._url_note())
        self.url_verdict.setObjectName("source-url-verdict")
        self.url_verdict.setWordWrap(True)
        url_page = QWidget()
        url_layout = QVBoxLayout(url_page)
        url_layout.setContentsMargins(0, 0, 0, 0)
        url_layout.addWidget(self.url)
        url_layout.addWidget(self.url_verdict)

        self.asset = QLineEdit()
        self.asset.setObjectName("source-asset")
        self.asset.setPlaceholderText(self.tr("The id of a video already uploaded to HeyGen"))
        self.asset.textChanged.connect(self.changed)
        asset_page = QWidget()
        asset_layout = QVBoxLayout(asset_page)
        asset_layout.setContentsMargins(0, 0, 0, 0)
        asset_layout.addWidget(self.asset)
        asset_layout.addStretch(1)

        self.pages = QStackedWidget()
        for page in (file_page, url_page, asset_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addWidget(self.pages)
        self._file: Path | None = None
        self._facts: FileFacts | None = None
        self._facts_task: asyncio.Task[FileFacts] | None = None

    # ----- the kind of source -----

    def kind(self) -> str:
        return KINDS[max(self.group.checkedId(), 0)]

    def set_kind(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def _on_kind(self, index: int, checked: bool) -> None:
        if checked:
            self.pages.setCurrentIndex(index)
            self.changed.emit()

    # ----- a local file -----

    def choose_file(self) -> None:
        start = str(self._file.parent) if self._file else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the video"),
            start,
            self.tr("Videos HeyGen takes (*.mp4 *.webm)"),
        )
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Use a local file; its size and duration are read in the background."""
        if not str(path).strip():
            return
        path = path.expanduser().absolute()
        self.set_kind("file")
        if path == self._file:
            return
        self._file = path
        self._facts = None
        self.path.setText(str(path))
        if not path.is_file():
            self.facts.setText(self.tr("There is no such file: choose the video again."))
            self.changed.emit()
            return
        self.facts.setText(self.tr("Reading the video…"))
        if self._facts_task is not None:
            self._facts_task.cancel()

        def done(facts: FileFacts) -> None:
            if self._file != path:
                return
            self._facts = facts
            duration = (
                format_duration(facts.duration_s)
                if facts.duration_s is not None
                else self.tr("duration unknown")
            )
            self.facts.setText(f"{human_size(facts.size)} · {duration}")
            self.changed.emit()
            self.facts_known.emit()

        def failed(sentence: str) -> None:
            if self._file == path:
                self.facts.setText(sentence)

        self._facts_task = run_async(
            asyncio.to_thread(read_file_facts, path),
            on_done=done,
            on_error=failed,
            parent=self,
            what="read the video",
        )
        self.changed.emit()

    def file(self) -> Path | None:
        return self._file

    def file_facts(self) -> FileFacts | None:
        return self._facts

    def duration_s(self) -> float | None:
        """The source's duration when known (local files only)."""
        if self.kind() == "file" and self._facts is not None:
            return self._facts.duration_s
        return None

    def suggested_title(self) -> str:
        if self.kind() == "file" and self._file is not None:
            return self._file.stem.replace("_", " ").strip()
        return ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.set_file(path)

    # ----- a URL -----

    def _url_note(self) -> str:
        return self.tr("HeyGen downloads it without signing in; it is checked before starting.")

    def _on_url_edited(self) -> None:
        self.url_verdict.setText(self._url_note())
        self.changed.emit()

    def show_url_verdict(self, sentence: str) -> None:
        self.url_verdict.setText(sentence)

    # ----- the result -----

    def problem(self, *, no_file: str | None = None) -> str | None:
        """A sentence saying what is missing, or None when the source can be used; `no_file`
        is the one to give while no file is chosen (the dialog knows what the video is for)."""
        kind = self.kind()
        if kind == "file":
            if self._file is None:
                return no_file or self.tr(
                    "Choose the video to proofread (or drop it on this dialog)."
                )
            if not self._file.is_file():
                return self.tr("There is no file {path}: choose the video again.").format(
                    path=self._file
                )
            if self._file.suffix.lower() not in UPLOADABLE_VIDEOS:
                return self.tr(
                    "HeyGen takes MP4 and WebM videos only: convert {name} to MP4 first."
                ).format(name=self._file.name)
            return None
        if kind == "url":
            text = self.url.text().strip()
            if not text.lower().startswith(("http://", "https://")):
                return self.tr("Enter the video's full address, starting with https://.")
            return None
        if not self.asset.text().strip():
            return self.tr("Enter the id of the uploaded video.")
        return None

    def media_source(self) -> MediaSource | None:
        if self.problem() is not None:
            return None
        kind = self.kind()
        if kind == "file":
            assert self._file is not None
            return MediaSource("file", str(self._file))
        if kind == "url":
            return MediaSource("url", self.url.text().strip())
        return MediaSource("asset", self.asset.text().strip().removeprefix("asset:").strip())


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in VIDEO_SUFFIXES or path.is_file():
                return path
    return None
