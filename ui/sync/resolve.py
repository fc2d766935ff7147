"""Deciding a conflict (Qt-free): both versions of a field; the person chooses which one stays.

After a conflict the local record holds the case store's value. "server" only closes the conflict;
"local" writes the laptop's value again as a new change (outbox), which the next sync sends."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desk_app.services import outbox
from desk_app.services.changes import ChangeSet
from desk_app.store.models import Conflict, utcnow


def open_conflicts(loket: Any) -> list[dict[str, Any]]:
    from desk_app.store.models import Case, Person

    with loket.store.read() as s:
        rows = s.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)).order_by(Conflict.created_at)).all()
        out = []
        for c in rows:
            title = c.entity_id
            if c.entity == "person":
                p = s.get(Person, c.entity_id)
                title = f"{p.given_names} {p.surname}" if p else title
            elif c.entity == "case":
                k = s.get(Case, c.entity_id)
                title = (k.case_number or k.track_code) if k else title
            out.append({"id": c.id, "entity": c.entity, "entity_id": c.entity_id, "field": c.field,
                        "local_value": c.local_value, "server_value": c.server_value, "title": title,
                        "created_at": c.created_at})
        return out


def resolve(loket: Any, conflict_id: str, choice: str) -> ChangeSet:
    if choice not in ("local", "server"):
        raise ValueError("choice must be 'local' or 'server'")
    from sync.local import MODELS

    with loket.store.write() as s:
        c = s.get(Conflict, conflict_id)
        if c is None or c.resolved_at is not None:
            raise ValueError("This conflict was already resolved.")
        c.resolved_at = utcnow()
        c.resolution = choice
        c.resolved_by = loket.actor
        entity, entity_id, field, value = c.entity, c.entity_id, c.field, c.local_value
        changes = ChangeSet(conflicts={c.id})
        if choice == "local" and (entity, field) == ("case", "status"):
            # A status is kept by a new status change based on the current one (history, citizen message).
            case = loket.cases.find(s, entity_id)
            if case is not None and case.status != value:
                changes.merge(loket.cases.change_status(s, loket.actor, case, str(value)))
        elif choice == "local" and entity != "person":
            model = MODELS[entity]
            obj = s.get(model, entity_id)
            if obj is not None and getattr(obj, field, None) != value:
                previous = {field: getattr(obj, field)}
                setattr(obj, field, value)
                outbox.record_update(s, entity, entity_id, {field: value}, previous,
                                     getattr(obj, "revision", None), loket.actor)
                changes.outbox += 1
                changes.merge(ChangeSet(cases={entity_id}) if entity == "case" else ChangeSet())
    if choice == "local" and entity == "person":
        changes.merge(loket.update_person(entity_id, **{field: value}))
    return changes
