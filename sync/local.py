"""The laptop side: reading the outbox and applying server records to the local store (desk_app's
SQLCipher store, through plain SQLAlchemy on its sessions).

Outbox states (``outbox_operation.state``; stable, the outbox screen and ``desk-app outbox`` read them):

- ``pending``: waiting to be sent;
- ``done``: applied or merged by the case store;
- ``conflict``: acknowledged with a conflict (both values are in the ``conflict`` table for a person);
- ``rejected``: final refusal, counted as "N refused". Either the case store refused the operation itself
  (a per-operation ``rejected`` answer) or the client parked it because every push containing it failed
  while the server was otherwise answering (``server_error``). The other operations go on either way.

``outbox_operation.result`` holds the case store's answer for the operation; for a ``rejected`` one it
always carries the reason as (see ``refusal``)::

    {"code": "invalid" | "forbidden" | "unknown_reference" | … | "server_error",
     "message": "text from the case store (or the client)",
     "params": {...},   # the server's parameters; for server_error {"http_status": 500, "server_code": "…"}
     "error": "<code>: <message>", …}

Conflicts: at most one open ``conflict`` row per field of a record (``add_field_conflict``); a status change
the case store did not apply because the case's status moved since its base is a conflict on the case's
``status`` (``status_change_not_applied`` removes the local status-change row and holds back its message to
the citizen)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Integer, String, Text, func, insert, select, text
from sqlalchemy.inspection import inspect
from sqlalchemy.orm import Session

from desk_app.store.models import (
    SYNCED,
    Address,
    Attachment,
    AuditEntry,
    Base,
    Case,
    Conflict,
    Notification,
    OutboxOperation,
    Person,
    StatusChange,
    SyncState,
    UTCDateTime,
)
from sync.errors import ProtocolError
from sync.protocol import FieldConflict, RecordState
from wire import schema

MODELS: dict[str, type[Base]] = SYNCED  # entity -> local model (the wire schema's feed types)
# Local-only columns the server never sets.
LOCAL_ONLY = {"rid"}
ALL_FIELDS = "*"


@dataclass(frozen=True)
class _Col:
    key: str
    kind: str  # datetime | str | int | bool | json
    nullable: bool
    has_default: bool = False

    @property
    def is_datetime(self) -> bool:
        return self.kind == "datetime"


MAX_TEXT = 100_000


def _kind(col_type: Any) -> str:
    if isinstance(col_type, UTCDateTime):
        return "datetime"
    if isinstance(col_type, Boolean):
        return "bool"
    if isinstance(col_type, Integer):
        return "int"
    if isinstance(col_type, String | Text):
        return "str"
    return "json"


_COLUMNS: dict[str, dict[str, _Col]] = {}


def columns(entity: str) -> dict[str, _Col]:
    cols = _COLUMNS.get(entity)
    if cols is None:
        mapper = inspect(MODELS[entity])
        cols = {}
        for attr in mapper.column_attrs:
            col = attr.columns[0]
            cols[attr.key] = _Col(
                attr.key,
                _kind(col.type),
                bool(col.nullable),
                col.default is not None or col.server_default is not None,
            )
        _COLUMNS[entity] = cols
    return cols


def _convert(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    """Server JSON → column values; unknown keys are ignored, bad datetimes become None or now."""
    out: dict[str, Any] = {}
    for key, col in columns(entity).items():
        if key in LOCAL_ONLY or key not in data:
            continue
        v = data[key]
        if col.is_datetime:
            if isinstance(v, str):
                try:
                    parsed = dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
                    v = parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
                except ValueError:
                    v = None
            elif not isinstance(v, dt.datetime):
                v = None
            if v is None and not col.nullable:
                v = dt.datetime.now(dt.UTC)
        elif v is not None:
            ok = (
                (col.kind == "str" and isinstance(v, str) and len(v) <= MAX_TEXT)
                or (col.kind == "int" and isinstance(v, int) and not isinstance(v, bool) and abs(v) < 2**62)
                or (col.kind == "bool" and isinstance(v, bool))
                or col.kind == "json"
            )
            if not ok:
                raise ProtocolError(
                    f"malformed record from the case store: {entity}.{key} has the wrong type"
                )
        out[key] = v
    return out


# -------------------------------------------------------------------------------------- sync_state


def get_state(s: Session, key: str, default: str | None = None) -> str | None:
    row = s.get(SyncState, key)
    return row.value if row is not None else default


def set_state(s: Session, key: str, value: str) -> None:
    row = s.get(SyncState, key)
    if row is None:
        s.add(SyncState(key=key, value=value))
    else:
        row.value = value


# ------------------------------------------------------------------------------------------ outbox


def pending_ops(s: Session, limit: int) -> list[OutboxOperation]:
    return list(
        s.scalars(
            select(OutboxOperation)
            .where(OutboxOperation.state == "pending")
            .order_by(OutboxOperation.seq)
            .limit(limit)
        )
    )


def op_to_wire(s: Session, op: OutboxOperation) -> dict[str, Any]:
    payload = dict(op.payload)
    if op.entity == "case_attachment" and op.action == "create":
        att = s.get(Attachment, payload.get("sha256"))
        if att is not None:
            payload["attachment"] = {"filename": att.filename, "mime": att.mime, "size": att.size}
    created = op.created_at
    return {
        "op_id": op.op_id,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "action": op.action,
        "base_revision": op.base_revision,
        "payload": json.loads(json.dumps(payload, default=_json_default)),
        "created_at": created.isoformat() if isinstance(created, dt.datetime) else None,
        "actor": op.actor,
    }


def _json_default(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    raise TypeError(f"cannot send {type(v).__name__}")


# SQLite's planner (no statistics) prefers the index on state, which walks every pending operation: after
# days offline, thousands per look-up. The operations of a few records are found through the index on their
# ids; the state is tested as an expression, which no index serves.
_PENDING_NOT_BY_STATE_INDEX = func.coalesce(OutboxOperation.state, "") == "pending"


def pending_fields(s: Session, entity: str, entity_id: str) -> set[str] | str:
    """Fields with local changes not yet acknowledged by the server (``ALL_FIELDS`` for a pending
    create): a server record must not overwrite them."""
    fields: set[str] = set()
    for op in s.scalars(
        select(OutboxOperation)
        .where(
            OutboxOperation.entity_id == entity_id,
            OutboxOperation.entity == entity,
            _PENDING_NOT_BY_STATE_INDEX,
        )
    ):
        if op.action == "create":
            return ALL_FIELDS
        changes = op.payload.get("changes") if isinstance(op.payload, dict) else None
        if isinstance(changes, dict):
            fields.update(changes)
    return fields


def pending_fields_map(s: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], set[str] | str]:
    """``pending_fields`` for many records in one query."""
    wanted = set(keys)
    out: dict[tuple[str, str], set[str] | str] = {}
    ids = sorted({k[1] for k in wanted})
    for i in range(0, len(ids), 500):
        rows = s.execute(
            select(
                OutboxOperation.entity,
                OutboxOperation.entity_id,
                OutboxOperation.action,
                OutboxOperation.payload,
            )
            .where(_PENDING_NOT_BY_STATE_INDEX, OutboxOperation.entity_id.in_(ids[i : i + 500]))
        ).all()
        for entity, eid, action, payload in rows:
            key = (entity, eid)
            if key not in wanted or out.get(key) == ALL_FIELDS:
                continue
            if action == "create":
                out[key] = ALL_FIELDS
                continue
            changes = payload.get("changes") if isinstance(payload, dict) else None
            cur = out.setdefault(key, set())
            if isinstance(changes, dict) and isinstance(cur, set):
                cur.update(changes)
    return out


def count_pending(s: Session) -> int:
    return int(s.scalar(select(func.count()).where(OutboxOperation.state == "pending")) or 0)


def count_state(s: Session, state: str) -> int:
    return int(s.scalar(select(func.count()).where(OutboxOperation.state == state)) or 0)


def count_open_conflicts(s: Session) -> int:
    return int(
        s.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))) or 0
    )


# ------------------------------------------------------------------------------------------- apply


class Parked(Exception):
    """A record whose parent (person, case, attachment) is not on this laptop yet."""


def _parent_model(parent: str) -> type[Base]:
    return Attachment if parent == schema.BLOB else MODELS[parent]


def _check_parents(s: Session, entity: str, values: dict[str, Any]) -> None:
    for parent, key in schema.PARENTS.get(entity, ()):
        v = values.get(key)
        if v is not None and s.get(_parent_model(parent), v) is None:
            raise Parked(f"{entity} needs {parent} {v}")


def apply_record(
    s: Session,
    rec: RecordState,
    reindex: set[str],
    pending: dict[tuple[str, str], set[str] | str] | None = None,
) -> bool:
    """Bring one server record into the local store; raises ``Parked`` (before changing anything) when
    a parent record is not on this laptop yet.

    - A record we already hold at this revision or newer is left alone (feeds may repeat).
    - Fields with pending local changes keep the local value: the outbox will send them, and the server
      merges or reports a conflict.
    """
    model = MODELS[rec.entity]
    values = _convert(rec.entity, rec.data)
    values["id"] = rec.id
    has_revision = "revision" in columns(rec.entity)
    values.pop("revision", None)
    obj = s.get(model, rec.id)
    changed: set[str] | None = None  # None: a new record
    if obj is None:
        _check_parents(s, rec.entity, values)
        if rec.entity == "person":
            nn = values.get("national_number")
            if nn and s.scalar(select(Person.id).where(Person.national_number == nn)) is not None:
                other = s.scalar(select(Person.id).where(Person.national_number == nn))
                # Two laptops registered the same citizen: keep both, surface it for a person to merge.
                values["national_number"] = None
                add_conflict(s, "person", rec.id, "national_number", other, nn, None, rec.revision)
            values["rid"] = int(s.scalar(select(func.coalesce(func.max(Person.rid), 0))) or 0) + 1
            values.setdefault("surname", "")
        if rec.entity == "case" and values.get("case_number"):
            clash = s.scalar(select(Case).where(Case.case_number == values["case_number"], Case.id != rec.id))
            if clash is not None:
                values["case_number"] = None
        if has_revision:
            values["revision"] = rec.revision
        obj = model(**{k: v for k, v in values.items() if v is not None or columns(rec.entity)[k].nullable})
        s.add(obj)
        s.flush()
    else:
        if has_revision and int(getattr(obj, "revision", 0) or 0) >= rec.revision:
            return True
        held = (
            pending_fields(s, rec.entity, rec.id)
            if pending is None
            else pending.get((rec.entity, rec.id), set())
        )
        changed = set()
        if held != ALL_FIELDS:
            _check_parents(s, rec.entity, {k: v for k, v in values.items() if getattr(obj, k, None) != v})
            for k, v in values.items():
                if k == "id" or k in held:
                    continue
                if v is None and not columns(rec.entity)[k].nullable:
                    continue
                if getattr(obj, k) != v:
                    setattr(obj, k, v)
                    changed.add(k)
        if has_revision:
            obj.revision = rec.revision  # type: ignore[attr-defined]
    # The type-ahead index only changes with what it holds (an intake's own records coming back from the
    # server with their revision change nothing in it).
    if rec.entity == "person" and (changed is None or changed & _PERSON_INDEXED):
        reindex.add(rec.id)
    elif rec.entity == "address" and values.get("person_id") and (changed is None or changed & _ADDRESS_INDEXED):
        reindex.add(str(values["person_id"]))
    return True


_PERSON_INDEXED = {"surname", "given_names", "national_number"}  # desk_app.services.search.person_index_text
_ADDRESS_INDEXED = {"street_and_number", "postal_code", "municipality", "valid_from", "person_id"}


_PARENTS = schema.PARENTS
_EMPTY = {"str": "", "int": 0, "bool": False, "json": {}}
_RANK = schema.DEPTH  # parents before their children


def _existing_ids(s: Session, model: type[Base], ids: set[str]) -> set[str]:
    pk = inspect(model).primary_key[0]  # id, or an attachment's sha256
    out: set[str] = set()
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        out.update(s.scalars(select(pk).where(pk.in_(ordered[i : i + 500]))))
    return out


def apply_page(
    s: Session,
    records: list[RecordState],
    reindex: set[str],
    pending: dict[tuple[str, str], set[str] | str],
) -> tuple[list[RecordState], list[RecordState]]:
    """Apply a page of server records with few statements: records new to this laptop are inserted in
    bulk, known ones go through ``apply_record``. Returns (applied, parked)."""
    latest: dict[tuple[str, str], RecordState] = {}
    for rec in records:
        rkey = (rec.entity, rec.id)
        if rkey not in latest or latest[rkey].revision <= rec.revision:
            latest[rkey] = rec
    by_entity: dict[str, set[str]] = {}
    for entity, rid in latest:
        by_entity.setdefault(entity, set()).add(rid)
    known: set[tuple[str, str]] = set()
    for entity, ids in by_entity.items():
        known.update((entity, rid) for rid in _existing_ids(s, MODELS[entity], ids))
    new = [r for k, r in latest.items() if k not in known]
    converted = {(r.entity, r.id): _convert(r.entity, r.data) for r in new}
    # Which parents exist (locally, or arrive in this page)?
    wanted: dict[str, set[str]] = {}
    for r in new:
        for parent, key in _PARENTS.get(r.entity, ()):
            v = converted[(r.entity, r.id)].get(key)
            wanted.setdefault(parent, set())
            if v is not None:
                wanted[parent].add(str(v))
    present = {p: _existing_ids(s, _parent_model(p), ids) if ids else set() for p, ids in wanted.items()}
    for parent in present:
        present[parent] |= by_entity.get(parent, set())
    applied: list[RecordState] = []
    parked: list[RecordState] = []
    rows: dict[str, list[dict[str, Any]]] = {}
    next_rid = int(s.scalar(select(func.coalesce(func.max(Person.rid), 0))) or 0) + 1
    numbers = {
        str(v["national_number"])
        for (e, _), v in converted.items()
        if e == "person" and v.get("national_number")
    }
    # Rows unpacked one by one: ``dict(result)`` reads a SQLAlchemy 2.1 ``Result`` as a mapping (it has
    # ``keys()``) and fails.
    taken_nn: dict[str, str] = {}
    if numbers:
        for nn, pid in s.execute(
            select(Person.national_number, Person.id).where(Person.national_number.in_(sorted(numbers)))
        ).all():
            taken_nn[str(nn)] = str(pid)
    case_numbers = {
        str(v["case_number"]) for (e, _), v in converted.items() if e == "case" and v.get("case_number")
    }
    taken_cn = (
        set(s.scalars(select(Case.case_number).where(Case.case_number.in_(sorted(case_numbers)))))
        if case_numbers
        else set()
    )
    for r in sorted(new, key=lambda x: _RANK[x.entity]):
        values = converted[(r.entity, r.id)]
        if any(
            values.get(key) is not None and str(values[key]) not in present[parent]
            for parent, key in _PARENTS.get(r.entity, ())
        ):
            parked.append(r)
            continue
        values["id"] = r.id
        cols = columns(r.entity)
        if "revision" in cols:
            values["revision"] = r.revision
        if r.entity == "person":
            values["rid"] = next_rid
            next_rid += 1
            nn = values.get("national_number")
            if nn:
                if nn in taken_nn:
                    # Two laptops registered the same citizen: keep both, surface it for a person to merge.
                    add_conflict(s, "person", r.id, "national_number", taken_nn[nn], nn, None, r.revision)
                    values["national_number"] = None
                else:
                    taken_nn[nn] = r.id
            reindex.add(r.id)
        if r.entity == "address" and values.get("person_id"):
            reindex.add(str(values["person_id"]))
        if r.entity == "case" and values.get("case_number"):
            if values["case_number"] in taken_cn:
                values["case_number"] = None
            else:
                taken_cn.add(values["case_number"])
        for key, col in cols.items():
            if key == "rid":
                continue
            if values.get(key) is None and not col.nullable:
                if col.has_default:
                    values.pop(key, None)
                else:
                    values[key] = dt.datetime.now(dt.UTC) if col.is_datetime else _EMPTY[col.kind]
        rows.setdefault(r.entity, []).append(values)
        applied.append(r)
    for entity in sorted(rows, key=lambda e: _RANK.get(e, 3)):
        s.execute(insert(MODELS[entity]), rows[entity])
    for k, r in latest.items():
        if k in known:
            try:
                apply_record(s, r, reindex, pending)
                applied.append(r)
            except Parked:
                parked.append(r)
    return applied, parked


def reindex_persons(s: Session, person_ids: Iterable[str]) -> None:
    """Refresh the type-ahead index of these persons (few statements for many persons)."""
    from types import SimpleNamespace

    from desk_app.services.search import index_names, person_index_text

    s.flush()
    ids = sorted(set(person_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        people = s.execute(
            select(Person.id, Person.rid, Person.surname, Person.given_names, Person.national_number).where(
                Person.id.in_(chunk)
            )
        ).all()
        addrs: dict[str, list[Any]] = {}
        for a in s.execute(
            select(Address.person_id, Address.street_and_number, Address.postal_code, Address.municipality)
            .where(Address.person_id.in_(chunk))
            .order_by(Address.valid_from.desc())
        ):
            addrs.setdefault(a.person_id, []).append(a)
        rows = []
        for p in people:
            ns = SimpleNamespace(
                surname=p.surname or "", given_names=p.given_names or "", national_number=p.national_number
            )
            name, rest = person_index_text(ns, addrs.get(p.id, []))  # type: ignore[arg-type]
            rows.append({"rid": p.rid, "name": name, "rest": rest})
        if rows:
            s.execute(text("DELETE FROM person_search WHERE rowid = :rid"), [{"rid": r["rid"]} for r in rows])
            s.execute(text("INSERT INTO person_search(rowid, name, rest) VALUES (:rid, :name, :rest)"), rows)
            index_names(s, [(p.rid, p.surname or "", p.given_names or "") for p in people])


def add_conflict(
    s: Session,
    entity: str,
    entity_id: str,
    field: str,
    local_value: Any,
    server_value: Any,
    base_revision: int | None,
    server_revision: int | None,
) -> None:
    s.add(
        Conflict(
            id=str(uuid.uuid4()),
            entity=entity,
            entity_id=entity_id,
            field=field[:60],
            local_value=local_value,
            server_value=server_value,
            base_revision=base_revision,
            server_revision=server_revision,
        )
    )


def add_field_conflict(s: Session, c: FieldConflict) -> bool:
    """Keep a conflict the case store reported; True when it is new. One open conflict per field of a
    record: a second report of the same field (a case's status carried by both its update and its status
    change) brings the open one up to date, so a person decides once."""
    open_one = s.scalars(
        select(Conflict).where(
            Conflict.entity == c.entity,
            Conflict.entity_id == c.entity_id,
            Conflict.field == c.field[:60],
            Conflict.resolved_at.is_(None),
        )
    ).first()
    if open_one is not None:
        open_one.local_value = c.client_value
        open_one.server_value = c.server_value
        open_one.server_revision = c.server_revision
        return False
    add_conflict(
        s, c.entity, c.entity_id, c.field, c.client_value, c.server_value, c.base_revision, c.server_revision
    )
    return True


def status_change_not_applied(s: Session, status_change_id: str) -> None:
    """The case store kept another status (a conflict): the laptop's status-change row goes (the case's
    history matches the case store's again; the conflict row keeps the laptop's status) and a message to the
    citizen about it that was not handed over yet is held back (``refused``)."""
    from desk_app.services.notifications import outbox_op_id

    row = s.get(StatusChange, status_change_id)
    if row is not None:
        s.delete(row)
    for note in s.scalars(select(Notification).where(Notification.status_change_id == status_change_id)):
        if note.state in ("to_print", "to_call", "queued"):
            note.state = "refused"
    # Its e-mail/SMS, when not sent yet (the case store refuses it anyway: ``status_not_applied``), belongs
    # to the conflict rather than to the refusals.
    message = s.scalars(
        select(OutboxOperation).where(OutboxOperation.op_id == outbox_op_id(status_change_id))
    ).first()
    if message is not None and message.state == "pending":
        why = "its status change was not applied: the case's status is in conflict"
        message.state = "conflict"
        message.result = {"op_id": message.op_id, "status": "conflict", "code": "status_not_applied",
                          "message": why, "params": {"status_change_id": status_change_id},
                          "error": f"status_not_applied: {why}"}


# ------------------------------------------------------------------------------------------ refusals

SERVER_ERROR = "server_error"


def refusal(raw: dict[str, Any]) -> dict[str, Any]:
    """A per-operation answer ``rejected`` as stored: the answer with ``code``, ``message`` and ``params``
    (from the answer's own keys, else from its ``error`` text ``"<code>: <message>"``)."""
    err = raw.get("error")
    text_ = str(err) if err is not None else ""
    head, sep, tail = text_.partition(": ")
    parsed = bool(sep) and head.replace("_", "").isalnum() and head.islower()
    code = raw.get("code") if isinstance(raw.get("code"), str) and raw.get("code") else (head if parsed else "")
    message = raw.get("message") if isinstance(raw.get("message"), str) else (tail if parsed else text_)
    params = raw.get("params") if isinstance(raw.get("params"), dict) else {}
    return {**raw, "code": code or "refused", "message": message, "params": params}


def refuse_operation(s: Session, op: OutboxOperation, code: str, message: str, params: dict[str, Any]) -> None:
    """The case store refused something this operation needs outside ``/v1/push`` (a document's upload):
    final for this operation alone, stored like a per-operation ``rejected`` answer."""
    op.state = "rejected"
    op.result = refusal({
        "op_id": op.op_id, "status": "rejected", "entity": op.entity, "entity_id": op.entity_id,
        "records": [], "conflicts": [], "code": code, "message": message, "params": params,
        "error": f"{code}: {message}",
    })
    if op.entity == "notification":
        mark_notification(s, op.entity_id, "refused")


def park_operation(s: Session, op: OutboxOperation, http_status: int, server_code: str, message: str) -> None:
    """Set aside an operation that the case store fails on every time (``server_error``, final: the others
    go on; a person re-submits or discards it)."""
    op.state = "rejected"
    op.result = {
        "op_id": op.op_id,
        "status": "rejected",
        "entity": op.entity,
        "entity_id": op.entity_id,
        "records": [],
        "conflicts": [],
        "code": SERVER_ERROR,
        "message": message,
        "params": {"http_status": http_status, "server_code": server_code},
        "error": f"{SERVER_ERROR}: {message}",
        "parked_by": "client",
    }
    if op.entity == "notification":
        mark_notification(s, op.entity_id, "refused")


# ------------------------------------------------------------------------------------------- audit


def audit_after(s: Session, after_id: int, limit: int) -> list[dict[str, Any]]:
    rows = s.scalars(select(AuditEntry).where(AuditEntry.id > after_id).order_by(AuditEntry.id).limit(limit))
    return [
        {
            "id": r.id,
            "at": r.at.isoformat() if isinstance(r.at, dt.datetime) else None,
            "actor": r.actor,
            "action": r.action,
            "person_id": r.person_id,
            "case_id": r.case_id,
            "contact_id": r.contact_id,
            "detail": r.detail,
        }
        for r in rows
    ]


def mark_notification(s: Session, notification_id: str, state: str) -> None:
    note = s.get(Notification, notification_id)
    if note is not None:
        note.state = state
