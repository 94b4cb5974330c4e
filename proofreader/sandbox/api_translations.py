"""/v3/video-translations: create (one id per language), get, statuses, list, rename, delete."""

from __future__ import annotations

import asyncio
import base64
import binascii
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from proofreader.sandbox.api_proofreads import MODES, validate_common_options
from proofreader.sandbox.context import SandboxContext
from proofreader.sandbox.errors import AUDIO_MISSING, invalid
from proofreader.sandbox.idempotency import run_once
from proofreader.sandbox.languages import LANGUAGES, SOURCE_LANGUAGE
from proofreader.sandbox.sources import Source, resolve_srt, resolve_video
from proofreader.sandbox.store import Translation
from proofreader.sandbox.validation import Body

FPS_MODES = ("vfr", "cfr", "passthrough")
SRT_ROLES = ("input", "output")
MAX_STATUS_IDS = 100
MAX_PAGE = 100
DEFAULT_PAGE = 10


def _token(seq: int) -> str:
    return base64.urlsafe_b64encode(f"seq:{seq}".encode()).decode().rstrip("=")


def _seq_of(token: str) -> int:
    """The position a next_token points after; 400 invalid_parameter when it is not ours."""
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        prefix, _, number = text.partition(":")
        if prefix != "seq":
            raise ValueError(text)
        return int(number)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid("token", "The pagination token is not valid.") from None


