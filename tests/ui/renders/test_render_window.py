"""The render and translation pieces mounted in the real main window: the menu commands, the
results bar above the player, the Source / Result switch and the translations dock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from proofreader.library import SessionStatus
from proofreader.ui.main_window import MainWindow, WindowContext
from proofreader.ui.renders.generate_dialog import GenerateDialog
from proofreader.ui.renders.renders_ui import RendersUi
from proofreader.ui.translations import DirectTranslationDialog
from proofreader.workflow import JobKind
from proofreader.workspace.document_source import DocumentSource
from proofreader.workspace.heygen_session import SESSION_KIND
from tests.ui.render_support import WAIT_MS, Rig, drive, service_rig
from tests.workflow.helpers import TALK, edit_srt


@pytest.fixture
def rig(qtbot, tmp_path: Path) -> Iterator[Rig]:
    with service_rig(qtbot, tmp_path) as made:
        yield made


class Mounted:
    def __init__(self, window: MainWindow, ui: RendersUi, opened: list[Path]) -> None:
        self.window, self.ui, self.opened = window, ui, opened


@pytest.fixture
def mounted(qtbot, rig: Rig) -> Iterator[Mounted]:
    made: list[RendersUi] = []
    opened: list[Path] = []

    def extension(window: MainWindow) -> RendersUi:
        made.append(
            RendersUi(
                window,
                download_dir=lambda: rig.tmp_path / "Downloads",
                choose_folder=lambda _parent, _title, start: start / "results",
                open_folder=lambda folder: opened.append(folder) or True,
            )
        )
        return made[0]

    window = MainWindow(
        WindowContext(rig.store, rig.tmp_path / "settings.json"), extensions=[extension]
    )
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    made[0].attach(rig.service)
    yield Mounted(window, made[0], opened)
    window._closing = True
    window.close()


def menu_texts(window: MainWindow, menu: str) -> list[str]:
    return [action.text() for action in window.menus[menu].actions() if action.text()]


def test_generate_from_the_review_menu_then_compare_the_result_in_the_player(
    qtbot, rig: Rig, mounted: Mounted
) -> None:
    window, ui = mounted.window, mounted.ui
    assert "&Generate Final Video…" in menu_texts(window, "Review")
    assert "&Translations" in menu_texts(window, "View")
    assert "New &Direct Translation…" in menu_texts(window, "File")
    window.registry.update_enabled()
    assert not window.registry.action("review.generate").isEnabled()  # no session open

    # A session of a local video, reviewed and uploaded, open in the editor.
    (proofread_id,) = drive(qtbot, rig.service.start_proofreads(TALK, ["Spanish (Spain)"], "Talk"))
    qtbot.waitUntil(
        lambda: rig.store.get_session(proofread_id).status is SessionStatus.READY,
        timeout=WAIT_MS,
    )
    files = drive(qtbot, rig.service.open_for_review(proofread_id))
    edited = edit_srt(files.translated)
    drive(qtbot, rig.service.upload_corrections(proofread_id, files.translated))
    session = rig.store.get_session(proofread_id)
    assert session is not None
    window.documents.open_source(
        DocumentSource(
            key=proofread_id,
            kind=SESSION_KIND,
            title="Talk (Spanish (Spain))",
            translation=files.translated,
            original=files.original,
            video=TALK,
            language=session.language,
        )
    )
    qtbot.waitUntil(lambda: window.session is not None and window.session.key == proofread_id)
    player = window.ensure_player()
    qtbot.waitUntil(player.has_media, timeout=10_000)
    assert not ui.results.isVisible()  # nothing rendered yet

    window.registry.trigger("review.generate")
    dialog = ui.generate_dialog
    assert isinstance(dialog, GenerateDialog) and dialog.isVisible()
    assert "1 min × 1 language" in dialog.cost.text()  # the player knows the length
    dialog.captions.setChecked(True)
    with qtbot.waitSignal(dialog.generated, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.generate_dialog is None)  # closed (and deleted)
    assert any(job.kind is JobKind.RENDER for job in rig.jobs.jobs())

    bar = ui.results
    qtbot.waitUntil(bar.download_button.isEnabled, timeout=WAIT_MS)  # the render is done
    assert bar.isVisible()
    with qtbot.waitSignal(bar.downloaded, timeout=WAIT_MS) as done:
        qtbot.mouseClick(bar.download_button, Qt.MouseButton.LeftButton)
    folder = rig.tmp_path / "Downloads" / "Talk"  # no dialog: the download folder / the title
    captions = [path for path in done.args[0] if path.suffix == ".srt"]
    assert captions and captions[0].parent == folder
    assert captions[0].read_bytes() == edited
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert mounted.opened == [folder]

    with qtbot.waitSignal(player.media_ready, timeout=10_000):
        bar.switch.show_result()
    assert player.source() is not None and player.source().parent == folder
    with qtbot.waitSignal(player.media_ready, timeout=10_000):
        bar.switch.show_source()
    assert player.source() == TALK

    # Change folder… downloads into the chosen folder and keeps it for the next time.
    with qtbot.waitSignal(bar.downloaded, timeout=WAIT_MS):
        qtbot.mouseClick(bar.change_button, Qt.MouseButton.LeftButton)
    chosen = rig.tmp_path / "Downloads" / "results"
    assert bar.folder() == chosen / "Talk" and (chosen / "Talk").is_dir()
    assert ui.results.results_folder() == chosen / "Talk"


def test_the_translations_dock_and_a_direct_translation_from_the_menus(
    qtbot, rig: Rig, mounted: Mounted
) -> None:
    window, ui = mounted.window, mounted.ui
    assert not ui.dock.isVisible()
    window.registry.trigger("view.translations")
    assert ui.dock.isVisible()

    window.registry.trigger("file.new_translation")
    dialog = ui.translation_dialog
    assert isinstance(dialog, DirectTranslationDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.languages.is_loaded, timeout=WAIT_MS)
    dialog.source.set_kind("url")
    qtbot.keyClicks(dialog.source.url, rig.sandbox.sample_video_url)
    dialog.title_edit.setText("From the menu")
    dialog.languages.set_selected(["Spanish (Spain)", "German (Germany)"])
    with qtbot.waitSignal(dialog.created, timeout=WAIT_MS) as created:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert len(created.args[0]) == 2

    browser = ui.browser
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=WAIT_MS)
    assert {item.title for item in browser.model.items()} == {"From the menu"}
    assert "Started 2 translations" in window.statusBar().currentMessage()
