"""Running one API command: the key, the base URL, the demo sandbox, and errors to exit codes.

Exit codes as HeyGen's own CLI: 0 ok, 1 API error or failed job, 2 usage or unreadable input,
3 authentication or credit, 4 timeout. Every error is one sentence on stderr; `--debug` adds the
traceback and DEBUG logging (which never carries the key: the client keeps it out of logs).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import traceback
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from proofreader.cli.api.output import Reporter
from proofreader.cli.exit_codes import (
    EXIT_AUTH,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TIMEOUT,
    EXIT_USAGE,
)
from proofreader.heygen import (
    AuthenticationError,
    CreditError,
    HeyGenClient,
    HeyGenError,
    InsecureBaseUrlError,
    InvalidApiKeyError,
    RetryPolicy,
)
from proofreader.library import (
    AppPaths,
    InvalidApiBase,
    KeychainUnavailable,
    load_settings,
    resolve_api_base,
)
from proofreader.library.action_keys import FILE_NAME as ACTION_KEYS_FILE
from proofreader.library.action_keys import ActionKeys
from proofreader.library.credentials import KeySource, find_api_key, heygen_cli_credentials
from proofreader.library.paths import SETTINGS_FILE_NAME
from proofreader.workflow import (
    InputError,
    Poller,
    StuckTimeout,
    WorkflowError,
    format_duration,
    open_client,
)
from proofreader.workflow.demo import DEMO_POLL_INTERVAL_S, DemoBackend

if TYPE_CHECKING:
    from proofreader.sandbox import SandboxServer


STUCK_TIMEOUT_ENV = "PROOFREADER_STUCK_TIMEOUT"
"""Seconds after which a wait gives up as stuck (default: 30 min proofreads, 2 h renders)."""
DEFAULT_WAIT_TIMEOUT_S = 20 * 60.0
"""How long --wait waits unless --timeout says otherwise (HeyGen's CLI default)."""

retry_policy: RetryPolicy | None = None
"""The client's retry policy; None is the contract's default (tests set a faster one)."""

NO_KEY = (
    "No HeyGen API key was found: set HEYGEN_API_KEY to your key (HeyGen dashboard, "
    "Settings → API), or try everything offline with the built-in sandbox: proofreader --demo …"
)


class UsageProblem(Exception):
    """A bad option value found after parsing (exit 2); the message is the sentence."""


class NoKey(Exception):
    """No key could be found (exit 3); the message is the sentence."""


@dataclass
class ApiContext:
    """What a command's coroutine works with."""

    client: HeyGenClient
    poller: Poller
    reporter: Reporter
    demo: bool
    keys: ActionKeys
    """Idempotency keys of creates whose answer is not known yet, shared with the window."""


@contextmanager
def _demo_server(enabled: bool, reporter: Reporter) -> Iterator[SandboxServer | None]:
    """The window's demo back end (the same sandbox state), without its library."""
    if not enabled:
        yield None
        return
    demo = DemoBackend(AppPaths.from_environment(), library=False)
    demo.start()
    try:
        server = demo.server
        assert server is not None  # start() raises otherwise
        reporter.note(
            f"Demo mode: using the built-in offline sandbox at {server.base_url} with its own "
            f"key '{server.api_key}' (no HeyGen account is used; sample video URL: "
            f"{server.sample_video_url})."
        )
        yield server
    finally:
        demo.stop()


@contextmanager
def _log_levels(debug: bool) -> Iterator[None]:
    """Quiet logs for the length of a command, restored after (the sentence says it all).

    httpx's own lines carry presigned URLs, so they stay off even with --debug; without it,
    the client's retry warnings stay off too: a failure ends in one sentence.
    """
    levels = {"httpx": logging.WARNING, "httpcore": logging.WARNING}
    if not debug:
        levels["proofreader"] = logging.ERROR
    saved = {name: logging.getLogger(name).level for name in levels}
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    try:
        yield
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def _poll_interval(args: argparse.Namespace, demo: bool) -> float | None:
    value: float | None = getattr(args, "poll_interval", None)
    if value is None:
        return DEMO_POLL_INTERVAL_S if demo else None
    if not value >= 0 or value == float("inf"):
        raise UsageProblem(f"--poll-interval must be a number of seconds, 0 or more (got {value}).")
    return float(value)


def _stuck_after(args: argparse.Namespace) -> float | None:
    """--timeout, else PROOFREADER_STUCK_TIMEOUT, else 20 min for --wait (None: the default)."""
    chosen: float | None = getattr(args, "timeout", None)
    if chosen is not None:
        return chosen
    raw = os.environ.get(STUCK_TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_WAIT_TIMEOUT_S if getattr(args, "wait", False) else None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise UsageProblem(f"{STUCK_TIMEOUT_ENV} must be a number of seconds (got {raw!r}).")
    return value


def _credentials(
    args: argparse.Namespace, demo: SandboxServer | None, reporter: Reporter
) -> tuple[str, str]:
    if demo is not None:
        return demo.api_key, demo.base_url
    settings = load_settings(AppPaths.from_environment().config / SETTINGS_FILE_NAME)
    base = resolve_api_base(getattr(args, "api_base", None), settings.api_base)
    try:
        found = find_api_key()
    except KeychainUnavailable as exc:
        raise NoKey(f"{NO_KEY} ({exc.reason}).") from None
    if found is None:
        raise NoKey(NO_KEY)
    if found.source is KeySource.HEYGEN_CLI:
        reporter.note(f"Using the API key that HeyGen's CLI saved in {heygen_cli_credentials()}.")
    return found.value, base


Work = Callable[[ApiContext], Awaitable[int]]


def run_api(args: argparse.Namespace, work: Work) -> int:
    """Run one command's coroutine with a client; map what it raises to a sentence and a code."""
    reporter = Reporter()
    debug = bool(getattr(args, "debug", False))
    try:
        demo_mode = bool(getattr(args, "demo", False))
        poll_interval = _poll_interval(args, demo_mode)
        stuck_after = _stuck_after(args)
        with _log_levels(debug), _demo_server(demo_mode, reporter) as demo:
            key, base = _credentials(args, demo, reporter)
            poller = Poller(poll_interval, stuck_after_s=stuck_after)

            async def main() -> int:
                keys = ActionKeys(AppPaths.from_environment().data_dir() / ACTION_KEYS_FILE)
                try:
                    async with open_client(key, base, retry=retry_policy) as client:
                        context = ApiContext(client, poller, reporter, demo is not None, keys)
                        return await work(context)
                finally:
                    keys.close()

            code = asyncio.run(main())
            reporter.finish()
            return code
    except KeyboardInterrupt:
        reporter.note("Stopped.")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()  # the reader (`| head`) has all it wanted
        return EXIT_OK
    except Exception as exc:  # every failure becomes one sentence and an exit code
        reporter.finish()
        if debug:
            traceback.print_exc(file=sys.stderr)
        message, code = describe(exc)
        if isinstance(exc, StuckTimeout) and getattr(args, "wait", False):
            message = (
                f"Stopped waiting after {format_duration(exc.waited_s)}: the {exc.kind} "
                f"{exc.job_id} is still {exc.status}; wait longer with --timeout (e.g. "
                "--timeout 1h), or check again later."
            )
        reporter.note(message)
        return code


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def describe(exc: BaseException) -> tuple[str, int]:
    """The sentence and exit code for an error that ended a command."""
    if isinstance(exc, StuckTimeout):
        return str(exc), EXIT_TIMEOUT
    if isinstance(exc, InputError | UsageProblem | InvalidApiBase | InsecureBaseUrlError):
        return str(exc), EXIT_USAGE
    if isinstance(exc, AuthenticationError | CreditError | InvalidApiKeyError | NoKey):
        return str(exc), EXIT_AUTH  # as HeyGen's CLI: key and credit problems share a code
    if isinstance(exc, WorkflowError | HeyGenError):
        return str(exc), EXIT_FAILED
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"A file could not be used{where}: {exc.strerror or exc}.", EXIT_FAILED
    return (
        f"Something unexpected went wrong ({type(exc).__name__}): run the command again with "
        "--debug for details, and report it if it keeps happening.",
        EXIT_FAILED,
    )
