"""The restore list says what it restores: how many cues, where, and when the last change was."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from proofreader.library import DraftInfo
from proofreader.ui.recovery import RecoveryDialog
from proofreader.workspace.document_source import DocumentSource, local_source
from proofreader.workspace.drafts import RestorableDraft


def _draft(source: DocumentSource, changes: int, when: datetime) -> RestorableDraft:
    return RestorableDraft(DraftInfo(source.key, changes, when, 100), source, True)


def test_a_file_and_a_heygen_session_are_named_with_the_time_of_the_last_change(
    qtbot: QtBot, tmp_path: Path
) -> None:
    today = datetime.now().astimezone().replace(hour=14, minute=2)
    file_draft = _draft(local_source(tmp_path / "talk.es.srt"), 3, today)
    assert file_draft.describe() == "3 edited cues in talk.es.srt, last change 14:02"
    session = DocumentSource("pf_123", "session", "Sample talk (Spanish)", tmp_path / "t.srt")
    older = today - timedelta(days=3)
    session_draft = _draft(session, 1, older)
    assert session_draft.describe() == (
        f"1 edited cue in the HeyGen session Sample talk (Spanish), last change "
        f"{older:%Y-%m-%d} 14:02"
    )
    dialog = RecoveryDialog([session_draft])
    qtbot.addWidget(dialog)
    heading = dialog.findChildren(QLabel)[0].text()
    assert "HeyGen's copy is unchanged until you upload" in heading
    assert "file on disk" not in heading
