"""One road for every HTTP request: the key only to the API origin, deadlines, retries, logging.

The API key is attached per request, and only when the request's origin (scheme, host, port)
is the API base's origin. Presigned storage links and source URLs never see it, and neither
does a redirect: API requests do not follow redirects at all. Log lines carry method, host,
path and status; never headers or query strings (presigned signatures live there).
"""

from __future__ import annotations

import asyncio.selector_events
import ipaddress
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from proofreader import __version__
from proofreader.heygen.envelope import error_from_response, read_body
from proofreader.heygen.errors import (
    ApiError,
    ConnectionFailed,
    InsecureBaseUrlError,
    InvalidApiKeyError,
    InvalidBaseUrlError,
    NetworkError,
    RateLimitedError,
    RequestInProgressError,
    RequestTimeout,
    ServerError,
)
from proofreader.heygen.limits import DeadlineExceeded, NetworkLimits, read_bounded
from proofreader.heygen.retry import RetryPolicy, is_idempotent

logger = logging.getLogger("proofreader.heygen")

DEFAULT_BASE_URL = "https://api.heygen.com"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=15.0)
API_KEY_HEADER = "X-Api-Key"
USER_AGENT = f"Proofreader/{__version__}"  # names the app to HeyGen, as its own CLI does

# Bodies arrive one socket read at a time, and each read costs a trip through the event loop,
# anyio, httpcore and h11. httpcore asks for 64 KiB and asyncio's selector transports recv() at
# most 256 KiB; 1 MiB for both cuts the CPU a loopback download costs by about a third, to
# below curl's (benchmarks/transfer.py). httpcore offers its class attribute as a knob;
# asyncio's is undocumented, so it is raised only where it exists. recv() returns what is
# there, so small answers stay small.
_READ_SIZE = 1 << 20
httpcore.AsyncHTTP11Connection.READ_NUM_BYTES = max(
    httpcore.AsyncHTTP11Connection.READ_NUM_BYTES, _READ_SIZE
)
_selector_transport: Any = getattr(asyncio.selector_events, "_SelectorSocketTransport", None)
if isinstance(getattr(_selector_transport, "max_size", None), int):
    _selector_transport.max_size = max(_selector_transport.max_size, _READ_SIZE)

Sleep = Callable[[float], Awaitable[None]]
Origin = tuple[str, str, int]

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Raised before a single byte of the request left this computer: safe to retry any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def origin_of(url: httpx.URL) -> Origin:
    """(scheme, host, port) with the scheme's default port filled in."""
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme, 0)


def host_label(url: httpx.URL) -> str:
    """`host` or `host:port` when the port is not the scheme's default: for messages and logs."""
    port = url.port
    return f"{url.host}:{port}" if port and port != _DEFAULT_PORTS.get(url.scheme) else url.host


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (where plain http cannot be overheard)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


def check_api_key(api_key: str) -> str:
    """The key without surrounding blanks; InvalidApiKeyError (never quoting it) when it holds
    a line break, a control or a non-ASCII character, which no HeyGen key has."""
    key = api_key.strip()
    for position, char in enumerate(key, start=1):
        if not "!" <= char <= "~":
            raise InvalidApiKeyError(position, char)
    return key


def check_base_url(base_url: str) -> httpx.URL:
    """The parsed base URL; refuses plain http except to this computer, and other schemes."""
    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidBaseUrlError(base_url) from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidBaseUrlError(base_url)
    if url.scheme == "http" and not is_loopback(url.host):
        raise InsecureBaseUrlError(base_url)
    return url


def network_error(exc: httpx.TransportError, url: httpx.URL, *, sent: bool) -> NetworkError:
    """The typed error for a failed connection; `sent` marks a request that may have arrived."""
    host = host_label(url)
    error: NetworkError
    if isinstance(exc, httpx.TimeoutException):
        error = RequestTimeout(host, outcome_unknown=sent)
    else:
        error = ConnectionFailed(host, outcome_unknown=sent)
    return error


@dataclass(frozen=True)
class StreamBody:
    """A request body made fresh for every attempt, with its headers (type, length)."""

    headers: Mapping[str, str]
    open: Callable[[], AsyncGenerator[bytes, None]]


