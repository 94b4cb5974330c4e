"""The app's log file: in the platform's log folder, rotated, with every secret scrubbed.

Logs end up in problem reports that users mail to strangers, so redaction happens at the
handler, on the finished text of every record (message, arguments, exception text, stack):
the API key (from the environment, or registered with `remember_secret` once read from the
keychain), secret-named environment values, x-api-key / Authorization / bearer header values,
credentials in URLs and the signatures of signed storage URLs. The log folder is AppPaths.log
(platformdirs' user_log_dir, or under PROOFREADER_HOME), so tests never touch the real one.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "proofreader.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[redacted]"
FILE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"  # what logging.basicConfig printed before

_SECRET_NAMES = re.compile(r"KEY|TOKEN|SECRET|PASSWORD|PASSWD|AUTH|CREDENTIAL", re.IGNORECASE)
_OURS = "_proofreader_log"  # marks the handlers start_logging attached
_MIN_SECRET = 6  # shorter values would scrub ordinary words
_VALUE = r"[^\s'\",}&]+"
_PATTERNS = (
    # "Bearer abc", whatever header or variable it is in
    re.compile(rf"(?i)(\bbearer\s+){_VALUE}"),
    # x-api-key: abc, api_key=abc, "token": "abc", password='abc'
    re.compile(
        rf"(?i)((?:x-)?api[_-]?key|access[_-]?token|token|secret|password|passwd)"
        rf"(['\"]?\s*[:=]\s*['\"]?){_VALUE}"
    ),
    # Authorization: Basic abc (a bearer token is handled above)
    re.compile(rf"(?i)(authorization)(['\"]?\s*[:=]\s*['\"]?)(?!bearer\b){_VALUE}"),
    # https://user:password@host
    re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/\s:@'\"]+:[^/\s@'\"]+(@)"),
    # signed URLs: S3 (X-Amz-Signature, -Credential, -Security-Token), GCS, CloudFront, ours
    re.compile(
        r"(?i)([?&;](?:[\w.-]*signature|sig|[\w.-]*credential|[\w.-]*token|policy|"
        r"key-pair-id|api[_-]?key|key)=)[^&\s'\"#<>]+"
    ),
)

_known: set[str] = set()
_known_lock = threading.Lock()


def remember_secret(value: str) -> None:
    """Scrub `value` from every later log line and report (call it when the key is read)."""
    value = value.strip()
    if len(value) >= _MIN_SECRET:
        with _known_lock:
            _known.add(value)


def redact(text: str, environ: Mapping[str, str] | None = None) -> str:
    """`text` without credentials: remembered secrets, the values of secret-named environment
    variables (HEYGEN_API_KEY…), header and assignment values, URL credentials and signatures."""
    env = os.environ if environ is None else environ
    with _known_lock:
        secrets = set(_known)
    secrets.update(
        value.strip()
        for name, value in env.items()
        if _SECRET_NAMES.search(name) and len(value.strip()) >= _MIN_SECRET
    )
    for secret in sorted(secrets, key=len, reverse=True):  # a longer one may contain another
        text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: "".join(m.groups()) + REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record in place so every handler after it sees only scrubbed text."""

    _exception_formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is, still scrubbed
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._exception_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class LogFileHandler(RotatingFileHandler):
    """proofreader.log, rotated at MAX_BYTES into .1 … .5; the folder is made on first use.

    A log that cannot be written never troubles the user: the handler goes quiet instead of
    printing "--- Logging error ---" (a read-only home, or another process rotating the file).
    """

    def __init__(self, path: Path, level: int = logging.INFO) -> None:
        super().__init__(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        self.setLevel(level)
        self.setFormatter(logging.Formatter(FILE_FORMAT))
        self.addFilter(RedactingFilter())

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed: TextIOWrapper
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:  # another process holds the file (Windows): keep appending to it
            self.stream = None  # reopened on the next record

    def handleError(self, record: logging.LogRecord) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            self.setLevel(logging.CRITICAL + 1)  # quiet from now on
            return
        super().handleError(record)


@dataclass
class LogSetup:
    """What start_logging attached to the root logger; `close` takes it off again."""

    file: Path
    handlers: tuple[logging.Handler, ...]
    previous_level: int

    def close(self) -> None:
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(self.previous_level)


def start_logging(log_dir: Path, *, debug: bool = False, console: bool = True) -> LogSetup:
    """Log INFO (DEBUG with --debug) to log_dir/proofreader.log, and WARNING (DEBUG) to stderr
    unless something (pytest, an embedding program) already handles the root logger."""
    root = logging.getLogger()
    previous = root.level
    for handler in [h for h in root.handlers if hasattr(h, _OURS)]:
        previous = getattr(handler, _OURS)  # an earlier call that was not closed: undo it
        root.removeHandler(handler)
        handler.close()
    file_level = logging.DEBUG if debug else logging.INFO
    handlers: list[logging.Handler] = [LogFileHandler(log_dir / LOG_FILE_NAME, file_level)]
    if console and not root.handlers:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG if debug else logging.WARNING)
        stream.setFormatter(logging.Formatter(CONSOLE_FORMAT))
        stream.addFilter(RedactingFilter())
        handlers.append(stream)
    for handler in handlers:
        setattr(handler, _OURS, previous)  # the root level to go back to
        root.addHandler(handler)
    # only ever lowered: NOTSET (everything passes) stays NOTSET
    root.setLevel(file_level if previous > file_level else previous)
    return LogSetup(log_dir / LOG_FILE_NAME, tuple(handlers), previous)


def log_files(log_dir: Path) -> list[Path]:
    """The log and its rotated copies, newest first (those that exist)."""
    names = [LOG_FILE_NAME, *(f"{LOG_FILE_NAME}.{n}" for n in range(1, BACKUP_COUNT + 1))]
    return [log_dir / name for name in names if (log_dir / name).is_file()]
