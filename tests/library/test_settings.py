"""Settings survive a restart, and a damaged file never stops the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proofreader.library.api_base import InvalidApiBase
from proofreader.library.settings import (
    DEFAULT_POLL_INTERVAL_S,
    RECENT_LANGUAGES_LIMIT,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def _custom(tmp_path: Path) -> Settings:
    return Settings(
        api_base="http://127.0.0.1:8765/",
        poll_interval_s=45,
        download_dir=tmp_path / "renders",
        check_thresholds={"German (Germany)": {"max_cps": 15, "max_line_chars": 40}},
        recent_languages=("French (France)", "Spanish (Spain)"),
        ui_state={"main_window/geometry": "AdnQywADAAAAAAA=", "editor/splitter": "AAAA/w=="},
        interface_language="es",
    )


def test_missing_file_gives_defaults(settings_file: Path) -> None:
    settings = load_settings(settings_file)

    assert settings == Settings()
    assert settings.poll_interval_s == DEFAULT_POLL_INTERVAL_S == 30
    assert settings.api_base is None
    assert settings.download_dir.name == "Proofreader"


def test_defaults_follow_the_home_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROOFREADER_HOME", str(tmp_path))
    assert Settings().download_dir == tmp_path / "downloads"


def test_saved_settings_come_back_after_a_restart(tmp_path: Path, settings_file: Path) -> None:
    custom = _custom(tmp_path)

    save_settings(settings_file, custom)

    assert load_settings(settings_file) == custom
    assert custom.api_base == "http://127.0.0.1:8765"
    assert [p.name for p in settings_file.parent.iterdir()] == ["settings.json"]  # no temp left


def test_saving_again_replaces_the_file(tmp_path: Path, settings_file: Path) -> None:
    save_settings(settings_file, _custom(tmp_path))
    save_settings(settings_file, Settings(poll_interval_s=60))

    assert load_settings(settings_file).poll_interval_s == 60
    assert load_settings(settings_file).recent_languages == ()


def test_unknown_keys_are_ignored(tmp_path: Path, settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    data = {**_custom(tmp_path).to_json(), "from_a_newer_version": {"x": 1}}
    settings_file.write_text(json.dumps(data), encoding="utf-8")

    assert load_settings(settings_file) == _custom(tmp_path)
    assert not settings_file.with_name("settings.json.bad").exists()


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b"", b"[" * 100_000],
)
def test_corrupt_file_falls_back_to_defaults_and_is_kept(
    settings_file: Path, content: bytes
) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(content)

    assert load_settings(settings_file) == Settings()
    assert settings_file.with_name("settings.json.bad").read_bytes() == content


def test_one_bad_value_keeps_the_others(tmp_path: Path, settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    data = _custom(tmp_path).to_json()
    data["poll_interval_s"] = 0.2
    data["api_base"] = "http://api.heygen.com"
    data["check_thresholds"]["German (Germany)"]["weird"] = [1, 2]
    data["ui_state"] = ["not", "a", "map"]
    data["interface_language"] = "../../etc/passwd"  # it names a file to load: letters only
    raw = json.dumps(data).encode()
    settings_file.write_bytes(raw)

    settings = load_settings(settings_file)

    assert settings.poll_interval_s == DEFAULT_POLL_INTERVAL_S
    assert settings.api_base is None
    assert settings.ui_state == {}
    assert settings.interface_language == ""
    assert settings.check_thresholds == {"German (Germany)": {"max_cps": 15, "max_line_chars": 40}}
    assert settings.recent_languages == ("French (France)", "Spanish (Spain)")
    assert settings.download_dir == tmp_path / "renders"
    assert settings_file.with_name("settings.json.bad").read_bytes() == raw


def test_unreadable_settings_path_gives_defaults(settings_file: Path) -> None:
    settings_file.mkdir(parents=True)  # a folder where the file should be
    assert load_settings(settings_file) == Settings()


def test_saving_where_it_cannot_be_written_is_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file, not a folder")

    with pytest.raises(SettingsError, match="Could not save the settings"):
        save_settings(blocker / "settings.json", Settings())


def test_poll_interval_has_a_minimum_of_one_second() -> None:
    assert Settings(poll_interval_s=1).poll_interval_s == 1
    with pytest.raises(ValueError, match="at least 1 second"):
        Settings(poll_interval_s=0.5)


def test_api_base_is_validated_when_set() -> None:
    with pytest.raises(InvalidApiBase, match="plain http"):
        Settings(api_base="http://example.com")


def test_recent_languages_most_recent_first_without_repeats_and_capped() -> None:
    settings = Settings()
    for name in ["A", "B", "C", "A"]:
        settings = settings.with_recent_language(name)
    assert settings.recent_languages == ("A", "C", "B")

    for index in range(RECENT_LANGUAGES_LIMIT + 5):
        settings = settings.with_recent_language(f"L{index}")
    assert len(settings.recent_languages) == RECENT_LANGUAGES_LIMIT
    assert settings.recent_languages[0] == f"L{RECENT_LANGUAGES_LIMIT + 4}"


def test_ui_state_is_kept_by_key() -> None:
    settings = Settings().with_ui_state("a", "AAA=").with_ui_state("b", "BBB=")
    assert settings.with_ui_state("a", "CCC=").ui_state == {"a": "CCC=", "b": "BBB="}
