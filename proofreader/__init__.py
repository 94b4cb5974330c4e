"""Proofreader: review HeyGen's machine-translated subtitles before the lip-synced render."""

import sys

__version__ = "0.1.0"

# httpx imports its optional command-line client (click, rich, pygments: ~200 ms) whenever
# those happen to be installed, as they are beside the development tools. Proofreader never
# runs httpx's CLI, so its start-up should not depend on what else shares the environment.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
