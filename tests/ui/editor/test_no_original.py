"""A document without an original transcript says where one would come from, in the pane."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from proofreader.workspace.document_source import local_source
from tests.ui.window_support import MakeWindow


def test_the_pane_says_how_to_see_the_original_of_a_local_file(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    translation, _original = sample_files
    window = make_window()
    window.documents.open_source(local_source(translation))  # no original at all
    qtbot.waitUntil(lambda: window.session is not None and window.current_row() == 0)
    pane = window.area.pane
    assert pane is not None
    assert pane.original_label.text().startswith("No original is open: give the original's SRT")
    pane.heygen_session = True  # a HeyGen session: HeyGen's terms
    window.select_row(1)
    assert pane.original_label.text().startswith("No original transcript: HeyGen gives one")
