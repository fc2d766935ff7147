"""The outbox as a clerk sees it (Qt-free; the conflict screen and ``desk-app outbox`` use it): operations
waiting to be sent, and those the case store refused, each with the record it concerns, the server's reason
and what can be done about it:

- **re-submit** (after correcting the record): the operation goes back to *pending* with the record as it is
  now, under a new operation id (the case store answers a known id with its first answer);
- **discard**: the operation is removed and the local record goes back to what the case store has (an
  update's previous values; a record the case store never accepted is removed with what hangs under it);
  an audit entry says who discarded what, when and why.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, text
from sqlalchemy.inspection import inspect
from sqlalchemy.orm import Session

from desk_app.services import outbox
from desk_app.services.changes import ChangeSet
from desk_app.services.records import to_dict
from desk_app.store.models import (
    Address,
    Appointment,
    AuditEntry,
    Base,
    Case,
    CaseAttachment,
    ContactMoment,
    Note,
    Notification,
    OutboxOperation,
    Person,
    StatusChange,
    UTCDateTime,
)

if TYPE_CHECKING:
    from desk_app.app import Loket

REFUSED = "rejected"  # the outbox state of an operation the case store refused
# state names as shown (CLI, screen) → as stored; "parked": refused operations the client set aside because
# the case store failed on them every time (``server_error``, ``parked_by: client``), a subset of "refused"
STATES = {"pending": "pending", "refused": REFUSED, "conflict": "conflict", "parked": REFUSED, "done": "done"}
SHOWN = {"pending": "pending", REFUSED: "refused", "conflict": "conflict", "done": "done"}

MODELS: dict[str, type[Base]] = {
    "person": Person, "address": Address, "case": Case, "status_change": StatusChange,
    "contact_moment": ContactMoment, "appointment": Appointment, "note": Note,
    "case_attachment": CaseAttachment, "notification": Notification,
}

# What a refusal means and what to do, per reason code (the case store's ``ServiceError`` codes). The
# advice: "correct" (correct the record, then re-submit), "resubmit" (as it is, e.g. once the record it
# refers to is accepted), "discard", "ask" (a coordinator must do it; else discard).
REASONS: dict[str, tuple[str, str, str]] = {
    "forbidden": ("ask", "Your role may not make this change, or the record is outside your caseload.",
                  "Ask a coordinator to make the change; then discard it here."),
    "immutable": ("discard", "This record is history and cannot be changed.", "Discard the change."),
    "unknown_reference": ("resubmit", "It refers to a person or case the case store does not have yet.",
                          "Re-submit the person or case it refers to first, then re-submit this one."),
    "unknown_record": ("resubmit", "The record does not exist in the case store.",
                       "Re-submit the record's creation first, then this change; or discard it."),
    "invalid": ("correct", "The case store found the data invalid.", "Correct the record, then re-submit."),
    "bad_operation": ("correct", "The case store found the data invalid.", "Correct the record, then re-submit."),
    "bad_notification": ("correct", "The message for the citizen was not accepted (e-mail or phone number).",
                         "Correct the citizen's contact details, then re-submit."),
    "unknown_entity": ("discard", "The case store does not know this kind of record.",
                       "Discard the change and tell the helpdesk."),
    "conflict": ("correct", "Someone else changed the same record.",
                 "Check the record, correct it where needed, then re-submit."),
    "not_found": ("resubmit", "The case store could not find what the change refers to.",
                  "Re-submit once the record it refers to is in the case store; or discard it."),
    "server_error": ("resubmit", "The case store had a problem with this change.",
                     "Re-submit later; if it is refused again, tell the helpdesk."),
}
UNKNOWN_REASON = ("correct", "The case store refused this change.",
                  "Read the case store's message, correct the record, then re-submit; or discard it.")


class OutboxError(ValueError):
    """A re-submit or discard that cannot be done (the message says why, for the clerk; ``kind`` lets a
    screen say it in the clerk's language: gone | not_refused | no_reason | record_gone | accepted)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Reason:
    code: str
    message: str
    params: dict[str, Any]

    @property
    def advice(self) -> str:
        return REASONS.get(self.code, UNKNOWN_REASON)[0]

    @property
    def meaning(self) -> str:
        return REASONS.get(self.code, UNKNOWN_REASON)[1]

    @property
    def what_to_do(self) -> str:
        return REASONS.get(self.code, UNKNOWN_REASON)[2]


def reason_of(result: object) -> Reason | None:
    """The server's reason in a stored push answer: ``code``/``message``/``params`` when the answer has them,
    else the ``error`` text ``"<code>: <message>"`` the case store sends."""
    if not isinstance(result, dict):
        return None
    err = result.get("error")
    code = result.get("code") or result.get("reason")
    message = result.get("message")
    params = result.get("params")
    if isinstance(err, dict):
        code = code or err.get("code")
        message = message or err.get("message") or err.get("detail")
        params = params or err.get("params")
    elif isinstance(err, str) and err:
        head, sep, tail = err.partition(": ")
        if sep and head.replace("_", "").isalnum() and head.islower():
            code, message = code or head, message or tail
        else:
            message = message or err
    if not code and not message:
        return None
    return Reason(str(code or "unknown"), str(message or ""), dict(params) if isinstance(params, dict) else {})


# -------------------------------------------------------------------------------------- listing


def _person_name(p: Person | None) -> str | None:
    return f"{p.given_names or ''} {p.surname or ''}".strip() or None if p is not None else None


def _case_ref(c: Case) -> str:
    return c.case_number or c.track_code or f"L-{c.id[:8].upper()}"


_KIND = {"address": "Address", "contact_moment": "Contact", "appointment": "Appointment", "note": "Note",
         "case_attachment": "Document", "notification": "Message to the citizen", "report_intake": "Citizen report"}


def describe_record(s: Session, entity: str, entity_id: str, payload: dict[str, Any] | None = None
                    ) -> dict[str, Any]:
    """A human label of the record an operation concerns ("Case 2026-000123 · status planned", a person's
    name), its parts (for a screen that says it in the clerk's language: ``name``, ``case_ref``,
    ``case_type``, ``status``) and its person and case ids."""
    payload = payload or {}
    changed = payload.get("changes")
    data: dict[str, Any] = changed if isinstance(changed, dict) else payload
    model = MODELS.get(entity)
    obj = s.get(model, entity_id) if model is not None else None
    person_id = case_id = status = case_type = None
    case: Case | None = None
    if entity == "person":
        person_id = entity_id
    elif entity == "case":
        case = obj if isinstance(obj, Case) else None
        case_id = entity_id
        if data is not payload:
            status = data.get("status")  # a status change (or None: another change)
        else:
            case_type = case.case_type if case is not None else data.get("case_type")  # a new case
    else:
        case_id = getattr(obj, "case_id", None) or data.get("case_id")
        person_id = getattr(obj, "person_id", None) or data.get("person_id")
        case = s.get(Case, case_id) if case_id else None
        if entity == "status_change":
            status = getattr(obj, "status", None) or data.get("status")
    if case is not None:
        person_id = person_id or case.person_id
    person = s.get(Person, person_id) if person_id else None
    name = _person_name(person) or (
        " ".join(str(data.get(k) or "") for k in ("given_names", "surname")).strip() if entity == "person" else None
    ) or None
    case_ref = _case_ref(case) if case is not None else (str(case_id)[:8] if case_id else None)
    if entity == "person":
        label = name or entity_id
    elif entity in ("case", "status_change"):
        label = f"Case {case_ref}"
        if status:
            label += f" · status {status}"
        elif case_type:
            label += f" · {case_type}"
    else:
        where = f"Case {case_ref}" if case_ref else name
        label = _KIND.get(entity, entity) + (f" · {where}" if where else "")
    return {"label": label, "name": name, "case_ref": case_ref, "case_type": case_type, "status": status,
            "person_id": person_id, "case_id": case_id}


def list_operations(loket: Loket, states: Iterable[str] | None = ("pending", "refused", "conflict", "parked"),
                    limit: int | None = None) -> list[dict[str, Any]]:
    """Outbox operations in these (shown) states, oldest first, each with its record and reason."""
    stored = None if states is None else [STATES.get(x, x) for x in states]
    with loket.store.read() as s:
        q = select(OutboxOperation).order_by(OutboxOperation.seq)
        if stored is not None:
            q = q.where(OutboxOperation.state.in_(sorted(set(stored))))
        if limit is not None:
            q = q.limit(limit)
        out = []
        only_parked = states is not None and "parked" in states and "refused" not in states
        for op in s.scalars(q):
            parked = op.state == REFUSED and isinstance(op.result, dict) and op.result.get("parked_by") == "client"
            if only_parked and op.state == REFUSED and not parked:
                continue
            payload = op.payload if isinstance(op.payload, dict) else {}
            rec = describe_record(s, op.entity, op.entity_id, payload)
            reason = reason_of(op.result) if op.state == REFUSED else None
            changes = payload.get("changes")
            out.append({
                "op_id": op.op_id, "seq": op.seq, "state": SHOWN.get(op.state, op.state), "parked": parked,
                "entity": op.entity, "entity_id": op.entity_id, "action": op.action, **rec,
                "fields": sorted(changes) if op.action == "update" and isinstance(changes, dict) else [],
                "code": reason.code if reason else None, "message": reason.message if reason else None,
                "params": reason.params if reason else {}, "advice": reason.advice if reason else None,
                "meaning": reason.meaning if reason else None,
                "what_to_do": reason.what_to_do if reason else None,
                "created_at": op.created_at.isoformat() if isinstance(op.created_at, dt.datetime) else None,
                "actor": op.actor,
            })
        return out


def refused(loket: Loket) -> list[dict[str, Any]]:
    return list_operations(loket, ("refused",))


# -------------------------------------------------------------------------------------- actions


def _refused_op(s: Session, op_id: str) -> OutboxOperation:
    op = s.scalar(select(OutboxOperation).where(OutboxOperation.op_id == op_id))
    if op is None:
        raise OutboxError(f"There is no operation {op_id} in the outbox (already discarded or re-submitted?).",
                          "gone")
    if op.state != REFUSED:
        raise OutboxError(f"Operation {op_id} is {SHOWN.get(op.state, op.state)}, not refused: only refused "
                          "operations can be re-submitted or discarded.", "not_refused")
    return op


def _audit(s: Session, actor: str, action: str, op: OutboxOperation, rec: dict[str, Any], detail: str) -> None:
    s.add(AuditEntry(actor=actor or "unknown", action=action, person_id=rec.get("person_id"),
                     case_id=rec.get("case_id"), detail=detail[:500]))


def _what(op: OutboxOperation, rec: dict[str, Any]) -> str:
    reason = reason_of(op.result)
    why = f" (refused: {reason.code}: {reason.message})" if reason else ""
    return f"{op.action} {op.entity} {op.entity_id} «{rec['label']}», operation {op.op_id}{why}"


def resubmit(loket: Loket, op_id: str) -> ChangeSet:
    """Send a refused operation again, with the record as it is now (corrected or not)."""
    with loket.store.write() as s:
        op = _refused_op(s, op_id)
        outbox.require(s, op.entity, op.action)  # a role that may not make it would be refused again
        rec = describe_record(s, op.entity, op.entity_id, op.payload)
        obj = s.get(MODELS[op.entity], op.entity_id) if op.entity in MODELS else None
        if obj is None:
            raise OutboxError(f"«{rec['label']}» is no longer on this laptop; this change can only be discarded.",
                              "record_gone")
        payload = dict(op.payload) if isinstance(op.payload, dict) else {}
        if isinstance(obj, Notification):  # op.entity == "notification"
            obj.state = "queued"
        elif op.action == "create":
            payload = to_dict(obj)
        else:
            now = to_dict(obj)
            changes: dict[str, Any] = payload["changes"] if isinstance(payload.get("changes"), dict) else {}
            payload = {"changes": {k: now.get(k, v) for k, v in (changes or {}).items()},
                       "previous": payload.get("previous") or {}}
            if "revision" in now:
                op.base_revision = now["revision"]
        _audit(s, loket.actor, "resubmit", op, rec, "re-submitted " + _what(op, rec))
        op.payload = payload
        op.op_id = str(uuid.uuid4())
        op.state = "pending"
        op.result = None
        return ChangeSet(outbox=1, conflicts={f"refused:{op_id}"}, **_touched(rec))


def resubmit_all(loket: Loket) -> int:
    """Re-submit every refused operation the signed-in role may make; returns how many."""
    with loket.store.read() as s:
        ids = list(s.scalars(select(OutboxOperation.op_id).where(OutboxOperation.state == REFUSED)
                             .order_by(OutboxOperation.seq)))
    done = 0
    for op_id in ids:
        try:
            resubmit(loket, op_id)
            done += 1
        except (OutboxError, outbox.ActionNotAllowed):
            continue
    return done


def _touched(rec: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, set[str]] = {}
    if rec.get("person_id"):
        out["persons"] = {rec["person_id"]}
    if rec.get("case_id"):
        out["cases"] = {rec["case_id"]}
    return out


def _column_value(entity: str, key: str, value: Any) -> Any:
    col = inspect(MODELS[entity]).columns.get(key)
    if col is not None and isinstance(col.type, UTCDateTime) and isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return value


def _revert_update(s: Session, op: OutboxOperation) -> None:
    """Put back the values the record had before this change (the case store's), where nothing changed
    them since."""
    obj = s.get(MODELS[op.entity], op.entity_id) if op.entity in MODELS else None
    payload = op.payload if isinstance(op.payload, dict) else {}
    changes: dict[str, Any] = payload["changes"] if isinstance(payload.get("changes"), dict) else {}
    previous: dict[str, Any] = payload["previous"] if isinstance(payload.get("previous"), dict) else {}
    if obj is None:
        return
    now = to_dict(obj)
    for key, value in changes.items():
        if key in previous and now.get(key) == value:
            setattr(obj, key, _column_value(op.entity, key, previous[key]))
    if op.entity == "person":
        from desk_app.services.search import index_person

        s.flush()
        assert isinstance(obj, Person)
        index_person(s, obj, obj.addresses)


_CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (("address", "person_id"), ("case", "person_id"), ("contact_moment", "person_id"),
               ("appointment", "person_id"), ("note", "person_id")),
    "case": (("status_change", "case_id"), ("case_attachment", "case_id"), ("contact_moment", "case_id"),
             ("appointment", "case_id"), ("note", "case_id"), ("notification", "case_id")),
}


