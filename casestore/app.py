"""The case store's HTTP API (FastAPI). The protocol is documented by the OpenAPI spec it serves,
committed as ``casestore/openapi.json``; see also ``docs/protocol.md``."""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal, TypeVar, get_args

from fastapi import Depends, FastAPI, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, BeforeValidator, Field
from pydantic_core import PydanticCustomError
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.convertors import StringConvertor, register_url_convertor
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from casestore import limits, roles, service, validation
from casestore.db import make_engine, make_sessionmaker
from casestore.gateway import Gateway, OutboxFolderGateway, default_folder
from casestore.models import User
from casestore.service import Principal, ServiceError

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
API_TITLE = "Loket case store"
API_VERSION = "1.0.0"
MAX_OPS_PER_PUSH = 500
MAX_SAFE_INT = 2**53 - 1  # the largest integer every JSON reader keeps exactly
MAX_INT32 = 2**31 - 1
T = TypeVar("T")



class _Sha256Convertor(StringConvertor):
    """``{sha256:sha256}`` in a route: only a SHA-256 selects it (``/v1/blobs/missing`` is another path)."""

    regex = "[0-9a-f]{64}"


register_url_convertor("sha256", _Sha256Convertor())

_bearer = HTTPBearer(auto_error=False)
Creds = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
CaseRef = Annotated[str, Path(pattern=validation.ID_PATTERN, description="a case id or case number")]
BlobRef = Annotated[str, Path(pattern=validation.SHA256_PATTERN, description="SHA-256 of the content")]
DeviceRef = Annotated[str, Path(pattern=validation.ID_PATTERN)]


# ------------------------------------------------------------------------------------------ schemas


# What the server checks, declared in the OpenAPI document (casestore/validation.py).
Id = Annotated[str, Field(pattern=validation.ID_PATTERN, description="1-64 letters, digits or . _ : -")]
Sha256 = Annotated[str, Field(pattern=validation.SHA256_PATTERN, description="64 lowercase hex digits")]
Text = Annotated[str, Field(pattern=validation.TEXT_PATTERN, description="no control characters but tab and newlines")]


def _json_integer(v: Any) -> Any:
    """A JSON integer: 3 or 3.0, not true/false and not "3" (pydantic's lax mode takes both)."""
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise PydanticCustomError("int_type", "must be a whole number")
    return v


# (the bounds before the validator: so they stay plain minimum/maximum in the schema)
Revision = Annotated[int, Field(ge=0, le=MAX_INT32), BeforeValidator(_json_integer)]
EntryId = Annotated[int, Field(ge=0, le=MAX_SAFE_INT), BeforeValidator(_json_integer)]
RoleName = Literal["counter", "outreach", "theme_desk", "coordinator", "administrator"]
assert set(get_args(RoleName)) == set(roles.ROLES)


class FieldProblem(BaseModel):
    field: str = Field(description="where, e.g. `ops[0].op_id`, `since`")
    problem: str


class ErrorBody(BaseModel):
    """Every error answer of the case store (any status, any path) has this body."""

    error: str = Field(
        description="stable machine-readable code, e.g. device_revoked, token_expired, bad_request, not_found"
    )
    message: str = Field(description="what went wrong, for a person")
    detail: str = Field(description="the same text as `message` (protocol v1 clients read this key)")
    fields: list[FieldProblem] | None = Field(default=None, description="422 bad_request: the fields at fault")


class Health(BaseModel):
    status: Literal["ok"]
    protocol: int
    version: str


class LoginRequest(BaseModel):
    username: Text = Field(min_length=1, max_length=100)
    password: Text = Field(min_length=1, max_length=1000)
    device_id: Id | None = Field(default=None, description="known id to re-use")
    device_name: Text = Field(default="", max_length=200)


class RefreshRequest(BaseModel):
    refresh_token: Text = Field(min_length=1, max_length=200)


class UserInfo(BaseModel):
    username: str
    display_name: str
    role: str
    department: str | None


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"]
    expires_in: int
    device_id: str
    user: UserInfo


class MeResponse(BaseModel):
    user: UserInfo
    device_id: str


