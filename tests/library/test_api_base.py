"""The API base URL: precedence of its sources, and https except on this computer."""

from __future__ import annotations

import pytest

from proofreader.library.api_base import (
    DEFAULT_API_BASE,
    InvalidApiBase,
    resolve_api_base,
    validate_api_base,
)


def test_default_is_the_real_service() -> None:
    assert resolve_api_base(None, None, {}) == DEFAULT_API_BASE == "https://api.heygen.com"


def test_command_line_beats_environment_beats_settings() -> None:
    env = {"HEYGEN_API_BASE": "https://env.example"}
    assert resolve_api_base("https://cli.example", "https://set.example", env) == (
        "https://cli.example"
    )
    assert resolve_api_base(None, "https://set.example", env) == "https://env.example"
    assert resolve_api_base(None, "https://set.example", {}) == "https://set.example"
    assert resolve_api_base("", " ", {"HEYGEN_API_BASE": ""}) == DEFAULT_API_BASE


def test_real_environment_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYGEN_API_BASE", "http://127.0.0.1:8123")
    assert resolve_api_base(None, None) == "http://127.0.0.1:8123"


@pytest.mark.parametrize(
    ("given", "normalised"),
    [
        ("https://api.heygen.com/", "https://api.heygen.com"),
        ("HTTPS://API.HeyGen.com", "https://api.heygen.com"),
        ("https://proxy.example:8443/heygen/", "https://proxy.example:8443/heygen"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://127.5.6.7", "http://127.5.6.7"),
        ("http://localhost:9000/", "http://localhost:9000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_accepted_urls(given: str, normalised: str) -> None:
    assert validate_api_base(given) == normalised


@pytest.mark.parametrize(
    ("given", "phrase"),
    [
        ("http://api.heygen.com", "plain http"),
        ("http://192.168.1.10:8000", "plain http"),
        ("http://128.0.0.1", "plain http"),
        ("http://localhost.evil.example", "plain http"),
        ("ftp://api.heygen.com", "not a web address"),
        ("api.heygen.com", "not a web address"),
        ("https://", "not a web address"),
        ("https://user:pw@api.heygen.com", "user name or password"),
        ("https://api.heygen.com/?x=1", "query or fragment"),
        ("https://api.heygen.com:99999", "invalid port"),
    ],
)
def test_refused_urls_say_why(given: str, phrase: str) -> None:
    with pytest.raises(InvalidApiBase, match=phrase):
        validate_api_base(given)


def test_invalid_source_is_reported_even_when_others_are_valid() -> None:
    with pytest.raises(ValueError, match="plain http"):
        resolve_api_base("http://example.com", "https://api.heygen.com", {})
