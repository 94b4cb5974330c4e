"""The menus and the toolbar come out in one declared order, whatever order the window's parts
are mounted in: a new part (or a reordered `extensions` list in app.py) cannot move what the
user sees."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu, QToolBar

from proofreader.ui.main_window import MainWindow
from tests.ui.window_support import APP_PARTS, MakeAppWindow


def menu_layout(menu: QMenu) -> list[str]:
    """The command ids of a menu top to bottom, "---" for a separator, submenus indented."""
    lines: list[str] = []
    for action in menu.actions():
        if action.isSeparator():
            lines.append("---")
            continue
        lines.append(action.objectName())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            lines += [f"  {line}" for line in menu_layout(submenu)]
    return lines


def chrome(window: MainWindow) -> dict[str, list[str]]:
    """What the menu bar and the toolbar show, by menu title, with "toolbar" last."""
    layout = {
        action.text(): menu_layout(action.menu())
        for action in window.menuBar().actions()
        if isinstance(action.menu(), QMenu)
    }
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert toolbar is not None
    layout["toolbar"] = [
        "---" if action.isSeparator() else action.objectName() for action in toolbar.actions()
    ]
    return layout


# The menus and toolbar as the user sees them (command ids; "---" is a separator).
EXPECTED = {
    "&File": [
        "file.new_proofread", "file.open_session", "file.new_translation", "---",
        "file.sign_in", "file.try_demo", "file.sign_out", "---",
        "file.open", "file.choose_video", "---",
        "file.save", "file.save_as", "---",
        "file.export_srt", "file.export_vtt", "file.export_report", "---",
        "file.import_glossary", "---",
        "file.close_window",
    ],
    "&Edit": [
        "edit.undo", "edit.redo", "---",
        "edit.split_cursor", "edit.split_playhead", "edit.merge", "edit.insert", "edit.delete",
        "edit.shift", "---",
        "edit.find", "edit.replace", "edit.find_next", "edit.find_previous", "---",
        "edit.preferences",
    ],
    "&Review": [
        "review.next_problem", "review.previous_problem", "---",
        "review.mark_next", "review.flag", "review.unreviewed", "review.revert", "---",
        "view.filter.all", "view.filter.flagged", "view.filter.edited", "view.filter.unreviewed",
        "---",
        "review.upload", "review.generate",
    ],
    "&Playback": [
        "play.toggle", "play.cue", "play.loop", "play.subtitled_only", "---",
        "play.jkl_back", "play.jkl_pause", "play.jkl_forward", "---",
        "play.frame_back", "play.frame_forward", "play.second_back", "play.second_forward",
        "play.five_back", "play.five_forward", "---",
        "play.slower", "play.faster", "play.normal", "---",
        "play.set_in", "play.set_out",
    ],
    "&View": [
        "view.follow", "view.original", "---",
        "view.sidebar", "---",
        "view.waveform", "---",
        "view.jobs", "view.translations", "---",
        "view.spelling",
    ],
    "&Help": [
        "help.shortcuts", "help.customize_shortcuts", "---",
        "help.report_problem", "---",
        "help.about", "help.about_qt",
    ],
    "toolbar": [
        "file.new_proofread", "---",
        "file.open", "---",
        "file.save", "---",
        "edit.undo", "edit.redo", "---",
        "edit.split_cursor", "edit.merge", "edit.insert", "---",
        "review.mark_next", "---",
        "play.toggle",
    ],
}  # fmt: skip


def test_the_app_window_shows_its_menus_and_toolbar_in_the_declared_order(
    make_app_window: MakeAppWindow,
) -> None:
    window = make_app_window(range(APP_PARTS))
    assert list(chrome(window)) == ["&File", "&Edit", "&Review", "&Playback", "&View", "&Help",
                                    "toolbar"]  # fmt: skip
    assert chrome(window) == EXPECTED


@pytest.mark.parametrize("order", [(3, 2, 1, 0), (2, 0, 3, 1)])
def test_mounting_the_parts_in_another_order_moves_nothing(
    make_app_window: MakeAppWindow, order: tuple[int, ...]
) -> None:
    window = make_app_window(order)
    assert chrome(window) == EXPECTED
    shortcut_list = [spec.id for spec in window.registry.specs()]  # the shortcut editor's rows
    assert shortcut_list == [i for menu, ids in EXPECTED.items() if menu != "toolbar"
                             for i in ids if i != "---"]  # fmt: skip
