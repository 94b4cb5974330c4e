"""The demo back end: the sandbox server in this process, with its own library beside it.
The window's demo and the command line's `--demo` are this one back end on the same state, so
a session made in one is there in the other.

The demo keeps its sessions in a library of its own (data/sandbox/library.sqlite3), next to
the sandbox's state: a sandbox session polled against HeyGen (or a real one against the
sandbox) would answer 404 and be marked expired for good. Both survive a restart, so demo
sessions resume like real ones. Start and stop block (a thread, sockets): call them through
asyncio.to_thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from proofreader.library import AppPaths, LibraryStore, NotALibraryFile, move_aside

if TYPE_CHECKING:
    from proofreader.sandbox import SandboxServer

DEMO_DELAY_ENV = "PROOFREADER_DEMO_DELAY"
DEMO_PROOFREAD_DELAY_S = 8.0  # long enough to see "processing", short enough to wait for
DEMO_RENDER_DELAY_S = 10.0
DEMO_POLL_INTERVAL_S = 1.0
DEMO_FOLDER = "sandbox"
DEMO_MARKER = "in-use"  # present while the app is in demo mode, so a restart returns to it
SANDBOX_STATE = "sandbox.sqlite3"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoDelays:
    proofread_s: float = DEMO_PROOFREAD_DELAY_S
    render_s: float = DEMO_RENDER_DELAY_S


def demo_delays(environ: Mapping[str, str] | None = None) -> DemoDelays:
    """The sandbox's delays: PROOFREADER_DEMO_DELAY="0.5" (both) or "0.5,1" (proofread,render).

    A value that is not a number (or is negative) is ignored, with a warning in the log.
    """
    env = os.environ if environ is None else environ
    raw = env.get(DEMO_DELAY_ENV, "").strip()
    if not raw:
        return DemoDelays()
    try:
        values = [float(part) for part in raw.split(",")]
    except ValueError:
        values = []
    if len(values) not in (1, 2) or any(not 0 <= v < 3600 for v in values):
        log.warning("%s=%r is not one or two numbers of seconds; using the defaults",
                    DEMO_DELAY_ENV, raw)  # fmt: skip
        return DemoDelays()
    return DemoDelays(values[0], values[-1])


def remember_demo(paths: AppPaths, on: bool) -> None:
    """Mark (or unmark) demo mode as the mode to start in; a marker file, so that it holds
    after a crash too. Leaving the demo or signing in removes it."""
    marker = paths.data / DEMO_FOLDER / DEMO_MARKER
    try:
        if on:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        else:
            marker.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("Could not record the demo mode in %s: %s", marker, exc)


def demo_remembered(paths: AppPaths) -> bool:
    """The app was in demo mode when it last ran (closed or crashed)."""
    return (paths.data / DEMO_FOLDER / DEMO_MARKER).is_file()


def sandbox_state_path(paths: AppPaths) -> Path:
    """The demo sandbox's SQLite file (`proofreader sandbox serve` serves the same state)."""
    return paths.data / DEMO_FOLDER / SANDBOX_STATE


class DemoBackend:
    """The sandbox server and the demo library, started and stopped together. The command
    line keeps no library (`library=False`): it records nothing between commands."""

    def __init__(
        self, paths: AppPaths, delays: DemoDelays | None = None, *, library: bool = True
    ) -> None:
        self.folder = paths.data / DEMO_FOLDER
        self.state_path = sandbox_state_path(paths)
        self.delays = delays or demo_delays()
        self.library = library
        self.server: SandboxServer | None = None
        self.store: LibraryStore | None = None

    def start(self) -> None:
        """Serve the sandbox on loopback, and open the demo library unless `library` is False
        (blocking)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.library:
            self.store = _open_store(self.folder / "library.sqlite3")
        from proofreader.sandbox import SandboxServer  # Starlette and uvicorn load on demand

        server = SandboxServer(
            state_path=self.state_path,
            proofread_delay_s=self.delays.proofread_s,
            render_delay_s=self.delays.render_s,
            dub_renders=True,  # the demo's result is dubbed, with its captions burned in
        )
        try:
            server.start()
        except BaseException:
            if self.store is not None:
                self.store.close()
                self.store = None
            raise
        self.server = server
        log.info("Demo sandbox serving at %s", server.base_url)

    def stop(self) -> None:
        """Stop the server and close the demo library (blocking; harmless twice)."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
        store, self.store = self.store, None
        if store is not None:
            store.close()


def _open_store(path: Path) -> LibraryStore:
    try:
        return LibraryStore(path)
    except NotALibraryFile as exc:
        moved = move_aside(path)
        log.warning("%s Moved it to %s and started a new demo library.", exc, moved)
    return LibraryStore(path)
