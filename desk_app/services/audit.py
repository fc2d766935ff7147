"""The audit log: who opened, searched up or printed whose record, when."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desk_app.store.models import AuditEntry, utcnow

ACTIONS = {"open", "search", "print", "export", "card_read", "show"}


def log(
    session: Session,
    actor: str,
    action: str,
    *,
    person_id: str | None = None,
    case_id: str | None = None,
    contact_id: str | None = None,
    detail: str = "",
) -> None:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action}")
    session.add(
        AuditEntry(actor=actor or "unknown", action=action, person_id=person_id, case_id=case_id,
                   contact_id=contact_id, detail=detail[:500])
    )


def log_many(session: Session, actor: str, action: str, person_ids: Iterable[str], detail: str = "") -> None:
    now = utcnow()
    rows = [
        {"at": now, "actor": actor or "unknown", "action": action, "person_id": pid, "detail": detail[:500]}
        for pid in person_ids
    ]
    if rows:
        session.execute(insert(AuditEntry), rows)


def entries(session: Session, person_id: str | None = None, limit: int = 200) -> list[AuditEntry]:
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if person_id:
        q = q.where(AuditEntry.person_id == person_id)
    return list(session.scalars(q))