class Operation(BaseModel):
    """One outbox operation. Only the envelope's types are checked for the whole push (a mismatch answers
    422); what is inside (entity, entity_id, payload, created_at, actor) is checked per operation: one that
    cannot be stored is answered `rejected` with `invalid: <field>: <why>` and the others are applied."""

    op_id: Id = Field(description="unique id chosen by the client")
    entity: str = Field(description=", ".join(roles.ENTITIES))
    entity_id: str = Field(description="the record's id: 1-64 letters, digits or . _ : -")
    action: Literal["create", "update"]
    base_revision: Revision | None = Field(default=None, description="server revision the update was based on")
    payload: dict[str, Any] = Field(
        description='create: the full record; update: {"changes": {field: new}, "previous": {field: old}}. '
        f"Any depth up to {validation.MAX_DEPTH} levels, no control characters (but tab and newlines) in "
        f"any key or text, texts up to {validation.MAX_STRING} characters, keys up to {validation.MAX_KEY}, "
        f"objects up to {validation.MAX_KEYS} keys, lists up to {validation.MAX_ITEMS} items, finite numbers"
    )
    created_at: str | None = None
    actor: str | None = None


class PushRequest(BaseModel):
    ops: list[Operation] = Field(max_length=MAX_OPS_PER_PUSH)


class RecordState(BaseModel):
    entity: str
    id: str
    revision: int
    data: dict[str, Any]


class FieldConflict(BaseModel):
    entity: str
    entity_id: str
    field: str
    client_value: Any
    server_value: Any
    base_revision: int | None
    server_revision: int


class OpResult(BaseModel):
    op_id: str
    status: Literal["applied", "merged", "conflict", "rejected", "retry"] = Field(
        description="retry: not applied and not remembered (e.g. attachment not uploaded yet)"
    )
    entity: str | None
    entity_id: str | None
    records: list[RecordState] = Field(description="server state of every record the operation changed")
    conflicts: list[FieldConflict]
    error: str | None = Field(
        description="rejected/retry: `<code>: <message>`, e.g. `invalid: payload.notes: contains a control "
        "character (U+0000), which is not allowed` (codes: docs/protocol.md)"
    )
    duplicate: bool = Field(description="true when this op id was applied before (stored answer)")


class PushResponse(BaseModel):
    results: list[OpResult]


class Change(BaseModel):
    seq: int
    entity: str
    id: str
    revision: int
    data: dict[str, Any]


class ChangesResponse(BaseModel):
    changes: list[Change]
    cursor: int = Field(description="pass as `since` for the next page")
    has_more: bool


class BlobsMissingRequest(BaseModel):
    sha256: list[Sha256] = Field(max_length=5000)


class BlobMissing(BaseModel):
    sha256: str
    offset: int = Field(description="bytes already received of an interrupted upload")


class BlobsMissingResponse(BaseModel):
    missing: list[BlobMissing]


class BlobUploadResponse(BaseModel):
    sha256: str
    offset: int
    complete: bool


class AuditIn(BaseModel):
    id: EntryId = Field(description="the laptop's own sequence number of the entry (idempotency key)")
    at: Text | None = Field(default=None, description="kept to 40 characters")
    actor: Text | None = Field(default=None, max_length=100)
    action: Text = Field(description="kept to 100 characters")
    person_id: Text | None = Field(default=None, max_length=64)
    case_id: Text | None = Field(default=None, max_length=64)
    contact_id: Text | None = Field(default=None, max_length=64)
    detail: Text | None = None


class AuditRequest(BaseModel):
    entries: list[AuditIn] = Field(max_length=5000)


class AuditResponse(BaseModel):
    accepted: int
    last_id: int | None


class OpenCaseResponse(BaseModel):
    case_id: str


class CaseView(BaseModel):
    id: str
    revision: int
    data: dict[str, Any]
    status_history: list[dict[str, Any]]
    notifications: list[dict[str, Any]] = Field(
        default_factory=list, description="e-mails and SMS queued for the citizen, with their delivery state"
    )


class NewUser(BaseModel):
    username: Text = Field(min_length=1, max_length=100)
    password: Text = Field(min_length=8, max_length=1000)
    role: RoleName
    display_name: Text = Field(default="", max_length=200)
    department: Text | None = Field(default=None, max_length=100)


class DeviceInfo(BaseModel):
    id: str
    username: str
    name: str
    registered_at: str
    last_seen_at: str | None
    revoked_at: str | None


