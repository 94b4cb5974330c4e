"""Open the real app in demo mode on an offscreen screen of a given size, measure its layout.

    QT_QPA_PLATFORM=offscreen:configfile=screen.json [QT_SCALE_FACTOR=1.5] \\
        python -m tests.ui.layout_probe OUT.json [--shot OUT.png]

Run by tests/ui/window/test_layout_screens.py in a subprocess per screen (a screen's size is fixed
when Qt starts). The app starts as `proofreader --demo` does; once the demo session is open in
the editor, the library and the Jobs dock are shown (the crowded case), and the probe writes
what a user would see: the window against the screen, the translation column's width in
characters, and whether Upload and Generate are on screen, without the toolbar's » overflow.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QScrollArea, QToolButton, QWidget

from proofreader import app as app_module
from proofreader.ui.editor.cue_columns import Column
from proofreader.ui.main_window import MainWindow
from proofreader.ui.renders.renders_ui import RendersUi
from proofreader.ui.sessions.sessions_ui import SessionsUi
from proofreader.workspace.heygen_session import is_session

SETTLE_MS = 400
GIVE_UP_MS = 60_000


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _inside(widget: QWidget, area: QWidget) -> bool:
    """The whole widget lies within `area` (a scroll area's viewport: nothing cut or hidden)."""
    top_left = widget.mapTo(area, widget.rect().topLeft())
    return area.rect().contains(QRect(top_left, widget.size()))


def cue_pane(window: MainWindow) -> dict[str, object]:
    """Whether the cue pane shows its cue without scrolling sideways (the Revert button, the
    translation box and the cue's title within the pane's width), and wholly, without
    scrolling down either."""
    pane = window.area.pane
    if pane is None or not pane.isVisible():
        return {"shown": False}
    scroll = pane.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport()
    parts = {
        "title": pane.title_label,
        "revert": pane.revert_button,
        "translation": pane.translation_edit,
    }

    def across(w: QWidget) -> bool:
        left = w.mapTo(viewport, w.rect().topLeft()).x()
        return w.isVisible() and left >= 0 and left + w.width() <= viewport.width()

    return {
        "shown": scroll.isVisible(),
        "scrolls_sideways": scroll.horizontalScrollBar().isVisible(),
        "viewport_width": viewport.width(),
        "content_width": scroll.widget().width(),
        "widgets_inside": all(across(w) for w in parts.values()),
        "widgets_wholly_shown": all(w.isVisible() and _inside(w, viewport) for w in parts.values()),
        "widths": {name: w.width() for name, w in parts.items()},
    }


def measure(window: MainWindow) -> dict[str, object]:
    """The figures the layout rules are about."""
    screen = window.screen().availableGeometry()
    table = window.area.table
    char = table.fontMetrics().averageCharWidth()
    translation = table.columnWidth(Column.TRANSLATION) - 8  # the delegate's margins
    sessions = next(e for e in window.extensions if isinstance(e, SessionsUi))
    frame = window.frameGeometry()
    buttons: dict[str, dict[str, object]] = {}
    for action_id, button in sessions.review_bar.buttons.items():
        top_left = button.mapTo(window, button.rect().topLeft())
        inside = QRect(top_left, button.size())
        buttons[action_id] = {
            "visible": button.isVisible(),
            "enabled": button.isEnabled(),
            "inside_window": window.rect().contains(inside),
            # not clipped by its splitter pane nor covered: the whole button is on screen
            "fully_shown": button.visibleRegion().boundingRect() == button.rect(),
        }
    overflowed = [
        b.defaultAction().objectName()
        for b in window.toolbar.findChildren(QToolButton)
        if b.defaultAction() is not None and not b.isVisible()
    ]
    return {
        "screen": _rect(screen),
        "window": _rect(frame),
        "window_inside_screen": screen.contains(frame),
        "translation_chars": translation / char if char else 0,
        "original_visible": not table.isColumnHidden(Column.ORIGINAL),
        "library_visible": window.sidebar.isVisible(),
        "jobs_visible": sessions.jobs_panel.isVisible(),
        "docks_inside_window": all(
            window.rect().contains(QRect(d.mapTo(window, d.rect().topLeft()), d.size()))
            for d in window.findChildren(QDockWidget)
            if d.isVisible() and not d.visibleRegion().isEmpty()  # (a tab behind another: not)
        ),
        "player_visible": window.area.player is not None and window.area.player.isVisible(),
        "review_buttons": buttons,
        "toolbar_overflow": overflowed,
        "cue_pane": cue_pane(window),
        "status_bar_on_screen": _on_screen(window.statusBar(), screen),
    }


def _on_screen(widget: QWidget, screen: QRect) -> bool:
    return screen.contains(QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size()))


