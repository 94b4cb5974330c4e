"""UI test set-up: honest Qt logging for Qt Multimedia on a headless machine, and media fixtures.

Any Qt warning fails a test (qt_log_level_fail = WARNING). Qt Multimedia prints a few warnings
that only describe the headless machine, never our code; each is silenced as narrowly as Qt
allows, and everything else still fails:

- category `qt.multimedia.symbolsresolver` (warning): the optional PipeWire library is not
  installed. It has its own category, so QT_LOGGING_RULES turns off just that category.
- "PulseAudioService: pa_context_connect() failed": no sound server is running.
- "… No RHI backend. Using CPU conversion.": the offscreen platform has no GPU, so video frames
  are converted on the CPU.
- "This plugin does not support propagateSizeHints()": the offscreen platform cannot pass a
  top-level window's minimum size to a window system (there is none).
  These three use Qt's default category (turning that off would hide every plain qWarning), so
  they are ignored by exact message through pytest-qt's qt_log_ignore, for tests in tests/ui only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from proofreader.subtitles.checks import Checker
from proofreader.subtitles.cue import Cue
from proofreader.subtitles.document import ProofreadDocument
from proofreader.subtitles.thresholds import thresholds_for
from proofreader.ui.editor import CueTableModel, DocumentUndo

# The connection fixtures (the app's qasync loop, contexts, keychains, sandbox) for every UI test.
from tests.ui.connection_support import (  # noqa: F401
    fail_keyring,
    make_context,
    memory_keyring,
    paths,
    qloop,
    sandbox,
)

# The window fixtures (a window on a temporary library, the sample pair, the app's window).
from tests.ui.window_support import make_app_window, make_window, sample_files  # noqa: F401

_RULE = "qt.multimedia.symbolsresolver.warning=false"
os.environ["QT_LOGGING_RULES"] = ";".join(
    rule for rule in (os.environ.get("QT_LOGGING_RULES", ""), _RULE) if rule
)

HEADLESS_MULTIMEDIA_NOISE = (
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"ensureRhi.*: No RHI backend\. Using CPU conversion\.$",
    r"^This plugin does not support propagateSizeHints\(\)$",
)
_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Add the headless-machine patterns to qt_log_ignore, keeping a test's own patterns."""
    for item in items:
        if _HERE not in item.path.resolve().parents:
            continue
        own = item.get_closest_marker("qt_log_ignore")
        patterns = (*(own.args if own else ()), *HEADLESS_MULTIMEDIA_NOISE)
        item.add_marker(pytest.mark.qt_log_ignore(*patterns), append=False)


@pytest.fixture(autouse=True)
def _pointer_parked(qapp: QApplication) -> None:
    """Park the pointer off every screen before each test: offscreen it is global, and one left
    over a toolbar by an earlier test's clicks shows that button's status tip over the next
    window's messages (the tests' order must not matter)."""
    QCursor.setPos(20_000, 20_000)


@pytest.fixture(scope="session")
def sample_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 3 s, 160x90, 25 fps H.264 test pattern with a 440 Hz AAC tone."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is not installed (CI installs it); it makes the test video")
    path = tmp_path_factory.mktemp("media") / "clip.mp4"
    subprocess.run(
        [
            ffmpeg, "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "testsrc=size=160x90:rate=25:duration=3",
            "-f", "lavfi", "-i", "sine=frequency=440:duration=3",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
            str(path),
        ],
        check=True,
        timeout=60,
    )  # fmt: skip
    return path


# ----- the editor's widgets: a small proofread document built in code -----

EDITOR_PAIRS = (
    ("Hello everyone, and welcome.", "Hola a todos, y bienvenidos."),
    ("We ship 12 videos every month.", "Publicamos 12 vídeos cada mes."),
    ("This line is perfectly fine.", "Esta línea está muy bien."),
    ("Thanks for watching this video.", ""),  # empty: an error
    ("See you very soon, my friends.", "See you very soon, my friends."),  # untranslated
    ("Goodbye and good luck to you.", "Adiós y buena suerte a todos."),
)


def editor_cues(texts: Sequence[str]) -> list[Cue]:
    """Two-second cues half a second apart, starting at 1 s."""
    return [Cue(1000 + i * 2500, 3000 + i * 2500, text) for i, text in enumerate(texts)]


@dataclass
class EditorParts:
    """What the main window hands the editor's widgets: document, checker, undo, table model."""

    doc: ProofreadDocument
    checker: Checker
    undo: DocumentUndo
    model: CueTableModel


@pytest.fixture
def editor_parts(qapp: QApplication) -> Iterator[EditorParts]:
    doc = ProofreadDocument(
        editor_cues([t for _, t in EDITOR_PAIRS]), editor_cues([o for o, _ in EDITOR_PAIRS])
    )
    checker = Checker(doc, thresholds_for("es"))
    undo = DocumentUndo(doc)
    model = CueTableModel(doc, checker, undo)
    yield EditorParts(doc, checker, undo, model)
    model.detach()
