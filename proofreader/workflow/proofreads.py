"""The first half of the lifecycle: create proofread sessions, wait for them, pull their SRTs."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from proofreader.heygen import (
    NetworkError,
    Proofread,
    ProofreadCreated,
    ProofreadOptions,
    ProofreadStatus,
    ServerError,
    TransferError,
)
from proofreader.heygen.options import options_json
from proofreader.library.action_keys import ActionKeys
from proofreader.workflow.errors import InputError, JobFailed, NotReady, OutcomeUnknown
from proofreader.workflow.keys import action_name, run_keyed
from proofreader.workflow.naming import part_path, proofread_srt_names
from proofreader.workflow.poller import PROOFREAD_STUCK_AFTER_S, Poller, UpdateCallback
from proofreader.workflow.sources import MediaSource, media_input

if TYPE_CHECKING:
    from proofreader.heygen import HeyGenClient, ProgressCallback, RefreshCallback


async def check_languages(client: HeyGenClient, languages: Sequence[str]) -> list[str]:
    """The languages as the service names them; InputError naming the closest for a typo.

    Checked before any upload, so a misspelt language costs no minutes of uploading.
    """
    wanted = [name.strip() for name in languages if name.strip()]
    if not wanted:
        raise InputError("Choose at least one output language (--lang), as `languages` lists.")
    known = await client.list_languages()
    by_folded = {name.casefold(): name for name in known}
    result: list[str] = []
    for name in wanted:
        exact = by_folded.get(name.casefold())
        if exact is None:
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            raise InputError(
                f"HeyGen does not offer the language {name!r}: use a name exactly as "
                f"`proofreader languages` lists it.{hint}"
            )
        if exact not in result:
            result.append(exact)
    return result


def unknown_outcome(exc: Exception, what: str, key: str | None) -> Exception:
    """An OutcomeUnknown for a create that failed after it may have reached the service."""
    if isinstance(exc, NetworkError) and exc.outcome_unknown:
        return OutcomeUnknown(what, "The connection to HeyGen failed", key)
    if isinstance(exc, ServerError):
        return OutcomeUnknown(what, f"HeyGen answered with a server error (HTTP {exc.status})", key)
    return exc


async def create_proofreads(
    client: HeyGenClient,
    source: MediaSource,
    languages: Sequence[str],
    title: str,
    options: ProofreadOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    idempotency_key: str | None = None,
    keys: ActionKeys | None = None,
    srt: MediaSource | None = None,
    named_by: MediaSource | None = None,
    then: Callable[[ProofreadCreated], object] | None = None,
) -> ProofreadCreated:
    """Start one proofread session per language in one call (it costs credit).

    `srt` is the source-language transcript (uploaded first when local): HeyGen offers an
    original SRT only for sessions created with one.

    Uploads a local video first. Never retried: a dropped connection or a 5xx raises
    OutcomeUnknown, and the request's key stays in `keys` so repeating it sends the same key.
    `named_by` is the source the user chose when `source` is its upload (the window uploads
    first): the action, and so its key, must not change with each upload's new asset id.
    `then(created)` records the result before the key is retired.
    """
    if not title.strip():
        raise InputError("Give the proofread a title (--title); it also names the SRT files.")
    names = await check_languages(client, languages)
    video = await media_input(client, source, progress=progress, keys=keys)
    extra = options_json(options) if options is not None else {}
    if srt is not None:
        transcript = await media_input(client, srt, what="SRT", keys=keys)
        options = dataclasses.replace(options or ProofreadOptions(), srt=transcript)

    async def create(key: str) -> ProofreadCreated:
        try:
            return await client.create_proofread(video, names, title, options, idempotency_key=key)
        except (NetworkError, ServerError) as exc:
            raise unknown_outcome(exc, "proofread create", key) from exc

    transcript_id = srt.identity() if srt is not None else None
    chosen = (named_by or source).identity()
    action = action_name("proofread", chosen, names, title, extra, transcript_id)
    return await run_keyed(keys, action, create, key=idempotency_key, then=then)


async def wait_proofread(
    client: HeyGenClient,
    proofread_id: str,
    poller: Poller,
    *,
    on_update: UpdateCallback[Proofread] | None = None,
) -> Proofread:
    """Poll until the session is completed or failed; returns it either way."""
    return await poller.wait(
        proofread_id,
        lambda: client.get_proofread(proofread_id),
        is_final=lambda p: p.status.is_final,
        status_of=lambda p: p.status.value,
        kind="proofread",
        stuck_after_s=PROOFREAD_STUCK_AFTER_S,
        on_update=on_update,
    )


def require_completed(proofread: Proofread) -> Proofread:
    """The session if completed; JobFailed or NotReady (with what to do) otherwise."""
    if proofread.status is ProofreadStatus.COMPLETED:
        return proofread
    if proofread.status is ProofreadStatus.FAILED:
        raise JobFailed("proofread", proofread.id, proofread.failure_message)
    raise NotReady(
        f"The proofread {proofread.id} is still {proofread.status.value}: wait until it is "
        f"completed (proofreader proofread status {proofread.id} --wait), then try again."
    )


@dataclass(frozen=True)
class PulledSrt:
    """Where a pull put the files; `original` is None when the service had no transcript."""

    proofread: Proofread
    translated: Path
    original: Path | None


def _target(path: Path, what: str) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"The folder {folder} for the {what} does not exist: create it first.")
    if path.is_dir():
        raise InputError(f"{path} is a folder: give a file name for the {what}.")
    return path


async def pull_srts(
    client: HeyGenClient,
    proofread_id: str,
    *,
    out: Path | None = None,
    original: Path | None = None,
    folder: Path | None = None,
    progress: ProgressCallback | None = None,
    resume: bool = False,
) -> PulledSrt:
    """Download the translated SRT and the source transcript of a completed session.

    Default names come from the title (`<title>_proofread.srt`, `…_original.srt`), in
    `folder` (the current one by default), or beside `out` for the original. Expired links
    are renewed by asking the API again. With `resume`, the bytes collect in `<name>.part`
    and a later pull continues an interrupted one.
    """

    def part_of(path: Path, which: str) -> Path | None:
        return part_path(path, proofread_id, which) if resume else None

    proofread = require_completed(await client.get_proofread(proofread_id))
    translated_name, original_name = proofread_srt_names(proofread.title, proofread.id)
    base = folder or Path(".")
    translated_path = _target(out or base / translated_name, "translated SRT")
    original_path = _target(
        original or (out.parent if out is not None else base) / original_name, "original SRT"
    )
    urls = await client.get_srt_urls(proofread_id)

    def refresher(want_original: bool) -> RefreshCallback:
        async def fresh() -> str:
            again = await client.get_srt_urls(proofread_id)
            url = again.original_srt_url if want_original else again.srt_url
            if not url:
                raise TransferError(
                    "HeyGen no longer offers this SRT file: pull the proofread again later."
                )
            return url

        return fresh

    await client.download(
        urls.srt_url,
        translated_path,
        progress=progress,
        refresh=refresher(False),
        part=part_of(translated_path, "srt"),
    )
    pulled_original: Path | None = None
    if urls.original_srt_url:
        pulled_original = await client.download(
            urls.original_srt_url,
            original_path,
            progress=progress,
            refresh=refresher(True),
            part=part_of(original_path, "original_srt"),
        )
    return PulledSrt(proofread, translated_path, pulled_original)
