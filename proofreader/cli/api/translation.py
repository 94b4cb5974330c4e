"""`translation …` (renders: create, status, list, rename, download, delete) and `sandbox`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from proofreader.cli.api.jobs import flag, job_line, print_created, print_status, shared_options
from proofreader.cli.api.output import print_json, resource_json
from proofreader.cli.api.session import ApiContext, UsageProblem, run_api
from proofreader.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from proofreader.heygen import (
    FpsMode,
    Mode,
    SrtRole,
    TranslationOptions,
    VideoTranslation,
)
from proofreader.workflow import (
    InputError,
    MediaSource,
    audio_only_warning,
    create_translations,
    download_outputs,
    wait_translation,
)


def _stock_voice_config(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    published = {"use_stock_voice": bool, "preferred_stock_voice_ids": list}
    if (
        not isinstance(value, dict)
        or not set(value) <= set(published)
        or any(
            not isinstance(value[name], kind) for name, kind in published.items() if name in value
        )
        or not all(isinstance(v, str) for v in value.get("preferred_stock_voice_ids", []))
    ):
        raise InputError(
            "--stock-voice-config must be a JSON object with HeyGen's fields, such as "
            '\'{"use_stock_voice": true, "preferred_stock_voice_ids": ["VOICE_ID"]}\'.'
        )
    return value


def translation_options(args: argparse.Namespace) -> TranslationOptions:
    return TranslationOptions(
        **shared_options(args),
        title=args.title,
        translate_audio_only=flag(args.audio_only),
        enable_dynamic_duration=False if args.no_dynamic_duration else None,
        enable_caption=flag(args.captions),
        enable_watermark=flag(args.watermark),
        input_language=args.input_lang,
        start_time=args.start_time,
        end_time=args.end_time,
        srt_role=SrtRole(args.srt_role) if args.srt_role else None,
        fps_mode=FpsMode(args.fps_mode) if args.fps_mode else None,
        folder_id=args.folder_id,
        stock_voice_config=_stock_voice_config(args.stock_voice_config),
        callback_url=args.callback_url,
        callback_id=args.callback_id,
    )


def run_create(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        options = translation_options(args)
        warning = audio_only_warning(args.audio_only, args.mode or Mode.SPEED.value)
        if warning:
            ctx.reporter.note(warning)
        source = MediaSource.parse(args.video)
        created = await create_translations(
            ctx.client,
            source,
            args.lang,
            options,
            srt=MediaSource.parse(args.srt, "SRT") if args.srt else None,
            audio=MediaSource.parse(args.audio, "audio") if args.audio else None,
            progress=ctx.reporter.transfer("Uploading", source.label),
            keys=ctx.keys,
        )
        return print_created(
            ctx,
            args,
            created.raw,
            created.video_translation_ids,
            json_key="video_translation_ids",
            group="translation",
        )

    return run_api(args, work)


def run_status(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        if args.wait:
            translation = await wait_translation(
                ctx.client,
                args.id,
                ctx.poller,
                on_update=ctx.reporter.waiting("video translation"),
            )
            ctx.reporter.finish()
        else:
            translation = await ctx.client.get_translation(args.id)
        return print_status(ctx, args, translation, "video translation")

    return run_api(args, work)


def run_list(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        items: list[VideoTranslation] = []
        more = False
        if args.all:
            async for item in ctx.client.iter_translations(limit=args.limit):
                items.append(item)
        else:
            page = await ctx.client.list_translations(limit=args.limit)
            items.extend(page.items)
            more = page.has_more
        if args.json:
            print_json([resource_json(item.raw) for item in items])
        else:
            for item in items:
                print(job_line(item))
        if more:
            ctx.reporter.hint("There are more: add --all to list every one.")
        return EXIT_OK

    return run_api(args, work)


def run_rename(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        if not args.title.strip():
            raise InputError("The new title is empty: give the title in quotes.")
        translation = await ctx.client.rename_translation(args.id, args.title)
        print(f"Renamed {translation.id} to {translation.title or args.title}")
        return EXIT_OK

    return run_api(args, work)


def run_download(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        paths = await download_outputs(
            ctx.client,
            args.id,
            Path(args.dir).expanduser(),
            progress_for=lambda name: ctx.reporter.transfer("Downloading", name),
        )
        ctx.reporter.finish()
        for path in paths:
            print(path)
        return EXIT_OK

    return run_api(args, work)


def confirm_delete(translation_id: str, *, yes: bool) -> None:
    """Ask on a terminal, as HeyGen's CLI does; without one, --yes must say it (UsageProblem)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageProblem(
            f"Deleting {translation_id} cannot be undone, and there is no terminal to ask on: "
            "add --yes to delete it."
        )
    print(
        f"Delete the video translation {translation_id} and its files on HeyGen for good? [y/N] ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise UsageProblem(f"Nothing was deleted: {translation_id} is kept.")


def run_delete(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        confirm_delete(args.id, yes=args.yes)
        deleted = await ctx.client.delete_translation(args.id)
        print(f"Deleted {deleted}")
        return EXIT_OK

    return run_api(args, work)


def run_sandbox(args: argparse.Namespace) -> int:
    """Serve the offline sandbox in the foreground (the same state as `--demo`)."""
    from proofreader.library import AppPaths
    from proofreader.sandbox import serve_forever
    from proofreader.workflow.demo import demo_delays, sandbox_state_path

    if args.port is not None and not 0 <= args.port <= 65535:
        print(f"--port must be from 0 to 65535 (got {args.port}).", file=sys.stderr)
        return EXIT_USAGE
    try:
        delays = demo_delays()
        serve_forever(
            port=args.port or 0,
            state_path=sandbox_state_path(AppPaths.from_environment()),
            proofread_delay_s=delays.proofread_s,
            render_delay_s=delays.render_s,
            dub_renders=True,  # the demo's renders, whichever way its state is served
        )
    except (OSError, RuntimeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        print(f"The sandbox could not start ({reason}): choose another --port.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
