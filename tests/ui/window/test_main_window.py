"""The main window on real files: title, editing through the actions, undo, player links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from proofreader.subtitles.document import ReviewState
from tests.ui.window_support import MakeWindow, open_files, type_text


def test_window_opens_on_files_with_their_name_in_the_title(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    assert window.windowTitle() == "talk.es.srt[*] — Proofreader"
    assert not window.isWindowModified()
    assert window.area.table.model().rowCount() == 8
    assert window.review_status.text() == "0 / 8 reviewed · 0 errors · 13 warnings"


def test_typing_then_undo_and_redo_through_the_actions(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    session = window.session
    assert session is not None
    before = session.document[0].text
    type_text(qtbot, window, " ¡Hola!")
    assert session.document[0].text == before + " ¡Hola!"
    assert window.isWindowModified()
    window.registry.trigger("edit.undo")
    assert session.document[0].text == before
    assert not window.isWindowModified()
    window.registry.trigger("edit.redo")
    assert session.document[0].text == before + " ¡Hola!"


def test_undo_and_redo_go_to_the_cue_they_change(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    session = window.session
    assert session is not None
    window.select_row(5)
    type_text(qtbot, window, " editado")
    window.select_row(0)  # the user moves on
    window.registry.trigger("edit.undo")
    assert window.current_row() == 5
    assert not session.document[5].text.endswith(" editado")
    window.select_row(1)
    window.registry.trigger("edit.redo")
    assert window.current_row() == 5
    assert session.document[5].text.endswith(" editado")


def test_mark_reviewed_and_go_to_next_updates_the_status_bar(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    window.registry.trigger("review.mark_next")
    session = window.session
    assert session is not None
    assert session.document[0].review is ReviewState.REVIEWED
    assert window.current_row() == 1
    qtbot.waitUntil(lambda: window.review_status.text().startswith("1 / 8 reviewed"))


def test_clicking_a_row_seeks_the_player_to_the_cue_start(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    table = window.area.table
    index = table.view_index(3)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    session = window.session
    player = window.area.player
    assert session is not None and player is not None
    assert window.current_row() == 3
    qtbot.waitUntil(lambda: player.position() == session.document[3].start_ms)


def test_the_overlay_follows_typing(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    window = make_window()
    open_files(qtbot, window, *sample_files)
    window.select_row(2)
    player = window.area.player
    assert player is not None
    qtbot.waitUntil(lambda: player.playhead_cue() == 2)
    type_text(qtbot, window, " (editado)")
    assert player.overlay.text().endswith("(editado)")


def test_seams_for_the_workflow_panels(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window()
    window.show()
    open_files(qtbot, window, *sample_files)
    sessions, results = QLabel("HeyGen sessions"), QLabel("Render results")
    window.registry.action("view.sidebar").setChecked(True)  # hidden on small screens
    window.sidebar.insert_part(sessions)
    window.area.add_player_header(results)
    qtbot.waitUntil(lambda: sessions.isVisible() and results.isVisible())
    assert window.sidebar.parts.indexOf(sessions) == 0
    assert (
        sessions.mapTo(window, sessions.rect().topLeft()).y()
        < window.sidebar.tree.mapTo(window, window.sidebar.tree.rect().topLeft()).y()
    )
    player = window.area.player
    assert player is not None
    assert (
        results.mapTo(window, results.rect().bottomLeft()).y()
        <= player.mapTo(window, player.rect().topLeft()).y()
    )


def test_a_part_places_its_commands_among_the_windows_own_by_order(
    make_window: MakeWindow,
) -> None:
    from proofreader.ui.actions import ActionSpec

    calls: list[str] = []

    class Extension:
        def __init__(self, window: object) -> None:
            calls.append("made")

        def specs(self) -> list[ActionSpec]:
            return [
                ActionSpec("view.jobs", "Jobs", "View", lambda: None, order=999),
                ActionSpec("file.new_session", "New Proofread…", "File", lambda: None, order=1),
            ]

        def mount(self) -> None:
            calls.append("mounted")

    from proofreader.ui.main_window import MainWindow, WindowContext

    window = make_window()
    window2 = MainWindow(WindowContext(window.store), extensions=[Extension])
    try:
        assert calls == ["made", "mounted"]
        assert window2.menus["File"].actions()[0].text() == "New Proofread…"
        assert window2.menus["View"].actions()[-1].objectName() == "view.jobs"
    finally:
        window2._closing = True
        window2.close()
        window2.deleteLater()


def test_file_open_starts_in_the_users_folder_not_the_apps_cache(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path], tmp_path: Path
) -> None:
    from proofreader.workspace.document_source import DocumentSource
    from proofreader.workspace.heygen_session import SESSION_KIND

    window = make_window()
    translation, original = sample_files
    open_files(qtbot, window, translation, original)
    assert window.files._folder() == str(translation.parent)  # the user's own file
    cache = tmp_path / "cache" / "sessions" / "3f9a0c"
    cache.mkdir(parents=True)
    cached = cache / "talk.es.srt"
    cached.write_bytes(translation.read_bytes())
    window.documents.open_source(
        DocumentSource(
            key="pr-1", kind=SESSION_KIND, title="Talk", translation=cached, save_in_place=True
        )
    )
    qtbot.waitUntil(lambda: window.session is not None and window.session.key == "pr-1")
    assert window.files._folder() == str(Path.home())


def test_the_columns_the_user_hides_or_shows_stay_so_next_time(
    qtbot: QtBot, make_window: MakeWindow, sample_files: tuple[Path, Path]
) -> None:
    from proofreader.ui.editor.cue_columns import Column

    first = make_window()
    open_files(qtbot, first, *sample_files)
    table = first.area.table
    assert table.isColumnHidden(Column.OUT)  # compact timing by default
    table.set_hidden_columns({Column.REVIEW})  # Out shown, the review marks hidden
    first._closing = True
    first.close()

    again = make_window()
    open_files(qtbot, again, *sample_files)
    assert again.area.table.hidden_columns() == {Column.REVIEW}
    assert not again.area.table.isColumnHidden(Column.OUT)
