"""What the app remembers on this computer: the library store, settings, folders, the API key.

No Qt here. The store is plain SQLite and blocking: the GUI calls it through asyncio.to_thread.
Names load on first use (PEP 562), so a command that only logs (`check`) does not import the
store, the keychain or platformdirs' helpers it does not use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from proofreader.lazy_names import lazy_names

if TYPE_CHECKING:
    from proofreader.library.api_base import (
        API_BASE_ENV,
        DEFAULT_API_BASE,
        InvalidApiBase,
        resolve_api_base,
        validate_api_base,
    )
    from proofreader.library.credentials import (
        API_KEY_ENV,
        FoundKey,
        KeychainUnavailable,
        KeySource,
        check_keychain,
        find_api_key,
        remove_api_key,
        resolve_api_key,
        store_api_key,
    )
    from proofreader.library.database import (
        move_aside,
    )
    from proofreader.library.errors import (
        LibraryError,
        LibraryTooNew,
        NotALibraryFile,
        UnknownProject,
        UnknownRecord,
        UnknownSession,
        UnknownTransfer,
    )
    from proofreader.library.paths import (
        AppPaths,
        default_download_dir,
    )
    from proofreader.library.records import (
        POLLED_STATUSES,
        Draft,
        DraftInfo,
        Project,
        ProjectWithSessions,
        RenderOutputs,
        Session,
        SessionStatus,
        SourceKind,
        Transfer,
        TransferKind,
        TransferState,
    )
    from proofreader.library.settings import (
        Settings,
        SettingsError,
        load_settings,
        save_settings,
    )
    from proofreader.library.store import (
        LibraryStore,
    )

__all__ = [
    "API_BASE_ENV",
    "API_KEY_ENV",
    "DEFAULT_API_BASE",
    "POLLED_STATUSES",
    "AppPaths",
    "Draft",
    "DraftInfo",
    "FoundKey",
    "InvalidApiBase",
    "KeySource",
    "KeychainUnavailable",
    "LibraryError",
    "LibraryStore",
    "LibraryTooNew",
    "NotALibraryFile",
    "Project",
    "ProjectWithSessions",
    "RenderOutputs",
    "Session",
    "SessionStatus",
    "Settings",
    "SettingsError",
    "SourceKind",
    "Transfer",
    "TransferKind",
    "TransferState",
    "UnknownProject",
    "UnknownRecord",
    "UnknownSession",
    "UnknownTransfer",
    "check_keychain",
    "default_download_dir",
    "find_api_key",
    "load_settings",
    "move_aside",
    "remove_api_key",
    "resolve_api_base",
    "resolve_api_key",
    "save_settings",
    "store_api_key",
    "validate_api_base",
]

_HOMES = {
    "API_BASE_ENV": "proofreader.library.api_base",
    "API_KEY_ENV": "proofreader.library.credentials",
    "AppPaths": "proofreader.library.paths",
    "DEFAULT_API_BASE": "proofreader.library.api_base",
    "Draft": "proofreader.library.records",
    "DraftInfo": "proofreader.library.records",
    "FoundKey": "proofreader.library.credentials",
    "InvalidApiBase": "proofreader.library.api_base",
    "KeySource": "proofreader.library.credentials",
    "KeychainUnavailable": "proofreader.library.credentials",
    "LibraryError": "proofreader.library.errors",
    "LibraryStore": "proofreader.library.store",
    "LibraryTooNew": "proofreader.library.errors",
    "NotALibraryFile": "proofreader.library.errors",
    "POLLED_STATUSES": "proofreader.library.records",
    "Project": "proofreader.library.records",
    "ProjectWithSessions": "proofreader.library.records",
    "RenderOutputs": "proofreader.library.records",
    "Session": "proofreader.library.records",
    "SessionStatus": "proofreader.library.records",
    "Settings": "proofreader.library.settings",
    "SettingsError": "proofreader.library.settings",
    "SourceKind": "proofreader.library.records",
    "Transfer": "proofreader.library.records",
    "TransferKind": "proofreader.library.records",
    "TransferState": "proofreader.library.records",
    "UnknownProject": "proofreader.library.errors",
    "UnknownRecord": "proofreader.library.errors",
    "UnknownSession": "proofreader.library.errors",
    "UnknownTransfer": "proofreader.library.errors",
    "check_keychain": "proofreader.library.credentials",
    "default_download_dir": "proofreader.library.paths",
    "find_api_key": "proofreader.library.credentials",
    "load_settings": "proofreader.library.settings",
    "move_aside": "proofreader.library.database",
    "remove_api_key": "proofreader.library.credentials",
    "resolve_api_base": "proofreader.library.api_base",
    "resolve_api_key": "proofreader.library.credentials",
    "save_settings": "proofreader.library.settings",
    "store_api_key": "proofreader.library.credentials",
    "validate_api_base": "proofreader.library.api_base",
}

__getattr__, __dir__ = lazy_names(__name__, _HOMES)