def _tree(s: Session, entity: str, rid: str, into: list[tuple[str, str]]) -> None:
    """The record and every local record that hangs under it (children first)."""
    for child, key in _CHILDREN.get(entity, ()):
        model = MODELS[child]
        for cid in s.scalars(select(model.id).where(getattr(model, key) == rid)):  # type: ignore[attr-defined]
            if (child, cid) not in into:
                _tree(s, child, cid, into)
    into.append((entity, rid))


def _status_pair(s: Session, op: OutboxOperation) -> OutboxOperation | None:
    """A status change is two operations (the case's new status, the status record): the other one, when
    it was refused as well."""
    payload = op.payload if isinstance(op.payload, dict) else {}
    if op.entity == "case" and op.action == "update":
        changes: dict[str, Any] = payload.get("changes") or {}
        if set(changes) != {"status"}:
            return None
        for other in s.scalars(select(OutboxOperation).where(
                OutboxOperation.entity == "status_change", OutboxOperation.state == REFUSED)):
            if (other.payload or {}).get("case_id") == op.entity_id and \
                    (other.payload or {}).get("status") == changes["status"]:
                return other
    if op.entity == "status_change" and op.action == "create":
        for other in s.scalars(select(OutboxOperation).where(
                OutboxOperation.entity == "case", OutboxOperation.entity_id == payload.get("case_id"),
                OutboxOperation.action == "update", OutboxOperation.state == REFUSED)):
            if (other.payload or {}).get("changes") == {"status": payload.get("status")}:
                return other
    return None


