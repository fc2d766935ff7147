"""Push: outbox operations applied in order, each exactly once per device (``push``).

The performance-critical path (docs/STATUS.md, issue 4): prebuilt Core statements, no ORM unit of work."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from casestore import roles, validation
from casestore.models import Conflict, utcnow
from casestore.services.address_register import places_from_push
from casestore.services.common import Principal, ServiceError, outside_caseload
from casestore.services.notifications import _queue_notification
from casestore.services.records import (
    _BLOB_EXISTS,
    _INSERT_APPLIED,
    _RECORDS_BY_ID,
    _RECORDS_BY_ID_LOCKED,
    _SEEN_OPS,
    FeedWriter,
    RecordState,
    _locked_state,
    _new_record,
    _state,
    emit_bundle,
    number_and_flush,
)
from casestore.services.visibility import case_visible, person_visible, record_visible


def _scope_columns(entity: str, rid: str, data: dict[str, Any]) -> dict[str, Any]:
    def _s(v: Any) -> str | None:
        return None if v is None else str(v)

    if entity == "person":
        return {"case_id": None, "person_id": rid, "department": None, "assignee": None}
    if entity == "case":
        return {
            "case_id": rid,
            "person_id": _s(data.get("person_id")),
            "department": _s(data.get("department")),
            "assignee": _s(data.get("assignee")),
        }
    assignee = data.get("assignee") or data.get("advisor") or data.get("staff")
    return {
        "case_id": _s(data.get("case_id")),
        "person_id": _s(data.get("person_id")),
        "department": _s(data.get("department")) if entity == "note" else None,  # a private note's (note_department)
        "assignee": _s(assignee),
    }


def _result(
    op: dict[str, Any],
    status: str,
    *,
    records: Iterable[RecordState] = (),
    conflicts: list[dict[str, Any]] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "op_id": op["op_id"],
        "status": status,
        "entity": op.get("entity"),
        "entity_id": op.get("entity_id"),
        "records": [
            {"entity": r.entity, "id": r.id, "revision": r.revision, "data": r.data} for r in records
        ],
        "conflicts": conflicts or [],
        "error": error,
    }


def note_department(p: Principal, data: dict[str, Any]) -> None:
    """A private note belongs to its author's department, whatever the laptop wrote; a note that is not
    private has none (``casestore.services.visibility.private_note_seen``)."""
    private = data.get("private", False)
    if not isinstance(private, bool):
        raise ServiceError(422, "bad_operation", "a note's 'private' is true or false")
    if private and not p.department:
        raise ServiceError(422, "private_note_without_department",
                           "a private note is kept for its author's department, and your account has none")
    data["private"] = private
    data["department"] = p.department if private else None


class _Retry(Exception):
    """Not final (e.g. attachment content not uploaded yet): answer, but do not remember the op."""


# The field of each record that names who did it: the server writes the signed-in user there.
ACTOR_FIELDS = {
    "status_change": "actor",
    "case": "created_by",
    "case_attachment": "added_by",
    "note": "author",
    "contact_moment": "staff",
}


def _check_links(
    s: Session, p: Principal, feed: FeedWriter, entity: str, cols: dict[str, Any], old: RecordState | None = None
) -> None:
    """The case and the person a new record (or a changed one, ``old``) points at must exist and be in the
    caller's view: a record linked to someone else's case or person would bring it into their feed."""
    if entity == "person":
        return
    case_id, person_id = cols["case_id"], cols["person_id"]
    if entity != "case" and case_id is not None and (old is None or case_id != old.case_id):
        if _state(s, feed, "case", case_id) is None:
            raise ServiceError(422, "unknown_reference", f"case {case_id} does not exist")
        if not case_visible(s, p, case_id, feed):
            raise outside_caseload()
    if person_id is not None and (old is None or person_id != old.person_id):
        if _state(s, feed, "person", person_id) is None:
            if entity == "case" or case_id is None:
                raise ServiceError(422, "unknown_reference", f"person {person_id} does not exist")
        elif not person_visible(s, p, person_id, feed):
            raise outside_caseload()


def _apply_create(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]]:
    entity, rid = op["entity"], op["entity_id"]
    if entity == "notification":
        return _queue_notification(s, p, feed, op)
    if entity == "report_intake":  # becomes a citizen report (or a "me too"); kept out of the feed
        from casestore.services.report_intake import PhotoMissing, apply_intake

        try:
            return apply_intake(s, p, feed, op)
        except PhotoMissing as e:
            raise _Retry(str(e)) from None
    data = dict(op["payload"])
    data["id"] = rid
    data.pop("revision", None)
    existing = _state(s, feed, entity, rid)
    if existing is not None:
        # Same record created twice under different op ids (e.g. a re-sent intake): keep the first, and
        # answer with it only whom it is visible to.
        if not record_visible(s, p, existing, feed):
            raise outside_caseload()
        return "applied", [existing], []
    actor_field = ACTOR_FIELDS.get(entity)
    if actor_field is not None:  # who did it is the signed-in user, whatever the laptop wrote
        data[actor_field] = p.username
    if entity == "note":
        note_department(p, data)
    cols = _scope_columns(entity, rid, data)
    touched: list[RecordState] = []
    if entity == "case":
        data["case_number"] = None  # assigned at the end of the transaction (number_and_flush)
    _check_links(s, p, feed, entity, cols)
    if entity == "case_attachment":
        sha = str(data.get("sha256") or data.get("attachment_sha256") or "")
        if s.connection().execute(_BLOB_EXISTS, {"sha": sha}).first() is None:
            raise _Retry(f"attachment {sha} not uploaded")
    if entity == "status_change" and cols["case_id"]:
        conflict = _status_conflict(s, p, feed, op, cols["case_id"], data)
        if conflict is not None:
            return conflict
    rec = _new_record(feed, p, entity, rid, data, cols)
    feed.touch(rec)
    touched.append(rec)
    if entity == "case":
        feed.unnumbered.append(rec)
    if entity == "status_change" and cols["case_id"]:
        case_ = _locked_state(s, feed, "case", cols["case_id"])
        if case_ is not None and case_.data.get("status") != data.get("status"):
            case_.data = {**case_.data, "status": data.get("status")}
            case_.revision += 1
            case_.updated_at = utcnow()
            case_.changed = True
            feed.touch(case_)
            touched.append(case_)
    if entity == "appointment" and cols["case_id"] and cols["assignee"]:
        emit_bundle(s, feed, cols["case_id"])
    return "applied", touched, []


def _status_conflict(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any], case_id: str, data: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]] | None:
    """A status change based on a status the case no longer has (``previous_status``: the case's status
    on the laptop when it was changed) is a conflict like any other field: the case keeps the server's
    status, the change is not stored, both values are kept (``cs_conflict``) for a person to decide."""
    base_status = data.get("previous_status")
    if base_status is None:  # an intake's first status, or a laptop that does not send its base
        return None
    case_ = _locked_state(s, feed, "case", case_id)
    if case_ is None:
        return None
    current = case_.data.get("status")
    if current in (base_status, data.get("status")):
        return None
    base = op.get("base_revision")
    conflict = {
        "entity": "case",
        "entity_id": case_id,
        "field": "status",
        "client_value": data.get("status"),
        "server_value": current,
        "base_revision": base if isinstance(base, int) and not isinstance(base, bool) else None,
        "server_revision": case_.revision,
    }
    s.add(Conflict(op_id=op["op_id"], entity="case", entity_id=case_id, field="status",
                   client_value=conflict["client_value"], server_value=current,
                   base_revision=conflict["base_revision"], server_revision=case_.revision, actor=p.username))
    return "conflict", [case_], [conflict]


def _apply_update(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]]:
    entity, rid = op["entity"], op["entity_id"]
    payload = op["payload"]
    changes_ = payload.get("changes")
    previous = payload.get("previous") or {}
    if not isinstance(changes_, dict) or not isinstance(previous, dict):
        raise ServiceError(422, "bad_operation", "update payload needs 'changes' (and 'previous') objects")
    if entity in roles.IMMUTABLE:
        raise ServiceError(422, "immutable", f"{entity} records cannot be changed")
    rec = _locked_state(s, feed, entity, rid)
    if rec is None:
        raise ServiceError(422, "unknown_record", f"{entity} {rid} does not exist")
    if not record_visible(s, p, rec, feed):
        raise outside_caseload()
    server_fields = {"id", "case_number", "revision", ACTOR_FIELDS.get(entity)}
    if entity == "note":
        server_fields |= {"private", "department"}  # set once, when the note is made (note_department)
    base = op.get("base_revision")
    current = rec.data
    new = dict(current)
    conflicts: list[dict[str, Any]] = []
    for fname, value in changes_.items():
        if fname in server_fields:
            continue
        if base is not None and base == rec.revision:
            new[fname] = value
            continue
        server_value = current.get(fname)
        if fname in previous and server_value != previous[fname] and server_value != value:
            # Both sides changed this field since the client's base: keep the server's, record both.
            conflicts.append(
                {
                    "entity": entity,
                    "entity_id": rid,
                    "field": fname,
                    "client_value": value,
                    "server_value": server_value,
                    "base_revision": base,
                    "server_revision": rec.revision,
                }
            )
        else:
            new[fname] = value
    touched: list[RecordState] = []
    if new != current:
        _check_links(s, p, feed, entity, _scope_columns(entity, rid, new), old=rec)
        if entity == "appointment":
            _booked_appointment_done(s, rec, current, new)
        old_cols = (rec.assignee, rec.department)
        rec.data = new
        rec.revision += 1
        rec.updated_at = utcnow()
        for k, v in _scope_columns(entity, rid, new).items():
            setattr(rec, k, v)
        rec.changed = True
        feed.touch(rec)
        touched.append(rec)
        if entity == "case" and (rec.assignee, rec.department) != old_cols:
            emit_bundle(s, feed, rid)
        if entity == "appointment" and rec.case_id and rec.assignee and rec.assignee != old_cols[0]:
            emit_bundle(s, feed, rec.case_id)
    else:
        touched.append(rec)
    for c in conflicts:
        s.add(
            Conflict(
                op_id=op["op_id"],
                entity=entity,
                entity_id=rid,
                field=c["field"],
                client_value=c["client_value"],
                server_value=c["server_value"],
                base_revision=c["base_revision"],
                server_revision=c["server_revision"],
                actor=p.username,
            )
        )
    status = "conflict" if conflicts else ("applied" if base == rec.revision - 1 else "merged")
    return status, touched, conflicts


def _booked_appointment_done(s: Session, rec: RecordState, current: dict[str, Any], new: dict[str, Any]) -> None:
    """An appointment booked at the case store (``cs_appointment``, ``casestore.services.appointments``) is
    moved, cancelled and checked in through its routes; a laptop's push may only mark it done (the advisor's
    consultation, issue 16), which is written there too, at the record's new revision."""
    from casestore.models_appointments import BOOKED, CHECKED_IN, DONE, Appointment

    booked = s.get(Appointment, rec.id, with_for_update=True)
    if booked is None:
        return  # an appointment only laptops know
    changed = {k for k in new.keys() | current.keys() if new.get(k) != current.get(k)}
    if changed != {"status"} or new.get("status") != DONE:
        raise ServiceError(422, "bad_operation", "a booked appointment is moved, cancelled or checked in through "
                                                 "/v1/appointments; a laptop may only mark it done")
    if booked.status not in (BOOKED, CHECKED_IN):
        raise ServiceError(409, "conflict", f"the appointment is {booked.status.replace('_', ' ')}: it cannot be "
                                            "marked done")
    booked.status = DONE
    booked.revision = rec.revision + 1  # the record's, once this update is applied
    booked.updated_at = utcnow()


