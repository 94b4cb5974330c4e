"""Nothing lost, ever: a window killed (SIGKILL) right after an edit gives every character back.

A child process drives the real window (real key events into the pane, the in-cell editor and
the find bar; the window's own commands for split, merge, timing, undo and redo), prints the
document it holds once the last event was handled, and is killed at most 0, 50, 100 or 300 ms
later: before the autosave debounce (400 ms) could write a snapshot. The next start must
restore exactly the printed document. The delays are upper bounds, never asserted on.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofreader.subtitles.document import ProofreadDocument
from proofreader.workspace.document_source import local_source
from proofreader.workspace.loading import load_document
from tests.ui.window_support import MakeWindow

_CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from proofreader.library import AppPaths
    from proofreader.ui.main_window import MainWindow, WindowContext
    from proofreader.workspace.document_source import local_source
    from proofreader.ui.window.library_opening import open_library

    app = QApplication([])
    paths = AppPaths.from_environment()
    window = MainWindow(WindowContext(open_library(paths), paths.settings_file()))
    window.show()
    window.documents.open_source(local_source(Path(sys.argv[1]), Path(sys.argv[2])))
    scenario = sys.argv[3]
    session = window.session
    table, pane = window.area.table, window.area.pane

    def keys(widget, text):  # real key events, any character (QTest's are ASCII only)
        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
                )

    def type_in_pane(row, text):
        window.select_row(row)
        pane.focus_translation()
        edit = pane.translation_edit
        edit.moveCursor(edit.textCursor().MoveOperation.End)
        keys(edit, text)

    if scenario == "pane":
        type_in_pane(1, " — revisado a mano, ¿verdad? ñ 字")
    elif scenario == "cell":  # typing in the cell, not committed with Enter yet
        window.select_row(3)
        index = table.model().index(3, 0)
        for column in range(table.model().columnCount()):
            if table.model().headerData(column, Qt.Orientation.Horizontal) == "Translation":
                index = table.model().index(3, column)
        table.setCurrentIndex(index)
        table.edit(index)
        from proofreader.ui.editor.cue_delegates import CellTextEditor
        editor = table.findChild(CellTextEditor)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        keys(editor, " en la celda")
    elif scenario == "replace":
        window.registry.trigger("edit.replace")
        bar = window.area.find_bar
        keys(bar.find_edit, "de")
        keys(bar.replace_edit, "DE")
        bar.replace_all()
    elif scenario == "structure":
        window.select_row(0)
        pane.focus_translation()
        edit = pane.translation_edit
        cursor = edit.textCursor()
        cursor.setPosition(len(edit.toPlainText()) // 2)
        edit.setTextCursor(cursor)
        window.registry.trigger("edit.split_cursor")
        window.select_row(4)
        window.registry.trigger("edit.merge")
        window.select_row(2)
        pane.timing.nudge(True, ms=120)
        pane.timing.nudge(False, ms=-80)
    elif scenario == "undo":
        type_in_pane(2, " uno")
        window.select_row(5)
        window.registry.trigger("edit.merge")
        type_in_pane(0, " dos")
        window.registry.trigger("edit.undo")
        window.registry.trigger("edit.undo")
        window.registry.trigger("edit.redo")
    elif scenario == "note":
        window.select_row(2)
        keys(pane.note_edit, "comprobar con el cliente")
    app.processEvents()
    rows = [
        [r.cue.start_ms, r.cue.end_ms, r.cue.text, r.note, r.is_edited, r.review.value]
        for r in session.document.rows
    ]
    print(json.dumps(rows), flush=True)
    app.exec()
    """
)


def _editing_child(
    home: Path, translation: Path, original: Path, scenario: str
) -> subprocess.Popen[str]:
    """The child window doing `scenario`; it prints its document's rows once done."""
    env = {**os.environ, "PROOFREADER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(translation), str(original), scenario],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


SCENARIOS = ["pane", "cell", "replace", "structure", "undo", "note"]


def _rows_of(document: ProofreadDocument) -> list[list[object]]:
    """Each row as the child prints it: times, text, note, edited (machine kept), review."""
    return [
        [r.cue.start_ms, r.cue.end_ms, r.cue.text, r.note, r.is_edited, r.review.value]
        for r in document.rows
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("scenario", "delay_ms"),
    [("pane", 0), ("pane", 50), ("pane", 100), ("pane", 300)]
    + [(name, 0) for name in SCENARIOS[1:]]
    + [("cell", 100), ("structure", 50), ("undo", 300)],
)
def test_a_kill_right_after_an_edit_loses_no_character(
    qtbot: QtBot,
    make_window: MakeWindow,
    sample_files: tuple[Path, Path],
    tmp_path: Path,
    scenario: str,
    delay_ms: int,
) -> None:
    home = tmp_path / "home"
    translation, original = sample_files
    before = translation.read_bytes()
    with _editing_child(home, translation, original, scenario) as child:
        try:
            assert child.stdout is not None
            line = child.stdout.readline()
            time.sleep(delay_ms / 1000)  # at most this long after the last edit was handled
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    expected = json.loads(line)

    window = make_window(home=home / "data")
    window.documents.open_source(local_source(translation, original))
    dialog = window.documents.recovery_dialog
    assert dialog is not None, "the next start offers nothing to restore"
    assert "last change" in dialog.list.item(0).text()
    dialog.restore_button.click()
    session = window.session
    assert session is not None
    assert _rows_of(session.document) == expected
    as_opened = _rows_of(load_document(local_source(translation, original)).document)
    assert expected != as_opened  # the scenario changed something worth restoring
    assert translation.read_bytes() == before  # nothing written until the user saves

    # Reversion still holds on the restored document: an edit and its undo keep the restored text.
    pane = window.area.pane
    assert pane is not None
    window.select_row(0)
    pane.focus_translation()
    qtbot.keyClicks(pane.translation_edit, "Z")
    window.registry.trigger("edit.undo")
    assert _rows_of(session.document) == expected


def test_another_instance_refuses_the_open_file_until_its_owner_is_killed(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    """Two processes (as with --new-instance): the second never offers, discards or opens the
    first one's live draft; once the first is killed, its edit is offered, whole."""
    home = tmp_path / "home"
    translation, original = sample_files
    with _editing_child(home, translation, original, "pane") as child:
        try:
            assert child.stdout is not None
            expected = json.loads(child.stdout.readline())
            second = make_window(home=home / "data")
            second.documents.errors_in_dialog = False
            assert second.documents.offer_startup_drafts() is None
            with qtbot.waitSignal(second.documents.load_failed) as failed:
                second.documents.open_source(local_source(translation, original))
            assert failed.args is not None
            assert f"(process {child.pid})" in failed.args[0]
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    dialog = second.documents.offer_startup_drafts()
    assert dialog is not None
    dialog.restore_button.click()
    assert second.session is not None
    assert _rows_of(second.session.document) == expected
