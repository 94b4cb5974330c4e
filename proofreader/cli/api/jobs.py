"""What `proofread …` and `translation …` share: the create options both take (commands.py's
_source_options), the ids a create prints, and a job's status line."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from proofreader.cli.api.output import print_json, resource_json
from proofreader.cli.api.session import ApiContext
from proofreader.cli.exit_codes import EXIT_FAILED, EXIT_OK
from proofreader.heygen import (
    Mode,
    Proofread,
    ProofreadStatus,
    TranslationStatus,
    VideoTranslation,
)
from proofreader.workflow import JobFailed

Job = Proofread | VideoTranslation


class SharedOptions(TypedDict):
    """The fields ProofreadOptions and TranslationOptions both have, from the shared flags."""

    mode: Mode | None
    speaker_num: int | None
    enable_speech_enhancement: bool | None
    disable_music_track: bool | None
    keep_the_same_format: bool | None
    brand_glossary_id: str | None


def flag(value: bool) -> bool | None:
    """A store_true option: sent as true when given, not sent (the service's default) when not."""
    return True if value else None


def shared_options(args: argparse.Namespace) -> SharedOptions:
    return SharedOptions(
        mode=Mode(args.mode) if args.mode else None,
        speaker_num=args.speaker_num,
        enable_speech_enhancement=flag(args.speech_enhancement),
        disable_music_track=flag(args.no_music),
        keep_the_same_format=flag(args.keep_format),
        brand_glossary_id=args.glossary_id,
    )


def print_created(
    ctx: ApiContext,
    args: argparse.Namespace,
    raw: Mapping[str, Any],
    ids: Sequence[str],
    *,
    json_key: str,
    group: str,
) -> int:
    """The new ids, one a line with its language (or JSON), and how to follow the first."""
    ctx.reporter.finish()
    if args.json:
        print_json({**resource_json(raw), json_key: list(ids)})
        return EXIT_OK
    languages = [name.strip() for name in args.lang if name.strip()]
    for index, job_id in enumerate(ids):
        language = languages[index] if index < len(languages) else ""
        print(f"{job_id}\t{language}".rstrip())
    ctx.reporter.hint(f"Follow it with: proofreader {group} status {ids[0]} --wait")
    return EXIT_OK


def job_line(job: Job) -> str:
    """Id, status, language and title, tab-separated; the failure message on a line below."""
    parts = [job.id, job.status.value]
    parts += [part for part in (job.output_language, job.title) if part]
    line = "\t".join(parts)
    if job.failure_message:
        line += f"\n{job.failure_message}"
    return line


def print_status(ctx: ApiContext, args: argparse.Namespace, job: Job, kind: str) -> int:
    """The job's line (or its JSON); a failed job is also explained and exits with 1."""
    if args.json:
        print_json(resource_json(job.raw))
    else:
        print(job_line(job))
    if job.status in (ProofreadStatus.FAILED, TranslationStatus.FAILED):
        ctx.reporter.note(str(JobFailed(kind, job.id, job.failure_message)))
        return EXIT_FAILED
    return EXIT_OK
