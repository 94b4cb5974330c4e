"""The final render: the Generate dialog, the results bar (download, open, play) and the
Source / Result switch of the player."""

from proofreader.ui.renders.generate_dialog import GenerateDialog, generate_blocker
from proofreader.ui.renders.render_results import RenderResultsBar, playable_result
from proofreader.ui.renders.result_switch import ResultSwitch

__all__ = [
    "GenerateDialog",
    "RenderResultsBar",
    "ResultSwitch",
    "generate_blocker",
    "playable_result",
]
