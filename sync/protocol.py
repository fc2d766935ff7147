"""Strict reading of the case store's answers. Anything unexpected raises ``ProtocolError`` before a
single local row is touched: a broken or hostile server cannot make the laptop lose or corrupt data.

What a message holds, which record types and answers exist, and the id rules come from the one wire schema
(``wire/schema.py``), which the case store's models are checked against too (``tests/test_wire_schema.py``).
The readers take the message types of that schema; what they return are the laptop's own typed values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sync.errors import ProtocolError
from wire import schema
from wire.schema import BlobsMissingResponse, BlobUploadResponse, ChangesResponse, PushResponse

ENTITIES = frozenset(schema.FEED_ENTITIES)  # what the case store may send back: the change feed's types
_ID = re.compile(schema.ID_PATTERN)
_SHA = re.compile(schema.SHA256_PATTERN)
OP_STATUSES = frozenset(schema.OP_STATUSES)


@dataclass(frozen=True)
class RecordState:
    entity: str
    id: str
    revision: int
    data: dict[str, Any]


@dataclass(frozen=True)
class FieldConflict:
    entity: str
    entity_id: str
    field: str
    client_value: Any
    server_value: Any
    base_revision: int | None
    server_revision: int


@dataclass(frozen=True)
class OpResult:
    op_id: str
    status: str
    records: list[RecordState]
    conflicts: list[FieldConflict]
    error: str | None
    raw: dict[str, Any] = field(repr=False, compare=False)


@dataclass(frozen=True)
class ChangesPage:
    changes: list[tuple[int, RecordState]]
    cursor: int
    has_more: bool


def _fail(msg: str) -> ProtocolError:
    return ProtocolError(f"malformed answer from the case store: {msg}")


def _int(v: object, what: str, *, minimum: int = 0) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < minimum or v > 2**62:
        raise _fail(f"{what} is not a valid number")
    return v


def _ident(v: object, what: str) -> str:
    if not isinstance(v, str) or not _ID.match(v):
        raise _fail(f"{what} is not a valid id")
    return v


def is_sha256(v: object) -> bool:
    return isinstance(v, str) and bool(_SHA.match(v))


def record_state(d: object, what: str) -> RecordState:
    if not isinstance(d, dict):
        raise _fail(f"{what} is not an object")
    entity = d.get("entity")
    if entity not in ENTITIES:
        raise _fail(f"{what} has unknown entity {str(entity)[:40]!r}")
    rid = _ident(d.get("id"), f"{what}.id")
    rev = _int(d.get("revision"), f"{what}.revision", minimum=1)
    data = d.get("data")
    if not isinstance(data, dict):
        raise _fail(f"{what}.data is not an object")
    if "id" in data and data["id"] != rid:
        raise _fail(f"{what}.data.id differs from its id")
    return RecordState(entity=str(entity), id=rid, revision=rev, data=data)


def push_results(body: PushResponse | dict[str, Any], sent_op_ids: list[str]) -> list[OpResult]:
    results: object = body.get("results")
    if not isinstance(results, list):
        raise _fail("push answer has no results list")
    if len(results) != len(sent_op_ids):
        raise _fail(f"push answer has {len(results)} results for {len(sent_op_ids)} operations")
    out = []
    for i, (r, op_id) in enumerate(zip(results, sent_op_ids, strict=True)):
        if not isinstance(r, dict):
            raise _fail(f"result {i} is not an object")
        if r.get("op_id") != op_id:
            raise _fail(f"result {i} is for another operation")
        status = r.get("status")
        if status not in OP_STATUSES:
            raise _fail(f"result {i} has unknown status {str(status)[:40]!r}")
        recs = r.get("records", [])
        if not isinstance(recs, list):
            raise _fail(f"result {i}.records is not a list")
        confl = r.get("conflicts", [])
        if not isinstance(confl, list):
            raise _fail(f"result {i}.conflicts is not a list")
        conflicts = []
        for j, c in enumerate(confl):
            if not isinstance(c, dict) or not isinstance(c.get("field"), str):
                raise _fail(f"result {i}.conflicts[{j}] is malformed")
            base = c.get("base_revision")
            conflicts.append(
                FieldConflict(
                    entity=str(c.get("entity", r.get("entity"))),
                    entity_id=_ident(c.get("entity_id", r.get("entity_id")), f"conflict {j} entity_id"),
                    field=c["field"][:60],
                    client_value=c.get("client_value"),
                    server_value=c.get("server_value"),
                    base_revision=None if base is None else _int(base, "base_revision"),
                    server_revision=_int(c.get("server_revision"), "server_revision"),
                )
            )
        if status == "conflict" and not conflicts:
            raise _fail(f"result {i} says conflict but lists none")
        err = r.get("error")
        out.append(
            OpResult(
                op_id=op_id,
                status=str(status),
                records=[record_state(x, f"result {i}.records[{k}]") for k, x in enumerate(recs)],
                conflicts=conflicts,
                error=str(err)[:1000] if err is not None else None,
                raw=r,
            )
        )
    return out


def changes_page(body: ChangesResponse | dict[str, Any], since: int, limit: int) -> ChangesPage:
    changes: object = body.get("changes")
    if not isinstance(changes, list):
        raise _fail("change feed answer has no changes list")
    if len(changes) > limit:
        raise _fail("change feed answer is longer than asked")
    cursor = _int(body.get("cursor"), "cursor")
    has_more = body.get("has_more")
    if not isinstance(has_more, bool):
        raise _fail("has_more is not a boolean")
    if cursor < since:
        raise _fail("cursor went backwards")
    out = []
    last = since
    for i, c in enumerate(changes):
        if not isinstance(c, dict):
            raise _fail(f"change {i} is not an object")
        seq = _int(c.get("seq"), f"change {i}.seq", minimum=1)
        if seq <= last:
            raise _fail("change numbers are not increasing")
        last = seq
        out.append((seq, record_state(c, f"change {i}")))
    if changes and (cursor < last or (has_more and cursor != last)):
        raise _fail("cursor does not match the changes")
    if has_more and not changes:
        raise _fail("has_more without changes")
    return ChangesPage(changes=out, cursor=cursor, has_more=has_more)


def blobs_missing(body: BlobsMissingResponse | dict[str, Any], asked: list[str]) -> dict[str, int]:
    missing: object = body.get("missing")
    if not isinstance(missing, list):
        raise _fail("blob answer has no missing list")
    out: dict[str, int] = {}
    for m in missing:
        if not isinstance(m, dict) or m.get("sha256") not in asked:
            raise _fail("blob answer names a blob that was not asked for")
        out[str(m["sha256"])] = _int(m.get("offset", 0), "offset")
    return out


def blob_upload(body: BlobUploadResponse | dict[str, Any], sha: str, total: int) -> tuple[int, bool]:
    if body.get("sha256") != sha:
        raise _fail("upload answer is for another blob")
    offset = _int(body.get("offset"), "offset")
    complete = body.get("complete")
    if not isinstance(complete, bool) or offset > total:
        raise _fail("upload answer is inconsistent")
    return offset, complete
