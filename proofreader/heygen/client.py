"""The HeyGen v3 client: one method per endpoint the app uses, typed in and out.

The caller owns the `httpx.AsyncClient` (and closes it); the client adds the key per request
for the API origin only, a timeout on every call, and the contract's retry policy.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import httpx

from proofreader.heygen.downloads import RefreshCallback, download
from proofreader.heygen.errors import TransferError, UnexpectedResponseError
from proofreader.heygen.limits import NetworkLimits
from proofreader.heygen.options import (
    MediaInput,
    ProofreadOptions,
    TranslationOptions,
    options_json,
)
from proofreader.heygen.parsing import ResourceParseError, as_mapping, text
from proofreader.heygen.resources import (
    Account,
    Asset,
    GenerateResult,
    Proofread,
    ProofreadCreated,
    SrtUrls,
    TranslationCreated,
    TranslationPage,
    VideoTranslation,
)
from proofreader.heygen.retry import RetryPolicy
from proofreader.heygen.statuses import BrandGlossary, RenderStatus, status_items
from proofreader.heygen.streams import CHUNK_SIZE, ProgressCallback
from proofreader.heygen.transport import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, Sleep, Transport
from proofreader.heygen.uploads import MULTIPART_LIMIT, Uploader

T = TypeVar("T")

STATUS_BATCH = 100
"""Most ids one statuses call may carry."""

TranslationFile = Literal["video_url", "audio_url", "srt_caption_url", "vtt_caption_url"]


def _segment(value: str, what: str) -> str:
    """An id as one URL path segment; refuses empty ids, escapes '/' and '..'."""
    if not value or not value.strip():
        raise ValueError(f"The {what} id must not be empty.")
    return quote(value.strip(), safe="")


def _languages(values: Sequence[str]) -> list[str]:
    languages = [values] if isinstance(values, str) else [str(v) for v in values]
    if not languages:
        raise ValueError("Choose at least one output language.")
    return languages


def _idempotency(key: str | None) -> dict[str, str]:
    return {"Idempotency-Key": key} if key else {}


class HeyGenClient:
    """Async client of the HeyGen v3 video-translation API (proofreads, renders, assets)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        api_key: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout | None = None,
        sleep: Sleep = asyncio.sleep,
        direct_upload_threshold: int = MULTIPART_LIMIT,
        chunk_size: int = CHUNK_SIZE,
        limits: NetworkLimits | None = None,
    ) -> None:
        self._transport = Transport(
            http,
            api_key,
            base_url,
            retry=retry or RetryPolicy(),
            timeout=timeout or DEFAULT_TIMEOUT,
            sleep=sleep,
            limits=limits,
        )
        self._uploader = Uploader(
            self._transport, direct_threshold=direct_upload_threshold, chunk_size=chunk_size
        )

    @property
    def base_url(self) -> str:
        return str(self._transport.base_url)

    # -- plumbing -----------------------------------------------------------------------------

    async def _data(self, method: str, path: str, **kwargs: Any) -> Any:
        answer = await self._transport.call(method, path, **kwargs)
        if "data" not in answer:
            raise UnexpectedResponseError(
                status=200, code="unexpected_response", detail="the answer had no data", path=path
            )
        return answer["data"]

    @staticmethod
    def _parse(path: str, parse: Callable[[], T]) -> T:
        try:
            return parse()
        except ResourceParseError as exc:
            raise UnexpectedResponseError(
                status=200, code="unexpected_response", detail=str(exc), path=path
            ) from exc

    # -- account and languages ----------------------------------------------------------------

    async def get_account(self) -> Account:
        """The key's owner and remaining credit: the cheap check that a key works."""
        data = await self._data("GET", "/v3/users/me")
        return Account.from_json(as_mapping(data))

    async def list_languages(self) -> tuple[str, ...]:
        """Display names accepted as output languages (fetch and cache; never hard-code)."""
        path = "/v3/video-translations/languages"
        data = await self._data("GET", path)
        values = data if isinstance(data, list) else as_mapping(data).get("languages")
        if not isinstance(values, list):
            raise UnexpectedResponseError(status=200, detail="no language list", path=path)
        names = (
            v if isinstance(v, str) else text(as_mapping(v), "name", "language") for v in values
        )
        return tuple(name for name in names if name)

    # -- assets -------------------------------------------------------------------------------

    async def upload_asset(
        self,
        path: str | Path,
        *,
        content_type: str | None = None,
        progress: ProgressCallback | None = None,
        force_direct: bool = False,
        idempotency_key: str | None = None,
    ) -> Asset:
        """Upload a file, streamed: multipart up to 32 MB, the direct route above (or forced)."""
        return await self._uploader.upload_file(
            Path(path),
            content_type=content_type,
            progress=progress,
            force_direct=force_direct,
            idempotency_key=idempotency_key,
        )

    async def upload_bytes(
        self,
        data: bytes,
        filename: str,
        content_type: str | None = None,
        *,
        progress: ProgressCallback | None = None,
        force_direct: bool = False,
        idempotency_key: str | None = None,
    ) -> Asset:
        """Upload an in-memory file (an edited SRT) under a name and media type."""
        return await self._uploader.upload_bytes(
            data,
            filename,
            content_type,
            progress=progress,
            force_direct=force_direct,
            idempotency_key=idempotency_key,
        )

    async def get_asset(self, asset_id: str) -> Asset:
        path = f"/v3/assets/{_segment(asset_id, 'asset')}"
        data = await self._data("GET", path)
        return self._parse(path, lambda: Asset.from_json(as_mapping(data), fallback_id=asset_id))

    async def delete_asset(self, asset_id: str) -> str:
        """Delete an asset; the id the service confirms."""
        data = await self._data("DELETE", f"/v3/assets/{_segment(asset_id, 'asset')}")
        return text(as_mapping(data), "id", "asset_id") or asset_id

    # -- proofreads ---------------------------------------------------------------------------

    async def create_proofread(
        self,
        video: MediaInput,
        output_languages: Sequence[str],
        title: str,
        options: ProofreadOptions | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> ProofreadCreated:
        """Start one proofread session per language. Costs credit: never retried blindly."""
        body: dict[str, Any] = {
            "video": video.to_json(),
            "output_languages": _languages(output_languages),
            "title": title,
        }
        if options is not None:
            body.update(options_json(options))
        path = "/v3/video-translations/proofreads"
        data = await self._data("POST", path, json=body, headers=_idempotency(idempotency_key))
        return self._parse(path, lambda: ProofreadCreated.from_json(as_mapping(data)))

    async def get_proofread(self, proofread_id: str) -> Proofread:
        path = f"/v3/video-translations/proofreads/{_segment(proofread_id, 'proofread')}"
        data = await self._data("GET", path)
        return self._parse(
            path, lambda: Proofread.from_json(as_mapping(data), fallback_id=proofread_id)
        )

    async def get_srt_urls(self, proofread_id: str) -> SrtUrls:
        """Fresh presigned links to the translated SRT and the source transcript."""
        path = f"/v3/video-translations/proofreads/{_segment(proofread_id, 'proofread')}/srt"
        data = await self._data("GET", path)
        return self._parse(path, lambda: SrtUrls.from_json(as_mapping(data)))

    async def put_srt(self, proofread_id: str, srt: MediaInput) -> Proofread:
        """Replace the session's translated SRT; takes effect at the next generate."""
        path = f"/v3/video-translations/proofreads/{_segment(proofread_id, 'proofread')}/srt"
        data = await self._data("PUT", path, json={"srt": srt.to_json()})
        return self._parse(
            path, lambda: Proofread.from_json(as_mapping(data), fallback_id=proofread_id)
        )

    async def generate(
        self,
        proofread_id: str,
        *,
        captions: bool | None = None,
        translate_audio_only: bool | None = None,
        callback_url: str | None = None,
        callback_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> GenerateResult:
        """Render the proofread video translation. Costs credit: never retried blindly."""
        body = {
            key: value
            for key, value in (
                ("captions", captions),
                ("translate_audio_only", translate_audio_only),
                ("callback_url", callback_url),
                ("callback_id", callback_id),
            )
            if value is not None
        }
        path = f"/v3/video-translations/proofreads/{_segment(proofread_id, 'proofread')}/generate"
        data = await self._data("POST", path, json=body, headers=_idempotency(idempotency_key))
        return self._parse(path, lambda: GenerateResult.from_json(as_mapping(data)))

    # -- video translations -------------------------------------------------------------------

    async def create_translation(
        self,
        video: MediaInput,
        output_languages: Sequence[str],
        options: TranslationOptions | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> TranslationCreated:
        """Start a direct translation, one per language. Costs credit: never retried blindly."""
        body: dict[str, Any] = {
            "video": video.to_json(),
            "output_languages": _languages(output_languages),
        }
        if options is not None:
            body.update(options_json(options))
        path = "/v3/video-translations"
        data = await self._data("POST", path, json=body, headers=_idempotency(idempotency_key))
        return self._parse(path, lambda: TranslationCreated.from_json(as_mapping(data)))

    async def get_translation(self, translation_id: str) -> VideoTranslation:
        path = f"/v3/video-translations/{_segment(translation_id, 'video translation')}"
        data = await self._data("GET", path)
        return self._parse(
            path, lambda: VideoTranslation.from_json(as_mapping(data), fallback_id=translation_id)
        )

    async def list_brand_glossaries(self) -> list[BrandGlossary]:
        """The account's brand glossaries, every page (a picker shows the name, sends the id)."""
        path = "/v3/brand-glossaries"
        found: list[BrandGlossary] = []
        params: dict[str, str | int] = {}
        seen: set[str] = set()
        while True:
            answer = await self._transport.call("GET", path, params=params)
            items = answer.get("data")
            for item in items if isinstance(items, list) else []:
                found.append(self._parse(path, partial(BrandGlossary.from_json, as_mapping(item))))
            token = text(answer, "next_token")
            if not answer.get("has_more") or not token or token in seen:
                return found
            seen.add(token)
            params["token"] = token

    async def get_translation_statuses(self, ids: Sequence[str]) -> list[RenderStatus]:
        """The state of many renders, in batches of at most 100 ids, every page of each.

        An id HeyGen does not know comes back with `found` False (status `not_found`).
        """
        unique = list(dict.fromkeys(i for i in ([ids] if isinstance(ids, str) else ids) if i))
        path = "/v3/video-translations/statuses"
        found: list[RenderStatus] = []
        for start in range(0, len(unique), STATUS_BATCH):
            params: dict[str, str | int] = {
                "video_translation_ids": ",".join(unique[start : start + STATUS_BATCH])
            }
            seen: set[str] = set()
            while True:
                answer = await self._transport.call("GET", path, params=params)
                found.extend(status_items(answer.get("data")))
                token = text(answer, "next_token")
                if not answer.get("has_more") or not token or token in seen:
                    break
                seen.add(token)
                params["token"] = token
        return found

    async def list_translations(
        self, *, limit: int | None = None, token: str | None = None
    ) -> TranslationPage:
        """One page of translations, newest first."""
        params: dict[str, str | int] = {}
        if limit is not None:
            params["limit"] = limit
        if token:
            params["token"] = token
        path = "/v3/video-translations"
        answer = await self._transport.call("GET", path, params=params)
        data = answer.get("data")
        meta: Mapping[str, Any] = answer
        if isinstance(data, Mapping):
            meta = data
            data = next((data[k] for k in ("video_translations", "items", "data") if k in data), [])
        if not isinstance(data, list):
            raise UnexpectedResponseError(status=200, detail="no list of translations", path=path)
        items = tuple(
            self._parse(path, partial(VideoTranslation.from_json, as_mapping(item)))
            for item in data
        )
        next_token = text(meta, "next_token", "token")
        has_more = bool(meta.get("has_more", bool(next_token))) and bool(next_token)
        return TranslationPage(items=items, has_more=has_more, next_token=next_token)

    async def iter_translations(
        self, *, limit: int | None = None
    ) -> AsyncIterator[VideoTranslation]:
        """Every translation, page after page (`limit` is the page size)."""
        token: str | None = None
        seen: set[str] = set()
        while True:
            page = await self.list_translations(limit=limit, token=token)
            for item in page.items:
                yield item
            if not page.has_more or not page.next_token or page.next_token in seen:
                return
            seen.add(page.next_token)
            token = page.next_token

    async def rename_translation(self, translation_id: str, title: str) -> VideoTranslation:
        path = f"/v3/video-translations/{_segment(translation_id, 'video translation')}"
        # Setting a title twice gives the same result, so a drop may be retried.
        data = await self._data("PATCH", path, json={"title": title}, idempotent=True)
        return self._parse(
            path,
            lambda: VideoTranslation.from_json(
                {"title": title, **as_mapping(data)}, fallback_id=translation_id
            ),
        )

    async def delete_translation(self, translation_id: str) -> str:
        """Delete a translation permanently; the id the service confirms."""
        path = f"/v3/video-translations/{_segment(translation_id, 'video translation')}"
        data = await self._data("DELETE", path)
        return text(as_mapping(data), "id", "video_translation_id") or translation_id

    # -- downloads ----------------------------------------------------------------------------

    async def download(
        self,
        url: str,
        dest: str | Path,
        *,
        progress: ProgressCallback | None = None,
        refresh: RefreshCallback | None = None,
        part: Path | None = None,
    ) -> Path:
        """Download a presigned link to `dest`: resumable, and `refresh()` renews the link.

        With `part`, the bytes collect there and a later call continues where it stopped.
        """
        return await download(
            self._transport, url, Path(dest), progress=progress, refresh=refresh, part=part
        )

    async def download_proofread_srt(
        self,
        proofread_id: str,
        dest: str | Path,
        *,
        original: bool = False,
        progress: ProgressCallback | None = None,
    ) -> Path:
        """Download the translated SRT (or, with `original`, the source transcript)."""

        async def fresh_url() -> str:
            urls = await self.get_srt_urls(proofread_id)
            url = urls.original_srt_url if original else urls.srt_url
            if not url:
                raise TransferError(
                    "HeyGen has no original transcript for this proofread session (it gives "
                    "one only when the session was created with an SRT): download the "
                    "translated SRT instead."
                )
            return url

        return await self.download(await fresh_url(), dest, progress=progress, refresh=fresh_url)

    async def download_translation_file(
        self,
        translation_id: str,
        which: TranslationFile,
        dest: str | Path,
        *,
        progress: ProgressCallback | None = None,
    ) -> Path:
        """Download a completed translation's video, audio or captions (renewing the link)."""

        async def fresh_url() -> str:
            translation = await self.get_translation(translation_id)
            url: str | None = getattr(translation, which)
            if not url:
                raise TransferError(
                    f"This video translation has no {which.removesuffix('_url').replace('_', ' ')}"
                    " to download: wait until it is completed (captions only exist when asked for)."
                )
            return url

        return await self.download(await fresh_url(), dest, progress=progress, refresh=fresh_url)
