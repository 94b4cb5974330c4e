"""The command line says what HeyGen publishes: captions, an SRT without a role."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.sandbox import SandboxServer
from tests.cli.api.conftest import Cli
from tests.workflow.helpers import TRANSCRIPT


@pytest.mark.parametrize("command", [("proofread", "generate"), ("translation", "create")])
def test_captions_are_explained_in_the_same_words_as_the_window(
    run: Cli, command: tuple[str, str]
) -> None:
    help_text = " ".join(run.raw(*command, "--help").out.split())
    assert "--captions Generate captions for the translated video: HeyGen burns them" in help_text
    assert "SRT and VTT files" in help_text
    assert "Enterprise" not in help_text


def test_an_srt_without_a_role_is_sent_as_it_is(
    run: Cli, sandbox: SandboxServer, tmp_path: Path
) -> None:
    created = run(
        "translation", "create", "--video", sandbox.sample_video_url, "--lang", "Spanish (Spain)",
        "--srt", str(TRANSCRIPT), "--json",
    )  # fmt: skip
    assert created.code == 0, created.err
    assert len(created.json()["video_translation_ids"]) == 1
