"""The window's demo and `--demo` are one back end on one state: a session made in the window's
demo is there for the command line, and the other way round."""

from __future__ import annotations

import asyncio
import json

import pytest

from proofreader import cli
from proofreader.heygen.options import MediaInput
from proofreader.library import AppPaths
from proofreader.workflow.connection import open_client
from proofreader.workflow.demo import DemoBackend, DemoDelays
from proofreader.workspace.document_source import SAMPLE_DIR


async def _status_in(demo: DemoBackend, proofread_id: str) -> str:
    server = demo.server
    assert server is not None
    async with open_client(server.api_key, server.base_url) as client:
        return (await client.get_proofread(proofread_id)).id


async def _create_in(demo: DemoBackend) -> str:
    server = demo.server
    assert server is not None
    async with open_client(server.api_key, server.base_url) as client:
        created = await client.create_proofread(
            MediaInput.url(server.sample_video_url), ["Spanish (Spain)"], "From the window"
        )
    return created.proofread_ids[0]


def test_a_session_from_the_window_demo_is_there_for_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    window_demo = DemoBackend(AppPaths.from_environment(), DemoDelays(0, 0))
    window_demo.start()
    try:
        proofread_id = asyncio.run(_create_in(window_demo))
    finally:
        window_demo.stop()
    capsys.readouterr()
    assert cli.main(["--demo", "proofread", "status", proofread_id, "--json"]) == 0
    assert proofread_id in capsys.readouterr().out


def test_a_session_from_the_command_line_demo_is_there_for_the_window(
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    talk = str(SAMPLE_DIR / "talk.mp4")
    argv = ["--demo", "proofread", "create", "--video", talk, "--lang", "Spanish (Spain)"]
    assert cli.main([*argv, "--title", "From the CLI", "--json"]) == 0
    [proofread_id] = json.loads(capsys.readouterr().out)["proofread_ids"]
    window_demo = DemoBackend(AppPaths.from_environment(), DemoDelays(0, 0))
    window_demo.start()
    try:
        assert asyncio.run(_status_in(window_demo, proofread_id)) == proofread_id
    finally:
        window_demo.stop()


def test_the_command_line_demo_keeps_no_library_of_its_own(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Only the window records sessions; `--demo` must not create or lock the demo library."""
    paths = AppPaths.from_environment()
    assert cli.main(["--demo", "languages", "--json"]) == 0
    assert (paths.data / "sandbox" / "sandbox.sqlite3").is_file()
    assert not (paths.data / "sandbox" / "library.sqlite3").exists()
