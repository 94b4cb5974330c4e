"""Presigned storage URLs: an HMAC over method, path and expiry, checked like S3 does."""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlencode


@dataclass(frozen=True)
class Denial:
    """Why storage refused a presigned request (answered 403)."""

    code: str
    message: str


class UrlSigner:
    """Makes and checks presigned URLs for the storage listener."""

    def __init__(self, secret: bytes, base_url: str, clock: Callable[[], float]) -> None:
        self._secret = secret
        self._base_url = base_url.rstrip("/")
        self._clock = clock

    def _signature(self, method: str, path: str, expires: str) -> str:
        message = f"{method}\n{path}\n{expires}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def sign(self, method: str, path: str, ttl_s: float, *, expired: bool = False) -> str:
        """A URL for ``method path`` valid for ``ttl_s`` seconds (or already expired)."""
        deadline = self._clock() - 1.0 if expired else self._clock() + ttl_s
        expires = f"{deadline:.3f}"
        query = urlencode({"expires": expires, "signature": self._signature(method, path, expires)})
        return f"{self._base_url}{quote(path)}?{query}"

    def check(self, method: str, path: str, query: dict[str, str]) -> Denial | None:
        """None when the request carries a valid, unexpired signature for this method and path."""
        expires = query.get("expires")
        signature = query.get("signature")
        if not expires or not signature:
            return Denial(
                "AccessDenied", "Query-string authentication requires expires and signature."
            )
        signed_method = "GET" if method == "HEAD" else method
        expected = self._signature(signed_method, path, expires)
        if not hmac.compare_digest(expected, signature):
            return Denial(
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        try:
            deadline = float(expires)
        except ValueError:
            return Denial("AccessDenied", "The expires parameter is not a number.")
        if not math.isfinite(deadline) or self._clock() > deadline:
            return Denial("AccessDenied", "Request has expired")
        return None
