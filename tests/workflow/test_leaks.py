"""The key goes to the API origin only: not to storage, not to a source URL, not into a log."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from proofreader.heygen import HeyGenClient
from proofreader.sandbox import SandboxServer
from proofreader.workflow import (
    GenerateOptions,
    MediaSource,
    Poller,
    create_proofreads,
    download_outputs,
    generate,
    pull_srts,
    push_srt,
    wait_proofread,
    wait_translation,
)
from tests.workflow.helpers import API_KEY, TALK, edit_srt


def assert_key_only_on_the_api(sandbox: SandboxServer) -> None:
    api_origin = sandbox.base_url.removeprefix("http://")
    elsewhere = [r for r in sandbox.requests if r.origin != api_origin]
    assert elsewhere, "nothing reached the storage host: the test proves nothing"
    for request in elsewhere:
        carried = [request.path, request.query, *request.headers.values()]
        assert not any(API_KEY in part for part in carried), request
    assert all(
        r.headers.get("x-api-key") == API_KEY for r in sandbox.requests if r.origin == api_origin
    )


def assert_key_in_no_log(records: list[logging.LogRecord]) -> None:
    assert records, "nothing was logged: the test proves nothing"
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in records:
        assert API_KEY not in formatter.format(record), record.name


async def test_the_key_never_leaves_the_api_origin_nor_reaches_a_log(
    client: HeyGenClient,
    poller: Poller,
    sandbox: SandboxServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox.faults.server_error_next = 1  # a retry, so warnings are logged too
    from_url = await create_proofreads(
        client, MediaSource.parse(sandbox.sample_video_url), ["Spanish (Spain)"], "From a URL"
    )
    await client.upload_asset(TALK, force_direct=True)  # PUT to a presigned storage URL
    created = await create_proofreads(
        client, MediaSource.parse(str(TALK)), ["French (France)"], "Local"
    )
    for proofread_id in (*from_url.proofread_ids, *created.proofread_ids):
        await wait_proofread(client, proofread_id, poller)
    proofread_id = created.proofread_ids[0]
    pulled = await pull_srts(client, proofread_id, folder=tmp_path)
    edit_srt(pulled.translated)
    await push_srt(client, proofread_id, pulled.translated)
    render = await generate(client, proofread_id, GenerateOptions(captions=True))
    await wait_translation(client, render.video_translation_id, poller)
    await download_outputs(client, render.video_translation_id, tmp_path / "out")

    paths = {r.path for r in sandbox.requests}
    assert "/public/sample/talk.mp4" in paths  # the source URL was fetched, by the service
    assert any(p.startswith("/upload/") for p in paths)
    assert_key_only_on_the_api(sandbox)
    assert_key_in_no_log(caplog.records)
