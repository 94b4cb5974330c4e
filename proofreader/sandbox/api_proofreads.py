"""/v3/video-translations/proofreads: create, poll, pull and push the SRT, generate."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from proofreader.sandbox.context import SandboxContext
from proofreader.sandbox.errors import AUDIO_MISSING, ApiError
from proofreader.sandbox.idempotency import run_once
from proofreader.sandbox.languages import LANGUAGES, SOURCE_LANGUAGE
from proofreader.sandbox.sources import Source, resolve_srt, resolve_video
from proofreader.sandbox.store import Proofread, Translation
from proofreader.sandbox.validation import Body

MODES = ("speed", "precision")
_BOOL_OPTIONS = (
    "enable_speech_enhancement",
    "disable_music_track",
    "enable_video_stretching",
    "keep_the_same_format",
)


def validate_common_options(body: Body) -> None:
    """Options shared by proofreads and direct translations that the sandbox only checks."""
    body.integer("speaker_num", minimum=1, maximum=20)
    for name in _BOOL_OPTIONS:
        body.flag(name)
    for name in ("brand_glossary_id", "brand_voice_id", "folder_id", "callback_url", "callback_id"):
        body.text(name)


class ProofreadRoutes:
    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx

    def routes(self) -> list[Route]:
        base = "/v3/video-translations/proofreads"
        return [
            Route(base, self.create, methods=["POST"]),
            Route(base + "/{proofread_id}", self.get, methods=["GET"]),
            Route(base + "/{proofread_id}/srt", self.get_srt, methods=["GET"]),
            Route(base + "/{proofread_id}/srt", self.put_srt, methods=["PUT"]),
            Route(base + "/{proofread_id}/generate", self.generate, methods=["POST"]),
        ]

    def resource(self, record: Proofread) -> dict[str, Any]:
        status = self.ctx.proofread_status(record)
        data: dict[str, Any] = {
            "id": record.id,
            "status": status,
            "title": record.title,
            "output_language": record.output_language,
            "input_language": record.input_language,
            "created_at": int(record.created_at),
            "submitted_for_review": False,
        }
        if status == "failed":
            data["failure_message"] = record.failure_message
        return data

    def _completed(self, request: Request) -> Proofread:
        record = self.ctx.live_proofread(str(request.path_params["proofread_id"]))
        status = self.ctx.proofread_status(record)
        if status == "processing":
            raise ApiError(409, "The proofread is still processing; wait until it is completed.")
        if status == "failed":
            raise ApiError(409, f"The proofread failed: {record.failure_message}")
        return record

    def _write(self, data: bytes, suffix: str = ".srt") -> str:
        name, path = self.ctx.new_file("srt", suffix)
        path.write_bytes(data)
        return name

    def _open_session(
        self, source: Source, language: str, title: str, mode: str, initial: bytes | None
    ) -> str:
        now = self.ctx.clock()
        ident = uuid.uuid4().hex
        failure = source.failure
        if failure is None and not source.info.has_audio:
            failure = AUDIO_MISSING
        ready_at = now if source.failure else now + self.ctx.settings.proofread_delay_s
        original_name = translated_name = None
        if failure is None and source.file is not None:
            texts = self.ctx.media.transcripts(self.ctx.path(source.file), source.info, language)
            # HeyGen offers an original SRT only when one was provided at creation
            original_name = self._write(initial) if initial is not None else None
            translated_name = self._write(texts.translated)
        record = Proofread(
            id=ident,
            title=title,
            output_language=language,
            input_language=SOURCE_LANGUAGE,
            mode=mode,
            created_at=now,
            ready_at=ready_at,
            failure_message=failure,
            source_file=source.file,
            duration=source.info.duration_s,
            original_srt=original_name,
            translated_srt=translated_name,
        )
        self.ctx.store.add_proofread(record)
        return ident

    async def create(self, request: Request) -> Response:
        body = await Body.read(request)
        video = body.media("video", required=True)
        languages = body.languages("output_languages", LANGUAGES)
        title = body.text("title", required=True) or ""
        mode = body.choice("mode", MODES, "speed") or "speed"
        validate_common_options(body)
        initial_srt = body.media("srt")
        assert video is not None

        async def create() -> dict[str, Any]:
            source = await resolve_video(self.ctx, video, "video")
            initial = await resolve_srt(self.ctx, initial_srt, "srt") if initial_srt else None
            ids = [
                await asyncio.to_thread(self._open_session, source, lang, title, mode, initial)
                for lang in languages
            ]
            self.ctx.store.bump("proofreads", len(ids))
            return {"data": {"proofread_ids": ids, "status": "processing"}}

        return await run_once(
            self.ctx.store, request, create, self.ctx.clock(), hold_s=self.ctx.faults.slow_create_s
        )

    async def get(self, request: Request) -> Response:
        record = self.ctx.live_proofread(str(request.path_params["proofread_id"]))
        return JSONResponse({"data": self.resource(record)})

    async def get_srt(self, request: Request) -> Response:
        record = self._completed(request)
        base = f"/o/proofread/{record.id}"
        original = record.original_srt and self.ctx.presign("GET", base + "/original")
        data = {"srt_url": self.ctx.presign("GET", base + "/srt"), "original_srt_url": original}
        return JSONResponse({"data": data})

    async def put_srt(self, request: Request) -> Response:
        record = self._completed(request)
        body = await Body.read(request)
        media = body.media("srt", required=True)
        assert media is not None
        data = await resolve_srt(self.ctx, media, "srt")
        name = await asyncio.to_thread(self._write, data)
        old = record.translated_srt
        self.ctx.store.update_proofread(record.id, translated_srt=name)
        if old:
            self.ctx.path(old).unlink(missing_ok=True)
        return JSONResponse({"data": self.resource(record)})

    async def generate(self, request: Request) -> Response:
        record = self._completed(request)
        body = await Body.read(request)
        captions = body.flag("captions")
        audio_only = body.flag("translate_audio_only")
        body.text("callback_url")
        callback_id = body.text("callback_id")

        async def create() -> dict[str, Any]:
            current = self.ctx.live_proofread(record.id)
            snapshot = None
            if current.translated_srt:
                data = await asyncio.to_thread(self.ctx.path(current.translated_srt).read_bytes)
                snapshot = await asyncio.to_thread(self._write, data)
            now = self.ctx.clock()
            delay = self.ctx.settings.render_delay_s
            translation = Translation(
                id=uuid.uuid4().hex,
                title=current.title,
                output_language=current.output_language,
                input_language=current.input_language,
                duration=current.duration,
                created_at=now,
                running_at=now + delay * 0.3,
                ready_at=now + delay,
                callback_id=callback_id,
                translate_audio_only=audio_only,
                captions=captions,
                source_file=current.source_file,
                srt_file=snapshot,
                failure_message=None,
                proofread_id=current.id,
            )
            self.ctx.store.add_translation(translation)
            self.ctx.store.bump("generates")
            return {"data": {"video_translation_id": translation.id, "status": "processing"}}

        return await run_once(
            self.ctx.store, request, create, self.ctx.clock(), hold_s=self.ctx.faults.slow_create_s
        )
