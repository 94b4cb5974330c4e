"""The API listener: the contract's routes on Starlette, every error in the service's envelope."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from proofreader.sandbox.account import BRAND_GLOSSARIES, account
from proofreader.sandbox.api_assets import AssetRoutes
from proofreader.sandbox.api_proofreads import ProofreadRoutes
from proofreader.sandbox.api_translations import TranslationRoutes
from proofreader.sandbox.context import SandboxContext
from proofreader.sandbox.errors import ApiError
from proofreader.sandbox.languages import LANGUAGES

Endpoint = Callable[[Request], Awaitable[Response]]
_log = logging.getLogger(__name__)


def _guarded(endpoint: Endpoint) -> Endpoint:
    """Turn ApiError and unexpected failures into the error envelope (never a traceback)."""

    async def run(request: Request) -> Response:
        try:
            return await endpoint(request)
        except ApiError as error:
            return error.response()
        except HTTPException as exc:  # e.g. a malformed multipart body
            return ApiError(exc.status_code, str(exc.detail)).response()
        except ClientDisconnect:  # nobody is left to answer
            return Response(status_code=400)
        except Exception:
            _log.exception("Sandbox route %s %s failed", request.method, request.url.path)
            return ApiError(500, "The sandbox hit an internal error; see its log.").response()

    return run


def _me(ctx: SandboxContext) -> Endpoint:
    async def me(_request: Request) -> Response:
        return JSONResponse({"data": account(ctx.settings.billing_type)})

    return me


async def _brand_glossaries(_request: Request) -> Response:
    glossaries = list(BRAND_GLOSSARIES)
    return JSONResponse({"data": glossaries, "has_more": False, "next_token": None})


async def _languages(_request: Request) -> Response:
    return JSONResponse({"data": {"languages": list(LANGUAGES)}})


async def _http_error(_request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 404:
        message = "No such endpoint."
    elif status == 405:
        message = "This method is not allowed on this endpoint."
    else:
        message = str(getattr(exc, "detail", "")) or "The request could not be handled."
    return ApiError(status, message).response()


def build_api_app(ctx: SandboxContext) -> Starlette:
    routes: list[Route] = [
        Route("/v3/users/me", _me(ctx), methods=["GET"]),
        Route("/v3/video-translations/languages", _languages, methods=["GET"]),
        Route("/v3/brand-glossaries", _brand_glossaries, methods=["GET"]),
        *AssetRoutes(ctx).routes(),
        *ProofreadRoutes(ctx).routes(),
        *TranslationRoutes(ctx).routes(),
    ]
    guarded = [
        Route(route.path, _guarded(route.endpoint), methods=route.methods) for route in routes
    ]
    return Starlette(routes=guarded, exception_handlers={HTTPException: _http_error})
