"""The transactional outbox: a change and the operation describing it are written together."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.services.records import to_dict, with_defaults
from desk_app.store.models import Base, OutboxOperation, utcnow


def record_create(session: Session, entity: str, obj: Base, actor: str) -> OutboxOperation:
    # the snapshot has what the flush will write; one flush at commit writes both
    op = OutboxOperation(**create_row(entity, obj, actor))
    session.add(op)
    return op


def create_row(entity: str, obj: Base, actor: str) -> dict[str, Any]:
    """The outbox row for a new record (also for a Core INSERT next to the record's own: cases.intake)."""
    with_defaults(obj)
    return {"op_id": str(uuid.uuid4()), "entity": entity, "entity_id": str(obj.id),  # type: ignore[attr-defined]
            "action": "create", "base_revision": None, "payload": to_dict(obj), "actor": actor,
            "created_at": utcnow(), "state": "pending"}


def record_update(
    session: Session,
    entity: str,
    entity_id: str,
    changes: dict[str, Any],
    previous: dict[str, Any],
    base_revision: int | None,
    actor: str,
) -> OutboxOperation:
    op = OutboxOperation(
        op_id=str(uuid.uuid4()),
        entity=entity,
        entity_id=entity_id,
        action="update",
        base_revision=base_revision,
        payload={"changes": changes, "previous": previous},
        actor=actor,
    )
    session.add(op)
    return op


def pending_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).where(OutboxOperation.state == "pending")) or 0)
