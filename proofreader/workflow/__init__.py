"""The proofread lifecycle as plain async code shared by the command line and the window.

create → poll → pull → push → generate → poll → download. No Qt. Every step takes a
`HeyGenClient` (see `open_client`); waiting goes through a `Poller` whose cadence, backoff,
stuck timeout, clock and sleep are settable. Cancel a step by cancelling its task.

Names load on first use (PEP 562): the window imports a few light names at start-up
without pulling in httpx and the whole client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from proofreader.lazy_names import lazy_names

if TYPE_CHECKING:
    from proofreader.workflow.connection import open_client
    from proofreader.workflow.errors import (
        InputError,
        JobFailed,
        NotReady,
        OutcomeUnknown,
        SrtRefused,
        StaleAttempt,
        StuckTimeout,
        WorkflowError,
        format_duration,
    )
    from proofreader.workflow.jobs import (
        Job,
        JobBoard,
        JobCancelled,
        JobHandle,
        JobKind,
        JobState,
        error_sentence,
    )
    from proofreader.workflow.keys import action_name
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
        CAPTIONS_HELP,
        GenerateOptions,
        ProgressFactory,
        audio_only_warning,
        create_translations,
        download_outputs,
        generate,
        require_rendered,
        wait_translation,
    )
    from proofreader.workflow.service import ProofreadService
    from proofreader.workflow.service_events import Notice, SessionEvent
    from proofreader.workflow.service_review import ReviewFiles
    from proofreader.workflow.service_tracking import SessionExpired
    from proofreader.workflow.service_translations import TranslationsService
    from proofreader.workflow.sources import MediaSource, media_input

__all__ = [
    "CAPTIONS_HELP",
    "DEFAULT_POLL_INTERVAL_S",
    "PROOFREAD_STUCK_AFTER_S",
    "RENDER_STUCK_AFTER_S",
    "GenerateOptions",
    "InputError",
    "Job",
    "JobBoard",
    "JobCancelled",
    "JobFailed",
    "JobHandle",
    "JobKind",
    "JobState",
    "MediaSource",
    "NotReady",
    "Notice",
    "OutcomeUnknown",
    "PollUpdate",
    "Poller",
    "ProgressFactory",
    "ProofreadService",
    "PulledSrt",
    "PushResult",
    "ReviewFiles",
    "SessionEvent",
    "SessionExpired",
    "SrtRefused",
    "StaleAttempt",
    "StuckTimeout",
    "TranslationsService",
    "UpdateCallback",
    "WorkflowError",
    "action_name",
    "audio_only_warning",
    "check_languages",
    "create_proofreads",
    "create_translations",
    "download_outputs",
    "error_sentence",
    "fetch_srt",
    "format_duration",
    "generate",
    "media_input",
    "open_client",
    "proofread_srt_names",
    "pull_srts",
    "push_srt",
    "render_stem",
    "require_completed",
    "require_rendered",
    "safe_stem",
    "srt_payload",
    "upload_srt",
    "wait_proofread",
    "wait_translation",
]

_HOMES = {
    "open_client": "proofreader.workflow.connection",
    "InputError": "proofreader.workflow.errors",
    "JobFailed": "proofreader.workflow.errors",
    "NotReady": "proofreader.workflow.errors",
    "OutcomeUnknown": "proofreader.workflow.errors",
    "SrtRefused": "proofreader.workflow.errors",
    "StaleAttempt": "proofreader.workflow.errors",
    "StuckTimeout": "proofreader.workflow.errors",
    "WorkflowError": "proofreader.workflow.errors",
    "format_duration": "proofreader.workflow.errors",
    "action_name": "proofreader.workflow.keys",
    "proofread_srt_names": "proofreader.workflow.naming",
    "render_stem": "proofreader.workflow.naming",
    "safe_stem": "proofreader.workflow.naming",
    "DEFAULT_POLL_INTERVAL_S": "proofreader.workflow.poller",
    "PROOFREAD_STUCK_AFTER_S": "proofreader.workflow.poller",
    "RENDER_STUCK_AFTER_S": "proofreader.workflow.poller",
    "Poller": "proofreader.workflow.poller",
    "PollUpdate": "proofreader.workflow.poller",
    "UpdateCallback": "proofreader.workflow.poller",
    "PulledSrt": "proofreader.workflow.proofreads",
    "check_languages": "proofreader.workflow.proofreads",
    "create_proofreads": "proofreader.workflow.proofreads",
    "pull_srts": "proofreader.workflow.proofreads",
    "require_completed": "proofreader.workflow.proofreads",
    "wait_proofread": "proofreader.workflow.proofreads",
    "PushResult": "proofreader.workflow.push",
    "fetch_srt": "proofreader.workflow.push",
    "push_srt": "proofreader.workflow.push",
    "srt_payload": "proofreader.workflow.push",
    "upload_srt": "proofreader.workflow.push",
    "GenerateOptions": "proofreader.workflow.renders",
    "ProgressFactory": "proofreader.workflow.renders",
    "audio_only_warning": "proofreader.workflow.renders",
    "CAPTIONS_HELP": "proofreader.workflow.renders",
    "create_translations": "proofreader.workflow.renders",
    "download_outputs": "proofreader.workflow.renders",
    "generate": "proofreader.workflow.renders",
    "require_rendered": "proofreader.workflow.renders",
    "wait_translation": "proofreader.workflow.renders",
    "MediaSource": "proofreader.workflow.sources",
    "media_input": "proofreader.workflow.sources",
    "Job": "proofreader.workflow.jobs",
    "JobBoard": "proofreader.workflow.jobs",
    "JobCancelled": "proofreader.workflow.jobs",
    "JobHandle": "proofreader.workflow.jobs",
    "JobKind": "proofreader.workflow.jobs",
    "JobState": "proofreader.workflow.jobs",
    "error_sentence": "proofreader.workflow.jobs",
    "ProofreadService": "proofreader.workflow.service",
    "Notice": "proofreader.workflow.service_events",
    "SessionEvent": "proofreader.workflow.service_events",
    "ReviewFiles": "proofreader.workflow.service_review",
    "SessionExpired": "proofreader.workflow.service_tracking",
    "TranslationsService": "proofreader.workflow.service_translations",
}

__getattr__, __dir__ = lazy_names(__name__, _HOMES)
