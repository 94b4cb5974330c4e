"""The HeyGen v3 API client: async over httpx, typed resources and errors. No Qt.

async with httpx.AsyncClient() as http:
    client = HeyGenClient(http, api_key)
    created = await client.create_proofread(video, ["Spanish (Spain)"], "Demo")

Names load on first use (PEP 562): the window imports a few light names at start-up
without pulling in httpx and the whole client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from proofreader.lazy_names import lazy_names

if TYPE_CHECKING:
    from proofreader.heygen.asset_types import (
        UnsupportedFileType,
        check_asset_type,
        guess_content_type,
    )
    from proofreader.heygen.client import STATUS_BATCH, HeyGenClient, TranslationFile
    from proofreader.heygen.downloads import RefreshCallback
    from proofreader.heygen.errors import (
        ApiError,
        AuthenticationError,
        ConflictError,
        ConnectionFailed,
        CreditError,
        HeyGenError,
        InsecureBaseUrlError,
        InvalidApiKeyError,
        InvalidBaseUrlError,
        LinkExpiredError,
        NetworkError,
        NotFoundError,
        PayloadTooLargeError,
        RateLimitedError,
        RequestInProgressError,
        RequestTimeout,
        ServerError,
        TransferError,
        UnexpectedResponseError,
        ValidationError,
    )
    from proofreader.heygen.options import (
        FpsMode,
        MediaInput,
        Mode,
        ProofreadOptions,
        SrtRole,
        TranslationOptions,
    )
    from proofreader.heygen.resources import (
        Account,
        Asset,
        DirectUpload,
        GenerateResult,
        Proofread,
        ProofreadCreated,
        ProofreadStatus,
        SrtUrls,
        TranslationCreated,
        TranslationPage,
        TranslationStatus,
        VideoTranslation,
    )
    from proofreader.heygen.retry import RetryPolicy
    from proofreader.heygen.statuses import BrandGlossary, RenderStatus
    from proofreader.heygen.streams import ProgressCallback
    from proofreader.heygen.transport import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
    from proofreader.heygen.uploads import MULTIPART_LIMIT

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "MULTIPART_LIMIT",
    "STATUS_BATCH",
    "Account",
    "ApiError",
    "Asset",
    "AuthenticationError",
    "BrandGlossary",
    "ConflictError",
    "ConnectionFailed",
    "CreditError",
    "DirectUpload",
    "FpsMode",
    "GenerateResult",
    "HeyGenClient",
    "HeyGenError",
    "InsecureBaseUrlError",
    "InvalidApiKeyError",
    "InvalidBaseUrlError",
    "LinkExpiredError",
    "MediaInput",
    "Mode",
    "NetworkError",
    "NotFoundError",
    "PayloadTooLargeError",
    "ProgressCallback",
    "Proofread",
    "ProofreadCreated",
    "ProofreadOptions",
    "ProofreadStatus",
    "RateLimitedError",
    "RefreshCallback",
    "RenderStatus",
    "RequestInProgressError",
    "RequestTimeout",
    "RetryPolicy",
    "ServerError",
    "SrtRole",
    "SrtUrls",
    "TransferError",
    "TranslationCreated",
    "TranslationFile",
    "TranslationOptions",
    "TranslationPage",
    "TranslationStatus",
    "UnexpectedResponseError",
    "UnsupportedFileType",
    "ValidationError",
    "VideoTranslation",
    "check_asset_type",
    "guess_content_type",
]

_HOMES = {
    "STATUS_BATCH": "proofreader.heygen.client",
    "HeyGenClient": "proofreader.heygen.client",
    "TranslationFile": "proofreader.heygen.client",
    "RefreshCallback": "proofreader.heygen.downloads",
    "ApiError": "proofreader.heygen.errors",
    "AuthenticationError": "proofreader.heygen.errors",
    "ConflictError": "proofreader.heygen.errors",
    "RequestInProgressError": "proofreader.heygen.errors",
    "ConnectionFailed": "proofreader.heygen.errors",
    "CreditError": "proofreader.heygen.errors",
    "HeyGenError": "proofreader.heygen.errors",
    "InsecureBaseUrlError": "proofreader.heygen.errors",
    "InvalidApiKeyError": "proofreader.heygen.errors",
    "InvalidBaseUrlError": "proofreader.heygen.errors",
    "LinkExpiredError": "proofreader.heygen.errors",
    "NetworkError": "proofreader.heygen.errors",
    "NotFoundError": "proofreader.heygen.errors",
    "PayloadTooLargeError": "proofreader.heygen.errors",
    "RateLimitedError": "proofreader.heygen.errors",
    "RequestTimeout": "proofreader.heygen.errors",
    "ServerError": "proofreader.heygen.errors",
    "TransferError": "proofreader.heygen.errors",
    "UnexpectedResponseError": "proofreader.heygen.errors",
    "ValidationError": "proofreader.heygen.errors",
    "FpsMode": "proofreader.heygen.options",
    "MediaInput": "proofreader.heygen.options",
    "Mode": "proofreader.heygen.options",
    "ProofreadOptions": "proofreader.heygen.options",
    "SrtRole": "proofreader.heygen.options",
    "TranslationOptions": "proofreader.heygen.options",
    "Account": "proofreader.heygen.resources",
    "Asset": "proofreader.heygen.resources",
    "DirectUpload": "proofreader.heygen.resources",
    "GenerateResult": "proofreader.heygen.resources",
    "Proofread": "proofreader.heygen.resources",
    "ProofreadCreated": "proofreader.heygen.resources",
    "ProofreadStatus": "proofreader.heygen.resources",
    "SrtUrls": "proofreader.heygen.resources",
    "TranslationCreated": "proofreader.heygen.resources",
    "TranslationPage": "proofreader.heygen.resources",
    "TranslationStatus": "proofreader.heygen.resources",
    "VideoTranslation": "proofreader.heygen.resources",
    "RetryPolicy": "proofreader.heygen.retry",
    "ProgressCallback": "proofreader.heygen.streams",
    "DEFAULT_BASE_URL": "proofreader.heygen.transport",
    "DEFAULT_TIMEOUT": "proofreader.heygen.transport",
    "MULTIPART_LIMIT": "proofreader.heygen.uploads",
    "guess_content_type": "proofreader.heygen.asset_types",
    "RenderStatus": "proofreader.heygen.statuses",
    "BrandGlossary": "proofreader.heygen.statuses",
    "check_asset_type": "proofreader.heygen.asset_types",
    "UnsupportedFileType": "proofreader.heygen.asset_types",
}

__getattr__, __dir__ = lazy_names(__name__, _HOMES)
