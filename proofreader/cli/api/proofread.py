"""`languages` and `proofread …`: the proofread lifecycle from a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from proofreader.cli.api.jobs import flag, print_created, print_status, shared_options
from proofreader.cli.api.output import print_json, resource_json
from proofreader.cli.api.session import ApiContext, run_api
from proofreader.cli.exit_codes import EXIT_OK
from proofreader.heygen import ProofreadOptions
from proofreader.workflow import (
    GenerateOptions,
    MediaSource,
    audio_only_warning,
    create_proofreads,
    generate,
    pull_srts,
    push_srt,
    wait_proofread,
)
from proofreader.workflow.renders import render_action


def run_languages(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        languages = await ctx.client.list_languages()
        if args.json:
            print_json({"languages": list(languages)})
        else:
            for name in languages:
                print(name)
        return EXIT_OK

    return run_api(args, work)


def proofread_options(args: argparse.Namespace) -> ProofreadOptions:
    return ProofreadOptions(
        **shared_options(args), enable_video_stretching=flag(args.video_stretching)
    )


def run_create(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        source = MediaSource.parse(args.video)
        created = await create_proofreads(
            ctx.client,
            source,
            args.lang,
            args.title,
            proofread_options(args),
            progress=ctx.reporter.transfer("Uploading", source.label),
            keys=ctx.keys,
            srt=MediaSource.parse(args.srt, "SRT") if args.srt else None,
        )
        return print_created(
            ctx,
            args,
            created.raw,
            created.proofread_ids,
            json_key="proofread_ids",
            group="proofread",
        )

    return run_api(args, work)


def run_status(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        if args.wait:
            proofread = await wait_proofread(
                ctx.client, args.id, ctx.poller, on_update=ctx.reporter.waiting("proofread")
            )
            ctx.reporter.finish()
        else:
            proofread = await ctx.client.get_proofread(args.id)
        return print_status(ctx, args, proofread, "proofread")

    return run_api(args, work)


def run_pull(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        pulled = await pull_srts(
            ctx.client,
            args.id,
            out=Path(args.out).expanduser() if args.out else None,
            original=Path(args.original).expanduser() if args.original else None,
            resume=True,
            progress=ctx.reporter.transfer("Downloading", "SRT"),
        )
        ctx.reporter.finish()
        print(pulled.translated)
        if pulled.original is not None:
            print(pulled.original)
        else:
            ctx.reporter.note(
                "HeyGen offers no original transcript for this session: it gives one only "
                "when the session was created with one (proofread create --srt)."
            )
        return EXIT_OK

    return run_api(args, work)


def run_push(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        path = Path(args.file).expanduser()
        result = await push_srt(
            ctx.client, args.id, path, progress=ctx.reporter.transfer("Uploading", path.name)
        )
        ctx.keys.retire_matching(render_action(args.id))  # the next generate is a new render
        ctx.reporter.finish()
        if result.route == "direct":
            ctx.reporter.hint("HeyGen refused SRT assets, so the file went by direct upload.")
        print(f"Pushed {path} to proofread {result.proofread.id}; it is used at the next generate.")
        return EXIT_OK

    return run_api(args, work)


def run_generate(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        if args.audio_only:
            proofread = await ctx.client.get_proofread(args.id)
            mode = proofread.raw.get("mode")
            warning = audio_only_warning(True, mode if isinstance(mode, str) else None)
            if warning:
                ctx.reporter.note(warning)
        options = GenerateOptions(
            captions=flag(args.captions),
            translate_audio_only=flag(args.audio_only),
            callback_url=args.callback_url,
            callback_id=args.callback_id,
        )
        result = await generate(ctx.client, args.id, options, keys=ctx.keys)
        if args.json:
            data = {
                **resource_json(result.raw),
                "video_translation_id": result.video_translation_id,
            }
            print_json(data)
        else:
            print(result.video_translation_id)
            ctx.reporter.hint(
                "Follow it with: proofreader translation status "
                f"{result.video_translation_id} --wait"
            )
        return EXIT_OK

    return run_api(args, work)
