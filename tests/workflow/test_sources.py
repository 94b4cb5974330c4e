"""Parsing sources and naming files: what a user types and what lands on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.heygen import HeyGenClient
from proofreader.sandbox import SandboxServer
from proofreader.workflow import (
    InputError,
    MediaSource,
    create_proofreads,
    proofread_srt_names,
    render_stem,
    safe_stem,
)
from proofreader.workflow.keys import action_name


def test_sources_are_a_file_a_url_or_an_asset(tmp_path: Path) -> None:
    video = tmp_path / "talk.mp4"
    video.write_bytes(b"\0" * 10)
    assert MediaSource.parse(str(video)) == MediaSource("file", str(video))
    assert MediaSource.parse("https://cdn.example/v.mp4").kind == "url"
    assert MediaSource.parse("HTTP://cdn.example/v.mp4").kind == "url"
    assert MediaSource.parse("asset:abc123") == MediaSource("asset", "abc123")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "No video"),
        ("asset:", "names no asset"),
        ("ftp://example/v.mp4", "http\\(s\\) URL"),
        ("missing.mp4", "does not exist"),
    ],
)
def test_unusable_sources_are_refused_with_a_sentence(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        MediaSource.parse(text)


def test_a_folder_is_not_a_video(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is not a file"):
        MediaSource.parse(str(tmp_path))


def test_file_names_follow_the_contract_and_stay_legal() -> None:
    assert proofread_srt_names("Demo", "id1") == (
        "Demo_proofread.srt",
        "Demo_proofread_original.srt",
    )
    assert proofread_srt_names(None, "id1")[0] == "id1_proofread.srt"
    assert safe_stem('a/b\\c:d*e?"f<g>h|i', "x") == "a_b_c_d_e_f_g_h_i"
    assert safe_stem("  ..  ", "fallback") == "fallback"
    assert safe_stem("CON", "fallback") == "fallback"
    assert render_stem("Talk", "Spanish (Spain)", "id") == "Talk_Spanish (Spain)"
    assert render_stem(None, None, "id9") == "id9"


def test_action_names_repeat_for_the_same_request_and_differ_otherwise() -> None:
    assert action_name("proofread", "a", [1]) == action_name("proofread", "a", [1])
    assert action_name("proofread", "a", [1]) != action_name("proofread", "a", [2])
    assert action_name("proofread", "a") != action_name("generate", "a")


async def test_a_file_type_heygen_refuses_is_refused_before_uploading(
    client: HeyGenClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    movie = tmp_path / "talk.mov"
    movie.write_bytes(b"\x00\x00\x00\x18ftypqt  " + b"\x00" * 64)
    with pytest.raises(InputError, match=r"does not take \.mov files .*convert"):
        await create_proofreads(client, MediaSource.parse(str(movie)), ["Spanish (Spain)"], "Mov")
    assert not [r for r in sandbox.requests if r.path.startswith("/v3/assets")]
