"""The case store's wire models (pydantic): what each endpoint takes and answers, as its OpenAPI document
(``casestore/openapi.json``) declares them, and the error answers every endpoint may give."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from casestore import roles, validation
from wire import schema
from wire.schema import MAX_OPS_PER_PUSH as MAX_OPS_PER_PUSH
from wire.schema import PROTOCOL_VERSION as PROTOCOL_VERSION

API_TITLE = "Loket case store"
API_VERSION = "1.0.0"
MAX_SAFE_INT = 2**53 - 1  # the largest integer every JSON reader keeps exactly
MAX_INT32 = 2**31 - 1


# What the server checks, declared in the OpenAPI document (casestore/validation.py).
Id = Annotated[str, Field(pattern=validation.ID_PATTERN, description="1-64 letters, digits or . _ : -")]
Sha256 = Annotated[str, Field(pattern=validation.SHA256_PATTERN, description="64 lowercase hex digits")]
Text = Annotated[str, Field(pattern=validation.TEXT_PATTERN, description="no control characters but tab and newlines")]


def _json_integer(v: Any) -> Any:
    """A JSON integer: 3 or 3.0, not true/false and not "3" (pydantic's lax mode takes both)."""
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise PydanticCustomError("int_type", "must be a whole number")
    return v


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _iso_date(v: Any) -> Any:
    """A calendar day written YYYY-MM-DD, as the schema's ``format: date`` says: not "0" or "1700000000"
    (pydantic's lax mode reads a number as seconds since 1970)."""
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return v
    if not isinstance(v, str) or not _ISO_DATE.match(v):
        raise PydanticCustomError("date_format", "must be a day written YYYY-MM-DD")
    return v


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
"""A query's or body's day: YYYY-MM-DD only."""

# (the bounds before the validator: so they stay plain minimum/maximum in the schema)
Revision = Annotated[int, Field(ge=0, le=MAX_INT32), BeforeValidator(_json_integer)]
EntryId = Annotated[int, Field(ge=0, le=MAX_SAFE_INT), BeforeValidator(_json_integer)]
RoleName = Literal["counter", "outreach", "theme_desk", "coordinator", "administrator", "management"]
OpStatus = Literal["applied", "merged", "conflict", "rejected", "retry"]
assert get_args(RoleName) == roles.ROLES
assert get_args(OpStatus) == schema.OP_STATUSES
_FEED_ENTITY: dict[str, Any] = {"enum": list(schema.FEED_ENTITIES)}  # declared in the OpenAPI document


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
    entity: str = Field(description="one of: " + ", ".join(schema.ENTITIES))
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
    entity: str = Field(json_schema_extra=_FEED_ENTITY)
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
    status: OpStatus = Field(
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
    entity: str = Field(json_schema_extra=_FEED_ENTITY)
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

