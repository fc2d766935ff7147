"""The sync protocol's schema, defined once for both sides: the record types (entities), their parents,
which ones are history (immutable), what an operation may do and how the case store answers it, and the
shape of every message the laptop and the case store exchange.

The case store's pydantic models (``casestore/api_models.py``) and its OpenAPI document are checked against
this module, and so is the laptop's strict reader (``sync/protocol.py``):
``tests/test_wire_schema.py``. Standard library only: imported by the desk and by the case store.

Adding a synced record type: an ``Entity`` here, the local model (``desk_app/store/models.py``, listed in
its ``SYNCED``), the server side's checks if any, and a migration on each side.
"""


from dataclasses import dataclass
from typing import Any, Literal, NotRequired, TypedDict

PROTOCOL_VERSION = 1

ID_PATTERN = r"^[A-Za-z0-9._:-]{1,64}$"
"""Every id on the wire: records, operations, devices."""
SHA256_PATTERN = r"^[0-9a-f]{64}$"
"""An attachment's content is named by its SHA-256 (64 lowercase hex digits)."""
MAX_OPS_PER_PUSH = 500
"""The case store refuses a push with more operations (422); the laptop sends smaller batches."""

BLOB = "attachment"
"""The parent name of an attachment's content (a blob, by its ``sha256``); not a record type."""


@dataclass(frozen=True)
class Entity:
    """One record type of the protocol."""

    name: str
    view: str
    """the part of the desk's change set whose views show it (``desk_app.services.changes.ChangeSet``)"""
    parents: tuple[tuple[str, str], ...] = ()
    """(parent entity or ``BLOB``, field holding the parent's id): a record waits on the laptop until its
    parents are there; the case store refuses one whose parent it does not know."""
    immutable: bool = False
    """history: created once, never changed"""
    in_feed: bool = True
    """sent to laptops in the change feed (a notification only travels from laptop to case store)"""


_PERSON = ("person", "person_id")
_CASE = ("case", "case_id")

SCHEMA: tuple[Entity, ...] = (
    Entity("person", view="persons"),
    Entity("address", view="persons", parents=(_PERSON,)),
    Entity("case", view="cases", parents=(_PERSON,)),
    Entity("status_change", view="cases", parents=(_CASE,), immutable=True),
    Entity("contact_moment", view="contacts", parents=(_PERSON, _CASE)),
    Entity("appointment", view="appointments", parents=(_PERSON, _CASE)),
    Entity("note", view="notes", parents=(_PERSON, _CASE)),
    Entity("case_attachment", view="attachments", parents=(_CASE, (BLOB, "sha256")), immutable=True),
    # an e-mail or SMS for the citizen, handed to the gateway; never in the change feed
    Entity("notification", view="cases", parents=(_CASE,), immutable=True, in_feed=False),
    # a citizen report taken at the desk, on the phone or offline (issue 15): the case store turns it into a
    # report (or, with ``duplicate_of``, an extra reporter); its photos travel as attachment blobs
    # (``photos[].sha256``); ``person_id`` may be None (a reporter without a record, or anonymous)
    Entity("report_intake", view="reports", parents=(_PERSON,), immutable=True, in_feed=False),
)

BY_NAME: dict[str, Entity] = {e.name: e for e in SCHEMA}
ENTITIES: tuple[str, ...] = tuple(e.name for e in SCHEMA)
"""Every record type a laptop may push."""
FEED_ENTITIES: tuple[str, ...] = tuple(e.name for e in SCHEMA if e.in_feed)
"""The record types of the change feed (what a laptop receives and stores)."""
IMMUTABLE: frozenset[str] = frozenset(e.name for e in SCHEMA if e.immutable)
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {e.name: e.parents for e in SCHEMA if e.parents}


