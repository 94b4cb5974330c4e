"""Idempotency keys belong to a user action: kept until HeyGen has answered, then retired.

Against the sandbox, which keeps a key 24 hours and replays the first answer to it whatever
the body, as HeyGen publishes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from proofreader.heygen import (
    HeyGenClient,
    TranslationStatus,
    UnexpectedResponseError,
    ValidationError,
)
from proofreader.library.action_keys import FILE_NAME, ActionKeys
from proofreader.sandbox import SandboxServer
from proofreader.workflow import (
    GenerateOptions,
    MediaSource,
    OutcomeUnknown,
    Poller,
    create_proofreads,
    generate,
    wait_proofread,
    wait_translation,
)
from proofreader.workflow.errors import StaleAttempt
from proofreader.workflow.keys import run_keyed
from tests.workflow.helpers import TALK


async def _ready_session(client: HeyGenClient, poller: Poller, keys: ActionKeys) -> str:
    created = await create_proofreads(
        client, MediaSource.parse(str(TALK)), ["Spanish (Spain)"], "Keys", keys=keys
    )
    await wait_proofread(client, created.proofread_ids[0], poller)
    return created.proofread_ids[0]


async def test_generate_again_after_a_failed_render_makes_a_new_render(
    client: HeyGenClient, poller: Poller, sandbox: SandboxServer, tmp_path: Path
) -> None:
    keys = ActionKeys(tmp_path / FILE_NAME)
    proofread_id = await _ready_session(client, poller, keys)
    first = await generate(client, proofread_id, GenerateOptions(captions=True), keys=keys)
    sandbox.fail_render(first.video_translation_id, "The render failed on HeyGen's side")
    failed = await wait_translation(client, first.video_translation_id, poller)
    assert failed.status is TranslationStatus.FAILED

    again = await generate(client, proofread_id, GenerateOptions(captions=True), keys=keys)
    assert again.video_translation_id != first.video_translation_id
    assert sandbox.created_counts()["generates"] == 2
    done = await wait_translation(client, again.video_translation_id, poller)
    assert done.status is TranslationStatus.COMPLETED


async def test_a_lost_answer_is_retried_with_the_same_key_after_a_restart(
    client: HeyGenClient, poller: Poller, sandbox: SandboxServer, tmp_path: Path
) -> None:
    keys = ActionKeys(tmp_path / FILE_NAME)
    proofread_id = await _ready_session(client, poller, keys)
    sandbox.faults.drop_after_create_next = 1
    with pytest.raises(OutcomeUnknown):
        await generate(client, proofread_id, keys=keys)
    keys.close()  # the app quits; the next day it starts again with the same library

    reopened = ActionKeys(tmp_path / FILE_NAME)
    render = await generate(client, proofread_id, keys=reopened)
    assert sandbox.created_counts()["generates"] == 1, "the retry was recognised as a repeat"
    assert render.video_translation_id
    assert reopened.pending() == []
    reopened.close()


async def test_a_lost_create_is_repeated_with_its_key_and_a_new_one_after_the_answer(
    client: HeyGenClient, sandbox: SandboxServer
) -> None:
    keys = ActionKeys()
    source = MediaSource.parse(sandbox.sample_video_url)
    sandbox.faults.drop_after_create_next = 1
    with pytest.raises(OutcomeUnknown):
        await create_proofreads(client, source, ["Spanish (Spain)"], "Lost", keys=keys)
    repeat = await create_proofreads(client, source, ["Spanish (Spain)"], "Lost", keys=keys)
    assert sandbox.created_counts()["proofreads"] == 1
    another = await create_proofreads(client, source, ["Spanish (Spain)"], "Lost", keys=keys)
    assert another.proofread_ids != repeat.proofread_ids
    assert sandbox.created_counts()["proofreads"] == 2


async def test_a_bad_source_refused_at_once_is_a_sentence_and_a_new_key_next_time(
    client: HeyGenClient, sandbox: SandboxServer
) -> None:
    sandbox.settings.bad_source_fails_at_once = True
    keys = ActionKeys()
    gone = MediaSource.parse(f"{sandbox.storage_url}/public/sample/missing.mp4")
    with pytest.raises(ValidationError, match="Failed to download video from url") as caught:
        await create_proofreads(client, gone, ["Spanish (Spain)"], "Gone", keys=keys)
    assert caught.value.code == "download_failed"
    assert keys.pending() == []  # HeyGen answered: the next try is a new request
    assert sandbox.created_counts()["proofreads"] == 0


async def test_a_proofread_from_a_file_keeps_its_key_across_new_uploads(
    client: HeyGenClient, poller: Poller, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The window uploads first and creates from the asset: after a lost answer and a restart
    the file is uploaded again (a new asset id), yet it is the same click, so the same key."""
    keys_file = tmp_path / FILE_NAME
    chosen = MediaSource.parse(str(TALK))
    first_asset = await client.upload_asset(TALK)
    sandbox.faults.drop_after_create_next = 1
    with pytest.raises(OutcomeUnknown):
        await create_proofreads(
            client, MediaSource("asset", first_asset.id), ["Spanish (Spain)"], "Once",
            keys=ActionKeys(keys_file), named_by=chosen,
        )  # fmt: skip
    second_asset = await client.upload_asset(TALK)  # after a restart: uploaded again
    assert second_asset.id != first_asset.id
    created = await create_proofreads(
        client, MediaSource("asset", second_asset.id), ["Spanish (Spain)"], "Once",
        keys=ActionKeys(keys_file), named_by=chosen,
    )  # fmt: skip
    assert sandbox.created_counts()["proofreads"] == 1
    assert len(created.proofread_ids) == 1


