"""The log file: rotated, quiet when it cannot be written, and never holding a secret."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from proofreader import cli
from proofreader.cli.exit_codes import EXIT_FAILED, EXIT_OK
from proofreader.library.credentials import KEYRING_SERVICE, KEYRING_USERNAME, find_api_key
from proofreader.library.logs import (
    BACKUP_COUNT,
    LOG_FILE_NAME,
    LogFileHandler,
    LogSetup,
    log_files,
    redact,
    remember_secret,
    start_logging,
)
from tests.library.conftest import MemoryKeyring

ENV_KEY = "env-key-5f0c2a9d81e7"
KEYCHAIN_KEY = "keychain-key-77b1e0c4d2"


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LogSetup]:
    monkeypatch.setenv("HEYGEN_API_KEY", ENV_KEY)
    setup = start_logging(tmp_path / "log")
    yield setup
    setup.close()


def _logged(setup: LogSetup) -> str:
    return setup.file.read_text(encoding="utf-8")


def test_the_log_rotates_and_keeps_five_old_files(tmp_path: Path) -> None:
    handler = LogFileHandler(tmp_path / "log" / LOG_FILE_NAME)
    handler.maxBytes = 2_000  # the real size is 1 MB; the rule is the same
    logger = logging.getLogger("test.rotation")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for n in range(400):
            logger.warning("line %d %s", n, "x" * 50)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = log_files(tmp_path / "log")
    assert [f.name for f in files] == [LOG_FILE_NAME] + [
        f"{LOG_FILE_NAME}.{n}" for n in range(1, BACKUP_COUNT + 1)
    ]
    assert not (tmp_path / "log" / f"{LOG_FILE_NAME}.{BACKUP_COUNT + 1}").exists()
    assert "line 399" in files[0].read_text(encoding="utf-8")
    assert all(f.stat().st_size <= 2_000 for f in files)


def test_the_key_is_scrubbed_from_message_arguments_and_exceptions(logs: LogSetup) -> None:
    log = logging.getLogger("proofreader.test")
    log.warning(f"the key is {ENV_KEY} in the message")
    log.warning("the key %s in the arguments", ENV_KEY)
    remember_secret(KEYCHAIN_KEY)  # read from the keychain: not in the environment
    log.info("headers %s", {"X-Api-Key": "header-value-123456", "accept": "json"})
    try:
        raise RuntimeError(f"the service said: bad key {KEYCHAIN_KEY}")
    except RuntimeError:
        log.exception("a call failed")
    text = _logged(logs)
    for secret in (ENV_KEY, KEYCHAIN_KEY, "header-value-123456"):
        assert secret not in text
    assert text.count("[redacted]") >= 4
    assert "RuntimeError: the service said: bad key [redacted]" in text
    assert "the key [redacted] in the arguments" in text


def test_urls_lose_their_signatures_and_credentials(logs: LogSetup) -> None:
    log = logging.getLogger("proofreader.test")
    log.info(
        "GET https://bucket.s3.amazonaws.com/v.mp4?X-Amz-Credential=AKIA123%2F2025"
        "&X-Amz-Signature=abcdef0123456789&X-Amz-Expires=600 then "
        "http://127.0.0.1:9/files/a.srt?expires=99&signature=0badc0ffee1234 and "
        "https://user:hunter22secret@proxy.example/ with Authorization: Bearer tok_9876543210"
    )
    text = _logged(logs)
    for secret in ("AKIA123", "abcdef0123456789", "0badc0ffee1234", "hunter22secret", "tok_98"):
        assert secret not in text
    assert "X-Amz-Expires=600" in text and "expires=99" in text  # the rest stays readable
    assert "bucket.s3.amazonaws.com/v.mp4" in text


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "Saved talk.es.srt: 12 cues, 3 warnings (max_cps=17)"
    assert redact(text, {}) == text


def test_debug_goes_to_the_file_only_with_debug(tmp_path: Path) -> None:
    quiet = start_logging(tmp_path / "quiet")
    logging.getLogger("proofreader.test").debug("a detail")
    logging.getLogger("proofreader.test").info("a step")
    quiet.close()
    loud = start_logging(tmp_path / "loud", debug=True)
    logging.getLogger("proofreader.test").debug("a detail")
    loud.close()
    assert "a detail" not in quiet.file.read_text(encoding="utf-8")
    assert "a step" in quiet.file.read_text(encoding="utf-8")
    assert "a detail" in loud.file.read_text(encoding="utf-8")


def test_close_takes_everything_off_the_root_logger(tmp_path: Path) -> None:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    start_logging(tmp_path / "a")  # not closed: the next call replaces it
    setup = start_logging(tmp_path / "b", debug=True)
    setup.close()
    assert root.handlers == before and root.level == level


def test_an_unwritable_log_folder_is_silent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    setup = start_logging(blocker / "log")
    logging.getLogger("proofreader.test").warning("nowhere to go")
    logging.getLogger("proofreader.test").warning("still nowhere")
    setup.close()
    assert "Logging error" not in capsys.readouterr().err


def test_the_command_line_leaves_no_handler_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROOFREADER_HOME", str(tmp_path / "home"))
    srt = tmp_path / "a.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHola\n", encoding="utf-8")
    before = list(logging.getLogger().handlers)
    assert cli.main(["check", str(srt)]) in (EXIT_OK, EXIT_FAILED)
    assert logging.getLogger().handlers == before


def test_a_key_read_from_the_keychain_is_scrubbed_from_then_on(
    memory_keyring: MemoryKeyring,
) -> None:
    stored = "keychain-only-e4a9c03b7d15"
    memory_keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, stored)
    found = find_api_key({})
    assert found is not None and found.value == stored
    assert redact(f"POST failed: {stored} was refused", {}) == "POST failed: [redacted] was refused"
