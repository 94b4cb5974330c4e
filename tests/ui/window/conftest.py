"""Fixtures the window's tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from proofreader.ui.i18n import install_translators, remove_translators


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The Spanish interface for one test; the other tests read the English source strings."""
    assert install_translators(qapp, "es") == "es"
    yield
    remove_translators(qapp)
