"""The repository's copy of the published document is the team's current one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract.published import DOCUMENT, operation

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / DOCUMENT.name


@pytest.mark.skipif(not SHARED.is_file(), reason="no shared/ folder beside the repository")
def test_published_copy_matches_shared() -> None:
    assert DOCUMENT.read_bytes() == SHARED.read_bytes(), f"copy {SHARED} to {DOCUMENT} again"


def test_literal_paths_win_over_templates() -> None:
    statuses = operation("GET", "/v3/video-translations/statuses")
    assert statuses is not None and statuses["operationId"].endswith("statuses")
