"""The HeyGen sub-commands: `languages`, `proofread …`, `translation …` and `sandbox`.

This module only declares the interface (issue 2 fixes it exactly); the handlers live in
proofread.py and translation.py, the running and error mapping in session.py.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from proofreader.cli.api import proofread as proofread_cmd
from proofreader.cli.api import translation as translation_cmd
from proofreader.workflow.callback_url import callback_url_problem
from proofreader.workflow.renders import CAPTIONS_HELP

MODES = ("speed", "precision")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more.")
    return value


def _identifier(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("the id is empty; give the id HeyGen returned.")
    return text.strip()


def _callback_url(text: str) -> str:
    """Refused before the paid request, with the window's sentence."""
    problem = callback_url_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return text.strip()


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds.")
    return value


_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0}


def _duration(text: str) -> float:
    """Seconds from `90`, `90s`, `45m`, `2h` or `1h30m` (HeyGen's CLI takes the same)."""
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smh]?)", text.strip().lower())
    rebuilt = "".join(number + unit for number, unit in parts)
    if not parts or rebuilt != re.sub(r"\s+", "", text.strip().lower()):
        raise argparse.ArgumentTypeError(f"'{text}' is not a duration (e.g. 90s, 20m, 2h).")
    return sum(float(number) * _UNITS[unit] for number, unit in parts)


def _wait_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wait", action="store_true", help="wait until completed or failed")
    parser.add_argument(
        "--timeout",
        type=_duration,
        metavar="DURATION",
        help="with --wait: stop waiting after this long (default 20m; e.g. 90s, 45m, 2h)",
    )


