"""Shared test set-up: Qt runs offscreen, nothing reaches the network or the user's keychain."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("HEYGEN_API_KEY", None)
os.environ.pop("HEYGEN_API_BASE", None)
