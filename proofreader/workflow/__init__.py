"""The proofread lifecycle as plain async code shared by the command line and the window.

create → poll → pull → push → generate → poll → download. No Qt. Every step takes a
`HeyGenClient` (see `open_client`); waiting goes through a `Poller` whose cadence, backoff,
stuck timeout, clock and sleep are settable. Cancel a step by cancelling its task.
"""

from proofreader.workflow.connection import open_client
from proofreader.workflow.errors import (
    InputError,
    JobFailed,
    NotReady,
    OutcomeUnknown,
    SrtRefused,
    StuckTimeout,
    WorkflowError,
    format_duration,
)
from proofreader.workflow.keys import request_key
from proofreader.workflow.naming import proofread_srt_names, render_stem, safe_stem
from proofreader.workflow.poller import (
    DEFAULT_POLL_INTERVAL_S,
    PROOFREAD_STUCK_AFTER_S,
    RENDER_STUCK_AFTER_S,
    Poller,
    PollUpdate,
    UpdateCallback,
)
from proofreader.workflow.proofreads import (
    PulledSrt,
    check_languages,
    create_proofreads,
    pull_srts,
    require_completed,
    wait_proofread,
)
from proofreader.workflow.push import PushResult, fetch_srt, push_srt, srt_payload, upload_srt
from proofreader.workflow.renders import (
    GenerateOptions,
    ProgressFactory,
    audio_only_warning,
    create_translations,
    download_outputs,
    generate,
    require_rendered,
    wait_translation,
)
from proofreader.workflow.sources import MediaSource, media_input

__all__ = [
    "DEFAULT_POLL_INTERVAL_S",
    "PROOFREAD_STUCK_AFTER_S",
    "RENDER_STUCK_AFTER_S",
    "GenerateOptions",
    "InputError",
    "JobFailed",
    "MediaSource",
    "NotReady",
    "OutcomeUnknown",
    "PollUpdate",
    "Poller",
    "ProgressFactory",
    "PulledSrt",
    "PushResult",
    "SrtRefused",
    "StuckTimeout",
    "UpdateCallback",
    "WorkflowError",
    "audio_only_warning",
    "check_languages",
    "create_proofreads",
    "create_translations",
    "download_outputs",
    "fetch_srt",
    "format_duration",
    "generate",
    "media_input",
    "open_client",
    "proofread_srt_names",
    "pull_srts",
    "push_srt",
    "render_stem",
    "request_key",
    "require_completed",
    "require_rendered",
    "safe_stem",
    "srt_payload",
    "upload_srt",
    "wait_proofread",
    "wait_translation",
]

# The service layer for the window (issue 5): jobs, sessions, review, renders, translations.
from proofreader.workflow.jobs import (
    Job,
    JobBoard,
    JobCancelled,
    JobHandle,
    JobKind,
    JobState,
    error_sentence,
)
from proofreader.workflow.service import ProofreadService
from proofreader.workflow.service_events import Notice, SessionEvent
from proofreader.workflow.service_review import ReviewFiles
from proofreader.workflow.service_tracking import SessionExpired
from proofreader.workflow.service_translations import TranslationsService

__all__ += [
    "Job",
    "JobBoard",
    "JobCancelled",
    "JobHandle",
    "JobKind",
    "JobState",
    "Notice",
    "ProofreadService",
    "ReviewFiles",
    "SessionEvent",
    "SessionExpired",
    "TranslationsService",
    "error_sentence",
]
