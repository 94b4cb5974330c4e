"""One SQLite connection shared by threads, with the pragmas and error mapping the store needs.

Durability: the file is in WAL mode with synchronous=NORMAL, and every write method commits its
own transaction before returning. A committed transaction is in the WAL file (handed to the OS)
when commit returns, so it survives the app crashing or being killed (kill -9) at any moment;
a transaction interrupted before its commit simply never happened. A power cut or OS crash can
lose the last few commits (NORMAL does not fsync the WAL on each commit) but never corrupts the
file: SQLite recovers to the last transaction the disk fully received.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from proofreader.library.errors import LibraryError, NotALibraryFile
from proofreader.library.schema import MIGRATIONS, Migration, migrate

BUSY_TIMEOUT_S = 10.0


class Database:
    """A lock around one connection (check_same_thread=False): safe from any thread."""

    def __init__(self, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as error:
            raise LibraryError(
                f"Could not open the library {path} ({error}); check that the folder is writable."
            ) from error
        try:
            self._configure(conn)
            migrate(conn, path, migrations)
        except sqlite3.DatabaseError as error:
            conn.close()
            if _is_not_a_database(error):
                raise NotALibraryFile(path, "it is not an SQLite database") from error
            raise _library_error(path, error) from error
        except BaseException:
            conn.close()
            raise
        self._conn: sqlite3.Connection | None = conn

    def _configure(self, conn: sqlite3.Connection) -> None:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise LibraryError(
                f"The library {self.path} cannot use write-ahead logging (it is in "
                f"{mode} mode); keep the library on a local disk."
            )
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        # Reading the schema is the first access that fails on a file that is not a database.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed on leaving the block (rolled back on an error).

        sqlite3.IntegrityError passes through for the caller to explain; other SQLite errors
        become a LibraryError sentence.
        """
        with self._lock, self._mapped_errors():
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several SELECTs."""
        with self._lock, self._mapped_errors():
            conn = self._connection()
            conn.execute("BEGIN DEFERRED")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise LibraryError(f"The library {self.path} is closed; reopen it.")
        return self._conn

    @contextlib.contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError:
            raise
        except sqlite3.Error as error:
            raise _library_error(self.path, error) from error


def _is_not_a_database(error: sqlite3.DatabaseError) -> bool:
    return "not a database" in str(error) or "malformed" in str(error)


def _library_error(path: Path, error: sqlite3.Error) -> LibraryError:
    text = str(error)
    if "locked" in text or "busy" in text:
        return LibraryError(
            f"The library {path} is in use by another program; close it and try again."
        )
    if "malformed" in text or "not a database" in text:
        return NotALibraryFile(path, f"the file is damaged: {text}")
    if "readonly" in text or "read-only" in text:
        return LibraryError(f"The library {path} is read-only; check the file's permissions.")
    return LibraryError(f"The library {path} could not be used ({text}).")


def move_aside(path: Path) -> Path:
    """Rename a broken library (and its -wal/-shm files) out of the way; returns the new name.

    The app calls this after NotALibraryFile when the user chooses to start a new library.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def now_utc() -> datetime:
    return datetime.now(UTC)


def time_to_text(moment: datetime) -> str:
    """Aware datetimes as UTC ISO-8601 text (naive ones are taken to be UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def time_from_text(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
