"""Errors of the proofread lifecycle, each `str()` one sentence a user can act on.

They sit beside the client's errors (`proofreader.heygen.HeyGenError`), which pass through
the workflow unchanged; these cover what only the lifecycle knows: bad input, a failed or
stuck job, a create whose outcome is unknown, an SRT the service would not take.
"""

from __future__ import annotations


class WorkflowError(Exception):
    """Anything the workflow raises on purpose. `str()` is the user-facing sentence."""


class InputError(WorkflowError):
    """Something the user gave cannot be used: a missing file, an unreadable SRT, a bad name."""


class NotReady(WorkflowError):
    """The job is still running, so what was asked for does not exist yet."""


class JobFailed(WorkflowError):
    """A proofread or video translation ended as failed; `failure_message` is the service's."""

    def __init__(self, kind: str, job_id: str, failure_message: str | None) -> None:
        reason = (failure_message or "HeyGen gave no reason").strip().rstrip(".")
        super().__init__(
            f"The {kind} {job_id} failed ({reason}): fix the cause and start a new one."
        )
        self.kind = kind
        self.job_id = job_id
        self.failure_message = failure_message


class StuckTimeout(WorkflowError):
    """A job did not finish within the stuck timeout (the contract: 30 minutes for a proofread)."""

    def __init__(self, kind: str, job_id: str, status: str, waited_s: float) -> None:
        super().__init__(
            f"The {kind} {job_id} is still {status} after {format_duration(waited_s)}, "
            "longer than it should take: it may be stuck; check it later, or contact HeyGen "
            "support if it never finishes."
        )
        self.kind = kind
        self.job_id = job_id
        self.status = status
        self.waited_s = waited_s


class OutcomeUnknown(WorkflowError):
    """A create (which costs credit) got no clear answer, so it may or may not have happened.

    It is never retried automatically. Repeating the same request sends the same
    Idempotency-Key (kept until HeyGen answers, for 24 hours), so HeyGen replays the first result.
    """

    def __init__(self, what: str, why: str, idempotency_key: str | None) -> None:
        again = (
            "repeating the same command within 24 hours sends the same Idempotency-Key, "
            "so HeyGen recognises it as a repeat"
            if idempotency_key
            else "trying blindly could create and pay for it twice"
        )
        super().__init__(
            f"{why} before HeyGen confirmed the {what}, so it may have been created: "
            f"check before trying again ({again})."
        )
        self.what = what
        self.idempotency_key = idempotency_key


class StaleAttempt(WorkflowError):
    """An earlier try of this request got no answer more than 24 hours ago: HeyGen no longer
    knows its key, so sending again could start a second (paid) job. Said once; the next
    try is a new request."""

    def __init__(self, hours: float) -> None:
        super().__init__(
            f"An earlier try of this request, {hours:.0f} hours ago, got no answer from HeyGen, "
            "which forgets a request after 24 hours: check whether it started (the library, or "
            "`proofreader translation list`), then try again to start a new one."
        )


class SrtRefused(WorkflowError):
    """HeyGen would not take the corrected SRT by any upload route."""


def format_duration(seconds: float) -> str:
    """`45 s`, `3 min 5 s`, `1 h 2 min`: for messages and progress lines."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {secs} s"
    return f"{secs} s"
