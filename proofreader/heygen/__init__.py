"""The HeyGen v3 API client: async over httpx, typed resources and errors. No Qt.

async with httpx.AsyncClient() as http:
    client = HeyGenClient(http, api_key)
    created = await client.create_proofread(video, ["Spanish (Spain)"], "Demo")
"""

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
    InvalidBaseUrlError,
    LinkExpiredError,
    NetworkError,
    NotFoundError,
    PayloadTooLargeError,
    RateLimitedError,
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
from proofreader.heygen.streams import ProgressCallback
from proofreader.heygen.transport import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from proofreader.heygen.uploads import MULTIPART_LIMIT, guess_content_type

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "MULTIPART_LIMIT",
    "STATUS_BATCH",
    "Account",
    "ApiError",
    "Asset",
    "AuthenticationError",
    "ConflictError",
    "ConnectionFailed",
    "CreditError",
    "DirectUpload",
    "FpsMode",
    "GenerateResult",
    "HeyGenClient",
    "HeyGenError",
    "InsecureBaseUrlError",
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
    "ValidationError",
    "VideoTranslation",
    "guess_content_type",
]
