"""Load the packaging scripts (plain files in packaging/, not a package) as modules for tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """Import packaging/<name>.py under a private name, so it shadows nothing installed."""
    qualified = f"_packaging_{name}"
    if qualified in sys.modules:
        return sys.modules[qualified]
    spec = importlib.util.spec_from_file_location(qualified, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[qualified] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules() -> ModuleType:
    return load("bundle_rules")


@pytest.fixture(scope="session")
def deb() -> ModuleType:
    return load("build_deb")


@pytest.fixture(scope="session")
def depends() -> ModuleType:
    return load("linux_depends")
