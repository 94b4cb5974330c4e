"""Exit codes and the one-sentence errors: what a script and a person see when things go wrong."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from proofreader.cli.api import session as cli_api_session
from proofreader.sandbox import SandboxServer
from tests.cli.api.conftest import Cli
from tests.workflow.helpers import API_KEY


def one_sentence(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def completed_session(run: Cli, sandbox: SandboxServer) -> str:
    created = run.ok(
        "proofread", "create", "--video", sandbox.sample_video_url,
        "--lang", "Spanish (Spain)", "--title", "Errors", "--json",
    ).json()  # fmt: skip
    proofread_id: str = created["proofread_ids"][0]
    run.ok("proofread", "status", proofread_id, "--wait")
    return proofread_id


def test_a_wrong_key_exits_3(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", "not-the-key")
    result = run("languages")
    assert result.code == 3
    assert "HEYGEN_API_KEY" in one_sentence(result.err)


def test_no_key_at_all_exits_3_and_names_the_ways_out(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEYGEN_API_KEY")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    result = run("languages")
    assert result.code == 3
    sentence = one_sentence(result.err)
    assert "HEYGEN_API_KEY" in sentence and "--demo" in sentence
    assert not run.sandbox.requests


def test_an_unknown_id_exits_1(run: Cli) -> None:
    result = run("proofread", "status", "no-such-session")
    assert result.code == 1
    assert "could not find" in one_sentence(result.err)


def test_an_unreadable_srt_for_push_exits_2(
    run: Cli, sandbox: SandboxServer, tmp_path: Path
) -> None:
    proofread_id = completed_session(run, sandbox)
    garbage = tmp_path / "fixed.srt"
    garbage.write_text("this is not\na subtitle file\n", encoding="utf-8")
    result = run("proofread", "push", proofread_id, str(garbage))
    assert result.code == 2
    assert "not a readable SRT" in one_sentence(result.err)
    missing = run("proofread", "push", proofread_id, str(tmp_path / "missing.srt"))
    assert missing.code == 2
    assert "does not exist" in one_sentence(missing.err)


def test_a_stuck_wait_exits_4(
    run: Cli, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox.settings.proofread_delay_s = 3600
    created = run.ok(
        "proofread", "create", "--video", sandbox.sample_video_url,
        "--lang", "Spanish (Spain)", "--title", "Stuck",
    ).out.split()[0]  # fmt: skip
    monkeypatch.setenv(cli_api_session.STUCK_TIMEOUT_ENV, "0.2")
    result = run("proofread", "status", created, "--wait")
    assert result.code == 4
    assert "still processing" in one_sentence(result.err)


def test_usage_errors_exit_2(run: Cli) -> None:
    assert run("proofread", "create", "--video", "x.mp4").code == 2  # no --lang, no --title
    assert run("translation", "download", "abc").code == 2  # no --dir
    assert run("proofread", "status", " ").code == 2
    assert run.raw("--poll-interval", "-1", "languages").code == 2
    insecure = run.raw("--api-base", "http://api.example.com", "languages")
    assert insecure.code == 2
    assert "plain http" in one_sentence(insecure.err)
    assert run("proofread").code == 2  # a group without its action shows the help


def test_missing_input_and_unknown_languages_exit_2_before_anything_is_sent(
    run: Cli, sandbox: SandboxServer
) -> None:
    result = run(
        "proofread", "create", "--video", "no/such/video.mp4",
        "--lang", "Spanish (Spain)", "--title", "T",
    )  # fmt: skip
    assert result.code == 2
    assert "does not exist" in one_sentence(result.err)
    typo = run(
        "proofread", "create", "--video", sandbox.sample_video_url,
        "--lang", "Spanish (Spian)", "--title", "T",
    )  # fmt: skip
    assert typo.code == 2
    assert "Did you mean 'Spanish (Spain)'" in one_sentence(typo.err)
    assert sandbox.created_counts()["proofreads"] == 0


def test_a_lost_create_answer_is_reported_and_repeating_it_does_not_pay_twice(
    run: Cli, sandbox: SandboxServer
) -> None:
    args = (
        "proofread", "create", "--video", sandbox.sample_video_url,
        "--lang", "Spanish (Spain)", "--lang", "French (France)", "--title", "Lost", "--json",
    )  # fmt: skip
    sandbox.faults.drop_after_create_next = 1
    lost = run(*args)
    assert lost.code == 1
    assert "may have been created" in one_sentence(lost.err)
    assert sandbox.created_counts()["proofreads"] == 2
    again = run.ok(*args).json()
    assert len(again["proofread_ids"]) == 2
    assert sandbox.created_counts()["proofreads"] == 2


def test_a_failed_job_exits_1_with_the_services_reason(run: Cli, sandbox: SandboxServer) -> None:
    created = run.ok(
        "proofread", "create", "--video", sandbox.silent_video_url,
        "--lang", "Spanish (Spain)", "--title", "Silent",
    ).out.split()[0]  # fmt: skip
    result = run("proofread", "status", created, "--wait", "--json")
    assert result.code == 1
    assert result.json()["status"] == "failed"
    assert "audio is missing" in one_sentence(result.err)
    pull = run("proofread", "pull", created)
    assert pull.code == 1


def test_audio_only_with_precision_warns(run: Cli, sandbox: SandboxServer) -> None:
    result = run.ok(
        "translation", "create", "--video", sandbox.sample_video_url, "--lang", "Spanish (Spain)",
        "--mode", "precision", "--audio-only", "--json",
    )  # fmt: skip
    assert "gives up precision mode's lip-sync" in result.err
    created = run.ok(
        "proofread", "create", "--video", sandbox.sample_video_url,
        "--lang", "Spanish (Spain)", "--title", "P", "--mode", "precision",
    ).out.split()[0]  # fmt: skip
    run.ok("proofread", "status", created, "--wait")
    generated = run.ok("proofread", "generate", created, "--audio-only")
    assert "precision" in generated.err


def test_debug_shows_the_traceback_but_never_the_key(
    run: Cli, sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sandbox.faults.server_error_next = 1
    result = run.raw(
        "--api-base", sandbox.base_url, "--debug", "proofread", "status", "no-such-session"
    )
    assert result.code == 1
    assert "Traceback" in result.err
    assert API_KEY not in result.err + result.out
    assert any(r.name.startswith("proofreader.heygen") for r in caplog.records)
    assert all(API_KEY not in r.getMessage() for r in caplog.records)


def test_demo_mode_runs_on_the_built_in_sandbox(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from proofreader import cli

    monkeypatch.delenv("HEYGEN_API_KEY")
    assert cli.main(["--demo", "languages", "--json"]) == 0
    captured = capsys.readouterr()
    assert "Spanish (Spain)" in captured.out
    assert "Demo mode" in captured.err and "sandbox-key" in captured.err
    assert (tmp_path / "home" / "data" / "sandbox" / "sandbox.sqlite3").is_file()
