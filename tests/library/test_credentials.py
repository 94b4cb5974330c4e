"""The API key: environment first, then the keychain; a missing keychain is explained."""

from __future__ import annotations

import logging

import pytest

from proofreader.library.credentials import (
    KEYRING_SERVICE,
    KEYRING_USERNAME,
    KeychainUnavailable,
    KeySource,
    check_keychain,
    find_api_key,
    remove_api_key,
    resolve_api_key,
    store_api_key,
)

from .conftest import LockedKeyring, MemoryKeyring

SECRET = "sk-test-0123456789abcdef"


def test_no_key_anywhere_gives_none(memory_keyring: MemoryKeyring) -> None:
    assert resolve_api_key({}) is None
    assert check_keychain() is None


def test_stored_key_is_found_in_the_keychain(memory_keyring: MemoryKeyring) -> None:
    store_api_key(f"  {SECRET}\n")

    assert memory_keyring.entries == {(KEYRING_SERVICE, KEYRING_USERNAME): SECRET}
    assert resolve_api_key({}) == SECRET
    found = find_api_key({})
    assert found is not None and found.source is KeySource.KEYCHAIN
    assert SECRET not in repr(found)


def test_environment_wins_over_the_keychain(memory_keyring: MemoryKeyring) -> None:
    store_api_key(SECRET)

    found = find_api_key({"HEYGEN_API_KEY": "from-env"})

    assert found is not None
    assert (found.value, found.source) == ("from-env", KeySource.ENVIRONMENT)


def test_blank_environment_variable_is_ignored(memory_keyring: MemoryKeyring) -> None:
    store_api_key(SECRET)
    assert resolve_api_key({"HEYGEN_API_KEY": "  "}) == SECRET


def test_real_environment_is_read_by_default(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", SECRET)
    assert resolve_api_key() == SECRET


def test_removed_key_is_gone_and_removing_twice_is_fine(memory_keyring: MemoryKeyring) -> None:
    store_api_key(SECRET)

    remove_api_key()
    remove_api_key()

    assert resolve_api_key({}) is None
    assert memory_keyring.entries == {}


def test_empty_key_is_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValueError, match="empty"):
        store_api_key("   ")


def test_without_a_keychain_every_operation_explains_the_alternative(fail_keyring: object) -> None:
    reported = check_keychain()
    assert isinstance(reported, KeychainUnavailable)
    assert "No system keychain" in str(reported) and "HEYGEN_API_KEY" in str(reported)

    with pytest.raises(KeychainUnavailable, match="HEYGEN_API_KEY"):
        resolve_api_key({})
    with pytest.raises(KeychainUnavailable, match="HEYGEN_API_KEY"):
        store_api_key(SECRET)
    with pytest.raises(KeychainUnavailable, match="HEYGEN_API_KEY"):
        remove_api_key()


def test_without_a_keychain_the_environment_still_works(fail_keyring: object) -> None:
    assert resolve_api_key({"HEYGEN_API_KEY": SECRET}) == SECRET


def test_locked_keychain_is_explained(locked_keyring: LockedKeyring) -> None:
    with pytest.raises(KeychainUnavailable, match="locked") as caught:
        resolve_api_key({})
    assert "HEYGEN_API_KEY" in str(caught.value)


def test_key_never_reaches_logs_or_errors(
    locked_keyring: LockedKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    with pytest.raises(KeychainUnavailable) as caught:
        store_api_key(SECRET)

    error = caught.value
    assert SECRET not in str(error)
    # The backend's own exception (which quotes the key) is not chained onto ours.
    assert error.__cause__ is None and error.__context__ is None
    assert SECRET not in caplog.text


def test_successful_operations_log_no_key(
    memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    store_api_key(SECRET)
    resolve_api_key({})
    remove_api_key()

    assert caplog.records, "the keychain operations are logged"
    assert SECRET not in caplog.text
