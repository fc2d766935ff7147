"""The laptops' audit log: appended per device and entry id, listed for administrators."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casestore.models import AuditEntry
from casestore.services.common import Principal, ServiceError


def audit_push(s: Session, p: Principal, entries: list[dict[str, Any]]) -> dict[str, Any]:
    accepted = 0
    last = None
    for e in entries:
        try:
            local_id = int(e["id"])
            action = str(e["action"])
        except (KeyError, TypeError, ValueError) as err:
            raise ServiceError(
                422, "bad_audit_entry", "audit entries need an integer id and an action"
            ) from err
        exists = s.scalar(
            select(AuditEntry.id).where(AuditEntry.device_id == p.device_id, AuditEntry.local_id == local_id)
        )
        if exists is None:
            s.add(
                AuditEntry(
                    device_id=p.device_id,
                    local_id=local_id,
                    at=str(e.get("at") or "")[:40],
                    actor=p.username,  # who pushed it signed in; the laptop's claim is not evidence
                    action=action[:100],
                    person_id=_opt_str(e.get("person_id")),
                    case_id=_opt_str(e.get("case_id")),
                    contact_id=_opt_str(e.get("contact_id")),
                    detail=_opt_str(e.get("detail")),
                )
            )
            accepted += 1
        last = local_id if last is None else max(last, local_id)
    return {"accepted": accepted, "last_id": last}


def _opt_str(v: object) -> str | None:
    if v is None:
        return None
    return v if isinstance(v, str) else str(v)


def audit_list(s: Session, limit: int = 1000) -> list[dict[str, Any]]:
    rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).all()
    return [
        {
            "device_id": r.device_id,
            "local_id": r.local_id,
            "at": r.at,
            "actor": r.actor,
            "action": r.action,
            "person_id": r.person_id,
            "case_id": r.case_id,
            "contact_id": r.contact_id,
            "detail": r.detail,
        }
        for r in rows
    ]
