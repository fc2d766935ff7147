"""The laptop side: reading the outbox and applying server records to the local store (desk_app's
SQLCipher store, through plain SQLAlchemy on its sessions)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Integer, String, Text, func, select
from sqlalchemy.inspection import inspect
from sqlalchemy.orm import Session

from desk_app.services.search import index_person
from desk_app.store.models import (
    Address,
    Attachment,
    AuditEntry,
    Base,
    Case,
    CaseAttachment,
    Conflict,
    ContactMoment,
    Note,
    OutboxOperation,
    Person,
    StatusChange,
    SyncState,
    UTCDateTime,
)
from desk_app.store.models import Appointment as AppointmentModel
from sync.errors import ProtocolError
from sync.protocol import FieldConflict, RecordState

MODELS: dict[str, type[Base]] = {
    "person": Person,
    "address": Address,
    "case": Case,
    "status_change": StatusChange,
    "contact_moment": ContactMoment,
    "appointment": AppointmentModel,
    "note": Note,
    "case_attachment": CaseAttachment,
}
# Local-only columns the server never sets.
LOCAL_ONLY = {"rid"}
ALL_FIELDS = "*"


@dataclass(frozen=True)
class _Col:
    key: str
    kind: str  # datetime | str | int | bool | json
    nullable: bool

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
            cols[attr.key] = _Col(attr.key, _kind(col.type), bool(col.nullable))
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
                raise ProtocolError(f"malformed record from the case store: {entity}.{key} has the wrong type")
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
            select(OutboxOperation).where(OutboxOperation.state == "pending").order_by(OutboxOperation.seq).limit(limit)
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


def pending_fields(s: Session, entity: str, entity_id: str) -> set[str] | str:
    """Fields with local changes not yet acknowledged by the server (``ALL_FIELDS`` for a pending
    create): a server record must not overwrite them."""
    fields: set[str] = set()
    for op in s.scalars(
        select(OutboxOperation).where(
            OutboxOperation.entity_id == entity_id,
            OutboxOperation.entity == entity,
            OutboxOperation.state == "pending",
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
            select(OutboxOperation.entity, OutboxOperation.entity_id, OutboxOperation.action, OutboxOperation.payload)
            .where(OutboxOperation.state == "pending", OutboxOperation.entity_id.in_(ids[i : i + 500]))
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
    return int(s.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None))) or 0)


# ------------------------------------------------------------------------------------------- apply


class Parked(Exception):
    """A record whose parent (person, case, attachment) is not on this laptop yet."""


def _check_parents(s: Session, entity: str, values: dict[str, Any]) -> None:
    refs: list[tuple[type[Base], str]] = []
    if entity in ("case", "address", "contact_moment", "appointment", "note"):
        refs.append((Person, "person_id"))
    if entity in ("status_change", "case_attachment", "contact_moment", "appointment", "note"):
        refs.append((Case, "case_id"))
    if entity == "case_attachment":
        refs.append((Attachment, "sha256"))
    for model, key in refs:
        v = values.get(key)
        if v is not None and s.get(model, v) is None:
            raise Parked(f"{entity} needs {model.__tablename__} {v}")


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
            pending_fields(s, rec.entity, rec.id) if pending is None else pending.get((rec.entity, rec.id), set())
        )
        if held != ALL_FIELDS:
            _check_parents(s, rec.entity, {k: v for k, v in values.items() if getattr(obj, k, None) != v})
            for k, v in values.items():
                if k == "id" or k in held:
                    continue
                if v is None and not columns(rec.entity)[k].nullable:
                    continue
                if getattr(obj, k) != v:
                    setattr(obj, k, v)
        if has_revision:
            obj.revision = rec.revision  # type: ignore[attr-defined]
    if rec.entity == "person":
        reindex.add(rec.id)
    elif rec.entity == "address" and values.get("person_id"):
        reindex.add(str(values["person_id"]))
    return True


def reindex_persons(s: Session, person_ids: Iterable[str]) -> None:
    s.flush()
    for pid in person_ids:
        person = s.get(Person, pid)
        if person is not None:
            s.refresh(person, ["addresses"])
            index_person(s, person, list(person.addresses))


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


def add_field_conflict(s: Session, c: FieldConflict) -> None:
    add_conflict(
        s, c.entity, c.entity_id, c.field, c.client_value, c.server_value, c.base_revision, c.server_revision
    )


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
