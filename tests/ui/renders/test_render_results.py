"""After the render: download the results with progress, open the folder, play the result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from proofreader.ui.player import PreviewPlayer
from proofreader.ui.renders.render_results import RenderResultsBar
from proofreader.workflow import JobKind, JobState
from tests.ui.render_support import (
    WAIT_MS,
    Rig,
    drive,
    rendered_session,
    service_rig,
    uploaded_session,
)
from tests.workflow.helpers import TALK, sha256_of


@pytest.fixture
def rig(qtbot, tmp_path: Path) -> Iterator[Rig]:
    with service_rig(qtbot, tmp_path) as made:
        yield made


class Desktop:
    """Stands in for the native folder dialog and the file manager."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked_from: list[Path] = []
        self.opened: list[Path] = []

    def choose(self, _parent: object, _title: str, start: Path) -> Path | None:
        self.asked_from.append(start)
        return self.answer

    def open(self, folder: Path) -> bool:
        self.opened.append(folder)
        return True


def make_bar(qtbot, rig: Rig, desktop: Desktop, player: PreviewPlayer | None) -> RenderResultsBar:
    bar = RenderResultsBar(
        rig.service,
        download_dir=lambda: rig.tmp_path / "Downloads",
        player=player,
        choose_folder=desktop.choose,
        open_folder=desktop.open,
    )
    qtbot.addWidget(bar)
    bar.show()
    return bar


@pytest.fixture
def player(qtbot) -> PreviewPlayer:
    widget = PreviewPlayer()
    qtbot.addWidget(widget)
    widget.resize(480, 320)
    widget.show()
    with qtbot.waitSignal(widget.media_ready, timeout=10_000):
        widget.set_source(TALK)
    return widget


def test_results_download_into_the_download_folder_with_no_dialog_and_play_beside_the_source(
    qtbot, rig: Rig, player: PreviewPlayer
) -> None:
    proofread_id, edited = rendered_session(qtbot, rig)
    desktop = Desktop(rig.tmp_path / "elsewhere")
    bar = make_bar(qtbot, rig, desktop, player)
    out = rig.tmp_path / "Downloads" / "Talk"  # created on first use
    bar.set_session(proofread_id, TALK)
    assert bar.isVisible()
    assert "ready" in bar.message.text()
    assert not bar.open_button.isEnabled()
    assert not bar.switch.combo.isEnabled()  # nothing to compare before the download

    earlier = {job.id for job in rig.jobs.jobs()}
    seen_progress: list[int] = []
    bar.progress.valueChanged.connect(seen_progress.append)
    qtbot.mouseClick(bar.download_button, Qt.MouseButton.LeftButton)
    assert desktop.asked_from == []  # no dialog in the way
    assert not bar.download_button.isEnabled()
    with qtbot.waitSignal(bar.downloaded, timeout=WAIT_MS) as finished:
        pass
    files: list[Path] = finished.args[0]

    by_suffix = {path.suffix: path for path in files}
    assert set(by_suffix) == {".srt", ".vtt", ".m4a", ".mp4"}
    assert all(path.parent == out and path.is_file() for path in files)
    assert by_suffix[".srt"].read_bytes() == edited  # the captions are the uploaded SRT
    assert sha256_of(by_suffix[".mp4"]) == sha256_of(TALK)
    downloads = [j for j in rig.jobs.jobs() if j.kind is JobKind.DOWNLOAD and j.id not in earlier]
    assert len(downloads) == 4 and all(job.state is JobState.DONE for job in downloads)
    assert seen_progress and not bar.progress.isVisible()
    assert str(out) in bar.message.text()
    assert bar.message.text().startswith("Show: Result plays the render here")  # what is next

    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert desktop.opened == [out]

    # Source / Result: the player plays the render from where the source was.
    player.seek(1500)
    qtbot.waitUntil(lambda: abs(player.position() - 1500) <= 60)
    assert bar.switch.combo.isEnabled()
    with qtbot.waitSignal(player.media_ready, timeout=10_000):
        bar.switch.combo.setCurrentIndex(bar.switch.combo.findText("Result"))
    assert player.source() == by_suffix[".mp4"]
    assert bar.switch.showing() == "result"
    qtbot.waitUntil(lambda: abs(player.position() - 1500) <= 60)
    with qtbot.waitSignal(player.media_ready, timeout=10_000):
        bar.switch.combo.setCurrentIndex(bar.switch.combo.findText("Source"))
    assert player.source() == TALK
    qtbot.waitUntil(lambda: abs(player.position() - 1500) <= 60)


def test_results_downloaded_earlier_are_offered_again_at_once(
    qtbot, rig: Rig, player: PreviewPlayer
) -> None:
    proofread_id, _ = rendered_session(qtbot, rig)
    desktop = Desktop(rig.tmp_path / "out")
    first = make_bar(qtbot, rig, desktop, None)
    first.set_session(proofread_id, TALK)
    with qtbot.waitSignal(first.downloaded, timeout=WAIT_MS):
        first.download()

    again = make_bar(qtbot, rig, desktop, player)  # e.g. after a restart
    again.set_session(proofread_id, TALK)
    assert again.open_button.isEnabled()
    assert again.folder() == rig.tmp_path / "Downloads" / "Talk"
    with qtbot.waitSignal(player.media_ready, timeout=10_000):
        again.switch.show_result()
    assert player.source() is not None and player.source().suffix == ".mp4"


def test_the_bar_follows_the_session_from_upload_to_render(qtbot, rig: Rig) -> None:
    proofread_id, _ = uploaded_session(qtbot, rig)
    desktop = Desktop(None)
    bar = make_bar(qtbot, rig, desktop, None)
    bar.set_session(proofread_id, TALK)
    assert not bar.isVisible()  # no render yet: nothing to show

    drive(qtbot, rig.service.generate(proofread_id, None))
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(bar.download_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(bar.change_button, Qt.MouseButton.LeftButton)  # the user cancels the chooser
    assert desktop.asked_from == [rig.tmp_path / "Downloads"]
    assert not bar.is_downloading()
    assert not any(job.title.startswith("Downloading Talk") for job in rig.jobs.jobs())


def test_a_failed_download_is_a_sentence_and_can_be_started_again(qtbot, rig: Rig) -> None:
    proofread_id, _ = rendered_session(qtbot, rig)
    blocker = rig.tmp_path / "Downloads"
    blocker.write_text("a file where the download folder should be")
    desktop = Desktop(rig.tmp_path / "elsewhere")
    bar = make_bar(qtbot, rig, desktop, None)
    bar.set_session(proofread_id, TALK)
    with qtbot.waitSignal(bar.error_shown, timeout=WAIT_MS) as failed:
        bar.download()
    sentence = failed.args[0]
    assert "Cannot create the folder" in sentence and "choose another one" in sentence
    assert bar.message.text() == sentence
    assert bar.download_button.isEnabled()

    with qtbot.waitSignal(bar.downloaded, timeout=WAIT_MS):  # Change folder… is the way out
        qtbot.mouseClick(bar.change_button, Qt.MouseButton.LeftButton)
    assert bar.folder() == rig.tmp_path / "elsewhere" / "Talk"
