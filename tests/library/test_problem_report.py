"""The problem report zip: logs, crash reports, facts and settings, and no secret at all."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from proofreader import __version__
from proofreader.library.app_info import app_info, system_facts
from proofreader.library.logs import LOG_FILE_NAME
from proofreader.library.problem_report import (
    default_report_folder,
    report_file_name,
    write_problem_report,
)

PLANTED_KEY = "sk-planted-3b9f61d0c7a2e4"


def _read_all(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    """Logs written by an older version, which did not scrub: the report must."""
    folder = tmp_path / "log"
    folder.mkdir()
    (folder / LOG_FILE_NAME).write_text(
        f"INFO proofreader: started\nDEBUG httpx: X-Api-Key: {PLANTED_KEY}\n", encoding="utf-8"
    )
    (folder / f"{LOG_FILE_NAME}.1").write_text(
        f"ERROR proofreader: bad request api_key={PLANTED_KEY}\n", encoding="utf-8"
    )
    (folder / "crash-20250101-120000-000001.txt").write_text(
        f"Traceback ...\nRuntimeError: boom {PLANTED_KEY}\n", encoding="utf-8"
    )
    (folder / "unrelated.bin").write_bytes(b"\0\1")
    return folder


def test_the_report_has_logs_facts_and_settings_but_never_the_key(
    tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", PLANTED_KEY)
    settings = tmp_path / "settings.json"
    settings.write_text(
        json.dumps(
            {
                "api_base": "https://api.heygen.com",
                "poll_interval_s": 30,
                "ui_state": {"window": "AAAA" * 50, "splitter.main": "BBBB"},
                "api_key": PLANTED_KEY,  # never written by the app, but a user may add it
            }
        ),
        encoding="utf-8",
    )
    destination = tmp_path / "out" / report_file_name(datetime(2025, 3, 4, 5, 6, 7))
    destination.parent.mkdir()

    report = write_problem_report(
        destination, log_dir=log_dir, settings_file=settings, facts=system_facts()
    )

    assert report.path == destination and destination.name == (
        "proofreader-report-20250304-050607.zip"
    )
    files = _read_all(destination)
    assert set(files) == {
        "README.txt",
        "system.txt",
        "settings.json",
        f"logs/{LOG_FILE_NAME}",
        f"logs/{LOG_FILE_NAME}.1",
        "logs/crash-20250101-120000-000001.txt",
    }
    assert all(PLANTED_KEY not in text for text in files.values())
    assert "X-Api-Key: [redacted]" in files[f"logs/{LOG_FILE_NAME}"]
    assert f"Proofreader: {__version__}" in files["system.txt"]
    saved = json.loads(files["settings.json"])
    assert saved["api_base"] == "https://api.heygen.com" and saved["poll_interval_s"] == 30
    assert saved["api_key"] == "[redacted]"
    assert saved["ui_state"] == "2 saved layouts (left out)"
    assert not list(destination.parent.glob("*.part"))


def test_no_settings_and_no_logs_still_make_a_report(tmp_path: Path) -> None:
    report = write_problem_report(
        tmp_path / "r.zip", log_dir=tmp_path / "never", settings_file=None, facts={"A": "b"}
    )
    files = _read_all(report.path)
    assert set(files) == {"README.txt", "system.txt", "settings.json"}
    assert files["system.txt"] == "A: b\n"


def test_an_unwritable_destination_raises_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(OSError):
        write_problem_report(blocker / "r.zip", log_dir=tmp_path, settings_file=None, facts={})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_the_default_folder_stays_inside_proofreader_home(tmp_path: Path) -> None:
    assert default_report_folder({"PROOFREADER_HOME": str(tmp_path)}) == tmp_path


def test_the_identity_comes_from_the_package() -> None:
    info = app_info()
    assert info.version == __version__
    assert info.licence == "MIT"
    assert info.homepage.startswith("https://") and info.issues.startswith("https://")