class Transport:
    """Sends requests for the client: API calls with the key, storage transfers without."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        api_key: str,
        base_url: str,
        *,
        retry: RetryPolicy,
        timeout: httpx.Timeout,
        sleep: Sleep,
        limits: NetworkLimits | None = None,
    ) -> None:
        self.http = http
        self.limits = limits or NetworkLimits()
        self.base_url = check_base_url(base_url)
        self.retry = retry
        self.timeout = timeout
        self.sleep = sleep
        self._api_key = check_api_key(api_key)
        self._api_origin = origin_of(self.base_url)
        self._prefix = str(self.base_url).rstrip("/")

    # -- key handling -------------------------------------------------------------------------

    def is_api_origin(self, url: httpx.URL) -> bool:
        return origin_of(url) == self._api_origin

    def key_headers(self, url: httpx.URL) -> dict[str, str]:
        """The key header for a URL on the API origin, nothing for any other URL."""
        if self._api_key and self.is_api_origin(url):
            return {API_KEY_HEADER: self._api_key}
        return {}

    def redact(self, text: str) -> str:
        """The text with the key replaced, for anything the service echoes back to us."""
        return text.replace(self._api_key, "[redacted]") if self._api_key else text

    def api_url(self, path: str) -> httpx.URL:
        return httpx.URL(self._prefix + path)

    # -- API calls ----------------------------------------------------------------------------

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json: Any = None,
        content: bytes | None = None,
        body: StreamBody | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
    ) -> dict[str, Any]:
        """Send one API request with retries; the JSON object of the answer, or a typed error."""
        url = self.api_url(path)
        safe = is_idempotent(method) if idempotent is None else idempotent
        extra = dict(headers or {})
        if body is not None:
            extra.update(body.headers)

        def build(stream: AsyncIterator[bytes] | None) -> httpx.Request:
            request = self.http.build_request(
                method,
                url,
                params=params,
                json=json,
                content=stream if stream is not None else content,
                headers={
                    "Accept": "application/json",
                    "Accept-Encoding": "gzip",  # what read_bounded can decode in bounded steps
                    "User-Agent": USER_AGENT,
                    **extra,
                },
                timeout=self.timeout,
            )
            request.headers.update(self.key_headers(request.url))
            return request

        deadline = self.limits.deadline_for(method, upload=body is not None)
        response = await self.send(
            build,
            body=body,
            idempotent=safe,
            url=url,
            path=path,
            follow_redirects=False,
            deadline_s=deadline,
        )
        return read_body(response, path=path)

    async def send(
        self,
        build: Callable[[AsyncIterator[bytes] | None], httpx.Request],
        *,
        body: StreamBody | None,
        idempotent: bool,
        url: httpx.URL,
        path: str,
        follow_redirects: bool,
        error_for: Callable[[httpx.Response], Exception] | None = None,
        deadline_s: float | None = None,
    ) -> httpx.Response:
        """Send with the retry policy, each attempt within `deadline_s` (default: a read's).

        `error_for` maps a failed answer (default: API errors).
        """
        deadline = self.limits.read_s if deadline_s is None else deadline_s
        retries = 0
        while True:
            stream = body.open() if body is not None else None
            request = build(stream)
            try:
                response = await self._exchange(request, follow_redirects, deadline, path)
            except TimeoutError as exc:  # the deadline: the answer never finished
                late = DeadlineExceeded(host_label(url), deadline, outcome_unknown=not idempotent)
                if self.retry.can_retry(retries) and idempotent:
                    retries += 1
                    await self.sleep(self.retry.backoff(retries - 1))
                    continue
                logger.warning(
                    "%s %s %s stopped after its %g s deadline",
                    request.method,
                    host_label(url),
                    path,
                    deadline,
                )
                raise late from exc
            except httpx.TransportError as exc:
                sent = not isinstance(exc, _NOT_SENT)
                error = network_error(exc, url, sent=sent and not idempotent)
                if self.retry.can_retry(retries) and (idempotent or not sent):
                    delay = self.retry.backoff(retries)
                    logger.warning(
                        "%s %s %s failed (%s); retrying in %.1f s",
                        request.method,
                        host_label(url),
                        path,
                        type(exc).__name__,
                        delay,
                    )
                    retries += 1
                    await self.sleep(delay)
                    continue
                logger.warning(
                    "%s %s %s failed (%s)",
                    request.method,
                    host_label(url),
                    path,
                    type(exc).__name__,
                )
                raise error from exc
            finally:
                if stream is not None:
                    await stream.aclose()
            logger.debug(
                "%s %s %s -> %d", request.method, host_label(url), path, response.status_code
            )
            if response.status_code < 300:
                return response
            failure = (error_for or self._api_error(path))(response)
            wait = self._retry_delay(failure, retries, idempotent)
            if wait is None:
                raise failure
            logger.warning(
                "%s %s %s answered %d; retrying in %.1f s",
                request.method,
                host_label(url),
                path,
                response.status_code,
                wait,
            )
            retries += 1
            await self.sleep(wait)

    async def _exchange(
        self, request: httpx.Request, follow_redirects: bool, deadline: float, path: str
    ) -> httpx.Response:
        """One request and its whole answer, read within `deadline` and up to the size cap."""
        async with asyncio.timeout(deadline):
            response = await self.http.send(
                request, stream=True, auth=None, follow_redirects=follow_redirects
            )
            try:
                if response.is_stream_consumed:  # made in memory (a mock transport): decoded
                    raw, encoding = _once(response.content), ""
                else:
                    raw = response.aiter_raw()
                    encoding = response.headers.get("content-encoding", "")
                content = await read_bounded(
                    raw, encoding, cap=self.limits.max_json_bytes, path=path
                )
            finally:
                await response.aclose()
        kept = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx.Response(response.status_code, headers=kept, content=content, request=request)

    def _api_error(self, path: str) -> Callable[[httpx.Response], ApiError]:
        def make(response: httpx.Response) -> ApiError:
            return error_from_response(response, path=path, redact=self.redact)

        return make

    def _retry_delay(self, error: Exception, retries: int, idempotent: bool) -> float | None:
        """Seconds to wait before retrying after `error`, or None when it must not be retried."""
        if not self.retry.can_retry(retries):
            return None
        if isinstance(error, RateLimitedError):
            return self.retry.rate_limit_delay(retries, error.retry_after)
        if isinstance(error, ServerError) and idempotent:
            return self.retry.backoff(retries)
        if isinstance(error, RequestInProgressError):  # same key again: HeyGen's own advice
            return self.retry.backoff(retries)
        return None
