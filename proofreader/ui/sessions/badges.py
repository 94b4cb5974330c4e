"""What a session's status badge says and how it looks, in one place (sidebar and dialogs).

The badge is a short word or two; the tooltip says the whole thing, including the service's
failure message, so a failed session explains itself without opening anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from proofreader.library import Session, SessionStatus
from proofreader.ui.editor.colors import is_dark, mix

_HUES: dict[SessionStatus, QColor] = {
    SessionStatus.PROCESSING: QColor(66, 133, 244),
    SessionStatus.READY: QColor(46, 160, 67),
    SessionStatus.EDITING: QColor(232, 160, 0),
    SessionStatus.UPLOADED: QColor(0, 150, 136),
    SessionStatus.GENERATING: QColor(124, 77, 255),
    SessionStatus.DONE: QColor(30, 120, 50),
    SessionStatus.FAILED: QColor(215, 58, 73),
    SessionStatus.EXPIRED: QColor(128, 128, 128),
}

_WORDS: dict[SessionStatus, str] = {
    SessionStatus.PROCESSING: "processing",
    SessionStatus.READY: "ready to review",
    SessionStatus.EDITING: "editing",
    SessionStatus.UPLOADED: "uploaded",
    SessionStatus.GENERATING: "generating",
    SessionStatus.DONE: "done",
    SessionStatus.FAILED: "failed",
    SessionStatus.EXPIRED: "expired",
}

_EXPLAINED: dict[SessionStatus, str] = {
    SessionStatus.PROCESSING: "HeyGen is transcribing and translating the video.",
    SessionStatus.READY: "The machine translation is ready: double-click to review it.",
    SessionStatus.EDITING: "You are reviewing it here; upload the corrections when done.",
    SessionStatus.UPLOADED: "Your corrections are on HeyGen; generate the final video next.",
    SessionStatus.GENERATING: "HeyGen is rendering the final video.",
    SessionStatus.DONE: "The render is finished: download the video.",
    SessionStatus.FAILED: "HeyGen could not finish it.",
    SessionStatus.EXPIRED: (
        "HeyGen no longer has this session (they last about 24 hours): start a new "
        "proofread of the video."
    ),
}


@dataclass(frozen=True)
class Badge:
    """The text in the pill, and the sentence for the tooltip."""

    status: SessionStatus
    text: str
    tooltip: str

    def colors(self, palette: QPalette) -> tuple[QColor, QColor]:
        """(fill, text) of the pill, tinted to read on this palette."""
        hue = _HUES[self.status]
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        if is_dark(palette):
            return mix(base, hue, 0.45), mix(text, hue, 0.15)
        return mix(base, hue, 0.18), hue.darker(160)


def status_word(status: SessionStatus) -> str:
    return _WORDS[status]


def session_badge(session: Session, local_changes: int | None = None) -> Badge:
    """The badge of `session`; `local_changes` is its draft's count of changed cues."""
    status = session.status
    text = _WORDS[status]
    tooltip = _EXPLAINED[status]
    if status is SessionStatus.EDITING and local_changes:
        changes = "1 local change" if local_changes == 1 else f"{local_changes} local changes"
        text = f"editing · {changes}"
        tooltip = f"{changes.capitalize()} not uploaded yet. {tooltip}"
    elif status is SessionStatus.FAILED:
        reason = session.failure_message or "HeyGen gave no reason."
        tooltip = f"HeyGen could not finish it: {reason}"
    return Badge(status, text, tooltip)
