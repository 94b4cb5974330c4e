"""Where the app keeps its files on this computer.

The four folders come from platformdirs (the platform's conventions). Setting the environment
variable PROOFREADER_HOME puts all of them, and the default download folder, under that one root,
so tests and the demo never touch the user's real folders.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV = "PROOFREADER_HOME"
APP_NAME = "Proofreader"
LIBRARY_FILE_NAME = "library.sqlite3"
SETTINGS_FILE_NAME = "settings.json"


def _app_dir_name() -> str:
    # XDG folders are lower-case by convention; macOS and Windows show the product name.
    return APP_NAME.lower() if sys.platform.startswith("linux") else APP_NAME


@dataclass(frozen=True)
class AppPaths:
    """The app's folders. Nothing is created until one of the *_dir methods is called."""

    data: Path
    cache: Path
    config: Path
    log: Path
    downloads: Path

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> AppPaths:
        """The folders for this user, or under PROOFREADER_HOME when it is set and not empty."""
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV, "").strip()
        if home:
            return cls.under(Path(home).expanduser())
        dirs = platformdirs.PlatformDirs(_app_dir_name(), appauthor=False)
        return cls(
            data=Path(dirs.user_data_dir),
            cache=Path(dirs.user_cache_dir),
            config=Path(dirs.user_config_dir),
            log=Path(dirs.user_log_dir),
            downloads=Path(platformdirs.user_downloads_dir()) / APP_NAME,
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All folders inside one root (what PROOFREADER_HOME selects)."""
        root = root.absolute()
        return cls(
            data=root / "data",
            cache=root / "cache",
            config=root / "config",
            log=root / "log",
            downloads=root / "downloads",
        )

    def data_dir(self) -> Path:
        return _ensure(self.data)

    def cache_dir(self) -> Path:
        return _ensure(self.cache)

    def config_dir(self) -> Path:
        return _ensure(self.config)

    def log_dir(self) -> Path:
        return _ensure(self.log)

    def library_file(self) -> Path:
        """The library's SQLite file (its folder is created)."""
        return self.data_dir() / LIBRARY_FILE_NAME

    def settings_file(self) -> Path:
        """The settings JSON file (its folder is created)."""
        return self.config_dir() / SETTINGS_FILE_NAME


def default_download_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Downloads/Proofreader for this user (not created: the user may choose another)."""
    return AppPaths.from_environment(environ).downloads


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