_INVALID = "_invalid"  # key of a screened-out operation's reason (see _screen_op)


def _screen_op(op: dict[str, Any]) -> dict[str, Any]:
    """The operation itself, or, when its data cannot be stored (a control character anywhere, nesting,
    sizes: ``casestore.validation``), a stand-in that carries only its clean ids and the reason, so that
    nothing of it reaches the database and ``_validate_op`` rejects it alone."""
    problem = validation.operation_problem(op)
    if problem is None:
        return op
    entity, entity_id = op.get("entity"), op.get("entity_id")
    return {
        "op_id": op.get("op_id"),
        "entity": entity if entity in roles.ENTITIES else None,
        "entity_id": entity_id if validation.is_id(entity_id) else None,
        "action": None,
        "payload": None,
        _INVALID: problem,
    }


def _validate_op(op: dict[str, Any]) -> None:
    if op.get(_INVALID):
        raise ServiceError(422, "invalid", str(op[_INVALID]))
    for key in ("op_id", "entity", "entity_id", "action"):
        if not isinstance(op.get(key), str) or not op[key]:
            raise ServiceError(422, "bad_operation", f"operation needs a non-empty string {key!r}")
    if op["entity"] not in roles.ENTITIES:
        raise ServiceError(422, "unknown_entity", f"unknown entity {op['entity']!r}")
    if op["action"] not in ("create", "update"):
        raise ServiceError(422, "bad_operation", f"unknown action {op['action']!r}")
    if not isinstance(op.get("payload"), dict):
        raise ServiceError(422, "bad_operation", "payload must be an object")


