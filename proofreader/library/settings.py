"""The user's settings, kept as JSON in the config folder.

Loading never fails: a file that cannot be read or parsed gives the defaults, and a value that
is wrong gives that field's default; either way the original file is kept beside it as
`settings.json.bad` so nothing the user set is lost without a trace. Keys this version does not
know are ignored (a newer version may have written them).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from proofreader.library.api_base import validate_api_base
from proofreader.library.paths import default_download_dir
from proofreader.library.shortcuts import Overrides, overrides_from_json, overrides_to_json
from proofreader.subtitles.atomic import write_bytes_atomic

JsonScalar = bool | int | float | str
ThresholdOverrides = dict[str, dict[str, JsonScalar]]

DEFAULT_POLL_INTERVAL_S = 30.0  # the contract asks for polling every 30-60 s
MIN_POLL_INTERVAL_S = 1.0
RECENT_LANGUAGES_LIMIT = 10
BAD_SUFFIX = ".bad"

_log = logging.getLogger(__name__)


class SettingsError(OSError):
    """The settings could not be saved."""


@dataclass(frozen=True)
class Settings:
    """Everything the user can set; immutable (change it with dataclasses.replace or with_*).

    check_thresholds: per language name, the quality-check fields the user overrode
    (for example {"German (Germany)": {"max_cps": 15}}); the checks own the field names.
    ui_state: opaque strings the window keeps (base64 of Qt's saveGeometry/saveState), by key.
    shortcuts: the keys the user gave commands, by command id, as portable key strings; only
    the commands that differ from their defaults (see library/shortcuts.py). The window owns it.
    interface_language: the language code of the menus and dialogs ("es"), "" for the system's;
    read at start-up.
    """

    api_base: str | None = None
    poll_interval_s: float = DEFAULT_POLL_INTERVAL_S
    download_dir: Path = field(default_factory=default_download_dir)
    check_thresholds: ThresholdOverrides = field(default_factory=dict)
    recent_languages: tuple[str, ...] = ()
    ui_state: dict[str, str] = field(default_factory=dict)
    shortcuts: Overrides = field(default_factory=dict)
    interface_language: str = ""

    def __post_init__(self) -> None:
        if self.api_base is not None:
            object.__setattr__(self, "api_base", validate_api_base(self.api_base))
        if not math.isfinite(self.poll_interval_s) or self.poll_interval_s < MIN_POLL_INTERVAL_S:
            raise ValueError(
                f"The poll interval must be at least {MIN_POLL_INTERVAL_S:g} second; "
                f"the service suggests {DEFAULT_POLL_INTERVAL_S:g} to 60 seconds."
            )
        recent = tuple(dict.fromkeys(self.recent_languages))[:RECENT_LANGUAGES_LIMIT]
        object.__setattr__(self, "recent_languages", recent)

    def with_recent_language(self, name: str) -> Settings:
        """Move (or add) a language to the front of the recent list, keeping it capped."""
        return replace(self, recent_languages=(name, *self.recent_languages))

    def with_ui_state(self, key: str, value: str) -> Settings:
        return replace(self, ui_state={**self.ui_state, key: value})

    def to_json(self) -> dict[str, Any]:
        return {
            "api_base": self.api_base,
            "poll_interval_s": self.poll_interval_s,
            "download_dir": str(self.download_dir),
            "check_thresholds": self.check_thresholds,
            "recent_languages": list(self.recent_languages),
            "ui_state": self.ui_state,
            "shortcuts": overrides_to_json(self.shortcuts),
            "interface_language": self.interface_language,
        }


def load_settings(path: Path) -> Settings:
    """The settings in `path`, or the defaults when it is missing or unreadable. Never raises."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        _log.warning("Settings file %s could not be read (%s); using defaults", path, error)
        return Settings()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        _keep_bad_copy(path, raw, ["the file is not a JSON object"])
        return Settings()
    settings, problems = _from_json(data)
    if problems:
        _keep_bad_copy(path, raw, problems)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings atomically (a crash leaves the old or the new file, never half)."""
    text = json.dumps(settings.to_json(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, text.encode("utf-8"))
    except OSError as error:
        raise SettingsError(
            f"Could not save the settings to {path} ({error.strerror or error}); "
            "check that the folder exists and is writable."
        ) from error


def _from_json(data: Mapping[str, Any]) -> tuple[Settings, list[str]]:
    problems: list[str] = []
    values: dict[str, Any] = {}

    api_base = data.get("api_base")
    if api_base is not None:
        try:
            if not isinstance(api_base, str):
                raise ValueError("not a string")
            values["api_base"] = validate_api_base(api_base) if api_base.strip() else None
        except ValueError:
            problems.append("api_base")

    interval = data.get("poll_interval_s")
    if interval is not None:
        if (
            isinstance(interval, int | float)
            and not isinstance(interval, bool)
            and math.isfinite(interval)
            and interval >= MIN_POLL_INTERVAL_S
        ):
            values["poll_interval_s"] = float(interval)
        else:
            problems.append("poll_interval_s")

    download_dir = data.get("download_dir")
    if download_dir is not None:
        if isinstance(download_dir, str) and Path(download_dir).expanduser().is_absolute():
            values["download_dir"] = Path(download_dir).expanduser()
        else:
            problems.append("download_dir")

    thresholds = data.get("check_thresholds")
    if thresholds is not None:
        values["check_thresholds"] = _thresholds(thresholds, problems)

    recent = data.get("recent_languages")
    if recent is not None:
        if isinstance(recent, list) and all(isinstance(item, str) for item in recent):
            values["recent_languages"] = tuple(recent)
        else:
            problems.append("recent_languages")

    ui_state = data.get("ui_state")
    if ui_state is not None:
        if isinstance(ui_state, dict) and all(isinstance(v, str) for v in ui_state.values()):
            values["ui_state"] = dict(ui_state)
        else:
            problems.append("ui_state")

    shortcuts = data.get("shortcuts")
    if shortcuts is not None:
        values["shortcuts"] = overrides_from_json(shortcuts, problems)

    language = data.get("interface_language")
    if language is not None:
        if isinstance(language, str) and (language == "" or language.isalpha()):
            values["interface_language"] = language
        else:
            problems.append("interface_language")

    return Settings(**values), problems


def _thresholds(raw: Any, problems: list[str]) -> ThresholdOverrides:
    if not isinstance(raw, dict):
        problems.append("check_thresholds")
        return {}
    result: ThresholdOverrides = {}
    for language, fields in raw.items():
        if not isinstance(fields, dict):
            problems.append(f"check_thresholds[{language!r}]")
            continue
        kept: dict[str, JsonScalar] = {}
        for name, value in fields.items():
            if isinstance(value, bool | int | float | str) and not (
                isinstance(value, float) and not math.isfinite(value)
            ):
                kept[name] = value
            else:
                problems.append(f"check_thresholds[{language!r}][{name!r}]")
        result[language] = kept
    return result


def _keep_bad_copy(path: Path, raw: bytes, problems: list[str]) -> None:
    bad = path.with_name(path.name + BAD_SUFFIX)
    _log.warning(
        "Settings file %s has unusable values (%s); using defaults for them, original kept as %s",
        path,
        ", ".join(problems),
        bad.name,
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(bad, raw)
    except OSError as error:
        _log.warning("Could not keep a copy of the bad settings file: %s", error)
