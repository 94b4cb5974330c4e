"""One connection to HeyGen or to the demo sandbox: the HTTP clients, the HeyGenClient, the
account and the ProofreadService, opened checked and closed completely. No Qt here; the
AppContext decides when (see context.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from proofreader.library import KeySource, LibraryStore
from proofreader.ui.async_ops import cancel_pending
from proofreader.ui.connection.demo import DemoBackend
from proofreader.ui.connection.keychain import KeyRefused, refused_sentence

if TYPE_CHECKING:  # the HTTP stack loads on the first connection, off the GUI thread
    import httpx

    from proofreader.heygen import Account, HeyGenClient
    from proofreader.workflow import JobBoard, ProofreadService

Mode = Literal["demo", "live", "none"]

log = logging.getLogger(__name__)


@dataclass
class Link:
    """What one connection holds; `demo` is the sandbox and its library in demo mode."""

    mode: Mode
    http: httpx.AsyncClient
    client: HeyGenClient
    service: ProofreadService
    account: Account
    downloads: httpx.AsyncClient  # presigned storage links (the key never goes there)
    key_source: KeySource | None = None
    demo: DemoBackend | None = None


async def open_link(
    mode: Mode,
    key: str,
    base_url: str,
    *,
    store: LibraryStore,
    jobs: JobBoard,
    poll_interval_s: float,
    cache_dir: Path,
    source: KeySource | None = None,
) -> Link:
    """A checked connection (GET /v3/users/me answered) with its service resumed.

    Raises KeyRefused for a key HeyGen does not accept; nothing stays open on failure.
    """
    # making an httpx client loads the CA bundle (~0.1 s): not on the GUI thread
    http, downloads = await asyncio.to_thread(http_clients)
    from proofreader.heygen import AuthenticationError, HeyGenClient  # loaded by http_clients
    from proofreader.workflow import ProofreadService

    try:
        client = HeyGenClient(http, key, base_url)
        try:
            account = await client.get_account()
        except AuthenticationError as exc:
            log.info("The API key was refused (HTTP %s)", exc.status)
            raise KeyRefused(refused_sentence(exc, source)) from None
        service = ProofreadService(
            client, store, jobs, poll_interval_s=poll_interval_s, cache_dir=cache_dir,
            http=downloads,
        )  # fmt: skip
    except BaseException:
        await http.aclose()
        await downloads.aclose()
        raise
    service.resume()
    log.info("Connected (%s) to %s", mode, base_url)
    return Link(mode, http, client, service, account, downloads, key_source=source)


async def close_link(link: Link, jobs: JobBoard, keep: Iterable[asyncio.Future[Any]]) -> None:
    """Stop the service's jobs, cancel the window's operations still using the client
    (all run_async work but `keep`), close the clients, stop the sandbox."""
    try:
        await link.service.close()
        # an operation awaited outside any job (a request the window waits for) would use
        # the closed client: cancel it first, so none leaves a connection open
        await cancel_pending(keep=keep)
    except Exception:
        log.exception("Closing the service failed")
    finally:
        await link.http.aclose()
        await link.downloads.aclose()
        if link.demo is not None:
            await asyncio.to_thread(link.demo.stop)
        jobs.clear_finished()  # a retry would use the closed client
    log.info("Disconnected (%s)", link.mode)


def http_clients() -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
    """The API's client (no redirects: the key stays on the API host) and the one for
    presigned downloads (redirects followed), as ProofreadService would make it. Also
    imports the HTTP stack and what the first request would import (anyio's backend, h11),
    which the window's start-up leaves out."""
    import httpx

    from proofreader.heygen import DEFAULT_TIMEOUT

    for module in (
        "anyio._backends._asyncio",
        "httpcore._backends.anyio",
        "h11",
        "proofreader.heygen.client",
        "proofreader.workflow.service",
    ):
        importlib.import_module(module)
    return (
        httpx.AsyncClient(follow_redirects=False),
        httpx.AsyncClient(follow_redirects=True, timeout=DEFAULT_TIMEOUT),
    )


async def stop_when_started(started: asyncio.Future[None], demo: DemoBackend) -> None:
    """The demo start was cancelled while its thread ran on: stop it once it is up."""
    with contextlib.suppress(Exception):
        await started
    await asyncio.to_thread(demo.stop)
