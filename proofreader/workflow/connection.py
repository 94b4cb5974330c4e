"""Opening a client: one `httpx.AsyncClient` per session of work, closed when it ends."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from proofreader.heygen import DEFAULT_BASE_URL, HeyGenClient, RetryPolicy
from proofreader.heygen.limits import NetworkLimits
from proofreader.heygen.transport import Sleep


@asynccontextmanager
async def open_client(
    api_key: str,
    base_url: str = DEFAULT_BASE_URL,
    *,
    retry: RetryPolicy | None = None,
    sleep: Sleep = asyncio.sleep,
    timeout: httpx.Timeout | None = None,
    limits: NetworkLimits | None = None,
) -> AsyncIterator[HeyGenClient]:
    """A HeyGen client over a fresh HTTP connection pool, closed on exit.

    Proxy and certificate settings from the environment apply (HTTPS_PROXY, SSL_CERT_FILE);
    the client attaches the key per request, to the API origin only.
    """
    async with httpx.AsyncClient(follow_redirects=False) as http:
        yield HeyGenClient(
            http, api_key, base_url, retry=retry, timeout=timeout, sleep=sleep, limits=limits
        )
