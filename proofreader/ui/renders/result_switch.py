"""Source / Result: swap the player's media between the source video and the rendered result.

The playhead stays where it was, so a passage can be compared in both. While the result is
shown, the editor's subtitle overlay is hidden: the render has its own voice and, when asked
for, its own burned-in captions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from proofreader.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from proofreader.ui.player import PreviewPlayer

Showing = Literal["source", "result"]
_ITEMS: tuple[tuple[str, Showing], ...] = (
    (QT_TRANSLATE_NOOP("ResultSwitch", "Source"), "source"),
    (QT_TRANSLATE_NOOP("ResultSwitch", "Result"), "result"),
)


class ResultSwitch(QWidget):
    """A "Show: Source / Result" combo bound to one PreviewPlayer."""

    switched = Signal(str)  # "source" or "result"

    def __init__(self, player: PreviewPlayer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("result-switch")
        self._player = player
        self._source: Path | None = None
        self._result: Path | None = None
        self._showing: Showing = "source"
        self._restore_ms: int | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("result-switch-combo")
        for text, key in _ITEMS:
            self.combo.addItem(self.tr(text), key)
        self.combo.setToolTip(
            self.tr("Play the source video or the rendered result; the playhead stays where it is")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Show:")))
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._on_combo)
        self._refresh_enabled()

    # -- public ---------------------------------------------------------------------------------
    def set_player(self, player: PreviewPlayer | None) -> None:
        """The window may create its player late (it loads Qt Multimedia after the document)."""
        if player is self._player:
            return
        self._disconnect_restore()
        self._player = player
        self._showing = "source"
        self._sync_combo()
        self._refresh_enabled()

    def set_media(self, source: Path | None, result: Path | None) -> None:
        """The session's source video and its downloaded result (None: not downloaded)."""
        self._source = Path(source) if source is not None else None
        self._result = Path(result) if result is not None else None
        if self._showing == "result":
            if self._result is None:
                self.show_source()
            else:
                self._load(self._result)
        self._refresh_enabled()

    def showing(self) -> Showing:
        return self._showing

    def result(self) -> Path | None:
        return self._result

    def show_source(self) -> None:
        self._show("source")

    def show_result(self) -> None:
        self._show("result")

    # -- internals ------------------------------------------------------------------------------
    def _on_combo(self, index: int) -> None:
        key = self.combo.itemData(index)
        if key in ("source", "result"):
            self._show(key)

    def _show(self, key: Showing) -> None:
        if key == "result" and self._result is None:
            key = "source"
        if key != self._showing:
            self._showing = key
            path = self._result if key == "result" else self._source
            self._load(path)
            self.switched.emit(key)
        self._sync_combo()

    def _load(self, path: Path | None) -> None:
        player = self._player
        if player is None:
            return
        self._disconnect_restore()
        self._restore_ms = player.position()
        player.overlay.box.setOpacity(0.0 if self._showing == "result" else 1.0)
        player.media_ready.connect(self._restore_position)
        player.set_source(path)
        if path is None:  # subtitles only: no media to wait for
            self._restore_position()

    def _restore_position(self) -> None:
        player = self._player
        position = self._restore_ms
        self._disconnect_restore()
        if player is not None and position is not None:
            player.seek(position)

    def _disconnect_restore(self) -> None:
        if self._restore_ms is not None and self._player is not None:
            self._player.media_ready.disconnect(self._restore_position)
        self._restore_ms = None

    def _sync_combo(self) -> None:
        index = self.combo.findData(self._showing)
        if index != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(index)
            self.combo.blockSignals(False)

    def _refresh_enabled(self) -> None:
        self.combo.setEnabled(self._player is not None and self._result is not None)
        self.setToolTip(
            "" if self._result is not None else self.tr("Download the results to compare")
        )
