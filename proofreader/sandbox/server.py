"""SandboxServer: the API and storage listeners on loopback, served from a background thread."""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import ClassVar

import uvicorn
from starlette.types import ASGIApp

from proofreader.sandbox.allocator import keep_freed_buffers
from proofreader.sandbox.api_app import build_api_app
from proofreader.sandbox.connections import ConnectionRegistry, tracked_protocol
from proofreader.sandbox.context import SandboxContext, Settings
from proofreader.sandbox.faults import Faults
from proofreader.sandbox.fetcher import SourceFetcher
from proofreader.sandbox.gate import ApiGate, RecordedRequest, StorageGate
from proofreader.sandbox.media import SampleMedia
from proofreader.sandbox.render_media import RenderMedia
from proofreader.sandbox.signing import UrlSigner
from proofreader.sandbox.storage import StorageApp
from proofreader.sandbox.store import Store
from proofreader.sandbox.traffic import Observer, TrafficTap

HOST = "127.0.0.1"
_START_TIMEOUT_S = 15.0
_log = logging.getLogger(__name__)


def _listen(port: int) -> socket.socket:
    # proto=IPPROTO_TCP lets asyncio turn Nagle off on accepted sockets (40 ms stalls otherwise)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        message = f"Cannot listen on {HOST}:{port} ({exc.strerror}); choose another port."
        raise OSError(exc.errno, message) from exc
    return sock


