"""The lifecycle against a flaky sandbox: 20 % server errors, 429s, dropped connections, a cut
download and an expired link. It completes, creates nothing twice, and no byte is lost."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx

from proofreader.heygen import HeyGenClient, ProofreadStatus, TranslationStatus
from proofreader.library.action_keys import ActionKeys
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
from tests.workflow.helpers import (
    API_KEY,
    FAST_RETRY,
    LANGUAGES,
    TALK,
    InstantSleep,
    as_a_user,
    edit_srt,
    running_sandbox,
    sha256_of,
)


async def test_the_workflow_completes_through_faults_without_paying_twice(tmp_path: Path) -> None:
    with running_sandbox() as sandbox:
        faults = sandbox.faults
        storage_port = httpx.URL(sandbox.storage_url).port
        expired_answers: list[str] = []

        async def renew_after_first_expiry(response: httpx.Response) -> None:
            # The first expired link is answered 403; links issued after that are fresh.
            if response.request.url.port == storage_port and response.status_code == 403:
                expired_answers.append(response.request.url.path)
                faults.expire_links = False

        sleeps = InstantSleep()
        hooks = {"response": [renew_after_first_expiry]}
        async with httpx.AsyncClient(event_hooks=hooks) as http:
            client = HeyGenClient(http, API_KEY, sandbox.base_url, retry=FAST_RETRY, sleep=sleeps)
            poller = Poller(0.05)  # really waits: the sandbox's jobs take real time
            faults.seed = 20
            faults.error_rate = 0.2
            faults.rate_limit_next = 2
            faults.retry_after_s = 0.01

            keys = ActionKeys()  # each user action keeps its key until HeyGen has answered
            source = MediaSource.parse(str(TALK))
            created = await as_a_user(
                lambda: create_proofreads(client, source, LANGUAGES, "Flaky talk", keys=keys)
            )
            faults.drop_next = 1  # the next request is a status GET
            for proofread_id in created.proofread_ids:
                done = await wait_proofread(client, proofread_id, poller)
                assert done.status is ProofreadStatus.COMPLETED
            spanish = created.proofread_ids[0]

            faults.expire_links = True
            faults.drop_download_after_bytes = 100
            pulled = await as_a_user(lambda: pull_srts(client, spanish, folder=tmp_path))
            assert expired_answers, "the expired link was never tried"
            edited = edit_srt(pulled.translated)
            await as_a_user(lambda: push_srt(client, spanish, pulled.translated))

            faults.drop_after_create_next = 1  # the first generate's answer is lost
            render = await as_a_user(
                lambda: generate(client, spanish, GenerateOptions(captions=True), keys=keys)
            )
            faults.drop_next = 1
            finished = await wait_translation(client, render.video_translation_id, poller)
            assert finished.status is TranslationStatus.COMPLETED

            faults.drop_download_after_bytes = 300_000
            faults.drop_download_times = 2
            files = await as_a_user(
                lambda: download_outputs(client, render.video_translation_id, tmp_path / "out")
            )

        by_suffix = {path.suffix: path for path in files}
        assert sha256_of(by_suffix[".srt"]) == hashlib.sha256(edited).hexdigest()
        assert sha256_of(by_suffix[".mp4"]) == sha256_of(TALK)
        counts = sandbox.created_counts()
        assert counts["proofreads"] == len(LANGUAGES)
        assert counts["generates"] == 1
        assert faults.drop_download_times == 0, "the cut downloads did not happen"
        assert any(delay == 0.01 for delay in sleeps.delays), "no Retry-After was honoured"
        assert faults.drop_after_create_next == 0, "the lost generate answer did not happen"
