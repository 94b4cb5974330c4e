"""The translations browser on a real service and sandbox: paging as you scroll, filters,
inline rename, delete with confirmation, downloads, and errors as sentences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from proofreader.heygen import TranslationOptions, VideoTranslation
from proofreader.ui.translations import TranslationsBrowser, ask_to_delete
from proofreader.ui.translations.translations_model import STATUS, TITLE
from proofreader.workflow import JobKind, JobState
from tests.ui.render_support import WAIT_MS, Rig, drive, service_rig

FOUR = ("Spanish (Spain)", "French (France)", "German (Germany)", "Italian (Italy)")


@pytest.fixture
def rig(qtbot, tmp_path: Path) -> Iterator[Rig]:
    with service_rig(qtbot, tmp_path) as made:
        yield made


class Desktop:
    def __init__(self, rig: Rig) -> None:
        self.folder = rig.tmp_path / "chosen"
        self.asked_from: list[Path] = []
        self.opened: list[Path] = []
        self.questions: list[str] = []
        self.answer = True

    def choose(self, _parent: object, _title: str, start: Path) -> Path | None:
        self.asked_from.append(start)
        return self.folder

    def open(self, folder: Path) -> bool:
        self.opened.append(folder)
        return True

    def confirm(self, _parent: object, item: VideoTranslation) -> bool:
        self.questions.append(item.title or "")
        return self.answer


def create(qtbot, rig: Rig, title: str, languages: tuple[str, ...]) -> list[str]:
    options = TranslationOptions(title=title, enable_caption=True)
    return drive(
        qtbot, rig.service.translations.create(rig.sandbox.sample_video_url, languages, options)
    )


def all_rendered(rig: Rig) -> bool:
    renders = [job for job in rig.jobs.jobs() if job.kind is JobKind.RENDER]
    return bool(renders) and all(job.state is JobState.DONE for job in renders)


def make_browser(
    qtbot, rig: Rig, desktop: Desktop, *, page_size: int = 50, height: int = 480
) -> TranslationsBrowser:
    browser = TranslationsBrowser(
        rig.service,
        download_dir=lambda: rig.tmp_path / "Downloads",
        choose_folder=desktop.choose,
        open_folder=desktop.open,
        confirm_delete=desktop.confirm,
        page_size=page_size,
    )
    qtbot.addWidget(browser)
    browser.resize(760, height)
    browser.show()
    return browser


def loaded_ids(browser: TranslationsBrowser) -> list[str]:
    return [item.id for item in browser.model.items()]


def test_the_list_loads_page_by_page_as_the_table_scrolls(qtbot, rig: Rig) -> None:
    batches = [create(qtbot, rig, f"Batch {n}", FOUR) for n in range(3)]
    newest_first = [tid for batch in reversed(batches) for tid in reversed(batch)]
    browser = make_browser(qtbot, rig, Desktop(rig), page_size=2, height=220)

    qtbot.waitUntil(lambda: browser.model.rowCount() > 0 and not browser.model.is_loading())
    seen = [browser.model.rowCount()]
    assert seen[0] < len(newest_first), "only what fits on screen is loaded"
    assert "scroll down for more" in browser.footer.text()

    bar = browser.table.verticalScrollBar()

    def scroll_to_the_bottom_for_more(count: int) -> bool:
        if not browser.model.is_loading():  # the user scrolls down (again) to the end
            bar.setValue(bar.maximum() - 1)
            bar.setValue(bar.maximum())
        return browser.model.rowCount() > count

    while browser.model.has_more():
        count = browser.model.rowCount()
        qtbot.waitUntil(lambda c=count: scroll_to_the_bottom_for_more(c), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not browser.model.is_loading(), timeout=WAIT_MS)
        seen.append(browser.model.rowCount())
    assert loaded_ids(browser) == newest_first
    assert len(seen) > 2 and seen == sorted(seen)
    assert browser.footer.text() == "All 12 translations"
    assert not browser.more_button.isVisible()


def test_qt_model_checks_pass(qtbot, qtmodeltester, rig: Rig) -> None:
    create(qtbot, rig, "Checked", FOUR[:3])
    browser = make_browser(qtbot, rig, Desktop(rig), page_size=2)
    qtbot.waitUntil(lambda: not browser.model.has_more(), timeout=WAIT_MS)
    qtmodeltester.check(browser.model)
    qtmodeltester.check(browser.proxy)


def test_filters_by_title_language_and_status(qtbot, rig: Rig) -> None:
    create(qtbot, rig, "Alpha launch", ("Spanish (Spain)", "French (France)"))
    create(qtbot, rig, "Beta notes", ("French (France)",))
    browser = make_browser(qtbot, rig, Desktop(rig))
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3, timeout=WAIT_MS)

    def shown() -> list[tuple[str, str]]:
        proxy = browser.proxy
        return sorted(
            (str(proxy.index(r, 0).data()), str(proxy.index(r, 1).data()))
            for r in range(proxy.rowCount())
        )

    qtbot.keyClicks(browser.search, "alpha")
    assert shown() == [("Alpha launch", "French (France)"), ("Alpha launch", "Spanish (Spain)")]
    assert browser.footer.text() == "2 of 3 translations shown"
    browser.language.setCurrentIndex(browser.language.findText("French (France)"))
    assert shown() == [("Alpha launch", "French (France)")]
    browser.search.clear()
    assert shown() == [("Alpha launch", "French (France)"), ("Beta notes", "French (France)")]
    browser.language.setCurrentIndex(0)

    # The statuses follow the renders: each finished render refreshes its row.
    qtbot.waitUntil(lambda: all_rendered(rig), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: all(browser.model.index(r, STATUS).data() == "Completed" for r in range(3)),
        timeout=WAIT_MS,
    )
    browser.status_filter.setCurrentIndex(browser.status_filter.findText("Completed"))
    assert len(shown()) == 3
    browser.status_filter.setCurrentIndex(browser.status_filter.findText("Failed"))
    assert shown() == []
    assert browser.footer.text() == "0 of 3 translations shown"


def test_a_title_is_renamed_in_place(qtbot, rig: Rig) -> None:
    (translation_id,) = create(qtbot, rig, "Old name", ("Spanish (Spain)",))
    browser = make_browser(qtbot, rig, Desktop(rig))
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=WAIT_MS)
    assert browser.select(translation_id)
    browser.table.setFocus()
    assert browser.rename_button.isEnabled()

    qtbot.mouseClick(browser.rename_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Old name"
    editor.selectAll()
    qtbot.keyClicks(editor, "New name")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    # The delegate commits on the next turn of the loop; the new title shows before HeyGen answers.
    qtbot.waitUntil(lambda: browser.model.index(0, TITLE).data() == "New name")
    qtbot.waitUntil(
        lambda: drive(qtbot, rig.service.translations.get(translation_id)).title == "New name",
        timeout=WAIT_MS,
    )

    browser.rename_selected("   ")
    assert "cannot be empty" in browser.message.text()
    assert browser.model.index(0, TITLE).data() == "New name"


def test_delete_asks_first_naming_the_translation(qtbot, rig: Rig) -> None:
    keep, gone = create(qtbot, rig, "Short film", ("Spanish (Spain)", "French (France)"))
    desktop = Desktop(rig)
    browser = make_browser(qtbot, rig, desktop)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=WAIT_MS)

    browser.select(gone)
    desktop.answer = False
    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    assert desktop.questions == ["Short film"]
    assert loaded_ids(browser) == [gone, keep]  # nothing happened

    desktop.answer = True
    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: loaded_ids(browser) == [keep], timeout=WAIT_MS)
    assert "'Short film' was deleted" in browser.message.text()
    browser.refresh()  # HeyGen agrees: it is gone
    qtbot.waitUntil(lambda: not browser.model.is_loading(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: loaded_ids(browser) == [keep], timeout=WAIT_MS)


def test_the_real_confirmation_names_the_title_and_says_it_is_permanent(qtbot, rig: Rig) -> None:
    (translation_id,) = create(qtbot, rig, "Keynote", ("German (Germany)",))
    item = drive(qtbot, rig.service.translations.get(translation_id))
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()} {box.informativeText()}")
        delete = next(b for b in box.buttons() if b.text() == "Delete")
        delete.click()

    QTimer.singleShot(0, answer)
    assert ask_to_delete(None, item) is True  # type: ignore[arg-type]
    assert "'Keynote' (German (Germany))" in seen[0]
    assert "cannot be undone" in seen[0]


def test_download_outputs_of_a_finished_translation(qtbot, rig: Rig) -> None:
    (translation_id,) = create(qtbot, rig, "Demo reel", ("Spanish (Spain)",))
    desktop = Desktop(rig)
    browser = make_browser(qtbot, rig, desktop)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=WAIT_MS)
    browser.select(translation_id)
    qtbot.waitUntil(browser.download_button.isEnabled, timeout=WAIT_MS)  # once completed

    with qtbot.waitSignal(browser.downloaded, timeout=WAIT_MS) as done:
        qtbot.mouseClick(browser.download_button, Qt.MouseButton.LeftButton)
    assert desktop.asked_from == [rig.tmp_path / "Downloads"]
    files: list[Path] = done.args[1]
    assert {path.suffix for path in files} == {".srt", ".vtt", ".m4a", ".mp4"}
    assert all(path.parent == desktop.folder and path.is_file() for path in files)
    assert f"Downloaded 4 files of 'Demo reel' to {desktop.folder}" in browser.message.text()
    qtbot.mouseClick(browser.open_button, Qt.MouseButton.LeftButton)
    assert desktop.opened == [desktop.folder]


def test_a_list_that_cannot_load_says_why_and_refresh_recovers(qtbot, rig: Rig) -> None:
    create(qtbot, rig, "Recovered", ("Spanish (Spain)",))
    rig.sandbox.faults.server_error_next = 50
    browser = make_browser(qtbot, rig, Desktop(rig))
    qtbot.waitUntil(browser.message.isVisible, timeout=WAIT_MS)
    sentence = browser.message.text()
    assert sentence.startswith("The translations could not be listed:")
    assert "Traceback" not in sentence
    assert not browser.model.canFetchMore(QModelIndex())  # no retry storm while scrolling

    rig.sandbox.faults.reset()
    qtbot.mouseClick(browser.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 1, timeout=WAIT_MS)
    assert not browser.message.isVisible()
