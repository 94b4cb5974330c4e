"""The crash handler: a report without secrets, and the window's work flushed first."""

from __future__ import annotations

import sys
from pathlib import Path

from proofreader.ui.window.crash import redact, write_report


def test_redact_removes_keys_and_secret_environment_values() -> None:
    text = (
        "headers={'x-api-key': 'sk_live_123456789'} api_key=abcdef123456 "
        "Authorization: Bearer tok_987654321 and the value s3cr3t-value-xyz"
    )
    cleaned = redact(text, {"HEYGEN_API_KEY": "s3cr3t-value-xyz", "HOME": "/home/me"})
    for secret in ("sk_live_123456789", "abcdef123456", "tok_987654321", "s3cr3t-value-xyz"):
        assert secret not in cleaned
    assert "[redacted]" in cleaned


def test_report_has_the_traceback_and_no_secret(tmp_path: Path) -> None:
    import os

    os.environ["PROOFREADER_TEST_TOKEN"] = "very-secret-token-value"
    try:
        try:
            raise RuntimeError("boom with very-secret-token-value inside")
        except RuntimeError as error:
            path = write_report(tmp_path, RuntimeError, error, sys.exc_info()[2])
    finally:
        del os.environ["PROOFREADER_TEST_TOKEN"]
    assert path is not None and path.parent == tmp_path
    report = path.read_text(encoding="utf-8")
    assert "RuntimeError: boom" in report and "test_report_has_the_traceback" in report
    assert "very-secret-token-value" not in report