class SandboxServer:
    """A local HeyGen-compatible server: API on ``base_url``, presigned files on ``storage_url``.

    ``state_path`` is the SQLite file (uploaded files live in a folder beside it); None keeps
    everything in a private temporary folder removed by ``stop()``.
    """

    exchange_observer: ClassVar[Observer | None] = None
    """Sees every API exchange of servers started while it is set (the tests' contract check)."""

    def __init__(
        self,
        state_path: Path | None = None,
        api_key: str = "sandbox-key",
        proofread_delay_s: float = 0.5,
        render_delay_s: float = 0.5,
        link_ttl_s: float = 600.0,
        session_ttl_s: float = 86400.0,
        refuse_srt_assets: bool = False,
        port: int = 0,
        dub_renders: bool = False,
    ) -> None:
        self.settings = Settings(
            api_key=api_key,
            proofread_delay_s=proofread_delay_s,
            render_delay_s=render_delay_s,
            link_ttl_s=link_ttl_s,
            session_ttl_s=session_ttl_s,
            refuse_srt_assets=refuse_srt_assets,
            dub_renders=dub_renders,
        )
        self._renders: RenderMedia | None = None
        self.faults = Faults()
        self.requests: list[RecordedRequest] = []
        self._state_path = state_path
        self._port = port
        self._temp_dir: str | None = None
        self._active_state: Path | None = None
        self._store: Store | None = None
        self._sockets: list[socket.socket] = []
        self._servers: list[uvicorn.Server] = []
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._fetcher = SourceFetcher()
        self.base_url = ""
        self.storage_url = ""

    # -- public surface ------------------------------------------------------------------------

    @property
    def state_path(self) -> Path:
        """The SQLite file in use (a private temporary one when none was given)."""
        if self._active_state is None:
            raise RuntimeError("The sandbox server is not running; call start() first.")
        return self._active_state

    @property
    def api_key(self) -> str:
        return self.settings.api_key

    @property
    def sample_video_url(self) -> str:
        """Public (unsigned) URL of the sample talk, usable as a source ``{"type": "url"}``."""
        return f"{self.storage_url}/public/sample/talk.mp4"

    @property
    def sample_transcript_url(self) -> str:
        """The sample talk's English SRT (public): a demo session created with it has an
        original transcript, as a HeyGen session created with its video's SRT has."""
        return f"{self.storage_url}/public/sample/original.en.srt"

    @property
    def silent_video_url(self) -> str:
        """Public URL of the sample video without an audio track."""
        return f"{self.storage_url}/public/sample/silent.mp4"

    def created_counts(self) -> dict[str, int]:
        """Creates carried out: assets, proofread sessions, generate calls, and the
        video translations made by POST /v3/video-translations (not those made by generate)."""
        return self._require_store().counts()

    def expire_proofread(self, proofread_id: str) -> None:
        """Test hook: the session now answers 404, as after the service's 24 hours."""
        self._require_store().update_proofread(proofread_id, expired=1)

    def fail_render(self, translation_id: str, message: str) -> None:
        """Test hook: the video translation has failed with `message` (a render can fail)."""
        store = self._require_store()
        record = store.translation(translation_id)
        if record is None:
            raise KeyError(translation_id)
        store.update_translation(translation_id, failure_message=message, ready_at=time.time())

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- lifecycle -----------------------------------------------------------------------------

    def _require_store(self) -> Store:
        if self._store is None:
            raise RuntimeError("The sandbox server is not running; call start() first.")
        return self._store

    def start(self) -> None:
        """Bind both listeners and serve them from a background thread; return once serving."""
        if self._thread is not None:
            raise RuntimeError("The sandbox server is already running.")
        state_path = self._state_path
        if state_path is None:
            self._temp_dir = tempfile.mkdtemp(prefix="proofreader-sandbox-")
            state_path = Path(self._temp_dir) / "sandbox.sqlite3"
        state_path.parent.mkdir(parents=True, exist_ok=True)
        self._active_state = state_path
        files = state_path.with_name(state_path.stem + "-files")
        files.mkdir(exist_ok=True)
        try:
            self._sockets = [_listen(self._port), _listen(0)]
            self._store = Store(state_path)
        except BaseException:
            self._cleanup()
            raise
        api_port = self._sockets[0].getsockname()[1]
        storage_port = self._sockets[1].getsockname()[1]
        self.base_url = f"http://{HOST}:{api_port}"
        self.storage_url = f"http://{HOST}:{storage_port}"
        ctx = SandboxContext(
            settings=self.settings,
            store=self._store,
            files=files,
            signer=UrlSigner(self._store.secret(), self.storage_url, time.time),
            faults=self.faults,
            media=SampleMedia(),
            fetcher=self._fetcher,
            clock=time.time,
        )
        ctx.renders = self._renders = RenderMedia(files / "renders", ctx.media)
        self._servers = [self._api_server(ctx), self._storage_server(ctx)]
        self._ready.clear()
        self._failure = None
        self._thread = threading.Thread(target=self._run, name="proofreader-sandbox", daemon=True)
        self._thread.start()
        if not self._ready.wait(_START_TIMEOUT_S) or self._failure is not None:
            failure = self._failure
            self.stop()
            raise RuntimeError("The sandbox server could not start.") from failure

    def _config(self, app: object, registry: ConnectionRegistry) -> uvicorn.Config:
        return uvicorn.Config(
            app,  # type: ignore[arg-type]
            http=tracked_protocol(registry),
            ws="none",
            lifespan="off",
            log_config=None,
            access_log=False,
            timeout_keep_alive=5,
            timeout_graceful_shutdown=2,
        )

    def _api_server(self, ctx: SandboxContext) -> uvicorn.Server:
        registry = ConnectionRegistry()
        routes: ASGIApp = build_api_app(ctx)
        observer = type(self).exchange_observer
        if observer is not None:
            routes = TrafficTap(routes, observer)
        app = ApiGate(
            routes,
            requests=self.requests,
            faults=self.faults,
            connections=registry,
            api_key=lambda: self.settings.api_key,
        )
        return uvicorn.Server(self._config(app, registry))

    def _storage_server(self, ctx: SandboxContext) -> uvicorn.Server:
        registry = ConnectionRegistry()
        app = StorageGate(StorageApp(ctx, registry), self.requests)
        return uvicorn.Server(self._config(app, registry))

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to start(); the thread must not die silently
            self._failure = exc
            _log.exception("The sandbox server stopped with an error")
        finally:
            self._ready.set()

    async def _serve(self) -> None:
        tasks = [
            asyncio.create_task(server.serve(sockets=[sock]))
            for server, sock in zip(self._servers, self._sockets, strict=True)
        ]
        try:
            while not all(server.started for server in self._servers):
                if any(task.done() for task in tasks):
                    break
                await asyncio.sleep(0.01)
            self._ready.set()
            await asyncio.gather(*tasks)
        finally:
            await self._fetcher.aclose()

    def stop(self) -> None:
        """Stop both listeners, close the state and remove a private temporary folder."""
        for server in self._servers:
            server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None
        self._servers = []
        self._cleanup()

    def _cleanup(self) -> None:
        if self._renders is not None:
            self._renders.close()  # a render being made stops at its next frame
            self._renders = None
        for sock in self._sockets:
            sock.close()
        self._sockets = []
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None


def serve_forever(
    port: int = 0,
    state_path: Path | None = None,
    *,
    proofread_delay_s: float = 3.0,
    render_delay_s: float = 5.0,
    dub_renders: bool = False,
) -> None:
    """Run the sandbox in the foreground for a demo; Ctrl+C stops it cleanly.

    The process is the sandbox's alone, so its allocator is tuned for streaming (allocator.py).
    """
    keep_freed_buffers()
    server = SandboxServer(
        state_path=state_path,
        port=port,
        proofread_delay_s=proofread_delay_s,
        render_delay_s=render_delay_s,
        dub_renders=dub_renders,
    )
    server.start()
    stopped = threading.Event()
    try:  # an interrupt may arrive as soon as the last line is out, while print() returns
        print(f"Sandbox API running at {server.base_url} (storage at {server.storage_url})")
        print(f"API key: {server.api_key}")
        print(f"Sample video URL: {server.sample_video_url}")
        print(f"Use it with: HEYGEN_API_BASE={server.base_url} HEYGEN_API_KEY={server.api_key}")
        print("Press Ctrl+C to stop.", flush=True)
        while not stopped.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("Stopping the sandbox.", flush=True)
    finally:
        server.stop()
