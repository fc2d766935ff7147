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
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from casestore import limits, roles, service
from casestore.db import make_engine, make_sessionmaker
from casestore.gateway import Gateway, OutboxFolderGateway, default_folder
from casestore.models import User
from casestore.service import Principal, ServiceError

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
API_TITLE = "Loket case store"
API_VERSION = "1.0.0"
MAX_OPS_PER_PUSH = 500
T = TypeVar("T")

_bearer = HTTPBearer(auto_error=False)
Creds = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


# ------------------------------------------------------------------------------------------ schemas


class ErrorBody(BaseModel):
    error: str = Field(description="stable machine-readable code, e.g. device_revoked, token_expired")
    detail: str


class Health(BaseModel):
    status: Literal["ok"]
    protocol: int
    version: str


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    device_id: str | None = Field(default=None, max_length=64, description="known id to re-use")
    device_name: str = Field(default="", max_length=200)


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=200)


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
    op_id: str = Field(min_length=1, max_length=64, description="unique id chosen by the client")
    entity: str = Field(description=", ".join(roles.ENTITIES))
    entity_id: str = Field(min_length=1, max_length=64)
    action: Literal["create", "update"]
    base_revision: int | None = Field(default=None, description="server revision the update was based on")
    payload: dict[str, Any] = Field(
        description='create: the full record; update: {"changes": {field: new}, "previous": {field: old}}'
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
    error: str | None
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
    sha256: list[str] = Field(max_length=5000)


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
    id: int = Field(description="the laptop's own sequence number of the entry (idempotency key)")
    at: str | None = None
    actor: str | None = None
    action: str
    person_id: str | None = None
    case_id: str | None = None
    contact_id: str | None = None
    detail: str | None = None


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
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=8, max_length=1000)
    role: str = Field(description=", ".join(roles.ROLES))
    display_name: str = ""
    department: str | None = None


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
    422: {"model": ErrorBody},
    413: {"model": ErrorBody, "description": "`too_large`: the request body is over its cap (casestore/limits.py)"},
}
TOO_MANY_ATTEMPTS: dict[int | str, dict[str, Any]] = {
    429: {
        "model": ErrorBody,
        "description": "`too_many_attempts`: sign-ins for this account or from this address are locked out",
        "headers": {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}},
    },
}


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
    app = FastAPI(
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

    @app.exception_handler(ServiceError)
    async def _service_error(_req: Request, exc: ServiceError) -> JSONResponse:
        return JSONResponse({"error": exc.code, "detail": exc.detail}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_req: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"error": "bad_request", "detail": str(exc.errors())[:2000]}, status_code=422)

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
        since: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=service.MAX_PAGE)] = 500,
    ) -> dict[str, Any]:
        """The change feed after `since`, limited to what this user's laptop needs (full record states)."""
        return run_tx(lambda s: service.changes(s, principal(s, creds), since, limit))

    @app.post("/v1/cases/{case_id}/open", response_model=OpenCaseResponse, responses=ERRORS, tags=["sync"])
    def open_case(case_id: str, creds: Creds) -> dict[str, Any]:
        """Open a case on demand (by id or official number): it flows into this device's feed from now."""
        return run_tx(lambda s: service.subscribe(s, principal(s, creds), case_id))

    @app.get("/v1/cases/{case_id}", response_model=CaseView, responses=ERRORS, tags=["cases"])
    def get_case(case_id: str, creds: Creds) -> dict[str, Any]:
        return run_tx(lambda s: service.get_case(s, principal(s, creds), case_id))

    @app.post("/v1/blobs/missing", response_model=BlobsMissingResponse, responses=ERRORS, tags=["blobs"])
    def blobs_missing(body: BlobsMissingRequest, creds: Creds) -> dict[str, Any]:
        """Which of these attachment contents the server lacks, and how far an upload got."""

        def work(s: Session) -> dict[str, Any]:
            principal(s, creds)
            return service.blobs_missing(s, body.sha256)

        return run_tx(work)

    @app.patch(
        "/v1/blobs/{sha256}",
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
        sha256: str,
        request: Request,
        creds: Creds,
        upload_offset: Annotated[int, Header(ge=0)],
        upload_length: Annotated[int, Header(ge=0)],
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
        "/v1/blobs/{sha256}",
        responses={
            **ERRORS,
            200: {
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
            },
        },
        response_class=Response,
        tags=["blobs"],
    )
    def blob_get(sha256: str, creds: Creds) -> Response:
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
    def revoke(device_id: str, creds: Creds) -> dict[str, Any]:
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
