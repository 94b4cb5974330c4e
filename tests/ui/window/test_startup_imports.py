"""The window starts without the HTTP client: it loads with the first HeyGen call instead.

Importing httpx (and httpcore, h11, the TLS set-up) costs about 0.1-0.2 s of the window's
start; a window part importing a workflow or client module at top level brings it back (the
render folders once did, through the renders package and an upload-type check). Qt Multimedia
loads with the preview player, once the document is on screen (a window part importing a
module of ui/player that needs it brought it back before the window was shown); the package
metadata (importlib.metadata and the email package) with the About box."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# What app.py imports before the window is shown (see app.py's window start).
WINDOW_START = textwrap.dedent(
    """
    import sys
    from proofreader.ui.connection.connection_ui import ConnectionUi
    from proofreader.ui.connection.context import AppContext
    from proofreader.ui.main_window import MainWindow, WindowContext
    from proofreader.ui.renders.renders_ui import RendersUi
    from proofreader.ui.sessions.sessions_ui import SessionsUi
    from proofreader.ui.spelling.spelling_ui import SpellingUi
    from proofreader.ui.window.crash import CrashHandler
    from proofreader.ui.window.documents import BACKGROUND_BYTES
    late = ("httpx", "httpcore", "starlette", "PySide6.QtMultimedia", "importlib.metadata")
    print(" ".join(sorted(m for m in late if m in sys.modules)))
    """
)


def test_the_window_imports_no_http_client_server_media_or_metadata_before_it_is_shown() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_START], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == ""
