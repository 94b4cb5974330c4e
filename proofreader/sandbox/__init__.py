"""A local HeyGen-compatible server for the demo mode and the tests (never imports the client).

The server's names load on first use (PEP 562), so importing a light module of this package
(the mp4 reader, say) does not pull Starlette and uvicorn into the window's start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proofreader.lazy_names import lazy_names

if TYPE_CHECKING:
    from proofreader.sandbox.faults import Faults
    from proofreader.sandbox.gate import RecordedRequest
    from proofreader.sandbox.server import SandboxServer, serve_forever

__all__ = ["Faults", "RecordedRequest", "SandboxServer", "serve_forever"]

_HOMES = {
    "Faults": "proofreader.sandbox.faults",
    "RecordedRequest": "proofreader.sandbox.gate",
    "SandboxServer": "proofreader.sandbox.server",
    "serve_forever": "proofreader.sandbox.server",
}

__getattr__, __dir__ = lazy_names(__name__, _HOMES)