def push(s: Session, p: Principal, ops: list[dict[str, Any]]) -> dict[str, Any]:
    """Apply a batch of operations, each exactly once; answer an op id this device sent before with its
    stored result (op ids are scoped to their device).

    No savepoints: every check happens before an operation changes anything, and everything is written
    in a few statements at the end. Two requests racing with the same op id (or record id) collide on a
    primary key; the loser's whole transaction is rolled back and retried by the caller
    (``IntegrityError``), and then finds the winner's stored answers.
    """
    ops = [_screen_op(o) for o in ops]  # bad data never reaches a statement: rejected per operation
    conn = s.connection()
    feed = FeedWriter(device=p.device_id)
    op_ids = [o["op_id"] for o in ops if isinstance(o.get("op_id"), str) and o["op_id"]]
    seen: dict[str, dict[str, Any]] = {}
    for i in range(0, len(op_ids), 500):
        seen.update((op_id, result) for op_id, result in conn.execute(
            _SEEN_OPS[conn.dialect.name], {"device": p.device_id, "ids": op_ids[i : i + 500]}))
    # Read the records the batch refers to in one statement. Records it will change (update targets,
    # cases getting a status) are locked now, in a fixed order, unless the batch itself creates them
    # (a re-sent record that exists after all is locked when it is changed: _locked_state).
    ref_ids: set[str] = set()
    lock_ids: set[str] = set()
    created: set[str] = set()
    for o in ops:
        if isinstance(o.get("entity_id"), str):
            ref_ids.add(o["entity_id"])
            if o.get("action") == "update":
                lock_ids.add(o["entity_id"])
            elif o.get("action") == "create":
                created.add(o["entity_id"])
        pl = o.get("payload")
        if isinstance(pl, dict):
            ref_ids.update(str(pl[k]) for k in ("person_id", "case_id") if isinstance(pl.get(k), str))
            if o.get("entity") == "status_change" and isinstance(pl.get("case_id"), str):
                lock_ids.add(pl["case_id"])
    lock_ids -= created
    dialect = conn.dialect.name
    for ids, lock in ((sorted(lock_ids), True), (sorted(ref_ids - lock_ids), False)):
        stmt = (_RECORDS_BY_ID_LOCKED if lock else _RECORDS_BY_ID)[dialect]
        for i in range(0, len(ids), 500):
            found = feed.load(conn.execute(stmt, {"ids": ids[i : i + 500]}))
            if lock:
                feed.locked.update((r.entity, r.id) for r in found)
    feed.loaded_ids = ref_ids
    results: list[dict[str, Any]] = []
    remembered: list[dict[str, Any]] = []
    _push_ops(s, p, feed, ops, seen, results, remembered)
    addresses = [(r.person_id, r.data) for r in feed.pending.values() if r.entity == "address"]
    if addresses:  # the persons' places for "residents of a zone" (issue 15): one look-up per address
        places_from_push(s, addresses)
    numbers = number_and_flush(s, feed)
    if numbers:
        for res in results:
            for r in res["records"]:
                if r["entity"] == "case" and r["id"] in numbers:
                    r["data"] = {**r["data"], "case_number": numbers[r["id"]]}
    if remembered:  # the stored answers, now complete: one pipelined statement
        conn.execute(_INSERT_APPLIED, remembered)
    return {"results": results}


