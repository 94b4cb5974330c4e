"""The proofreading editor's widgets: the cue table, its filter, the cue pane, find/replace, undo.

The main window wires them together; every change goes through DocumentUndo.
"""

from proofreader.ui.editor.cue_columns import Column
from proofreader.ui.editor.cue_editor_pane import CueEditorPane
from proofreader.ui.editor.cue_filter import FILTER_LABELS, CueFilterProxy, FilterMode
from proofreader.ui.editor.cue_table_model import CueTableModel
from proofreader.ui.editor.cue_table_view import CueTableView
from proofreader.ui.editor.find_replace import FindReplaceBar
from proofreader.ui.editor.undo import DocumentUndo

__all__ = [
    "FILTER_LABELS",
    "Column",
    "CueEditorPane",
    "CueFilterProxy",
    "CueTableModel",
    "CueTableView",
    "DocumentUndo",
    "FilterMode",
    "FindReplaceBar",
]
