"""AppContext: the demo starts and stops cleanly, keys are checked before they are kept."""

from __future__ import annotations

import logging

import pytest

from proofreader.library import KeySource, Settings, find_api_key
from proofreader.library.credentials import KEYRING_SERVICE, KEYRING_USERNAME
from proofreader.sandbox import SandboxServer
from proofreader.workflow.api_key import KeyRefused
from tests.ui.connection_support import API_KEY, Loop, MakeContext, MemoryKeyring, until


def test_demo_connects_to_an_in_process_sandbox_and_closes_cleanly(
    qloop: Loop, make_context: MakeContext
) -> None:
    context = make_context()
    changes: list[str] = []
    context.connection_changed.connect(lambda: changes.append(context.mode))

    qloop.run(context.connect_demo())

    assert context.mode == "demo" and context.is_demo
    assert context.service is not None and context.client is not None
    assert context.account is not None
    assert context.sample_video_url and context.sample_video_url.startswith("http://127.0.0.1")
    sandbox_folder = context.paths.data / "sandbox"
    assert (sandbox_folder / "sandbox.sqlite3").exists()
    assert context.store is not context.library_store  # demo sessions stay out of the library
    assert context.store.path.parent == sandbox_folder

    qloop.run(context.close())

    assert context.mode == "none" and context.service is None
    assert context.store is context.library_store
    assert changes == ["demo", "none"]


def test_demo_sessions_are_processed_and_resumed_after_a_restart(
    qloop: Loop, make_context: MakeContext
) -> None:
    first = make_context(environ={"PROOFREADER_DEMO_DELAY": "1.5"})
    qloop.run(first.connect_demo())
    service = first.service
    assert service is not None and first.sample_video_url is not None
    ids = qloop.run(service.start_proofreads(first.sample_video_url, ["Spanish (Spain)"], "Talk"))
    qloop.run(first.close())  # quit while the session is processing

    second = make_context(environ={"PROOFREADER_DEMO_DELAY": "0"})
    qloop.run(second.connect_demo())

    async def ready() -> None:
        def status() -> str:
            session = second.store.get_session(ids[0])
            return "" if session is None else session.status.value

        await until(lambda: status() == "ready")

    qloop.run(ready())


def test_a_key_is_checked_kept_in_the_keychain_and_removed(
    qloop: Loop,
    make_context: MakeContext,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    context = make_context()

    result = qloop.run(context.sign_in(API_KEY, sandbox.base_url))

    assert context.mode == "live" and not context.is_demo
    assert result.stored and result.note is None
    assert result.account.username
    assert memory_keyring.entries == {(KEYRING_SERVICE, KEYRING_USERNAME): API_KEY}
    assert context.key_source is KeySource.KEYCHAIN
    assert context.settings.api_base == sandbox.base_url  # the typed address is remembered
    assert context.store is context.library_store

    sentence = qloop.run(context.sign_out())

    assert "removed" in sentence
    assert memory_keyring.entries == {}
    assert context.mode == "none"


def test_a_wrong_key_is_explained_and_nothing_is_stored(
    qloop: Loop,
    make_context: MakeContext,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    context = make_context()
    caplog.set_level(logging.DEBUG)

    with pytest.raises(KeyRefused, match="HeyGen did not accept this key"):
        qloop.run(context.sign_in("sk-wrong-key-123", sandbox.base_url))

    assert memory_keyring.entries == {}
    assert context.mode == "none"
    assert "sk-wrong-key-123" not in caplog.text


def test_a_wrong_key_leaves_the_demo_running(
    qloop: Loop, make_context: MakeContext, sandbox: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    context = make_context()
    qloop.run(context.connect_demo())

    with pytest.raises(KeyRefused):
        qloop.run(context.connect_with_key("nope", sandbox.base_url))

    assert context.is_demo and context.service is not None


def test_without_a_keychain_the_key_works_for_this_session_only(
    qloop: Loop, make_context: MakeContext, sandbox: SandboxServer, fail_keyring: object
) -> None:
    context = make_context()

    result = qloop.run(context.sign_in(API_KEY, sandbox.base_url))

    assert context.mode == "live"
    assert not result.stored
    assert result.note is not None
    assert "No system keychain" in result.note and "HEYGEN_API_KEY" in result.note
    assert context.key_source is None


def test_start_up_uses_the_environment_key_which_cannot_be_removed(
    qloop: Loop, make_context: MakeContext, sandbox: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    context = make_context(Settings(api_base=sandbox.base_url), environ={"HEYGEN_API_KEY": API_KEY})

    account = qloop.run(context.connect_saved_key())

    assert account is not None and context.key_source is KeySource.ENVIRONMENT
    sentence = qloop.run(context.sign_out())
    assert "HEYGEN_API_KEY" in sentence and "cannot remove" in sentence


def test_start_up_without_any_key_stays_signed_out(
    qloop: Loop, make_context: MakeContext, memory_keyring: MemoryKeyring
) -> None:
    context = make_context(environ={})

    assert qloop.run(context.connect_saved_key()) is None
    assert context.mode == "none"
    assert find_api_key({}) is None


def test_a_saved_key_that_was_revoked_says_so(
    qloop: Loop, make_context: MakeContext, sandbox: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, "sk-revoked")
    context = make_context(Settings(api_base=sandbox.base_url), environ={})

    with pytest.raises(KeyRefused, match="saved on this computer"):
        qloop.run(context.connect_saved_key())


def test_the_remaining_credit_is_refreshed_after_a_render(
    qloop: Loop, make_context: MakeContext, sandbox: SandboxServer, memory_keyring: MemoryKeyring
) -> None:
    context = make_context(Settings(api_base=sandbox.base_url, poll_interval_s=1.0))
    qloop.run(context.connect_with_key(API_KEY))
    service = context.service
    assert service is not None
    refreshed: list[bool] = []
    context.account_changed.connect(lambda: refreshed.append(True))
    (proofread_id,) = qloop.run(
        service.start_proofreads(sandbox.sample_video_url, ["Spanish (Spain)"], "Talk")
    )
    qloop.wait(lambda: context.store.get_session(proofread_id).status.value == "ready")

    qloop.run(service.generate(proofread_id))

    qloop.wait(lambda: refreshed)
    assert context.account is not None and context.account.remaining_credit is not None