class AuditOut(BaseModel):
    device_id: str
    local_id: int
    at: str
    actor: str | None
    action: str
    person_id: str | None
    case_id: str | None
    contact_id: str | None
    detail: str | None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    403: {"model": ErrorBody, "description": "forbidden, or `device_revoked`: wipe the laptop"},
    404: {"model": ErrorBody},
    409: {"model": ErrorBody},
    422: {"model": ErrorBody, "description": "`bad_request`: the request does not match this schema"},
    413: {"model": ErrorBody, "description": "`too_large`: the request body is over its cap (casestore/limits.py)"},
    500: {"model": ErrorBody, "description": "`internal_error`: a fault of the server (logged there)"},
}
TOO_MANY_ATTEMPTS: dict[int | str, dict[str, Any]] = {
    429: {
        "model": ErrorBody,
        "description": "`too_many_attempts`: sign-ins for this account or from this address are locked out",
        "headers": {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}},
    },
}


# ----------------------------------------------------------------------------------------- errors

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
    for route in app.router.routes:
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


# ---------------------------------------------------------------------------------------------- app


def create_app(
    db_url: str | None = None, *, engine: Engine | None = None, gateway: Gateway | None = None
) -> FastAPI:
    """Build the ASGI app on ``db_url`` (the schema must exist: see ``casestore.schema.upgrade``).

    ``gateway`` receives the e-mails and SMS queued by laptops; by default they are written to an outbox
    folder (``casestore.gateway.default_folder``)."""
    if engine is None:
        if db_url is None:
            raise ValueError("create_app needs db_url or engine")
        engine = make_engine(db_url)
    if gateway is None:
        gateway = OutboxFolderGateway(default_folder(db_url or engine.url.render_as_string(hide_password=True)))
    sessions: sessionmaker[Session] = make_sessionmaker(engine)
    app = CaseStoreAPI(
        title=API_TITLE,
        version=API_VERSION,
        description=(
            "Central case store for Loket desk laptops: sign-in per device, push of outbox operations "
            "(exactly once by op_id), a change feed pulled from a cursor, content-addressed attachments "
            "and the audit log. See docs/protocol.md."
        ),
    )
    app.state.engine = engine
    app.add_middleware(limits.BodyLimit, caps=limits.BodyCaps.from_env())  # before authentication runs

    @contextmanager
    def tx() -> Iterator[Session]:
        with sessions.begin() as s:
            yield s

    # At most this many transactions run at once per process: beyond that, threads only fight over the
    # GIL and the database locks, and every request in a burst finishes late instead of most early.
    gate = threading.BoundedSemaphore(max(1, int(os.environ.get("LOKET_CASESTORE_CONCURRENCY", "4"))))

    # Pushes of up to this many operations run on the event loop thread (see push); 0: none.
    inline_push_ops = max(0, int(os.environ.get("LOKET_CASESTORE_INLINE_PUSH_OPS", "20")))

    def run_tx(fn: Callable[[Session], T], attempts: int = 4) -> T:
        """Run ``fn`` in a transaction; retry on deadlocks / serialisation failures."""
        with gate:
            return _run_tx(fn, attempts)

    def _run_tx(fn: Callable[[Session], T], attempts: int) -> T:
        for i in range(attempts):
            try:
                with tx() as s:
                    return fn(s)
            except OperationalError as e:
                msg = str(e.orig).lower() if e.orig is not None else ""
                transient = ("deadlock" in msg or "could not serialize" in msg or "locked" in msg
                             or e.connection_invalidated)  # the database restarted: a fresh connection
                if not transient or i == attempts - 1:
                    raise
                time.sleep(0.01 * (2**i))
            except IntegrityError:
                # A concurrent request stored the same op id / record first: run again, which now
                # answers from the stored results.
                if i == attempts - 1:
                    raise
                time.sleep(0.005 * (2**i))
        raise AssertionError("unreachable")

    def principal(s: Session, creds: HTTPAuthorizationCredentials | None) -> Principal:
        p = service.authenticate(s, creds.credentials if creds else None)
        service.mark_device_seen(s, p)
        return p

    # Every error answer has the documented body (ErrorBody): service errors, schema mismatches (422),
    # routing and parsing errors (404, 405, 400), and anything unforeseen (500).
    @app.exception_handler(ServiceError)
    async def _service_error(_req: Request, exc: ServiceError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.detail, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_req: Request, exc: RequestValidationError) -> JSONResponse:
        return _bad_request(exc)

    @app.exception_handler(StarletteHTTPException)
    async def _starlette_error(req: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _http_error(app, req, exc)

    @app.exception_handler(Exception)
    async def _unhandled(_req: Request, _exc: Exception) -> JSONResponse:
        return _internal_error()  # logged by _KeepConnection, which receives the exception next

    @app.get("/v1/health", response_model=Health, tags=["service"])
    def health() -> dict[str, Any]:
        return {"status": "ok", "protocol": PROTOCOL_VERSION, "version": API_VERSION}

    @app.post("/v1/auth/login", response_model=TokenResponse, responses={**ERRORS, **TOO_MANY_ATTEMPTS},
              tags=["auth"])
    def login(body: LoginRequest, request: Request) -> dict[str, Any]:
        """Sign a user in on a device; registers the device when it is new. Too many failed sign-ins for
        an account or from an address: 429 with `Retry-After` (casestore/limits.py)."""
        address = request.client.host if request.client else None
        answer = run_tx(lambda s: service.login_attempt(
            s, body.username, body.password, body.device_id, body.device_name, address=address))
        if isinstance(answer, ServiceError):
            raise answer  # a wrong password: its count is committed
        return answer

    @app.post("/v1/auth/refresh", response_model=TokenResponse, responses=ERRORS, tags=["auth"])
    def refresh(body: RefreshRequest) -> dict[str, Any]:
        """Trade a refresh token (usable once) for a new pair."""
        return run_tx(lambda s: service.refresh(s, body.refresh_token))

    @app.post("/v1/auth/logout", status_code=204, responses=ERRORS, tags=["auth"])
    def logout(creds: Creds) -> Response:
        run_tx(lambda s: service.logout(s, principal(s, creds)))
        return Response(status_code=204)

    @app.get("/v1/me", response_model=MeResponse, responses=ERRORS, tags=["auth"])
    def me(creds: Creds) -> dict[str, Any]:
        def work(s: Session) -> dict[str, Any]:
            p = principal(s, creds)
            return {"user": service.user_info(s.get_one(User, p.user_id)), "device_id": p.device_id}

        return run_tx(work)

    @app.post("/v1/push", response_model=PushResponse, responses=ERRORS, tags=["sync"])
    async def push(body: PushRequest, creds: Creds) -> dict[str, Any]:
        """Apply outbox operations in order, each exactly once (a repeated op_id gets its stored answer).

        Upload attachment contents first: a `case_attachment` whose content is missing answers `retry`.
        """
        ops = [o.model_dump() for o in body.ops]

        def work(s: Session) -> dict[str, Any]:
            return service.push(s, principal(s, creds), ops)

        if len(ops) <= inline_push_ops:
            # A desk's everyday push (an intake is three or four operations) runs right here on the event
            # loop: handing it to a worker thread and back costs 15-25 % of its CPU (measured). At most one
            # such transaction per process runs at a time, beside the gated worker threads.
            answer = _run_tx(work, 4)
        else:  # a large batch on a worker thread, so it does not hold up the other requests
            answer = await run_in_threadpool(run_tx, work)
        if any(o["entity"] == "notification" for o in ops) or not swept:
            new = {r["entity_id"] for r in answer["results"]
                   if r["entity"] == "notification" and r["status"] == "applied"}
            await run_in_threadpool(deliver, None if not swept else new)  # the gateway may be slow
        return answer

    swept = False

    def _deliver_one(s: Session, nid: str) -> bool:
        assert gateway is not None
        return service.deliver_notification(s, gateway, nid)

    def deliver(ids: set[str] | None) -> None:
        """After the commit: hand queued messages to the gateway (all of them on the first push after a
        start, to finish what a crash interrupted). A gateway failure leaves them queued for next time."""
        nonlocal swept
        try:
            todo = run_tx(lambda s: service.queued_notifications(s, ids))
            for nid in todo:
                run_tx(functools.partial(_deliver_one, nid=nid))
            swept = True
        except Exception:  # the push itself is committed and answered; delivery is retried later
            log.exception("handing notifications to the gateway failed; they stay queued")

    @app.get("/v1/changes", response_model=ChangesResponse, responses=ERRORS, tags=["sync"])
    def changes(
        creds: Creds,
        since: Annotated[int, Query(ge=0, le=MAX_SAFE_INT)] = 0,
        limit: Annotated[int, Query(ge=1, le=service.MAX_PAGE)] = 500,
    ) -> dict[str, Any]:
        """The change feed after `since`, limited to what this user's laptop needs (full record states)."""
        return run_tx(lambda s: service.changes(s, principal(s, creds), since, limit))

    @app.post("/v1/cases/{case_id}/open", response_model=OpenCaseResponse, responses=ERRORS, tags=["sync"])
    def open_case(case_id: CaseRef, creds: Creds) -> dict[str, Any]:
        """Open a case on demand (by id or official number): it flows into this device's feed from now."""
        return run_tx(lambda s: service.subscribe(s, principal(s, creds), case_id))

    @app.get("/v1/cases/{case_id}", response_model=CaseView, responses=ERRORS, tags=["cases"])
    def get_case(case_id: CaseRef, creds: Creds) -> dict[str, Any]:
        return run_tx(lambda s: service.get_case(s, principal(s, creds), case_id))

    @app.post("/v1/blobs/missing", response_model=BlobsMissingResponse, responses=ERRORS, tags=["blobs"])
    def blobs_missing(body: BlobsMissingRequest, creds: Creds) -> dict[str, Any]:
        """Which of these attachment contents the server lacks, and how far an upload got."""

        def work(s: Session) -> dict[str, Any]:
            principal(s, creds)
            return service.blobs_missing(s, body.sha256)

        return run_tx(work)

    @app.patch(
        "/v1/blobs/{sha256:sha256}",
        response_model=BlobUploadResponse,
        responses=ERRORS,
        tags=["blobs"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def blob_upload(
        sha256: BlobRef,
        request: Request,
        creds: Creds,
        upload_offset: Annotated[int, Header(ge=0, le=service.MAX_BLOB_SIZE)],
        upload_length: Annotated[int, Header(ge=0, le=service.MAX_BLOB_SIZE)],
    ) -> dict[str, Any]:
        """Append bytes at `Upload-Offset` of a `Upload-Length`-byte upload (resumable; the server
        verifies the SHA-256 when the last byte arrives)."""
        chunk = await request.body()
        return await run_in_threadpool(
            run_tx,
            lambda s: service.blob_upload(
                s, principal(s, creds), sha256, upload_offset, upload_length, chunk
            ),
        )

    @app.get(
        "/v1/blobs/{sha256:sha256}",
        responses={
            **ERRORS,
            200: {
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
            },
        },
        response_class=Response,
        tags=["blobs"],
    )
    def blob_get(sha256: BlobRef, creds: Creds) -> Response:
        data = run_tx(lambda s: service.blob_get(s, principal(s, creds), sha256))
        return Response(content=data, media_type="application/octet-stream")

    @app.post("/v1/audit", response_model=AuditResponse, responses=ERRORS, tags=["sync"])
    def audit(body: AuditRequest, creds: Creds) -> dict[str, Any]:
        """Append the laptop's audit entries (idempotent per device and entry id)."""
        entries = [e.model_dump() for e in body.entries]
        return run_tx(lambda s: service.audit_push(s, principal(s, creds), entries))

    # ------------------------------------------------------------------------------------ admin

    def admin(s: Session, creds: HTTPAuthorizationCredentials | None) -> Principal:
        p = principal(s, creds)
        service.require_role(p, roles.ADMINISTRATOR)
        return p

    @app.post("/v1/admin/users", response_model=UserInfo, status_code=201, responses=ERRORS, tags=["admin"])
    def add_user(body: NewUser, creds: Creds) -> dict[str, Any]:
        def work(s: Session) -> dict[str, Any]:
            admin(s, creds)
            u = service.create_user(
                s,
                body.username,
                body.password,
                body.role,
                display_name=body.display_name,
                department=body.department,
            )
            return service.user_info(u)

        return run_tx(work)

    @app.get("/v1/admin/devices", response_model=list[DeviceInfo], responses=ERRORS, tags=["admin"])
    def devices(creds: Creds) -> list[dict[str, Any]]:
        def work(s: Session) -> list[dict[str, Any]]:
            admin(s, creds)
            return service.list_devices(s)

        return run_tx(work)

    @app.post(
        "/v1/admin/devices/{device_id}/revoke", response_model=DeviceInfo, responses=ERRORS, tags=["admin"]
    )
    def revoke(device_id: DeviceRef, creds: Creds) -> dict[str, Any]:
        """Revoke a laptop: its tokens stop working and its next sync wipes its local store."""

        def work(s: Session) -> dict[str, Any]:
            p = admin(s, creds)
            service.revoke_device(s, device_id, p.username)
            return next(d for d in service.list_devices(s) if d["id"] == device_id)

        return run_tx(work)

    @app.get("/v1/admin/audit", response_model=list[AuditOut], responses=ERRORS, tags=["admin"])
    def audit_log(creds: Creds, limit: Annotated[int, Query(ge=1, le=10000)] = 1000) -> list[dict[str, Any]]:
        def work(s: Session) -> list[dict[str, Any]]:
            admin(s, creds)
            return service.audit_list(s, limit)

        return run_tx(work)

    return app
