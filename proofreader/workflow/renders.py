"""The second half of the lifecycle: generate the render, wait for it, download its files.

Direct video translations (no proofread) share the waiting and downloading.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from proofreader.heygen import (
    GenerateResult,
    Mode,
    NetworkError,
    ServerError,
    TranslationCreated,
    TranslationOptions,
    TranslationStatus,
    VideoTranslation,
)
from proofreader.heygen.options import options_json
from proofreader.library.action_keys import ActionKeys
from proofreader.workflow.errors import InputError, JobFailed, NotReady
from proofreader.workflow.keys import action_name, run_keyed
from proofreader.workflow.naming import part_path, render_stem
from proofreader.workflow.output_names import output_suffix, rename_audio
from proofreader.workflow.poller import RENDER_STUCK_AFTER_S, Poller, UpdateCallback
from proofreader.workflow.proofreads import check_languages, unknown_outcome
from proofreader.workflow.sources import MediaSource, media_input

if TYPE_CHECKING:  # the client (and httpx) is loaded by whoever makes one
    from proofreader.heygen import HeyGenClient, ProgressCallback, TranslationFile

AUDIO_ONLY_PRECISION = (
    "--audio-only skips avatar inference, so it gives up precision mode's lip-sync "
    "(you pay for precision and get speed-quality lips)"
)


CAPTIONS_HELP = (
    "Generate captions for the translated video: HeyGen burns them into the picture and "
    "offers them as SRT and VTT files (without captions there are no caption files)"
)
"""What the captions flag does, in the same words in the window and on the command line."""


def audio_only_warning(audio_only: bool, mode: str | None) -> str | None:
    """The contract asks the app to say when audio-only negates precision; None if it does not.

    `mode` None means unknown (a proofread's GET does not report its mode): warn conditionally.
    """
    if not audio_only:
        return None
    if mode == Mode.PRECISION.value:
        return f"Warning: {AUDIO_ONLY_PRECISION}."
    if mode is None:
        return f"Warning: if this session was created in precision mode, {AUDIO_ONLY_PRECISION}."
    return None


@dataclass(frozen=True)
class GenerateOptions:
    """The body of a proofread's generate call (None: not sent, the service's default)."""

    captions: bool | None = None
    translate_audio_only: bool | None = None
    callback_url: str | None = None
    callback_id: str | None = None


async def generate(
    client: HeyGenClient,
    proofread_id: str,
    options: GenerateOptions | None = None,
    *,
    idempotency_key: str | None = None,
    keys: ActionKeys | None = None,
    then: Callable[[GenerateResult], object] | None = None,
) -> GenerateResult:
    """Render the proofread translation (it costs credit); never retried blindly.

    The key belongs to this render request: it stays in `keys` while the answer is unknown
    (repeating the command, even the next day, cannot render twice) and is retired once HeyGen
    answered, so generating again after a failed render makes a new render. A push retires it
    too (`retire_renders`): the corrected SRT is a new request.
    """
    chosen = options or GenerateOptions()

    async def start(key: str) -> GenerateResult:
        try:
            return await client.generate(
                proofread_id,
                captions=chosen.captions,
                translate_audio_only=chosen.translate_audio_only,
                callback_url=chosen.callback_url,
                callback_id=chosen.callback_id,
                idempotency_key=key,
            )
        except (NetworkError, ServerError) as exc:
            raise unknown_outcome(exc, "generate (render)", key) from exc

    action = render_action(proofread_id) + action_name("options", options_json(chosen))
    return await run_keyed(keys, action, start, key=idempotency_key, then=then)


def render_action(proofread_id: str) -> str:
    """The prefix of every render request of one session (what a push retires)."""
    return f"generate:{proofread_id}:"


async def create_translations(
    client: HeyGenClient,
    source: MediaSource,
    languages: Sequence[str],
    options: TranslationOptions | None = None,
    *,
    srt: MediaSource | None = None,
    audio: MediaSource | None = None,
    progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    keys: ActionKeys | None = None,
) -> TranslationCreated:
    """Start direct video translations, one per language (they cost credit; never retried).

    `srt` and `audio` (uploaded first when local) replace the options' media inputs.
    """
    names = await check_languages(client, languages)
    video = await media_input(client, source, progress=progress, keys=keys)
    chosen = options or TranslationOptions()
    if srt is not None:
        srt_input = await media_input(client, srt, what="SRT", keys=keys)
        chosen = dataclasses.replace(chosen, srt=srt_input)
    if audio is not None:
        audio_input = await media_input(client, audio, what="audio", keys=keys)
        chosen = dataclasses.replace(chosen, audio=audio_input)

    async def create(key: str) -> TranslationCreated:
        try:
            return await client.create_translation(video, names, chosen, idempotency_key=key)
        except (NetworkError, ServerError) as exc:
            raise unknown_outcome(exc, "video translation create", key) from exc

    parts = [source.identity(), names, options_json(options or TranslationOptions())]
    parts += [srt.identity() if srt else None, audio.identity() if audio else None]
    action = action_name("translation", *parts)
    return await run_keyed(keys, action, create, key=idempotency_key)


async def wait_translation(
    client: HeyGenClient,
    translation_id: str,
    poller: Poller,
    *,
    on_update: UpdateCallback[VideoTranslation] | None = None,
) -> VideoTranslation:
    """Poll until the render is completed or failed; returns it either way."""
    return await poller.wait(
        translation_id,
        lambda: client.get_translation(translation_id),
        is_final=lambda t: t.status.is_final,
        status_of=lambda t: t.status.value,
        kind="video translation",
        stuck_after_s=RENDER_STUCK_AFTER_S,
        on_update=on_update,
    )


def require_rendered(translation: VideoTranslation) -> VideoTranslation:
    """The render if completed; JobFailed or NotReady otherwise."""
    if translation.status is TranslationStatus.COMPLETED:
        return translation
    if translation.status is TranslationStatus.FAILED:
        raise JobFailed("video translation", translation.id, translation.failure_message)
    raise NotReady(
        f"The video translation {translation.id} is still {translation.status.value}: wait "
        f"until it is completed (proofreader translation status {translation.id} --wait), "
        "then try again."
    )


# (which URL, default extension) in download order: small files first.
OUTPUTS: tuple[tuple[TranslationFile, str], ...] = (
    ("srt_caption_url", ".srt"),
    ("vtt_caption_url", ".vtt"),
    ("audio_url", ".m4a"),
    ("video_url", ".mp4"),
)
ProgressFactory = Callable[[str], "ProgressCallback | None"]
"""Gives the progress callback for one file, by its name (None: no progress)."""


async def download_outputs(
    client: HeyGenClient,
    translation_id: str,
    folder: Path,
    *,
    progress_for: ProgressFactory | None = None,
) -> list[Path]:
    """Download every file the completed render offers (captions, audio, video) into `folder`.

    Named `<title>_<language>.<ext>`; each download resumes after a drop and renews an expired
    link by asking the API for the render again. The bytes collect in `<name>.part`, so running
    the command again after an interruption continues instead of starting over.
    """
    translation = require_rendered(await client.get_translation(translation_id))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"Cannot create the folder {folder} ({exc.strerror or exc}): choose another one."
        ) from exc
    stem = render_stem(translation.title, translation.output_language, translation.id)
    saved: list[Path] = []
    for which, default in OUTPUTS:
        url: str | None = getattr(translation, which)
        if not url:
            continue
        dest = folder / f"{stem}{output_suffix(url, default)}"
        progress = progress_for(dest.name) if progress_for is not None else None

        async def fresh(which: TranslationFile = which) -> str:
            again = await client.get_translation(translation_id)
            link: str | None = getattr(again, which)
            if not link:
                raise NotReady(f"The video translation {translation_id} no longer offers {which}.")
            return link

        part = part_path(dest, translation_id, which)
        await client.download(url, dest, progress=progress, refresh=fresh, part=part)
        if which == "audio_url":
            dest = await asyncio.to_thread(rename_audio, dest)
        saved.append(dest)
    return saved
