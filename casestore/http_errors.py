"""Every error answer of the case store has the documented body (``ErrorBody``): service errors, schema
mismatches (422), routing and parsing errors (404, 405, 400), and anything unforeseen (500)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from casestore import validation

log = logging.getLogger(__name__)


_STATUS_CODES = {
    400: "bad_request",
    401: "token_invalid",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "bad_request",
    429: "too_many_requests",
    500: "internal_error",
}


def error_response(
    status: int,
    code: str,
    message: str,
    *,
    headers: dict[str, str] | None = None,
    fields: list[dict[str, str]] | None = None,
) -> JSONResponse:
    """An error answer with the documented body (``ErrorBody``)."""
    body: dict[str, Any] = {"error": code, "message": message, "detail": message}
    if fields is not None:
        body["fields"] = fields
    return JSONResponse(body, status_code=status, headers=headers)


_FRIENDLY_PATTERNS = {
    validation.ID_PATTERN: "must be an id of 1 to 64 letters, digits or . _ : -",
    validation.SHA256_PATTERN: "must be 64 lowercase hexadecimal digits",
    validation.TEXT_PATTERN: "contains a control character, which is not allowed",
}


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _problem(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "string_pattern_mismatch" and ctx.get("pattern") in _FRIENDLY_PATTERNS:
        return _FRIENDLY_PATTERNS[ctx["pattern"]]
    if kind == "string_unicode":
        return "contains an invalid character"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "must be a whole number"
    if kind == "json_invalid":
        return "the body is not valid JSON"
    if kind == "missing":
        return "is required"
    return str(err.get("msg", "is not valid"))[:200]


def _bad_request(exc: RequestValidationError) -> JSONResponse:
    """422 for a request that does not match its schema: which fields, and why (never their values)."""
    fields = [{"field": _where(tuple(e.get("loc", ()))), "problem": _problem(e)} for e in exc.errors()[:20]]
    message = "; ".join(f"{f['field']}: {f['problem']}" for f in fields)[:1000] or "the request is not valid"
    return error_response(422, "bad_request", message, fields=fields)


def _allowed_methods(app: FastAPI, scope: Scope) -> str:
    """The methods of every route on this path (Starlette's own 405 names only the first route's)."""
    methods: set[str] = set()
    todo = list(app.router.routes)
    while todo:
        route = todo.pop()
        included = getattr(route, "original_router", None)  # a router included without a prefix
        if included is not None:
            todo.extend(included.routes)
            continue
        match, _ = route.matches(scope)  # FULL or PARTIAL (other method) when the path matches
        if match != Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return ", ".join(sorted(methods))


def _http_error(app: FastAPI, request: Request, exc: StarletteHTTPException) -> JSONResponse:
    """Routing and parsing errors (404 unknown path, 405, 400 unparsable body) with the documented body."""
    headers = dict(exc.headers or {})
    if exc.status_code == 404:
        message = f"no such endpoint: {request.method} {request.url.path}"
    elif exc.status_code == 405:
        headers["Allow"] = _allowed_methods(app, request.scope)
        message = f"{request.method} is not allowed here; allowed: {headers['Allow']}"
    else:
        message = str(exc.detail)
    code = _STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
    return error_response(exc.status_code, code, message, headers=headers or None)


def _internal_error() -> JSONResponse:
    return error_response(
        500, "internal_error", "the case store could not handle this request; the fault is logged there"
    )


class _KeepConnection:
    """The outermost layer: Starlette answers an unhandled exception with the 500 handler and then raises it
    again, and the HTTP server closes a connection whose request raised. Here the exception is logged and
    ends, so a 500 is an ordinary answer and the next request on the keep-alive connection goes on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def _send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, _send)
        except Exception:
            log.exception("unhandled error in %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _internal_error()(scope, receive, send)
            # else: answered already (complete), or cut short, which the server ends by closing


class CaseStoreAPI(FastAPI):
    def build_middleware_stack(self) -> ASGIApp:
        return _KeepConnection(super().build_middleware_stack())

