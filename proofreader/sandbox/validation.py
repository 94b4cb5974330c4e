"""Reading request bodies the way the service validates them: 400 invalid_parameter with param."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from proofreader.sandbox.errors import ApiError, invalid


@dataclass(frozen=True)
class MediaInput:
    """``{"type": "url", "url": ...}`` or ``{"type": "asset_id", "asset_id": ...}``."""

    kind: str
    value: str


class Body:
    """A JSON object body; each accessor validates one field. Unknown fields are ignored."""

    def __init__(self, data: dict[str, Any], raw: bytes = b"") -> None:
        self._data = data
        self._raw = raw

    @classmethod
    async def read(cls, request: Request) -> Body:
        raw = await request.body()
        if not raw.strip():
            return cls({}, raw)
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise ApiError(400, "The request body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise ApiError(400, "The request body must be a JSON object.")
        return cls(data, raw)

    def digest(self) -> str:
        """Identifies the body for Idempotency-Key checks (key order does not matter)."""
        canonical = json.dumps(self._data, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()

    def _value(self, name: str, required: bool) -> Any:
        value = self._data.get(name)
        if value is None and required:
            raise invalid(name, f"Field '{name}' is required.")
        return value

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self._value(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise invalid(name, f"Field '{name}' must be a string.")
        if required and not value.strip():
            raise invalid(name, f"Field '{name}' must not be empty.")
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        value = self._value(name, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise invalid(name, f"Field '{name}' must be true or false.")
        return value

    def integer(
        self,
        name: str,
        *,
        required: bool = False,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        value = self._value(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise invalid(name, f"Field '{name}' must be an integer.")
        if minimum is not None and value < minimum:
            raise invalid(name, f"Field '{name}' must be at least {minimum}.")
        if maximum is not None and value > maximum:
            raise invalid(name, f"Field '{name}' must be at most {maximum}.")
        return value

    def number(self, name: str, *, minimum: float = 0.0) -> float | None:
        value = self._value(name, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise invalid(name, f"Field '{name}' must be a number.")
        if value < minimum:
            raise invalid(name, f"Field '{name}' must be at least {minimum:g}.")
        return float(value)

    def choice(self, name: str, choices: Collection[str], default: str | None) -> str | None:
        value = self._value(name, False)
        if value is None:
            return default
        if not isinstance(value, str) or value not in choices:
            allowed = ", ".join(sorted(choices))
            raise invalid(name, f"Field '{name}' must be one of: {allowed}.")
        return value

    def mapping(self, name: str) -> dict[str, Any] | None:
        value = self._value(name, False)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise invalid(name, f"Field '{name}' must be an object.")
        return value

    def language(self, name: str, known: Collection[str]) -> str | None:
        value = self.text(name)
        if value is not None and value not in known:
            raise invalid(name, f"'{value}' is not a supported language.")
        return value

    def languages(self, name: str, known: Collection[str]) -> list[str]:
        # Stricter than the published schema (any array of strings): HeyGen documents that the
        # names are those GET /v3/video-translations/languages lists, and refuses others.
        value = self._value(name, True)
        if not isinstance(value, list) or not value:
            raise invalid(name, f"Field '{name}' must be a non-empty array of language names.")
        for item in value:
            if not isinstance(item, str):
                raise invalid(name, f"Field '{name}' must contain only language names.")
            if item not in known:
                raise invalid(name, f"'{item}' is not a supported language.")
        if len(set(value)) != len(value):
            raise invalid(name, f"Field '{name}' lists a language twice.")
        return list(value)

    def media(self, name: str, *, required: bool = False) -> MediaInput | None:
        value = self._value(name, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise invalid(name, f"Field '{name}' must be an object with 'type'.")
        kind = value.get("type")
        if kind not in ("url", "asset_id"):
            raise invalid(name, f"Field '{name}.type' must be 'url' or 'asset_id'.")
        ident = value.get(kind)
        if not isinstance(ident, str) or not ident.strip():
            raise invalid(name, f"Field '{name}.{kind}' must be a non-empty string.")
        return MediaInput(kind, ident)
