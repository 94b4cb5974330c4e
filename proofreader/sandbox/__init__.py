"""A local HeyGen-compatible server for the demo mode and the tests (never imports the client)."""

from proofreader.sandbox.faults import Faults
from proofreader.sandbox.gate import RecordedRequest
from proofreader.sandbox.server import SandboxServer, serve_forever

__all__ = ["Faults", "RecordedRequest", "SandboxServer", "serve_forever"]
