"""The demo on four screens: 1280×720 and 1600×1000, each also at 1.5× scale.

Each runs the real app (`--demo`) in a subprocess on an offscreen screen of that size (Qt fixes
the screen when it starts). As the demo first opens, the window and its status bar are on the
screen and the cue pane shows the cue's title, translation box and Revert button whole. Then,
with the library, the player and the Jobs and Translations docks open, it checks what a
newcomer would notice: the window stays within the screen, the translation column shows at
least 25 characters a line, the cue pane does not scroll sideways, and Upload and Generate are
on screen without the toolbar's » overflow; File ▸ New Proofread… opens within the screen too.
(1280×720 at 1.5× is 853×480 logical pixels: there the Jobs dock waits for View ▸ Jobs.)
PROOFREADER_SCREENSHOTS=DIR also saves each window as DIR/layout-<screen>.png (and the dialog
beside it); docs/screenshots/ holds the last ones.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCREENS = [
    pytest.param(1280, 720, 1.0, "en", id="1280x720"),
    pytest.param(1600, 1000, 1.0, "en", id="1600x1000"),
    pytest.param(1600, 1000, 1.5, "en", id="1600x1000-at-1.5x"),
    pytest.param(1280, 720, 1.5, "en", id="1280x720-at-1.5x"),
    # the tightest case in the longer language: the toolbar and the cue pane's timing
    pytest.param(1280, 720, 1.5, "es", id="1280x720-at-1.5x-es"),
]
MIN_TRANSLATION_CHARS = 25


def _probe(
    tmp_path: Path, width: int, height: int, scale: float, language: str
) -> dict[str, object]:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))  # fmt: skip
    out = tmp_path / "layout.json"
    shots = os.environ.get("PROOFREADER_SCREENSHOTS")
    name = f"layout-{width}x{height}" + ("" if scale == 1 else f"-{scale:g}x")
    name += "" if language == "en" else f"-{language}"
    shot = Path(shots) / f"{name}.png" if shots else tmp_path / f"{name}.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": f"{scale:g}",
        "LC_ALL": "es_ES.UTF-8" if language == "es" else "C.UTF-8",  # the system's language
        "PROOFREADER_HOME": str(tmp_path / "home"),
        "PROOFREADER_DEMO_DELAY": "1",  # as testers run it: the Jobs dock has work to show
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_probe", str(out), "--shot", str(shot)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=110,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert shot.is_file()
    return json.loads(out.read_text())


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "scale", "language"), SCREENS)
def test_the_demo_fits_the_screen_and_the_translation_is_readable(
    tmp_path: Path, width: int, height: int, scale: float, language: str
) -> None:
    layout = _probe(tmp_path, width, height, scale, language)
    assert "error" not in layout, layout
    first = layout["first_view"]
    assert isinstance(first, dict), layout
    assert first["window_inside_screen"] and first["status_bar_on_screen"], first
    assert first["cue_pane"]["widgets_wholly_shown"], first  # title, translation box, Revert
    short = height / scale < 600  # 720 px at 1.5×: the Jobs dock waits for View ▸ Jobs
    assert first["jobs_visible"] is not short, first
    assert layout["library_visible"] and layout["jobs_visible"] and layout["player_visible"]
    assert layout["window_inside_screen"], (layout["window"], layout["screen"])
    assert layout["docks_inside_window"]
    assert layout["status_bar_on_screen"]  # the review counts and the Demo badge
    assert layout["translation_chars"] >= MIN_TRANSLATION_CHARS, layout
    pane = layout["cue_pane"]
    assert isinstance(pane, dict) and pane["shown"], pane
    assert not pane["scrolls_sideways"], pane  # the Revert button and the box are not cut
    assert pane["widgets_inside"], pane  # (a short pane scrolls down, never sideways)
    buttons = layout["review_buttons"]
    assert isinstance(buttons, dict) and set(buttons) == {"review.upload", "review.generate"}
    for button in buttons.values():
        assert button["visible"] and button["inside_window"] and button["fully_shown"], buttons
    assert not {"review.upload", "review.generate"} & set(layout["toolbar_overflow"])
    assert layout["toolbar_overflow"] == [], layout["toolbar_overflow"]  # nothing behind »
    dialogs = layout["dialogs"]
    assert isinstance(dialogs, dict) and "new-proofread-dialog" in dialogs, dialogs
    assert all(d["inside"] for d in dialogs.values()), (dialogs, layout["screen"])
