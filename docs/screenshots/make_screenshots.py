"""Take the README screenshots of the editor under an X server (Xvfb), as a user would see it.

    Xvfb :1 -screen 0 1600x1000x24 &
    DISPLAY=:1 uv run python docs/screenshots/make_screenshots.py docs/screenshots/editor.png

Options: --size WxH (the window fills that part of the screen; match the Xvfb screen so that
`import -window root` shows just the window), --dark (a dark palette, to check dark mode),
--language es (the interface in that language, e.g. docs/screenshots/editor-es.png).
The window opens the bundled sample on a fresh temporary library, reviews two cues, edits one,
selects a cue with findings and plays into it so that the subtitle overlay shows, then runs
ImageMagick's `import -window root`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#2b2d30", role.WindowText: "#dfe1e5", role.Base: "#1e1f22",
        role.AlternateBase: "#26282b", role.Text: "#dfe1e5", role.Button: "#3a3c40",
        role.ButtonText: "#dfe1e5", role.Highlight: "#2f65ca", role.HighlightedText: "#ffffff",
        role.ToolTipBase: "#3a3c40", role.ToolTipText: "#dfe1e5", role.PlaceholderText: "#8c8f94",
        role.Link: "#6ea6ff", role.Mid: "#45474b", role.Dark: "#1a1b1e", role.Light: "#4a4c50",
    }  # fmt: skip
    for color_role, value in colors.items():
        palette.setColor(color_role, QColor(value))
    for color_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, color_role, QColor("#6f7378"))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    os.environ["PROOFREADER_HOME"] = tempfile.mkdtemp(prefix="proofreader-shots-")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from proofreader.library import AppPaths
    from proofreader.subtitles.document import ReviewState
    from proofreader.subtitles.edits import SetReviewState, SetText
    from proofreader.ui.main_window import MainWindow, WindowContext
    from proofreader.ui.window.document_source import sample_source
    from proofreader.ui.window.library_opening import open_library

    app = QApplication([sys.argv[0]])
    from proofreader.ui.i18n import install_translators

    install_translators(app, args.language)
    if args.dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    paths = AppPaths.from_environment()
    window = MainWindow(WindowContext(open_library(paths), paths.settings_file()))
    window.setGeometry(0, 0, width, height)
    window.area.default_sizes(width)
    window.show()
    window.documents.open_source(sample_source())
    session = window.session
    assert session is not None
    session.undo.push(SetReviewState((0, 1), ReviewState.REVIEWED))
    session.undo.push(
        SetText(2, "Nuestro equipo publica 12 vídeos de\nproducto cada mes, en 4 idiomas.")
    )
    window.select_row(3)
    player = window.ensure_player()

    def play_into_cue() -> None:
        player.seek(session.document[3].start_ms + 1400)

    def shoot() -> None:
        subprocess.run(["import", "-window", "root", str(args.out)], check=True)
        print(f"wrote {args.out}")
        window.files.close_prompt = None
        window._closing = True
        window.close()
        app.quit()

    QTimer.singleShot(1500, play_into_cue)
    QTimer.singleShot(3500, shoot)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
