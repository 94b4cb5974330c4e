"""Who the app is: name, version, licence, links, and the facts about this computer that a
problem report needs. Read from the installed package's metadata, with the values of
pyproject.toml as a fallback (a frozen bundle may carry no metadata).
"""

from __future__ import annotations

import locale
import platform
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from proofreader import __version__

if TYPE_CHECKING:
    import importlib.metadata

DISTRIBUTION = "proofreader"
APP_DISPLAY_NAME = "Proofreader"
SUMMARY = "Proofread HeyGen's machine-translated subtitles before the lip-synced render."
LICENCE = "MIT"  # pyproject.toml's `license`
# placeholders until pyproject.toml has [project.urls] ("Homepage", "Issues"): those win
HOMEPAGE = "https://github.com/proofreader-app/proofreader"
ISSUES = "https://github.com/proofreader-app/proofreader/issues"


@dataclass(frozen=True)
class AppInfo:
    name: str
    version: str
    licence: str
    homepage: str
    issues: str


def app_info() -> AppInfo:
    """This installation's identity (metadata first, the built-in values otherwise)."""
    import importlib.metadata  # with its email package, ~10 ms: not at the window's start

    version, licence, urls = __version__, LICENCE, {}
    try:
        metadata = importlib.metadata.metadata(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        metadata = None
    if metadata is not None:
        version = _first(metadata, "Version") or version
        licence = _first(metadata, "License-Expression") or _first(metadata, "License") or licence
        for entry in metadata.get_all("Project-URL") or ():
            label, _, url = entry.partition(",")
            urls[label.strip().lower()] = url.strip()
    homepage = urls.get("homepage") or urls.get("source") or HOMEPAGE
    issues = urls.get("issues") or urls.get("bug tracker") or ISSUES
    return AppInfo(APP_DISPLAY_NAME, version, licence, homepage, issues)


def _first(metadata: importlib.metadata.PackageMetadata, field: str) -> str:
    values = metadata.get_all(field)
    return str(values[0]) if values else ""


def system_facts() -> dict[str, str]:
    """Versions and platform, for the About box and problem reports (no paths, no names)."""
    info = app_info()
    language, encoding = locale.getlocale()
    return {
        "Proofreader": info.version,
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Platform": platform.platform(),
        "Machine": platform.machine(),
        "Frozen bundle": "yes" if getattr(sys, "frozen", False) else "no",
        "Locale": f"{language or '?'} ({encoding or '?'})",
    }
