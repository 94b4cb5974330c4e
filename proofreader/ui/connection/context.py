"""AppContext: the one object that connects the window to HeyGen (or to the demo sandbox).

It owns the connection (an httpx client, a HeyGenClient, a ProofreadService), the JobBoard
(one for the app's life), the settings and the notification hub. Every change of connection
goes through one lock, and a new connection is checked before the old one is dropped, so a
wrong key typed while connected leaves the working connection alone.

`store` is the library of the current mode: the demo keeps its own (see demo.py), so views
that list sessions must re-read `context.store` and re-attach to `context.service` whenever
`connection_changed` fires.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from proofreader.library import (
    API_KEY_ENV,
    AppPaths,
    KeychainUnavailable,
    KeySource,
    LibraryStore,
    Settings,
    load_settings,
    resolve_api_base,
    save_settings,
)
from proofreader.ui.async_ops import Notifier, UserFacingError, cancel_pending, run_async
from proofreader.workflow import JobBoard
from proofreader.workflow.api_key import env_key_note, find_key, forget_key, keep_key
from proofreader.workflow.connection import Link, Mode, close_link, open_link, stop_when_started
from proofreader.workflow.demo import DEMO_POLL_INTERVAL_S, DemoBackend, demo_delays, remember_demo

if TYPE_CHECKING:
    from proofreader.heygen import Account, HeyGenClient
    from proofreader.sandbox import SandboxServer
    from proofreader.workflow import Notice, ProofreadService

T = TypeVar("T")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignInResult:
    """A successful sign-in: the account, and whether the key was kept in the keychain.

    `note` is a sentence to show beside the account when the key could not be kept (no
    keychain: it works for this run only) or when HEYGEN_API_KEY will override it.
    """

    account: Account
    stored: bool
    note: str | None = None


class AppContext(QObject):
    """The app's connection to HeyGen: demo, live, or none yet."""

    connection_changed = Signal()  # demo / live / signed out changed
    account_changed = Signal()  # the account (remaining credit) was refreshed
    settings_changed = Signal()

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        store: LibraryStore,
        parent: QObject | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        cli_api_base: str | None = None,
    ) -> None:
        """`environ` stands in for os.environ (HEYGEN_API_KEY, HEYGEN_API_BASE, the demo's
        delays); `cli_api_base` is --api-base, which wins over the environment and settings."""
        super().__init__(parent)
        self.paths = paths
        self.library_store = store  # the real library (the demo has its own: see `store`)
        self.jobs = JobBoard()
        self.notifier = Notifier(self)
        self._settings = settings
        self._environ = environ
        self._cli_api_base = cli_api_base
        self._conn: Link | None = None
        self._lock: asyncio.Lock | None = None
        self._teardowns: set[asyncio.Future[object]] = set()
        self._closed = False

    # -- state ------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def update_settings(self, new: Settings) -> None:
        """Save `new` to the settings file, then use it; raises SettingsError (a sentence).

        The API address and the poll cadence take effect the next time a connection is made.
        """
        if new == self._settings:
            return
        path = self.paths.settings_file()
        # ui_state and shortcuts belong to the window (WindowState writes them): keep the disk's
        on_disk = load_settings(path)
        ui_state = dict(on_disk.ui_state)
        ui_state.update(
            {k: v for k, v in new.ui_state.items() if self._settings.ui_state.get(k) != v}
        )
        new = replace(new, ui_state=ui_state, shortcuts=on_disk.shortcuts)
        save_settings(path, new)
        self._settings = new
        self.settings_changed.emit()

    @property
    def store(self) -> LibraryStore:
        """The library of the current mode: the demo's own in demo mode, else the real one."""
        conn = self._conn
        if conn is not None and conn.demo is not None and conn.demo.store is not None:
            return conn.demo.store
        return self.library_store

    @property
    def mode(self) -> Mode:
        return "none" if self._conn is None else self._conn.mode

    @property
    def is_demo(self) -> bool:
        return self.mode == "demo"

    @property
    def client(self) -> HeyGenClient | None:
        return None if self._conn is None else self._conn.client

    @property
    def service(self) -> ProofreadService | None:
        return None if self._conn is None else self._conn.service

    @property
    def account(self) -> Account | None:
        return None if self._conn is None else self._conn.account

    @property
    def key_source(self) -> KeySource | None:
        """Where the live key came from (None: demo, not connected, or typed but not kept)."""
        return None if self._conn is None else self._conn.key_source

    @property
    def sandbox(self) -> SandboxServer | None:
        """The demo's sandbox server (faults, counts), None unless in demo mode."""
        conn = self._conn
        return None if conn is None or conn.demo is None else conn.demo.server

    @property
    def sample_video_url(self) -> str | None:
        """The sandbox's sample talk (a public URL), the demo's suggested source video."""
        server = self.sandbox
        return None if server is None else server.sample_video_url

    @property
    def sample_transcript_url(self) -> str | None:
        """The sandbox's sample talk's English SRT (a public URL), in demo mode."""
        server = self.sandbox
        return None if server is None else server.sample_transcript_url

    @property
    def api_base(self) -> str | None:
        return None if self.client is None else self.client.base_url

    # -- connecting -------------------------------------------------------------------------

    async def connect_demo(self) -> None:
        """Start the sandbox in this process and connect to it (any previous connection ends)."""
        async with self._connection_lock():
            self._check_open()
            if self.is_demo:
                return
            dropped = self._detach()
            if dropped is not None:
                await self._teardown_shielded(dropped)
            try:
                conn = await self._start_demo()
            except BaseException:
                if dropped is not None:
                    self.connection_changed.emit()  # the old connection is gone
                raise
            self._install(conn)

    async def _start_demo(self) -> Link:
        demo = DemoBackend(self.paths, demo_delays(self._environ))
        started = asyncio.get_running_loop().run_in_executor(None, demo.start)
        try:
            await asyncio.shield(started)
        except asyncio.CancelledError:
            self._background(stop_when_started(started, demo))
            raise
        except Exception as exc:
            log.error("The demo sandbox could not start", exc_info=exc)
            await asyncio.to_thread(demo.stop)
            raise UserFacingError(
                self.tr(
                    "The demo sandbox could not start on this computer: see the log for "
                    "details, or sign in with an API key instead."
                )
            ) from None
        assert demo.server is not None and demo.store is not None
        try:
            conn = await open_link(
                "demo",
                demo.server.api_key,
                demo.server.base_url,
                store=demo.store,
                jobs=self.jobs,
                poll_interval_s=DEMO_POLL_INTERVAL_S,
                cache_dir=self.paths.cache_dir() / "sandbox",
            )
        except BaseException:
            self._background(asyncio.to_thread(demo.stop))
            raise
        conn.demo = demo
        return conn

    async def connect_with_key(
        self, key: str, base_url: str | None = None, *, source: KeySource | None = None
    ) -> Account:
        """Check the key with GET /v3/users/me, then connect with it; the key's account.

        Raises KeyRefused (a sentence) for a key HeyGen does not accept, InvalidApiBase for an
        address the key must not go to, other HeyGenErrors when HeyGen cannot be reached.
        The current connection is kept when the check fails.
        """
        key = key.strip()
        if not key:
            raise UserFacingError(
                self.tr(
                    "The API key is empty: paste the key from your HeyGen account (Settings → API)."
                )
            )
        base = resolve_api_base(base_url or self._cli_api_base, self._settings.api_base,
                                self._environ)  # fmt: skip
        async with self._connection_lock():
            self._check_open()
            conn = await open_link(
                "live",
                key,
                base,
                store=self.library_store,
                jobs=self.jobs,
                poll_interval_s=self._settings.poll_interval_s,
                cache_dir=self.paths.cache_dir() / "sessions",
                source=source,
            )
            dropped = self._detach()
            if dropped is not None:
                await self._teardown_shielded(dropped)
            self._install(conn)
            return conn.account

    async def connect_saved_key(self) -> Account | None:
        """At start-up: connect with HEYGEN_API_KEY or the keychain's key; None when there is
        none (or no keychain). A key HeyGen refuses raises KeyRefused."""
        try:
            found = await find_key(self._environ)
        except KeychainUnavailable as exc:
            log.info("No key from the keychain: %s", exc.reason)
            return None
        if found is None:
            return None
        return await self.connect_with_key(found.value, source=found.source)

    async def sign_in(self, key: str, base_url: str | None = None) -> SignInResult:
        """Check the key, connect, and keep it in the keychain (nothing is stored when HeyGen
        refuses it). A base URL that was given is remembered in the settings."""
        account = await self.connect_with_key(key, base_url, source=None)
        typed_base = base_url is not None and bool(base_url.strip())
        if typed_base and self.client is not None and self._settings.api_base != self.api_base:
            self.update_settings(replace(self._settings, api_base=self.client.base_url))
        note: str | None = None
        try:
            await keep_key(key)
        except KeychainUnavailable as exc:
            note = self.tr("Signed in for this session only. {reason}").format(reason=exc)
            stored = False
        else:
            stored = True
            if self._conn is not None:
                self._conn.key_source = KeySource.KEYCHAIN
            environ = os.environ if self._environ is None else self._environ
            if environ.get(API_KEY_ENV, "").strip():
                note = self.tr(
                    "The key is saved, but {variable} is also set and will be used instead "
                    "the next time Proofreader starts."
                ).format(variable=API_KEY_ENV)
        self.connection_changed.emit()
        return SignInResult(account, stored, note)

    async def sign_out(self) -> str:
        """Disconnect and remove the kept key; the sentence that says what happened."""
        source = self.key_source
        mode = self.mode
        if source is KeySource.KEYCHAIN:
            await forget_key()
        await self.disconnect()
        if mode == "demo":
            remember_demo(self.paths, False)
            return self.tr("Left the demo.")
        if source is KeySource.ENVIRONMENT:
            return self.tr("Signed out for now. {note}").format(note=env_key_note())
        if source is KeySource.KEYCHAIN:
            return self.tr("Signed out: the API key was removed from this computer's keychain.")
        return self.tr("Signed out.")

    async def refresh_account(self) -> Account | None:
        """Ask for the account again (the remaining credit changes after a render)."""
        conn = self._conn
        if conn is None:
            return None
        account = await conn.client.get_account()
        if self._conn is conn:
            conn.account = account
            self.account_changed.emit()
        return account

    async def disconnect(self) -> None:  # type: ignore[override]  # (QObject.disconnect)
        """Stop the service's jobs (transfers resume next time), close the client, stop the
        sandbox; the mode becomes "none" at once (connection_changed), the rest follows."""
        async with self._connection_lock():
            dropped = self._detach()
            if dropped is not None:
                self.connection_changed.emit()
                await self._teardown_shielded(dropped)

    async def close(self) -> None:
        """Disconnect for good (at quit), and wait until everything has stopped."""
        self._closed = True
        await self.disconnect()
        while self._teardowns:
            await asyncio.wait(list(self._teardowns))

    # -- running work -------------------------------------------------------------------------

    def run_async(
        self,
        coro: Awaitable[T],
        *,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[str], object] | None = None,
        parent: QObject | None = None,
        what: str = "",
    ) -> asyncio.Task[T]:
        """async_ops.run_async with this context's notifier for unhandled errors."""
        return run_async(
            coro, on_done=on_done, on_error=on_error, parent=parent,
            notifier=self.notifier, what=what,
        )  # fmt: skip

    # -- internals ----------------------------------------------------------------------------

    def _connection_lock(self) -> asyncio.Lock:
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

    def _check_open(self) -> None:
        if self._closed:
            raise UserFacingError(self.tr("Proofreader is closing, so it cannot connect now."))

    def _install(self, conn: Link) -> None:
        self._conn = conn
        remember_demo(self.paths, conn.mode == "demo")  # the next start (even after a crash)
        conn.service.add_notice_listener(self._on_notice)
        self.connection_changed.emit()

    def _on_notice(self, notice: Notice) -> None:
        """A finished render spent credit: show the new balance in the badge."""
        if notice.kind == "rendered" and self.mode == "live":
            run_async(self.refresh_account(), on_error=lambda _sentence: None, parent=self,
                      what="refresh the remaining credit")  # fmt: skip

    def _detach(self) -> Link | None:
        """Forget the current connection (the caller holds the lock); tear it down next."""
        conn, self._conn = self._conn, None
        return conn

    async def _teardown_shielded(self, conn: Link) -> None:
        """Tear `conn` down; cancelling the caller does not stop the teardown half-way."""
        caller = asyncio.current_task()
        keep = () if caller is None else (caller,)
        teardown = close_link(conn, self.jobs, lambda: cancel_pending(keep=keep))
        await asyncio.shield(self._background(teardown))

    def _background(self, work: Awaitable[object]) -> asyncio.Future[object]:
        """Work that must finish even if its caller is cancelled; close() waits for it."""
        task = asyncio.ensure_future(work)
        self._teardowns.add(task)
        task.add_done_callback(self._teardowns.discard)
        return task
