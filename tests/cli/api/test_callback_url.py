"""A webhook address that cannot work is refused before the paid request, with the window's
sentence (HeyGen would call it over the internet, so only a full https:// address can)."""

from __future__ import annotations

import pytest

from proofreader.sandbox import SandboxServer
from tests.cli.api.conftest import Cli

MUST_BE_HTTPS = "The callback URL must be a full https:// address"


@pytest.mark.parametrize(
    ("argv", "url", "sentence"),
    [
        (("proofread", "generate", "pr_1"), "http://example.com/hook", MUST_BE_HTTPS),
        (("proofread", "generate", "pr_1"), "example.com/hook", MUST_BE_HTTPS),
        (
            (
                "translation",
                "create",
                "--video",
                "https://example.com/v.mp4",
                "--lang",
                "French (France)",
            ),
            "https://example.com/my hook",
            "The callback URL contains spaces",
        ),
    ],
)
def test_a_callback_url_that_cannot_work_costs_nothing(
    run: Cli, sandbox: SandboxServer, argv: tuple[str, ...], url: str, sentence: str
) -> None:
    before = sandbox.created_counts()
    result = run(*argv, "--callback-url", url)
    assert result.code == 2
    assert sentence in result.err
    assert sandbox.created_counts() == before


def test_a_https_callback_url_goes_through(run: Cli, sandbox: SandboxServer) -> None:
    created = run.ok(
        "translation", "create", "--video", sandbox.sample_video_url, "--lang", "French (France)",
        "--callback-url", " https://example.com/hook ", "--json",
    ).json()  # fmt: skip
    assert len(created["video_translation_ids"]) == 1
