"""Shared by the render and translations UI tests: a real service on the sandbox, on a qasync
loop that runs whenever Qt processes events (so qtbot.waitUntil drives both).

(No tests here.)
"""

from __future__ import annotations

from typing import Any

from proofreader.library import SessionStatus
from proofreader.workflow import GenerateOptions
from tests.ui.loop_support import WAIT_MS, Rig, drive, running_qasync_loop, service_rig
from tests.workflow.helpers import edit_srt

__all__ = ["WAIT_MS", "Rig", "drive", "running_qasync_loop", "service_rig"]


def uploaded_session(qtbot: Any, rig: Rig, title: str = "Talk") -> tuple[str, bytes]:
    """A Spanish session with corrections uploaded, ready to generate; (its id, the SRT sent)."""
    service = rig.service
    (proofread_id,) = drive(
        qtbot, service.start_proofreads(rig.sandbox.sample_video_url, ["Spanish (Spain)"], title)
    )

    def status() -> SessionStatus | None:
        session = rig.store.get_session(proofread_id)
        return None if session is None else session.status

    qtbot.waitUntil(lambda: status() is SessionStatus.READY, timeout=WAIT_MS)
    files = drive(qtbot, service.open_for_review(proofread_id))
    edited = edit_srt(files.translated)
    drive(qtbot, service.upload_corrections(proofread_id, files.translated))
    assert status() is SessionStatus.UPLOADED
    return proofread_id, edited


def rendered_session(qtbot: Any, rig: Rig, *, captions: bool = True) -> tuple[str, bytes]:
    """An uploaded session whose render (with captions) has finished; (its id, the SRT sent)."""
    proofread_id, edited = uploaded_session(qtbot, rig)
    drive(qtbot, rig.service.generate(proofread_id, GenerateOptions(captions=captions)))

    def done() -> bool:
        session = rig.store.get_session(proofread_id)
        return session is not None and session.status is SessionStatus.DONE

    qtbot.waitUntil(done, timeout=WAIT_MS)
    return proofread_id, edited
