"""Typed errors of the HeyGen client, each with one sentence a user can act on (`str(error)`).

`HeyGenError` is the root. `ApiError` and its kinds are answers from the API host;
`NetworkError` kinds mean the host could not be reached or did not answer in time;
`LinkExpiredError` and `TransferError` concern presigned storage links.
"""

from __future__ import annotations


class HeyGenError(Exception):
    """Anything the HeyGen client raises on purpose. `str()` is the user-facing sentence."""


class InvalidApiKeyError(HeyGenError, ValueError):
    """The key has a character no HeyGen key has; the message never quotes the key."""

    def __init__(self, position: int, char: str) -> None:
        if char in "\r\n":
            kind = "a line break"
        elif char.isspace():
            kind = "a space"
        elif ord(char) < 32 or ord(char) == 127:
            kind = "a control character"
        else:
            kind = "a non-ASCII character"
        super().__init__(
            f"The HeyGen API key has {kind} at position {position}, so it was not used: copy "
            "the key again from HeyGen (Settings → API) and paste it exactly."
        )
        self.position = position


class InvalidBaseUrlError(HeyGenError, ValueError):
    """The API base URL is not a usable http(s) address."""

    def __init__(self, base_url: str, message: str | None = None) -> None:
        super().__init__(
            message
            or f"The HeyGen API address {base_url!r} is not a valid https:// URL: "
            "check HEYGEN_API_BASE or the address in the settings."
        )
        self.base_url = base_url


class InsecureBaseUrlError(InvalidBaseUrlError):
    """The API base URL would send the key in clear text (plain http to another computer)."""

    def __init__(self, base_url: str) -> None:
        super().__init__(
            base_url,
            f"Refusing to send the HeyGen API key to {base_url} over plain http: "
            "use an https:// address (plain http is allowed only for this computer).",
        )


class ApiError(HeyGenError):
    """The API answered with an error. `detail` is the service's own message (redacted)."""

    default_sentence = "HeyGen refused the request"
    default_advice = "check the request and try again"

    def __init__(
        self,
        *,
        status: int,
        code: str = "",
        detail: str = "",
        param: str | None = None,
        doc_url: str | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        self.status = status
        self.code = code
        self.detail = detail
        self.param = param
        self.doc_url = doc_url
        self.method = method
        self.path = path
        super().__init__(self.sentence())

    def sentence(self) -> str:
        """What happened and what to do, in one sentence."""
        what = self.default_sentence
        if self.detail:
            what = f"{what} ({self.detail.rstrip('.')})"
        return f"{what}: {self.default_advice}."

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, code={self.code!r}, "
            f"detail={self.detail!r}, param={self.param!r}, path={self.path!r})"
        )


class AuthenticationError(ApiError):
    """401 unauthorized, or 403 forbidden: the key is missing, wrong, or lacks access."""

    default_sentence = "HeyGen did not accept the API key"
    default_advice = (
        "check the key in HEYGEN_API_KEY or in the settings (HeyGen dashboard, Settings → API)"
    )

    def sentence(self) -> str:
        if self.status == 403:
            what = "HeyGen refused access with this API key"
            if self.detail:
                what = f"{what} ({self.detail.rstrip('.')})"
            return f"{what}: check that the key belongs to the account that owns this item."
        return super().sentence()


class NotFoundError(ApiError):
    """404: the item does not exist, was deleted, or expired (proofreads live about 24 h)."""

    default_sentence = "HeyGen could not find this item"
    default_advice = "check the id; proofread sessions expire after about 24 hours"


class ConflictError(ApiError):
    """409: the item is not in a state that allows this request."""

    default_sentence = "HeyGen reported a conflict"
    default_advice = "refresh its status and try again once it is ready"


class RequestInProgressError(ConflictError):
    """409 request_in_progress: the first request with this Idempotency-Key is still running."""

    default_sentence = "HeyGen is still carrying out the first try of this request"
    default_advice = (
        "wait a moment, then try again: the same Idempotency-Key is sent, so it is not made twice"
    )


