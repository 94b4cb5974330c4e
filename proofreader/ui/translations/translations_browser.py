"""The translations browser: every video translation of the account, paged as you scroll.

Filter by title, language and status; rename (edit the title in place, F2, or the button),
delete (after a confirmation naming it: deletion on HeyGen is permanent), download a finished
one's files to a folder, refresh. Errors are shown as sentences under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from proofreader.heygen import TranslationStatus, VideoTranslation
from proofreader.ui.async_ops import run_async
from proofreader.ui.i18n import translate
from proofreader.ui.renders import folders
from proofreader.ui.renders.render_results import ChooseFolder, OpenFolder
from proofreader.ui.translations.translations_filter import TranslationsFilter
from proofreader.ui.translations.translations_model import (
    CREATED,
    DURATION,
    LANGUAGE,
    PAGE_SIZE,
    STATUS,
    TITLE,
    TranslationsModel,
    status_text,
    title_of,
)
from proofreader.workflow import Notice, ProofreadService

ConfirmDelete = Callable[[QWidget, VideoTranslation], bool]
_FILTER_STATUSES = (
    TranslationStatus.COMPLETED,
    TranslationStatus.RUNNING,
    TranslationStatus.PENDING,
    TranslationStatus.FAILED,
)


def delete_question(item: VideoTranslation) -> str:
    if item.output_language:
        return translate(
            "TranslationsBrowser", "Delete the translation '{title}' ({language}) from HeyGen?"
        ).format(title=title_of(item), language=item.output_language)
    return translate("TranslationsBrowser", "Delete the translation '{title}' from HeyGen?").format(
        title=title_of(item)
    )


def ask_to_delete(parent: QWidget, item: VideoTranslation) -> bool:
    """The confirmation before a permanent delete; True when the user said Delete."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("TranslationsBrowser", "Delete translation"))
    box.setText(delete_question(item))
    box.setInformativeText(
        translate(
            "TranslationsBrowser",
            "It is deleted on HeyGen for good, with its video and captions; this cannot be "
            "undone. Files you downloaded stay on this computer.",
        )
    )
    delete = box.addButton(
        translate("TranslationsBrowser", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class TranslationsBrowser(QWidget):
    """A table of translations with filters and commands; follows one service (set_service)."""

    new_translation_requested = Signal()
    downloaded = Signal(str, list)  # translation id, the files (list[Path])
    error_shown = Signal(str)

    def __init__(
        self,
        service: ProofreadService | None,
        *,
        download_dir: Callable[[], Path],
        choose_folder: ChooseFolder = folders.choose_folder,
        open_folder: OpenFolder = folders.open_folder,
        confirm_delete: ConfirmDelete = ask_to_delete,
        page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("translations-browser")
        self._service: ProofreadService | None = None
        self._download_dir = download_dir
        self._choose_folder = choose_folder
        self._open_folder = open_folder
        self._confirm_delete = confirm_delete
        self._busy: set[str] = set()  # ids with a delete or download under way
        self._last_folder: Path | None = None

        self.model = TranslationsModel(None, page_size=page_size, parent=self)
        self.proxy = TranslationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("translations-search")
        self.search.setPlaceholderText(self.tr("Filter by title…"))
        self.search.setClearButtonEnabled(True)
        self.language = QComboBox()
        self.language.setObjectName("translations-language")
        self.language.addItem(self.tr("All languages"), None)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("translations-status")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in _FILTER_STATUSES:
            self.status_filter.addItem(status_text(status), status.value)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("translations-refresh")

        self.table = QTableView()
        self.table.setObjectName("translations-table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CREATED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (LANGUAGE, STATUS, CREATED, DURATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.new_button = QPushButton(self.tr("New translation…"))
        self.new_button.setObjectName("translations-new")
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setObjectName("translations-rename")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("translations-delete")
        self.download_button = QPushButton(self.tr("Download outputs…"))
        self.download_button.setObjectName("translations-download")
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setObjectName("translations-open")
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("translations-more")
        self.footer = QLabel()
        self.footer.setObjectName("translations-footer")
        self.message = QLabel()
        self.message.setObjectName("translations-message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.language)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.refresh_button)
        commands = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.delete_button):
            commands.addWidget(button)
        commands.addStretch(1)
        commands.addWidget(self.download_button)
        commands.addWidget(self.open_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(commands)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.proxy.set_title_text)
        self.language.currentIndexChanged.connect(self._on_language)
        self.status_filter.currentIndexChanged.connect(self._on_status)
        self.refresh_button.clicked.connect(self.refresh)
        self.new_button.clicked.connect(self.new_translation_requested)
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.download_button.clicked.connect(lambda: self.download_selected())
        self.open_button.clicked.connect(self.open_last_folder)
        self.more_button.clicked.connect(lambda: self.model.fetchMore(QModelIndex()))
        self.model.error.connect(self._error)
        self.model.languages_changed.connect(self._fill_languages)
        for signal in (
            self.model.loading_changed,
            self.model.page_loaded,
            self.model.rowsRemoved,
            self.model.modelReset,
            self.model.dataChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.destroyed.connect(lambda: self._detach(self._service))
        self.set_service(service)
        self._update()

    # -- the connection -------------------------------------------------------------------------
    def set_service(self, service: ProofreadService | None) -> None:
        """Follow another connection (None: signed out); the list starts over."""
        if service is self._service:
            return
        self._detach(self._service)
        self._service = service
        if service is not None:
            service.add_notice_listener(self._on_notice)
        self._busy.clear()
        self.model.set_service(service.translations if service is not None else None)
        self._show_message("")
        self._update()

    def _detach(self, service: ProofreadService | None) -> None:
        if service is not None:
            service.remove_notice_listener(self._on_notice)

    def _on_notice(self, notice: Notice) -> None:
        if notice.video_translation_id and notice.kind in ("rendered", "failed"):
            self.model.reload(notice.video_translation_id)

    # -- commands -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._show_message("")
        self.model.refresh()

    def current_item(self) -> VideoTranslation | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.item(source.row()) if source.isValid() else None

    def select(self, translation_id: str) -> bool:
        row = self.model.row_of(translation_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def rename_selected(self, title: str | None = None) -> None:
        """Rename to `title`, or open the title cell for editing when None."""
        item = self.current_item()
        if item is None:
            return
        if title is not None:
            self.model.rename(item.id, title)
            return
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(item.id), TITLE))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def delete_selected(self) -> None:
        service, item = self._service, self.current_item()
        if service is None or item is None or item.id in self._busy:
            return
        if not self._confirm_delete(self, item):
            return
        self._busy.add(item.id)
        name = title_of(item)

        def deleted(_: object) -> None:
            self._busy.discard(item.id)
            self.model.remove(item.id)
            self._show_message(self.tr("The translation '{title}' was deleted.").format(title=name))

        def failed(sentence: str) -> None:
            self._busy.discard(item.id)
            self._error(
                self.tr("The translation '{title}' was not deleted: {reason}").format(
                    title=name, reason=sentence
                )
            )

        run_async(
            service.translations.delete(item.id),
            on_done=deleted,
            on_error=failed,
            parent=self,
            what="delete a translation",
        )
        self._update()

    def download_selected(self, folder: Path | None = None) -> None:
        """Save the selected (completed) translation's files into a folder (asked when None)."""
        service, item = self._service, self.current_item()
        if service is None or item is None or item.id in self._busy:
            return
        if item.status is not TranslationStatus.COMPLETED:
            self._error(
                self.tr(
                    "'{title}' is {status}: its files can be downloaded once it is completed."
                ).format(title=title_of(item), status=status_text(item.status).lower())
            )
            return
        if folder is None:
            start = self._last_folder or self._download_dir()
            folder = self._choose_folder(self, self.tr("Download the translation to"), start)
            if folder is None:
                return
        self._busy.add(item.id)
        self._show_message(
            self.tr("Downloading '{title}'… (progress in the jobs panel)").format(
                title=title_of(item)
            )
        )

        def done(files: list[Path]) -> None:
            self._busy.discard(item.id)
            self._last_folder = files[0].parent if files else folder
            if len(files) == 1:
                text = self.tr("Downloaded 1 file of '{title}' to {folder}.")
            else:
                text = self.tr("Downloaded {count} files of '{title}' to {folder}.")
            self._show_message(
                text.format(count=len(files), title=title_of(item), folder=self._last_folder)
            )
            self.downloaded.emit(item.id, list(files))
            self._update()

        def failed(sentence: str) -> None:
            self._busy.discard(item.id)
            self._error(
                self.tr("'{title}' was not downloaded: {reason}").format(
                    title=title_of(item), reason=sentence
                )
            )

        run_async(
            service.translations.download_outputs(item.id, folder),
            on_done=done,
            on_error=failed,
            parent=self,
            what="download a translation",
        )
        self._update()

    def open_last_folder(self) -> None:
        if self._last_folder is not None and not self._open_folder(self._last_folder):
            self._error(
                self.tr("The folder {folder} could not be opened.").format(folder=self._last_folder)
            )

    # -- display --------------------------------------------------------------------------------
    def _on_language(self, index: int) -> None:
        self.proxy.set_language(self.language.itemData(index))
        self._update()

    def _on_status(self, index: int) -> None:
        value = self.status_filter.itemData(index)
        self.proxy.set_status(TranslationStatus(value) if value else None)
        self._update()

    def _fill_languages(self) -> None:
        chosen = self.language.currentData()
        blocked = self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("All languages"), None)
        for name in self.model.languages():
            self.language.addItem(name, name)
        index = self.language.findData(chosen) if chosen else 0
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(blocked)
        if chosen and index < 0:
            self.proxy.set_language(None)

    def _error(self, sentence: str) -> None:
        self._show_message(sentence, error=True)
        self.error_shown.emit(sentence)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setVisible(bool(text))

    def _update(self, *_args: object) -> None:
        connected = self._service is not None
        item = self.current_item()
        idle = item is not None and item.id not in self._busy
        self.new_button.setEnabled(connected)
        self.refresh_button.setEnabled(connected)
        self.rename_button.setEnabled(idle)
        self.delete_button.setEnabled(idle)
        self.download_button.setEnabled(
            idle and item is not None and item.status is TranslationStatus.COMPLETED
        )
        self.open_button.setEnabled(self._last_folder is not None)
        self.more_button.setVisible(self.model.has_more() and connected)
        self.more_button.setEnabled(self.model.canFetchMore(QModelIndex()))
        self.footer.setText(self._footer_text(connected))

    def _footer_text(self, connected: bool) -> str:
        if not connected:
            return self.tr("Sign in or start the demo to see your translations.")
        loaded = self.model.rowCount()
        shown = self.proxy.rowCount()
        filtering = self.proxy.is_filtering()
        if filtering:
            if loaded == 1:
                count = self.tr("{shown} of 1 translation shown")
            else:
                count = self.tr("{shown} of {loaded} translations shown")
        elif loaded == 1:
            count = self.tr("1 translation")
        else:
            count = self.tr("{loaded} translations")
        count = count.format(shown=shown, loaded=loaded)
        if self.model.is_loading():
            if not loaded:
                return self.tr("Loading the translations…")
            return self.tr("{count} · loading more…").format(count=count)
        if self.model.has_more():
            return self.tr("{count} loaded · scroll down for more").format(count=count)
        if loaded and not filtering:
            if loaded == 1:
                return self.tr("All 1 translation")
            return self.tr("All {loaded} translations").format(loaded=loaded)
        return count
