"""Lenient readers for JSON fields: the live service and its schema disagree in small ways.

Each returns None for a missing or unusable value instead of failing, so a new or renamed
optional field never breaks the app; only a missing identifier is an error.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any


class ResourceParseError(ValueError):
    """An answer lacked something the client cannot do without (an id)."""


def as_mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def text(data: Mapping[str, Any], *keys: str) -> str | None:
    """The first present key as a string (numbers are accepted and converted)."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    return None


def required_text(data: Mapping[str, Any], *keys: str, fallback: str | None = None) -> str:
    value = text(data, *keys) or fallback
    if not value:
        raise ResourceParseError(f"the answer had no {keys[0]}")
    return value


def number(data: Mapping[str, Any], *keys: str) -> float | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float) and math.isfinite(value):
            return float(value)
        if isinstance(value, str):
            try:
                parsed = float(value)
            except ValueError:
                continue
            if math.isfinite(parsed):
                return parsed
    return None


def integer(data: Mapping[str, Any], *keys: str) -> int | None:
    value = number(data, *keys)
    return None if value is None else int(value)


def flag(data: Mapping[str, Any], *keys: str) -> bool | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return value != 0
        if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
    return None


def timestamp(data: Mapping[str, Any], *keys: str) -> datetime | None:
    """Unix seconds (or milliseconds) or ISO 8601, as an aware UTC datetime."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            seconds = value / 1000 if value > 1e11 else value
            try:
                return datetime.fromtimestamp(seconds, UTC)
            except (OverflowError, OSError, ValueError):
                continue
        if isinstance(value, str) and value:
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                seconds_value = number({"v": value}, "v")
                if seconds_value is None:
                    continue
                return timestamp({"v": seconds_value}, "v")
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def string_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value if isinstance(item, str | int) and item != "")
    return ()


def string_mapping(value: object) -> dict[str, str]:
    """A header map; a list of {name, value} pairs is accepted as well."""
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        pairs: dict[str, str] = {}
        for item in value:
            entry = as_mapping(item)
            name, val = text(entry, "name", "key"), text(entry, "value")
            if name and val is not None:
                pairs[name] = val
        return pairs
    return {}
