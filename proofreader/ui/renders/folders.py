"""Choosing a download folder and showing a folder in the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """Ask for a folder (starting at `start`, or the nearest folder above it that exists, so
    the dialog never proposes a missing one); None when the user cancels."""
    existing = next((p for p in (start, *start.parents) if p.is_dir()), Path.home())
    chosen = QFileDialog.getExistingDirectory(parent, title, str(existing))
    return Path(chosen) if chosen else None


def open_folder(folder: Path) -> bool:
    """Show the folder in the system's file manager; False when the desktop refused."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