def _help_of(parser: argparse.ArgumentParser) -> Any:
    def show(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return show


def _source_options(parser: argparse.ArgumentParser) -> None:
    """--video, --lang and the options proofreads and direct translations share."""
    parser.add_argument(
        "--video",
        required=True,
        metavar="PATH|URL|asset:ID",
        help="a local video (uploaded first), a public http(s) URL, or asset:ID",
    )
    parser.add_argument(
        "--lang",
        action="append",
        required=True,
        metavar="NAME",
        help="output language as `languages` lists it (repeat for several)",
    )
    parser.add_argument("--mode", choices=MODES, help="speed (default) or precision")
    parser.add_argument("--speaker-num", type=_positive_int, metavar="N", help="speakers")
    parser.add_argument("--speech-enhancement", action="store_true", help="enhance speech")
    parser.add_argument("--no-music", action="store_true", help="drop the music track")
    parser.add_argument("--keep-format", action="store_true", help="keep the same format")
    parser.add_argument("--glossary-id", metavar="ID", help="brand glossary id")


def _add_languages(commands: argparse._SubParsersAction[Any]) -> None:
    parser = commands.add_parser(
        "languages",
        help="list the output languages HeyGen offers",
        description="List the output languages HeyGen offers, as --lang takes them.",
    )
    parser.add_argument("--json", action="store_true", help="print the API's data object")
    parser.set_defaults(handler=proofread_cmd.run_languages)


def _add_proofread(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser(
        "proofread",
        help="proofread sessions: create, status, pull, push, generate",
        description="Proofread HeyGen's translation before the render: create a session per "
        "language, wait, pull the SRT, fix it, push it back, generate the video.",
    )
    group.set_defaults(handler=_help_of(group))
    actions = group.add_subparsers(dest="action", metavar="ACTION")

    create = actions.add_parser(
        "create", help="start proofread sessions (one per language; costs credit)"
    )
    _source_options(create)
    create.add_argument("--title", required=True, metavar="TEXT", help="names the SRT files")
    create.add_argument("--video-stretching", action="store_true", help="allow video stretching")
    create.add_argument(
        "--srt",
        metavar="PATH|URL|asset:ID",
        help="the video's transcript; HeyGen then offers it as the original SRT",
    )
    create.add_argument("--json", action="store_true", help='print {"proofread_ids": [...]}')
    create.set_defaults(handler=proofread_cmd.run_create)

    status = actions.add_parser("status", help="show (or --wait for) a session's status")
    status.add_argument("id", type=_identifier, metavar="ID")
    _wait_options(status)
    status.add_argument("--json", action="store_true", help="print the API's data object")
    status.set_defaults(handler=proofread_cmd.run_status)

    pull = actions.add_parser("pull", help="download the translated and the original SRT")
    pull.add_argument("id", type=_identifier, metavar="ID")
    pull.add_argument("--out", metavar="FILE", help="translated SRT (<title>_proofread.srt)")
    pull.add_argument(
        "--original", metavar="FILE", help="original SRT (<title>_proofread_original.srt)"
    )
    pull.set_defaults(handler=proofread_cmd.run_pull)

    push = actions.add_parser("push", help="upload the corrected SRT to the session")
    push.add_argument("id", type=_identifier, metavar="ID")
    push.add_argument("file", metavar="FILE", help="the corrected translated SRT")
    push.set_defaults(handler=proofread_cmd.run_push)

    generate = actions.add_parser("generate", help="render the video (costs credit)")
    generate.add_argument("id", type=_identifier, metavar="ID")
    generate.add_argument("--captions", action="store_true", help=CAPTIONS_HELP)
    generate.add_argument("--audio-only", action="store_true", help="translate the audio only")
    generate.add_argument(
        "--callback-url", type=_callback_url, metavar="URL", help="webhook called when done"
    )
    generate.add_argument("--callback-id", metavar="ID", help="your id, passed to the webhook")
    generate.add_argument("--json", action="store_true", help='print {"video_translation_id": ...}')
    generate.set_defaults(handler=proofread_cmd.run_generate)


def _add_translation_create(actions: argparse._SubParsersAction[Any]) -> None:
    create = actions.add_parser(
        "create", help="start direct video translations (one per language; costs credit)"
    )
    _source_options(create)
    create.add_argument("--title", metavar="TEXT", help="the translation's title")
    create.add_argument("--audio-only", action="store_true", help="translate the audio only")
    create.add_argument(
        "--no-dynamic-duration", action="store_true", help="turn dynamic duration off"
    )
    create.add_argument("--captions", action="store_true", help=CAPTIONS_HELP)
    create.add_argument("--watermark", action="store_true", help="add a watermark")
    create.add_argument("--input-lang", metavar="NAME", help="the source video's language")
    create.add_argument("--start-time", type=_seconds, metavar="SECONDS", help="start here")
    create.add_argument("--end-time", type=_seconds, metavar="SECONDS", help="end here")
    create.add_argument("--srt", metavar="PATH|URL|asset:ID", help="an SRT for the translation")
    create.add_argument(
        "--srt-role", choices=("input", "output"), help="what --srt is (HeyGen decides if unset)"
    )
    create.add_argument("--audio", metavar="PATH|URL|asset:ID", help="custom dub audio")
    create.add_argument("--fps-mode", choices=("vfr", "cfr", "passthrough"), help="frame rate")
    create.add_argument("--folder-id", metavar="ID", help="HeyGen folder to put it in")
    create.add_argument("--stock-voice-config", metavar="JSON", help="stock voice settings")
    create.add_argument(
        "--callback-url", type=_callback_url, metavar="URL", help="webhook called when done"
    )
    create.add_argument("--callback-id", metavar="ID", help="your id, passed to the webhook")
    create.add_argument(
        "--json", action="store_true", help='print {"video_translation_ids": [...]}'
    )
    create.set_defaults(handler=translation_cmd.run_create)


def _add_translation(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser(
        "translation",
        help="video translations (renders): create, status, list, rename, download, delete",
        description="Video translations: the renders a proofread's generate makes, or direct "
        "translations without a proofread.",
    )
    group.set_defaults(handler=_help_of(group))
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    _add_translation_create(actions)

    status = actions.add_parser("status", help="show (or --wait for) a translation's status")
    status.add_argument("id", type=_identifier, metavar="ID")
    _wait_options(status)
    status.add_argument("--json", action="store_true", help="print the API's data object")
    status.set_defaults(handler=translation_cmd.run_status)

    listing = actions.add_parser("list", help="list translations, newest first")
    listing.add_argument("--limit", type=_positive_int, metavar="N", help="items per page")
    listing.add_argument("--all", action="store_true", help="fetch every page")
    listing.add_argument("--json", action="store_true", help="print the array of items")
    listing.set_defaults(handler=translation_cmd.run_list)

    rename = actions.add_parser("rename", help="change a translation's title")
    rename.add_argument("id", type=_identifier, metavar="ID")
    rename.add_argument("title", metavar="TITLE")
    rename.set_defaults(handler=translation_cmd.run_rename)

    download = actions.add_parser("download", help="download video, audio and captions")
    download.add_argument("id", type=_identifier, metavar="ID")
    download.add_argument("--dir", required=True, metavar="DIR", help="folder to save into")
    download.set_defaults(handler=translation_cmd.run_download)

    delete = actions.add_parser("delete", help="delete a translation permanently")
    delete.add_argument("id", type=_identifier, metavar="ID")
    delete.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")
    delete.set_defaults(handler=translation_cmd.run_delete)


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """Register this area's sub-commands on the top-level parser."""
    _add_languages(commands)
    _add_proofread(commands)
    _add_translation(commands)
    sandbox = commands.add_parser(
        "sandbox",
        help="run the offline HeyGen-compatible sandbox until Ctrl+C",
        description="Run the local sandbox server (the same state as --demo) until Ctrl+C; "
        "it prints the HEYGEN_API_BASE and HEYGEN_API_KEY to use with it.",
    )
    sandbox.add_argument("--port", type=int, metavar="N", help="API port (default: any free)")
    sandbox.set_defaults(handler=translation_cmd.run_sandbox)
