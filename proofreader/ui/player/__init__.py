"""The editor's preview player: video, live subtitle overlay, transport and time ruler.

PreviewPlayer loads on first use (PEP 562): the window's commands import light modules of
this package (the transport's labels) before it is shown, and Qt Multimedia, which the player
needs, takes tens of milliseconds to load; the window creates the player after the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proofreader.lazy_names import lazy_names

if TYPE_CHECKING:
    from proofreader.ui.player.player_widget import PreviewPlayer

__all__ = ["PreviewPlayer"]

_HOMES = {"PreviewPlayer": "proofreader.ui.player.player_widget"}

__getattr__, __dir__ = lazy_names(__name__, _HOMES)