def first_view(window: MainWindow) -> dict[str, object]:
    """What the demo shows before anything is opened (the lead's screenshot): the window on
    the screen, the status bar, the cue pane, and whether the Jobs dock opened by itself."""
    sessions = next(e for e in window.extensions if isinstance(e, SessionsUi))
    frame = window.frameGeometry()
    screen = window.screen().availableGeometry()
    return {
        "window_inside_screen": screen.contains(frame),
        "status_bar_on_screen": _on_screen(window.statusBar(), screen),
        "jobs_visible": sessions.jobs_panel.isVisible(),
        "cue_pane": cue_pane(window),
    }


def main() -> int:
    out = Path(sys.argv[1])
    shot = Path(sys.argv[sys.argv.index("--shot") + 1]) if "--shot" in sys.argv else None
    qapp = QApplication([sys.argv[0]])
    waited = [0]
    seen: dict[str, object] = {}

    def window() -> MainWindow | None:
        found = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found else None

    def first(win: MainWindow) -> None:
        seen["first_view"] = first_view(win)
        if shot is not None:
            win.grab().save(str(shot.with_name(f"{shot.stem}-first.png")))
        crowd(win)

    def crowd(win: MainWindow) -> None:
        """Library, player, Jobs and Translations open: the crowded case the rules are about
        (the window grew past a 1600 px screen with Jobs and Translations open)."""
        win.registry.action("view.sidebar").setChecked(True)
        next(e for e in win.extensions if isinstance(e, RendersUi)).show_translations()
        next(e for e in win.extensions if isinstance(e, SessionsUi)).show_jobs()
        QTimer.singleShot(SETTLE_MS, lambda: finish(win))

    def finish(win: MainWindow) -> None:
        figures = {**measure(win), **seen}
        if shot is not None:
            win.grab().save(str(shot))
        win.registry.trigger("file.new_proofread")  # the biggest dialogs a newcomer opens
        QTimer.singleShot(SETTLE_MS, lambda: dialogs(win, figures))

    def dialogs(win: MainWindow, figures: dict[str, object]) -> None:
        screen = win.screen().availableGeometry()
        shown = [w for w in qapp.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        figures["dialogs"] = {
            d.objectName(): {"frame": _rect(d.frameGeometry()), "inside": screen.contains(
                d.frameGeometry()), "scrolls": bool(d.property("scrolls-to-fit"))} for d in shown
        }  # fmt: skip
        for dialog in shown:
            if shot is not None:
                dialog.grab().save(str(shot.with_name(f"{shot.stem}-{dialog.objectName()}.png")))
            dialog.reject()
        out.write_text(json.dumps(figures, indent=1))
        win.close()

    def poll() -> None:
        win = window()
        ready = (
            win is not None
            and win.session is not None
            and is_session(win.session.source)
            and win.area.player is not None
        )
        if ready and win is not None:
            QTimer.singleShot(SETTLE_MS, lambda: first(win))
            return
        waited[0] += 100
        if waited[0] > GIVE_UP_MS:
            out.write_text(json.dumps({"error": "the demo session never opened"}))
            qapp.quit()
            return
        QTimer.singleShot(100, poll)

    QTimer.singleShot(100, poll)
    return app_module.main(["--demo", "--new-instance"])


if __name__ == "__main__":
    sys.exit(main())
