"""What a session's status badge says and how it looks, in one place (sidebar and dialogs).

The badge is a short word or two; the tooltip says the whole thing, including the service's
failure message, so a failed session explains itself without opening anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from proofreader.library import Session, SessionStatus
from proofreader.ui.editor.colors import is_dark, mix
from proofreader.ui.i18n import translate

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


def _words() -> dict[SessionStatus, str]:
    """The badge's word per status (made when asked: the translator comes after import)."""
    return {
        SessionStatus.PROCESSING: translate("SessionBadge", "processing"),
        SessionStatus.READY: translate("SessionBadge", "ready to review"),
        SessionStatus.EDITING: translate("SessionBadge", "editing"),
        SessionStatus.UPLOADED: translate("SessionBadge", "uploaded"),
        SessionStatus.GENERATING: translate("SessionBadge", "generating"),
        SessionStatus.DONE: translate("SessionBadge", "done"),
        SessionStatus.FAILED: translate("SessionBadge", "failed"),
        SessionStatus.EXPIRED: translate("SessionBadge", "expired"),
    }


def _explanation(status: SessionStatus) -> str:
    explained = {
        SessionStatus.PROCESSING: translate(
            "SessionBadge", "HeyGen is transcribing and translating the video."
        ),
        SessionStatus.READY: translate(
            "SessionBadge", "The machine translation is ready: double-click to review it."
        ),
        SessionStatus.EDITING: translate(
            "SessionBadge", "You are reviewing it here; upload the corrections when done."
        ),
        SessionStatus.UPLOADED: translate(
            "SessionBadge", "Your corrections are on HeyGen; generate the final video next."
        ),
        SessionStatus.GENERATING: translate("SessionBadge", "HeyGen is rendering the final video."),
        SessionStatus.DONE: translate(
            "SessionBadge", "The render is finished: download the video."
        ),
        SessionStatus.FAILED: translate("SessionBadge", "HeyGen could not finish it."),
        SessionStatus.EXPIRED: translate(
            "SessionBadge",
            "HeyGen no longer has this session (they last about 24 hours): start a new "
            "proofread of the video.",
        ),
    }
    return explained[status]


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
    return _words()[status]


def session_badge(session: Session, local_changes: int | None = None) -> Badge:
    """The badge of `session`; `local_changes` is its draft's count of changed cues."""
    status = session.status
    text = status_word(status)
    tooltip = _explanation(status)
    if status is SessionStatus.EDITING and local_changes:
        # lupdate makes plural forms only for self.tr(), so the two English forms are spelt out
        if local_changes == 1:
            text = translate("SessionBadge", "editing · 1 local change")
            pending = translate("SessionBadge", "1 local change not uploaded yet.")
        else:
            text = translate("SessionBadge", "editing · {count} local changes")
            pending = translate("SessionBadge", "{count} local changes not uploaded yet.")
        text = text.format(count=local_changes)
        tooltip = f"{pending.format(count=local_changes)} {tooltip}"
    elif status is SessionStatus.FAILED:
        reason = session.failure_message or translate("SessionBadge", "HeyGen gave no reason.")
        tooltip = translate("SessionBadge", "HeyGen could not finish it: {reason}").format(
            reason=reason
        )
    return Badge(status, text, tooltip)
