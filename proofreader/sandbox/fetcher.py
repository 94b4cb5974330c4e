"""Fetching a source URL the way the service does, but only from this machine.

The sandbox must never reach the internet: only loopback URLs (its own storage listener, a test's
local server) are fetched for real; any other URL counts as unreachable. No API key is ever sent.
"""

from __future__ import annotations

import ipaddress
import logging
from pathlib import Path
from urllib.parse import urlsplit

import httpx

FETCHER_USER_AGENT = "HeyGen-Sandbox-Fetcher/1.0"
_log = logging.getLogger(__name__)


def is_loopback(url: str) -> bool:
    """True for http(s) URLs whose host is a loopback address or 'localhost'."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SourceFetcher:
    """Downloads loopback URLs to a file with a plain client (no credentials, no redirects)."""

    def __init__(self, timeout_s: float = 30.0) -> None:
        self._timeout_s = timeout_s
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=self._timeout_s,
                follow_redirects=False,
                trust_env=False,
                headers={"User-Agent": FETCHER_USER_AGENT},
            )
        return self._client

    async def fetch(self, url: str, dest: Path) -> bool:
        """Stream ``url`` into ``dest``; False (and no file) when it cannot be fetched."""
        if not is_loopback(url):
            return False
        try:
            async with self._http().stream("GET", url) as response:
                if response.status_code != 200:
                    return False
                with dest.open("wb") as out:
                    async for chunk in response.aiter_bytes(1024 * 1024):
                        out.write(chunk)
            return True
        except (httpx.HTTPError, OSError) as exc:
            _log.info("Could not fetch a source URL: %s", type(exc).__name__)
            dest.unlink(missing_ok=True)
            return False

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
