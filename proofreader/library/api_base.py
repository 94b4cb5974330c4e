"""Which HeyGen API base URL to talk to, and the rule that keeps the key off plain HTTP.

Precedence: --api-base, else HEYGEN_API_BASE, else the settings, else the real service.
Only https is accepted, except plain http to this computer (the sandbox on loopback).
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from urllib.parse import urlsplit, urlunsplit

DEFAULT_API_BASE = "https://api.heygen.com"
API_BASE_ENV = "HEYGEN_API_BASE"


class InvalidApiBase(ValueError):
    """The API base URL is not one the app will send the key to."""


def resolve_api_base(
    cli_value: str | None,
    settings_value: str | None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The validated base URL (without a trailing slash); blank values count as not given."""
    env = os.environ if environ is None else environ
    for candidate in (cli_value, env.get(API_BASE_ENV), settings_value):
        if candidate is not None and candidate.strip():
            return validate_api_base(candidate)
    return DEFAULT_API_BASE


def validate_api_base(url: str) -> str:
    """Check the URL and return it normalised (lower-case scheme and host, no trailing slash)."""
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not parts.hostname:
        raise InvalidApiBase(
            f"The API base URL {text!r} is not a web address; use one like {DEFAULT_API_BASE}."
        )
    if parts.username is not None or parts.password is not None:
        raise InvalidApiBase(
            "The API base URL must not contain a user name or password; "
            "give the key separately (keychain or HEYGEN_API_KEY)."
        )
    if parts.query or parts.fragment:
        raise InvalidApiBase(
            f"The API base URL {text!r} must not have a query or fragment; "
            f"use one like {DEFAULT_API_BASE}."
        )
    try:
        port = parts.port
    except ValueError:
        raise InvalidApiBase(f"The API base URL {text!r} has an invalid port number.") from None
    host = parts.hostname.lower()
    if scheme == "http" and not is_loopback_host(host):
        raise InvalidApiBase(
            f"The API base URL {text!r} uses plain http, which would send your API key "
            "unencrypted; use https (plain http is allowed only for this computer: "
            "localhost, 127.0.0.1 or ::1)."
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc = f"{netloc}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (brackets around an IPv6 address allowed)."""
    name = host.strip().lower().strip("[]").rstrip(".")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