def _depth(name: str, seen: tuple[str, ...] = ()) -> int:
    if name in seen:
        raise ValueError(f"the parents of {name!r} form a cycle: {' -> '.join((*seen, name))}")
    return max((1 + _depth(p, (*seen, name)) for p, _ in BY_NAME[name].parents if p != BLOB), default=0)


DEPTH: dict[str, int] = {e.name: _depth(e.name) for e in SCHEMA}
"""0 for a record without parents, else one more than its deepest parent: store parents first."""

ACTIONS: tuple[str, ...] = ("create", "update")
OP_STATUSES: tuple[str, ...] = ("applied", "merged", "conflict", "rejected", "retry")
"""applied | merged (an update merged with newer fields) | conflict (a person decides) | rejected (final,
with a reason) | retry (not applied and not remembered, e.g. the attachment is not uploaded yet)"""
ACKNOWLEDGED: frozenset[str] = frozenset({"applied", "merged", "conflict"})
"""Answers after which the case store remembers the operation (a re-sent push gets the same answer)."""


# The messages (JSON objects), as TypedDicts. The case store's models of the same name must have the same
# fields, required the same way (``tests/test_wire_schema.py`` compares them with ``casestore/openapi.json``).

class Operation(TypedDict):
    op_id: str
    entity: str  # one of ENTITIES
    entity_id: str
    action: Literal["create", "update"]
    payload: dict[str, Any]
    base_revision: NotRequired[int | None]
    created_at: NotRequired[str | None]
    actor: NotRequired[str | None]


class PushRequest(TypedDict):
    ops: list[Operation]


class RecordState(TypedDict):
    entity: str  # one of FEED_ENTITIES
    id: str
    revision: int
    data: dict[str, Any]


class FieldConflict(TypedDict):
    entity: str
    entity_id: str
    field: str
    client_value: Any
    server_value: Any
    base_revision: int | None
    server_revision: int


class OpResult(TypedDict):
    op_id: str
    status: Literal["applied", "merged", "conflict", "rejected", "retry"]
    entity: str | None
    entity_id: str | None
    records: list[RecordState]
    conflicts: list[FieldConflict]
    error: str | None
    duplicate: bool


class PushResponse(TypedDict):
    results: list[OpResult]


class Change(TypedDict):
    seq: int
    entity: str  # one of FEED_ENTITIES
    id: str
    revision: int
    data: dict[str, Any]


class ChangesResponse(TypedDict):
    changes: list[Change]
    cursor: int
    has_more: bool


class BlobMissing(TypedDict):
    sha256: str
    offset: int


class BlobsMissingResponse(TypedDict):
    missing: list[BlobMissing]


class BlobUploadResponse(TypedDict):
    sha256: str
    offset: int
    complete: bool


class UserInfo(TypedDict):
    username: str
    display_name: str
    role: str
    department: str | None


class TokenResponse(TypedDict):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"]
    expires_in: int
    device_id: str
    user: UserInfo


MESSAGES: tuple[type, ...] = (
    Operation, PushRequest, RecordState, FieldConflict, OpResult, PushResponse, Change, ChangesResponse,
    BlobMissing, BlobsMissingResponse, BlobUploadResponse, UserInfo, TokenResponse,
)
"""Every message type above; each is a component of the same name in ``casestore/openapi.json``."""


def required_keys(message: type) -> frozenset[str]:
    """The keys a message must have."""
    return frozenset(message.__required_keys__)  # type: ignore[attr-defined]


__all__ = [
    "ACKNOWLEDGED",
    "ACTIONS",
    "BLOB",
    "BY_NAME",
    "DEPTH",
    "ENTITIES",
    "FEED_ENTITIES",
    "ID_PATTERN",
    "IMMUTABLE",
    "MAX_OPS_PER_PUSH",
    "MESSAGES",
    "OP_STATUSES",
    "PARENTS",
    "PROTOCOL_VERSION",
    "SCHEMA",
    "SHA256_PATTERN",
    "Entity",
    "required_keys",
]