def discard(loket: Loket, op_id: str, reason: str) -> ChangeSet:
    """Remove a refused operation and bring the local record back to the case store's version; the audit
    log records who discarded what, when and why."""
    why = " ".join((reason or "").split())
    if not why:
        raise OutboxError("Give a reason for discarding the change (it is written to the audit log).", "no_reason")
    with loket.store.write() as s:
        op = _refused_op(s, op_id)
        rec = describe_record(s, op.entity, op.entity_id, op.payload)
        changes = ChangeSet(conflicts={f"refused:{op_id}"}, **_touched(rec))
        ops = [op]
        pair = _status_pair(s, op)
        if pair is not None:
            ops.append(pair)
        removed: list[tuple[str, str]] = []
        for o in ops:
            if o.action == "update":
                _revert_update(s, o)
            else:
                _tree(s, o.entity, o.entity_id, removed)
        if removed:
            ids = {rid for _e, rid in removed}
            accepted = s.scalar(select(OutboxOperation.op_id).where(
                OutboxOperation.entity_id.in_(ids), OutboxOperation.state.in_(("done", "conflict"))).limit(1))
            if accepted is not None:
                raise OutboxError(f"«{rec['label']}» has records the case store already accepted; discard is "
                                  "not possible here. Ask a coordinator.", "accepted")
            ops += [o for o in s.scalars(select(OutboxOperation).where(OutboxOperation.entity_id.in_(ids)))
                    if o not in ops]
        for o in ops:
            orec = rec if o is op else describe_record(s, o.entity, o.entity_id, o.payload)
            _audit(s, loket.actor, "discard", o, orec, f"discarded {_what(o, orec)}; reason: {why}")
            s.delete(o)
        s.flush()
        for entity, rid in removed:  # children first
            if entity == "person":
                row = s.get(Person, rid)
                if row is not None:
                    s.execute(text("DELETE FROM person_search WHERE rowid = :rid"), {"rid": row.rid})
                    s.execute(text("DELETE FROM person_name WHERE rid = :rid"), {"rid": row.rid})
            if entity == "status_change":
                _undo_status(s, rid)
            s.execute(delete(MODELS[entity]).where(MODELS[entity].id == rid))  # type: ignore[attr-defined]
            if entity == "person":
                changes.persons.add(rid)
            elif entity == "case":
                changes.cases.add(rid)
        s.flush()
        s.expire_all()
        return changes


def _undo_status(s: Session, status_change_id: str) -> None:
    """A discarded status record: its case goes back to the status before it (when it is still the case's)."""
    sc = s.get(StatusChange, status_change_id)
    if sc is None:
        return
    case = s.get(Case, sc.case_id)
    if case is None or case.status != sc.status:
        return
    before = s.scalar(select(StatusChange.status).where(StatusChange.case_id == case.id,
                                                        StatusChange.id != sc.id)
                      .order_by(StatusChange.at.desc()).limit(1))
    if before is not None:
        case.status = before