def _push_ops(
    s: Session,
    p: Principal,
    feed: FeedWriter,
    ops: list[dict[str, Any]],
    seen: dict[str, dict[str, Any]],
    results: list[dict[str, Any]],
    remembered: list[dict[str, Any]],
) -> None:
    for op in ops:
        op_id = op.get("op_id")
        if isinstance(op_id, str) and op_id in seen:
            results.append({**seen[op_id], "duplicate": True})
            continue
        before, before_origin = dict(feed.pending), dict(feed.origin)
        remember = True
        try:
            _validate_op(op)
            if not roles.may(p.role, op["entity"], op["action"]):
                raise ServiceError(403, "forbidden", f"role {p.role} may not {op['action']} {op['entity']}")
            if op["action"] == "create":
                status, recs, conflicts = _apply_create(s, p, feed, op)
            else:
                status, recs, conflicts = _apply_update(s, p, feed, op)
            res = _result(op, status, records=recs, conflicts=conflicts)
        except _Retry as e:
            feed.pending, feed.origin = before, before_origin
            res, remember = _result(op, "retry", error=str(e)), False
        except ServiceError as e:
            feed.pending, feed.origin = before, before_origin
            res = _result(op, "rejected", error=f"{e.code}: {e.detail}")
            # Remember rejections too (a retry must get the same answer), unless the op has no usable id.
            remember = e.code != "bad_operation"
        if remember and isinstance(op_id, str) and op_id:
            remembered.append({"op_id": op_id, "device_id": p.device_id, "user_id": p.user_id, "at": utcnow(),
                               "result": res})
            seen[op_id] = res
        results.append({**res, "duplicate": False})
