"""The app's folders: platform defaults, or all under PROOFREADER_HOME; created on demand."""

from __future__ import annotations

from pathlib import Path

from proofreader.library.paths import AppPaths, default_download_dir


def test_home_override_puts_every_folder_under_one_root(tmp_path: Path) -> None:
    paths = AppPaths.from_environment({"PROOFREADER_HOME": str(tmp_path / "home")})

    root = tmp_path / "home"
    for folder in (paths.data, paths.cache, paths.config, paths.log, paths.downloads):
        assert folder.is_relative_to(root)
    assert len({paths.data, paths.cache, paths.config, paths.log, paths.downloads}) == 5


def test_folders_are_created_only_when_asked_for(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "home")
    assert not (tmp_path / "home").exists()

    library = paths.library_file()
    settings = paths.settings_file()

    assert library.parent.is_dir() and library.parent == paths.data
    assert settings.parent.is_dir() and settings.parent == paths.config
    assert paths.cache_dir().is_dir() and paths.log_dir().is_dir()
    assert not paths.downloads.exists()  # the user may pick another download folder


def test_without_override_platform_folders_are_used(tmp_path: Path) -> None:
    environ = {"PROOFREADER_HOME": "  "}
    paths = AppPaths.from_environment(environ)

    assert not paths.data.is_relative_to(tmp_path)
    for folder in (paths.data, paths.cache, paths.config, paths.log):
        assert "proofreader" in str(folder).lower()
    assert default_download_dir(environ).name == "Proofreader"


def test_default_download_folder_follows_the_override(tmp_path: Path) -> None:
    assert default_download_dir({"PROOFREADER_HOME": str(tmp_path)}) == tmp_path / "downloads"