async def test_a_success_that_could_not_be_read_or_recorded_keeps_the_key(tmp_path: Path) -> None:
    """A 2xx whose body could not be read did create something; so did a create whose result
    the app could not record (a crash in between): the next try must send the same key."""
    keys = ActionKeys(tmp_path / FILE_NAME)
    sent: list[str] = []

    async def unreadable(key: str) -> str:
        sent.append(key)
        raise UnexpectedResponseError(status=200, detail="The answer is too large.")

    for _ in range(2):
        with pytest.raises(UnexpectedResponseError):
            await run_keyed(keys, "render:x", unreadable)
    assert sent[0] == sent[1]

    async def created(key: str) -> str:
        sent.append(key)
        return "vt_1"

    def crash(_result: str) -> None:
        raise RuntimeError("killed before the id was saved")

    with pytest.raises(RuntimeError):
        await run_keyed(keys, "render:x", created, then=crash)
    recorded: list[str] = []
    await run_keyed(keys, "render:x", created, then=recorded.append)
    assert sent[2] == sent[3] == sent[0] and recorded == ["vt_1"]
    assert keys.pending() == []  # answered and recorded: retired


async def test_a_key_heygen_has_forgotten_is_not_sent_again_without_asking(tmp_path: Path) -> None:
    """After 24 hours HeyGen no longer replays a key: a retry could start a second paid job.
    The retry says so (once); the try after it is a new request with a new key."""
    now = [1_000_000.0]
    keys = ActionKeys(tmp_path / FILE_NAME, clock=lambda: now[0])
    sent: list[str] = []

    async def lost(key: str) -> str:
        sent.append(key)
        raise OutcomeUnknown("render", "The connection to HeyGen failed", key)

    with pytest.raises(OutcomeUnknown):
        await run_keyed(keys, "render:y", lost)
    now[0] += 25 * 3600  # the next day, and then some
    with pytest.raises(StaleAttempt, match="25 hours ago"):
        await run_keyed(keys, "render:y", lost)
    assert len(sent) == 1  # nothing was sent with the forgotten key

    async def created(key: str) -> str:
        sent.append(key)
        return "vt_2"

    assert await run_keyed(keys, "render:y", created) == "vt_2"
    assert sent[1] != sent[0]
