"""The transactional outbox: a change and the operation describing it are written together."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.services.records import to_dict, with_defaults
from desk_app.store.models import Base, OutboxOperation, utcnow
from wire import roles

# session.info key: a callable giving the signed-in user's role (``Loket`` puts it on its store's write
# sessions). Every operation is checked against the role table the case store enforces, so a change the
# case store would refuse is refused here, before it is written.
ROLE = "loket.role"

_ENTITY_WORDS = {
    "person": "register or change a person", "address": "record an address", "case": "open or change a case",
    "status_change": "change a case's status", "contact_moment": "record a contact",
    "appointment": "plan an appointment", "note": "write a note", "case_attachment": "add a document",
    "notification": "send a message to the citizen", "report_intake": "take a citizen report",
}


class ActionNotAllowed(ValueError):
    """The signed-in role may not make this change (the case store would refuse it)."""

    def __init__(self, role: str, entity: str, action: str) -> None:
        self.role, self.entity, self.action = role, entity, action
        super().__init__(
            f"Your role ({role}) may not {action} {entity} records "
            f"({_ENTITY_WORDS.get(entity, entity)}); the case store would refuse it. Nothing was saved."
        )


def session_role(session: Session) -> str | None:
    get = session.info.get(ROLE)
    if get is None:
        return None
    return str(get() if callable(get) else get)


def require(session: Session, entity: str, action: str) -> None:
    """Raise ``ActionNotAllowed`` when the session's role may not push this operation."""
    role = session_role(session)
    if role is not None and not roles.may(role, entity, action):
        raise ActionNotAllowed(role, entity, action)


def record_create(session: Session, entity: str, obj: Base, actor: str) -> OutboxOperation:
    # the snapshot has what the flush will write; one flush at commit writes both
    op = OutboxOperation(**create_row(entity, obj, actor, session))
    session.add(op)
    return op


def create_row(entity: str, obj: Base, actor: str, session: Session | None = None) -> dict[str, Any]:
    """The outbox row for a new record (also for a Core INSERT next to the record's own: cases.intake);
    with the ``session``, checked against its role."""
    if session is not None:
        require(session, entity, "create")
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
    require(session, entity, "update")
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
