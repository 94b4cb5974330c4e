"""One way to connect to HeyGen or to the demo sandbox, for both front ends.

The command line opens a client per command (`open_client`); the window holds one `Link` (the
HTTP clients, the HeyGenClient, the account and the ProofreadService), opened checked and
closed completely. Both make their HTTP clients here, so the key stays on the API host
(no redirects) and presigned downloads follow theirs. Light at import: the HTTP stack loads
on the first connection (the window does that off the GUI thread).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from proofreader.library import KeySource, LibraryStore
from proofreader.workflow.api_key import KeyRefused, refused_sentence
from proofreader.workflow.demo import DemoBackend

if TYPE_CHECKING:
    import httpx

    from proofreader.heygen import Account, HeyGenClient, RetryPolicy
    from proofreader.heygen.limits import NetworkLimits
    from proofreader.heygen.transport import Sleep
    from proofreader.workflow.jobs import JobBoard
    from proofreader.workflow.service import ProofreadService

Mode = Literal["demo", "live", "none"]

log = logging.getLogger(__name__)


def api_http_client() -> httpx.AsyncClient:
    """The API's HTTP client: no redirects, so the key never leaves the API host. Proxy and
    certificate settings from the environment apply (HTTPS_PROXY, SSL_CERT_FILE)."""
    import httpx

    return httpx.AsyncClient(follow_redirects=False)


def downloads_http_client() -> httpx.AsyncClient:
    """The client for presigned storage links (redirects followed; the key never goes there)."""
    import httpx

    from proofreader.heygen import DEFAULT_TIMEOUT

    return httpx.AsyncClient(follow_redirects=True, timeout=DEFAULT_TIMEOUT)


@asynccontextmanager
async def open_client(
    api_key: str,
    base_url: str | None = None,
    *,
    retry: RetryPolicy | None = None,
    sleep: Sleep = asyncio.sleep,
    timeout: httpx.Timeout | None = None,
    limits: NetworkLimits | None = None,
) -> AsyncIterator[HeyGenClient]:
    """A HeyGen client over a fresh connection pool, closed on exit (one command's work).
    The client attaches the key per request, to the API origin only."""
    from proofreader.heygen import DEFAULT_BASE_URL, HeyGenClient

    async with api_http_client() as http:
        yield HeyGenClient(
            http, api_key, base_url or DEFAULT_BASE_URL, retry=retry, timeout=timeout,
            sleep=sleep, limits=limits,
        )  # fmt: skip


@dataclass
class Link:
    """What the window's connection holds; `demo` is the sandbox and its library in demo mode."""

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
    from proofreader.workflow.service import ProofreadService

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


async def close_link(
    link: Link, jobs: JobBoard, cancel_users: Callable[[], Awaitable[None]]
) -> None:
    """Stop the service's jobs, then `cancel_users` (the front end's operations still using
    the client), close the clients, stop the sandbox."""
    try:
        await link.service.close()
        # an operation awaited outside any job (a request the window waits for) would use
        # the closed client: cancel it first, so none leaves a connection open
        await cancel_users()
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
    """The API's client and the downloads' client, made together (blocking: the CA bundle).
    Also imports what the first request would (anyio's backend, h11, the client and the
    service), which the window's start-up leaves out."""
    for module in (
        "anyio._backends._asyncio",
        "httpcore._backends.anyio",
        "h11",
        "proofreader.heygen.client",
        "proofreader.workflow.service",
    ):
        importlib.import_module(module)
    return api_http_client(), downloads_http_client()


async def stop_when_started(started: asyncio.Future[None], demo: DemoBackend) -> None:
    """The demo start was cancelled while its thread ran on: stop it once it is up."""
    with contextlib.suppress(Exception):
        await started
    await asyncio.to_thread(demo.stop)
