"""'Report a Problem': the logs, crash reports, versions and settings in one zip to send.

Everything that goes in passes through logs.redact once more (a log written by an older
version, or a key set after a line was written, is still scrubbed), settings lose
secret-named values and the window layout blobs, and no subtitle file is ever included.
The UI adds what only Qt knows (Qt version, screens) to `facts`.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

from proofreader.library.logs import REDACTED, log_files, redact
from proofreader.library.paths import HOME_ENV

REPORT_PREFIX = "proofreader-report"
MAX_CRASH_REPORTS = 10
_SECRET_KEY_WORDS = ("key", "token", "secret", "password", "auth", "credential")
_README = """\
Proofreader problem report

Please send this file with a few words about what you were doing when the problem happened.

What is inside:
  system.txt     versions of Proofreader, Qt and Python; the operating system, screens, locale
  settings.json  your settings, without secrets and without the saved window layout
  logs/          the app's recent log files and crash reports

What is not inside: your API key (every file was scrubbed of it), your subtitle files,
videos and library. You can open the files and read them before sending.
"""


@dataclass(frozen=True)
class ProblemReport:
    """Where the zip was written and what went into it (names inside the zip)."""

    path: Path
    entries: tuple[str, ...]


def report_file_name(now: datetime | None = None) -> str:
    moment = now or datetime.now()
    return f"{REPORT_PREFIX}-{moment.strftime('%Y%m%d-%H%M%S')}.zip"


def default_report_folder(environ: Mapping[str, str] | None = None) -> Path:
    """The Desktop, else Downloads, else the home folder (the root of PROOFREADER_HOME in
    tests and the demo): places a user finds again when attaching the file to a mail."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "").strip()
    if home:
        return Path(home).expanduser()
    for candidate in (platformdirs.user_desktop_dir(), platformdirs.user_downloads_dir()):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


def scrub_settings(value: Any, key: str = "") -> Any:
    """Settings as JSON with secret-named values removed and every string redacted."""
    if key == "ui_state" and isinstance(value, dict):
        return f"{len(value)} saved layouts (left out)"
    if key and any(word in key.lower() for word in _SECRET_KEY_WORDS):
        return REDACTED
    if isinstance(value, dict):
        return {str(k): scrub_settings(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_settings(item) for item in value]
    if isinstance(value, str):
        return redact(value)
    return value


def write_problem_report(
    destination: Path,
    *,
    log_dir: Path,
    settings_file: Path | None,
    facts: Mapping[str, str],
) -> ProblemReport:
    """Write the zip to `destination` (atomically: a half-written report never appears).

    Raises OSError when the destination cannot be written."""
    texts: dict[str, str] = {
        "README.txt": _README,
        "system.txt": "".join(f"{name}: {value}\n" for name, value in facts.items()),
        "settings.json": _settings_text(settings_file),
    }
    for path in _log_and_crash_files(log_dir):
        texts[f"logs/{path.name}"] = path.read_text(encoding="utf-8", errors="replace")
    partial = destination.with_name(destination.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in texts.items():
                archive.writestr(name, redact(text))
        os.replace(partial, destination)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    return ProblemReport(destination, tuple(texts))


def _settings_text(settings_file: Path | None) -> str:
    if settings_file is None or not settings_file.is_file():
        return json.dumps({"note": "no settings saved yet"}, indent=2) + "\n"
    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return json.dumps({"note": f"the settings could not be read: {type(exc).__name__}"})
    return json.dumps(scrub_settings(data), indent=2, ensure_ascii=False) + "\n"


def _log_and_crash_files(log_dir: Path) -> Sequence[Path]:
    """The rotated logs, then the newest crash reports."""
    try:
        crashes = sorted(log_dir.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        crashes = []
    return [*log_files(log_dir), *crashes[:MAX_CRASH_REPORTS]]
