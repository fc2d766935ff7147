"""Deciding a conflict: both versions of a field; the person chooses which one stays (``Loket.resolve_conflict``).

After a conflict the local record holds the case store's value. "server" only closes the conflict;
"local" writes the laptop's value again as a new change (outbox), which the next sync sends. Closing the
conflict and writing the value are one transaction: a value the desk refuses now (a person's field that no
longer validates) leaves the conflict open and nothing written."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.services import outbox, persons
from desk_app.services.cases import CaseService
from desk_app.services.changes import ChangeSet
from desk_app.services.refusals import MODELS
from desk_app.store.models import Case, Conflict, Person, utcnow

CHOICES = ("local", "server")


class ConflictInvalid(ValueError):
    """A choice the desk cannot take (unknown choice, a conflict already resolved)."""


def open_conflicts(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.created_at)).all()
    out = []
    for c in rows:
        title = c.entity_id
        if c.entity == "person":
            p = session.get(Person, c.entity_id)
            title = f"{p.given_names} {p.surname}" if p else title
        elif c.entity == "case":
            k = session.get(Case, c.entity_id)
            title = (k.case_number or k.track_code) if k else title
        out.append({"id": c.id, "entity": c.entity, "entity_id": c.entity_id, "field": c.field,
                    "local_value": c.local_value, "server_value": c.server_value, "title": title,
                    "created_at": c.created_at})
    return out


def resolve(session: Session, actor: str, cases: CaseService, conflict_id: str, choice: str) -> ChangeSet:
    """Close the conflict with ``choice`` and, for "local", write the laptop's value again (in ``session``)."""
    if choice not in CHOICES:
        raise ConflictInvalid("choice must be 'local' or 'server'")
    c = session.get(Conflict, conflict_id)
    if c is None or c.resolved_at is not None:
        raise ConflictInvalid("This conflict was already resolved.")
    c.resolved_at = utcnow()
    c.resolution = choice
    c.resolved_by = actor
    entity, entity_id, field, value = c.entity, c.entity_id, c.field, c.local_value
    changes = ChangeSet(conflicts={c.id})
    if choice != "local":
        return changes
    if entity == "person":
        p = session.get(Person, entity_id)
        if p is None:
            raise persons.PersonInvalid("unknown person")
        changes.merge(persons.update(session, actor, p, **{field: value}))
    elif (entity, field) == ("case", "status"):
        # A status is kept by a new status change based on the current one (history, citizen message).
        case = cases.find(session, entity_id)
        if case is not None and case.status != value:
            changes.merge(cases.change_status(session, actor, case, str(value)))
    else:
        obj = session.get(MODELS[entity], entity_id)
        if obj is not None and getattr(obj, field, None) != value:
            previous = {field: getattr(obj, field)}
            setattr(obj, field, value)
            outbox.record_update(session, entity, entity_id, {field: value}, previous,
                                 getattr(obj, "revision", None), actor)
            changes.outbox += 1
            if entity == "case":
                changes.merge(ChangeSet(cases={entity_id}))
    return changes
