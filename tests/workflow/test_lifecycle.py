"""The whole proofread lifecycle through workflow/ against the sandbox over real HTTP."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from proofreader.heygen import HeyGenClient, ProofreadStatus, TranslationStatus
from proofreader.sandbox import SandboxServer
from proofreader.workflow import (
    GenerateOptions,
    InputError,
    JobFailed,
    MediaSource,
    NotReady,
    Poller,
    create_proofreads,
    download_outputs,
    generate,
    pull_srts,
    push_srt,
    require_completed,
    wait_proofread,
    wait_translation,
)
from tests.workflow.helpers import LANGUAGES, TALK, TRANSCRIPT, edit_srt, sha256_of


async def test_create_poll_pull_push_generate_download(
    client: HeyGenClient, poller: Poller, sandbox: SandboxServer, tmp_path: Path
) -> None:
    uploaded: list[tuple[int, int | None]] = []
    created = await create_proofreads(
        client,
        MediaSource.parse(str(TALK)),
        LANGUAGES,
        "Sandbox talk",
        progress=lambda done, total: uploaded.append((done, total)),
        srt=MediaSource.parse(str(TRANSCRIPT)),
    )
    assert len(created.proofread_ids) == 2
    assert uploaded[-1] == (TALK.stat().st_size, TALK.stat().st_size)

    updates: list[str] = []
    for proofread_id in created.proofread_ids:
        done = await wait_proofread(
            client, proofread_id, poller, on_update=lambda u: updates.append(u.status)
        )
        assert done.status is ProofreadStatus.COMPLETED
    assert updates[-1] == "completed"

    spanish = created.proofread_ids[0]
    pulled = await pull_srts(client, spanish, folder=tmp_path)
    assert pulled.translated == tmp_path / "Sandbox talk_proofread.srt"
    assert pulled.original == tmp_path / "Sandbox talk_proofread_original.srt"
    assert pulled.translated.read_bytes() != pulled.original.read_bytes()

    edited = edit_srt(pulled.translated)
    pushed = await push_srt(client, spanish, pulled.translated)
    assert pushed.route == "asset"
    assert pushed.sha256 == hashlib.sha256(edited).hexdigest()

    render = await generate(client, spanish, GenerateOptions(captions=True))
    finished = await wait_translation(client, render.video_translation_id, poller)
    assert finished.status is TranslationStatus.COMPLETED

    got: list[str] = []
    files = await download_outputs(
        client, render.video_translation_id, tmp_path / "out", progress_for=got.append
    )
    names = sorted(path.name for path in files)
    assert names == sorted(
        f"Sandbox talk_Spanish (Spain){ext}" for ext in (".srt", ".vtt", ".m4a", ".mp4")
    )
    assert sorted(got) == names
    caption = tmp_path / "out" / "Sandbox talk_Spanish (Spain).srt"
    assert sha256_of(caption) == pushed.sha256
    assert not caption.stat().st_mode & 0o111
    assert sandbox.created_counts()["proofreads"] == 2
    assert sandbox.created_counts()["generates"] == 1


async def test_a_session_without_an_original_pulls_the_translation_and_says_so(
    client: HeyGenClient, poller: Poller, sandbox: SandboxServer, tmp_path: Path
) -> None:
    created = await create_proofreads(
        client, MediaSource.parse(sandbox.sample_video_url), ["Spanish (Spain)"], "No original"
    )
    await wait_proofread(client, created.proofread_ids[0], poller)
    pulled = await pull_srts(client, created.proofread_ids[0], folder=tmp_path)
    assert pulled.original is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["No original_proofread.srt"]


async def test_a_new_push_makes_the_next_generate_a_new_render(
    client: HeyGenClient, poller: Poller, tmp_path: Path
) -> None:
    created = await create_proofreads(
        client, MediaSource.parse(str(TALK)), ["German (Germany)"], "Push"
    )
    proofread_id = created.proofread_ids[0]
    await wait_proofread(client, proofread_id, poller)
    first = await generate(client, proofread_id)
    pulled = await pull_srts(client, proofread_id, folder=tmp_path)
    edit_srt(pulled.translated)
    await push_srt(client, proofread_id, pulled.translated)
    second = await generate(client, proofread_id)
    assert second.video_translation_id != first.video_translation_id


async def test_a_url_source_is_passed_through_and_a_typo_in_a_language_is_caught_first(
    client: HeyGenClient, sandbox: SandboxServer
) -> None:
    with pytest.raises(InputError, match="Did you mean 'Spanish \\(Spain\\)'"):
        await create_proofreads(client, MediaSource.parse(str(TALK)), ["Spanish (Spian)"], "T")
    assert sandbox.created_counts()["assets"] == 0
    created = await create_proofreads(
        client, MediaSource.parse(sandbox.sample_video_url), ["spanish (spain)"], "From a URL"
    )
    assert len(created.proofread_ids) == 1
    assert sandbox.created_counts()["assets"] == 0


async def test_pull_before_completion_and_a_failed_source_say_what_to_do(
    client: HeyGenClient, poller: Poller, sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.settings.proofread_delay_s = 30
    busy = await create_proofreads(
        client, MediaSource.parse(sandbox.sample_video_url), ["French (France)"], "Busy"
    )
    with pytest.raises(NotReady, match=r"status .* --wait"):
        await pull_srts(client, busy.proofread_ids[0], folder=tmp_path)

    sandbox.settings.proofread_delay_s = 0.0
    silent = await create_proofreads(
        client, MediaSource.parse(sandbox.silent_video_url), ["French (France)"], "Silent"
    )
    result = await wait_proofread(client, silent.proofread_ids[0], poller)
    assert result.status is ProofreadStatus.FAILED
    with pytest.raises(JobFailed, match="audio is missing"):
        require_completed(result)