class PayloadTooLargeError(ApiError):
    """413: the upload is larger than the service accepts."""

    default_sentence = "The file is too large for HeyGen"
    default_advice = "use a smaller file"


class ValidationError(ApiError):
    """400 invalid_parameter / validation_error; `param` names the offending field when known."""

    default_sentence = "HeyGen refused the request as invalid"
    default_advice = "correct it and try again"

    def sentence(self) -> str:
        what = self.default_sentence
        field = f"field '{self.param}'" if self.param else ""
        text = "; ".join(p for p in (self.detail.rstrip("."), field) if p)
        if text:
            what = f"{what} ({text})"
        return f"{what}: {self.default_advice}."


class CreditError(ApiError):
    """insufficient_credit (402 or 403): the account cannot pay for this."""

    default_sentence = "Your HeyGen account does not have enough credit for this"
    default_advice = "add credit to the account, then try again"


class RateLimitedError(ApiError):
    """429 that persisted through the retries; `retry_after` in seconds when the service said."""

    default_sentence = "HeyGen is limiting how fast requests may be sent"
    default_advice = "wait a minute and try again"

    def __init__(
        self,
        *,
        status: int = 429,
        code: str = "rate_limit_exceeded",
        detail: str = "",
        param: str | None = None,
        doc_url: str | None = None,
        method: str = "",
        path: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(
            status=status,
            code=code,
            detail=detail,
            param=param,
            doc_url=doc_url,
            method=method,
            path=path,
        )


class ServerError(ApiError):
    """5xx: a fault on HeyGen's side."""

    default_sentence = "HeyGen had a server error"
    default_advice = "try again in a few minutes"

    def sentence(self) -> str:
        return f"HeyGen had a server error (HTTP {self.status}): try again in a few minutes."


class UnexpectedResponseError(ApiError):
    """A success status with a body the client cannot read, or a redirect off the API."""

    default_sentence = "HeyGen sent an answer this app does not understand"
    default_advice = "try again later, or update the app if it keeps happening"


class NetworkError(HeyGenError):
    """The host could not be reached or did not answer; `host` is `name[:port]`.

    `outcome_unknown` is True when a request that creates something may have reached the
    service before the failure: it was not repeated, and the user should check before retrying.
    """

    def __init__(self, host: str, message: str, *, outcome_unknown: bool = False) -> None:
        super().__init__(message)
        self.host = host
        self.outcome_unknown = outcome_unknown


_MAYBE_DONE = (
    "the request may still have been carried out, so check before trying again "
    "(trying blindly could create and pay for it twice)"
)


class ConnectionFailed(NetworkError):
    """No connection, or it dropped before an answer came."""

    def __init__(self, host: str, *, outcome_unknown: bool = False) -> None:
        if outcome_unknown:
            message = (
                f"The connection to HeyGen at {host} dropped before it answered: {_MAYBE_DONE}."
            )
        else:
            message = f"Could not reach HeyGen at {host}: check your connection."
        super().__init__(host, message, outcome_unknown=outcome_unknown)


class RequestTimeout(NetworkError):
    """The host took longer than the timeout to connect or to answer."""

    def __init__(self, host: str, *, outcome_unknown: bool = False) -> None:
        if outcome_unknown:
            message = f"HeyGen at {host} did not answer in time: {_MAYBE_DONE}."
        else:
            message = (
                f"HeyGen at {host} did not answer in time: check your connection and try again."
            )
        super().__init__(host, message, outcome_unknown=outcome_unknown)


class LinkExpiredError(HeyGenError):
    """A presigned storage link answered 403: it expired (or its signature no longer holds)."""

    def __init__(self, host: str) -> None:
        super().__init__(
            f"The HeyGen link to {host} has expired: refresh the item to get a new link, "
            "then try again."
        )
        self.host = host


class TransferError(HeyGenError):
    """A download or an upload to storage failed for a reason other than the above."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status
