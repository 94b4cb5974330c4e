"""`languages` and `proofread …`: the proofread lifecycle from a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from proofreader.cli_api_output import print_json, resource_json
from proofreader.cli_api_session import EXIT_FAILED, EXIT_OK, ApiContext, run_api
from proofreader.heygen import Mode, Proofread, ProofreadOptions, ProofreadStatus
from proofreader.workflow import (
    GenerateOptions,
    JobFailed,
    MediaSource,
    audio_only_warning,
    create_proofreads,
    generate,
    pull_srts,
    push_srt,
    wait_proofread,
)


def _flag(value: bool) -> bool | None:
    """A store_true option: sent as true when given, not sent (the service's default) when not."""
    return True if value else None


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
        mode=Mode(args.mode) if args.mode else None,
        speaker_num=args.speaker_num,
        enable_speech_enhancement=_flag(args.speech_enhancement),
        disable_music_track=_flag(args.no_music),
        enable_video_stretching=_flag(args.video_stretching),
        keep_the_same_format=_flag(args.keep_format),
        brand_glossary_id=args.glossary_id,
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
        )
        ctx.reporter.finish()
        if args.json:
            print_json({**resource_json(created.raw), "proofread_ids": list(created.proofread_ids)})
            return EXIT_OK
        languages = [name.strip() for name in args.lang if name.strip()]
        for index, proofread_id in enumerate(created.proofread_ids):
            language = languages[index] if index < len(languages) else ""
            print(f"{proofread_id}\t{language}".rstrip())
        first = created.proofread_ids[0]
        ctx.reporter.hint(f"Follow it with: proofreader proofread status {first} --wait")
        return EXIT_OK

    return run_api(args, work)


def _proofread_line(proofread: Proofread) -> str:
    parts = [proofread.id, proofread.status.value]
    parts += [part for part in (proofread.output_language, proofread.title) if part]
    line = "\t".join(parts)
    if proofread.failure_message:
        line += f"\n{proofread.failure_message}"
    return line


def run_status(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        if args.wait:
            proofread = await wait_proofread(
                ctx.client, args.id, ctx.poller, on_update=ctx.reporter.waiting("proofread")
            )
            ctx.reporter.finish()
        else:
            proofread = await ctx.client.get_proofread(args.id)
        if args.json:
            print_json(resource_json(proofread.raw))
        else:
            print(_proofread_line(proofread))
        if proofread.status is ProofreadStatus.FAILED:
            ctx.reporter.note(str(JobFailed("proofread", proofread.id, proofread.failure_message)))
            return EXIT_FAILED
        return EXIT_OK

    return run_api(args, work)


def run_pull(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        pulled = await pull_srts(
            ctx.client,
            args.id,
            out=Path(args.out).expanduser() if args.out else None,
            original=Path(args.original).expanduser() if args.original else None,
            progress=ctx.reporter.transfer("Downloading", "SRT"),
        )
        ctx.reporter.finish()
        print(pulled.translated)
        if pulled.original is not None:
            print(pulled.original)
        else:
            ctx.reporter.note("HeyGen offers no original transcript for this session.")
        return EXIT_OK

    return run_api(args, work)


def run_push(args: argparse.Namespace) -> int:
    async def work(ctx: ApiContext) -> int:
        path = Path(args.file).expanduser()
        result = await push_srt(
            ctx.client, args.id, path, progress=ctx.reporter.transfer("Uploading", path.name)
        )
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
            captions=_flag(args.captions),
            translate_audio_only=_flag(args.audio_only),
            callback_url=args.callback_url,
            callback_id=args.callback_id,
        )
        result = await generate(ctx.client, args.id, options)
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
