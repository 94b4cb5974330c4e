"""The editor's preview player: video, live subtitle overlay, transport and time ruler."""

from proofreader.ui.player.player_widget import PreviewPlayer

__all__ = ["PreviewPlayer"]