class TranslationRoutes:
    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx

    def routes(self) -> list[Route]:
        base = "/v3/video-translations"
        return [
            Route(base + "/statuses", self.statuses, methods=["GET"]),
            Route(base, self.create, methods=["POST"]),
            Route(base, self.list, methods=["GET"]),
            Route(base + "/{translation_id}", self.get, methods=["GET"]),
            Route(base + "/{translation_id}", self.rename, methods=["PATCH"]),
            Route(base + "/{translation_id}", self.delete, methods=["DELETE"]),
        ]

    def resource(self, record: Translation) -> dict[str, Any]:
        status = self.ctx.translation_status(record)
        data: dict[str, Any] = {
            "id": record.id,
            "status": status,
            "title": record.title,
            "output_language": record.output_language,
            "input_language": record.input_language,
            "duration": round(record.duration, 3),
            "created_at": int(record.created_at),
            "callback_id": record.callback_id,
            "translate_audio_only": record.translate_audio_only,
        }
        if status == "failed":
            data["failure_message"] = record.failure_message
        if status == "completed":
            base = f"/o/translation/{record.id}"
            data["video_url"] = self.ctx.presign("GET", base + "/video")
            data["audio_url"] = self.ctx.presign("GET", base + "/audio")
            if record.captions and record.srt_file:
                data["srt_caption_url"] = self.ctx.presign("GET", base + "/srt")
                data["vtt_caption_url"] = self.ctx.presign("GET", base + "/vtt")
        return data

    def _start(
        self,
        source: Source,
        language: str,
        title: str,
        options: dict[str, Any],
        srt_data: bytes | None,
        srt_role: str | None,
    ) -> str:
        now = self.ctx.clock()
        failure = source.failure
        if failure is None and not source.info.has_audio:
            failure = AUDIO_MISSING
        delay = 0.0 if source.failure else self.ctx.settings.render_delay_s
        captions_name = None
        if failure is None and source.file is not None:
            if srt_role == "output" and srt_data is not None:
                captions = srt_data
            else:
                original = srt_data if srt_role == "input" else None
                path = self.ctx.path(source.file)
                captions = self.ctx.media.transcripts(
                    path, source.info, language, original
                ).translated
            captions_name, captions_path = self.ctx.new_file("srt", ".srt")
            captions_path.write_bytes(captions)
        start = options["start_time"] or 0.0
        end = min(options["end_time"] or source.info.duration_s, source.info.duration_s)
        record = Translation(
            id=uuid.uuid4().hex,
            title=title,
            output_language=language,
            input_language=options["input_language"] or SOURCE_LANGUAGE,
            duration=max(0.0, end - start),
            created_at=now,
            running_at=now + delay * 0.3,
            ready_at=now + delay,
            callback_id=options["callback_id"],
            translate_audio_only=options["translate_audio_only"],
            captions=options["enable_caption"],
            source_file=source.file,
            srt_file=captions_name,
            failure_message=failure,
            proofread_id=None,
        )
        self.ctx.store.add_translation(record)
        return record.id

    async def create(self, request: Request) -> Response:
        body = await Body.read(request)
        video = body.media("video", required=True)
        languages = body.languages("output_languages", LANGUAGES)
        title = body.text("title")
        body.choice("mode", MODES, "speed")
        validate_common_options(body)
        options: dict[str, Any] = {
            "translate_audio_only": body.flag("translate_audio_only"),
            "enable_caption": body.flag("enable_caption"),
            "input_language": body.language("input_language", LANGUAGES),
            "start_time": body.number("start_time"),
            "end_time": body.number("end_time"),
            "callback_id": body.text("callback_id"),
        }
        body.flag("enable_dynamic_duration", default=True)
        body.flag("enable_watermark")
        body.choice("fps_mode", FPS_MODES, None)
        body.mapping("stock_voice_config")
        body.media("audio")
        srt_input = body.media("srt")
        # optional since 2026-07; without it the sandbox reads the SRT as the source transcript
        srt_role = body.choice("srt_role", SRT_ROLES, None) or ("input" if srt_input else None)
        start, end = options["start_time"], options["end_time"]
        if start is not None and end is not None and end <= start:
            raise invalid("end_time", "Field 'end_time' must be later than 'start_time'.")
        assert video is not None

        async def create() -> dict[str, Any]:
            source = await resolve_video(self.ctx, video, "video")
            srt_data = await resolve_srt(self.ctx, srt_input, "srt") if srt_input else None
            name = title or source.name or "Untitled"
            ids = [
                await asyncio.to_thread(
                    self._start, source, lang, name, options, srt_data, srt_role
                )
                for lang in languages
            ]
            self.ctx.store.bump("video_translations", len(ids))
            return {"data": {"video_translation_ids": ids}}

        return await run_once(
            self.ctx.store, request, create, self.ctx.clock(), hold_s=self.ctx.faults.slow_create_s
        )

    async def get(self, request: Request) -> Response:
        record = self.ctx.translation(str(request.path_params["translation_id"]))
        return JSONResponse({"data": self.resource(record)})

    async def statuses(self, request: Request) -> Response:
        raw = request.query_params.get("video_translation_ids", "")
        ids = list(dict.fromkeys(part.strip() for part in raw.split(",") if part.strip()))
        if not ids:  # stricter than the schema, which lists no parameters: HeyGen's guide does
            raise invalid("video_translation_ids", "Give one or more ids, separated by commas.")
        if len(ids) > MAX_STATUS_IDS:
            raise invalid("video_translation_ids", f"Ask for at most {MAX_STATUS_IDS} ids at once.")
        limit = _page_size(request.query_params.get("limit"), DEFAULT_PAGE)
        token = request.query_params.get("token")
        first = _seq_of(token) if token else 0
        page = ids[first : first + limit]
        more = first + limit < len(ids)
        return JSONResponse(
            {
                "data": [self._status_item(ident) for ident in page],
                "has_more": more,
                "next_token": _token(first + limit) if more else None,
            }
        )

    def _status_item(self, ident: str) -> dict[str, Any]:
        """The published item: `not_found` for an id the sandbox does not know."""
        record = self.ctx.store.translation(ident)
        item: dict[str, Any] = {"video_id": ident, "batch_id": None, "item_index": None}
        if record is None:
            return {**item, "status": "not_found", "error": None}
        status = self.ctx.translation_status(record)
        failed = status == "failed"
        error = {"code": "render_failed", "message": record.failure_message} if failed else None
        return {**item, "status": status, "error": error}

    async def list(self, request: Request) -> Response:
        limit = _page_size(request.query_params.get("limit"), DEFAULT_PAGE)
        token = request.query_params.get("token")
        before = _seq_of(token) if token else None
        items, has_more = self.ctx.store.translations_page(limit, before)
        next_token = _token(items[-1].seq) if has_more and items else None
        return JSONResponse(
            {
                "data": [self.resource(item) for item in items],
                "has_more": has_more,
                "next_token": next_token,
            }
        )

    async def rename(self, request: Request) -> Response:
        record = self.ctx.translation(str(request.path_params["translation_id"]))
        body = await Body.read(request)
        title = body.text("title", required=True) or ""
        self.ctx.store.update_translation(record.id, title=title)
        record.title = title
        return JSONResponse({"data": self.resource(record)})

    async def delete(self, request: Request) -> Response:
        record = self.ctx.translation(str(request.path_params["translation_id"]))
        self.ctx.store.delete_translation(record.id)
        if record.srt_file:
            self.ctx.path(record.srt_file).unlink(missing_ok=True)
        return JSONResponse({"data": {"id": record.id}})


def _page_size(raw: str | None, default: int) -> int:
    """The `limit` query parameter: 1 to MAX_PAGE, `default` when absent."""
    if raw is None:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise invalid("limit", f"Field 'limit' must be a whole number from 1 to {MAX_PAGE}.")
    return int(raw)
