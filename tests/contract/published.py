"""HeyGen's published v3 document, and checks of one exchange against it.

Request bodies are checked for what the app's client sends; answers for everything the sandbox
says with a 2xx (the document publishes no error schemas: errors are checked for the envelope).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30Validator

DOCUMENT = Path(__file__).with_name("heygen-v3-openapi.json")


@cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    return loaded


@cache
def _routes() -> list[tuple[re.Pattern[str], str]]:
    routes = []
    for template in document()["paths"]:
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        routes.append((re.compile(f"^{pattern}/?$"), template))
    # literal paths first: /v3/video-translations/statuses is not /v3/video-translations/{id}
    routes.sort(key=lambda route: route[1].count("{"))
    return routes


def operation(method: str, path: str) -> dict[str, Any] | None:
    """The published operation for a request, None when the document has none."""
    for pattern, template in _routes():
        if pattern.match(path):
            found: dict[str, Any] | None = document()["paths"][template].get(method.lower())
            if found is not None:
                return found
    return None


def _closed(schema: Any) -> Any:
    """The schema with every object that lists its properties closed to others.

    The published document leaves objects open, so a misspelt or unpublished field (the
    client sending `{"caption": true}`, the sandbox adding `mode`) would pass. Objects with no
    listed properties (maps such as upload_headers, published as `properties: {}`) stay open."""
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    closed = {key: _closed(value) for key, value in schema.items()}
    if schema.get("properties") and "additionalProperties" not in schema:
        closed["additionalProperties"] = False
    return closed


def _problems(schema: dict[str, Any], value: object, where: str) -> list[str]:
    validator = OAS30Validator(_closed(schema))
    return [
        f"{where}: {'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
        for error in validator.iter_errors(value)
    ]


def request_problems(method: str, path: str, body: bytes) -> list[str]:
    """Why a JSON request body does not match its published schema (empty: it matches)."""
    found = operation(method, path)
    where = f"request {method} {path}"
    if found is None:
        return [f"{where}: not in the published document"]
    content = found.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        return [f"{where}: the document publishes no JSON body"] if body.strip() else []
    return _problems(schema, json.loads(body), where)


def response_problems(method: str, path: str, status: int, body: bytes) -> list[str]:
    """Why a JSON answer does not match the published shape (empty: it matches)."""
    where = f"answer {status} to {method} {path}"
    value = json.loads(body)
    if status >= 400:
        error = value.get("error") if isinstance(value, dict) else None
        if not isinstance(error, dict) or not all(
            isinstance(error.get(name), str) for name in ("code", "message")
        ):
            return [f"{where}: not the error envelope"]
        return []
    found = operation(method, path)
    if found is None:
        return [f"{where}: not in the published document"]
    published = found["responses"].get(str(status), found["responses"].get("200"))
    schema = published["content"]["application/json"]["schema"]
    return _problems(schema, value, where)
