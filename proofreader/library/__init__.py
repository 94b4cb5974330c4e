"""What the app remembers on this computer: the library store, settings, folders, the API key.

No Qt here. The store is plain SQLite and blocking: the GUI calls it through asyncio.to_thread.
"""

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
from proofreader.library.database import move_aside
from proofreader.library.errors import (
    LibraryError,
    LibraryTooNew,
    NotALibraryFile,
    UnknownProject,
    UnknownRecord,
    UnknownSession,
    UnknownTransfer,
)
from proofreader.library.paths import AppPaths, default_download_dir
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
from proofreader.library.settings import Settings, SettingsError, load_settings, save_settings
from proofreader.library.store import LibraryStore

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
