"""Cases read and opened on demand (by id or official number)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casestore import roles
from casestore.models import Record, Subscription
from casestore.services.common import Principal, ServiceError, outside_caseload
from casestore.services.records import FeedWriter, emit_bundle, flush_feed
from casestore.services.visibility import case_visible, record_visible

log = logging.getLogger(__name__)


def subscribe(s: Session, p: Principal, case_id: str) -> dict[str, Any]:
    """Open a case on demand: it and its surroundings flow into this device's feed. A counter clerk or a
    coordinator may open any case (their work); outreach and theme-desk users only one already in their
    view (any other, existing or not, gets the same refusal). Logged either way."""
    if p.role not in (roles.COUNTER_CLERK, roles.COORDINATOR, roles.THEME_DESK, roles.OUTREACH):
        log.warning("%s (%s, device %s) may not open cases: refused %r", p.username, p.role, p.device_id, case_id)
        raise ServiceError(403, "forbidden", f"role {p.role} may not open cases")
    rec = s.get(Record, ("case", case_id))
    if rec is None:
        rec = s.scalar(
            select(Record).where(Record.entity == "case", Record.data["case_number"].as_string() == case_id)
        )
    if p.role in (roles.THEME_DESK, roles.OUTREACH) and (rec is None or not case_visible(s, p, rec.id)):
        log.warning("case %r outside the caseload of %s (%s, device %s): opening it refused",
                    case_id, p.username, p.role, p.device_id)
        raise outside_caseload()
    if rec is None:
        log.info("case %r opened by %s (device %s): no such case", case_id, p.username, p.device_id)
        raise ServiceError(404, "not_found", "no such case")
    log.info("case %s (%s) opened on demand by %s (%s, device %s)",
             rec.id, rec.data.get("case_number"), p.username, p.role, p.device_id)
    if s.get(Subscription, (p.device_id, rec.id)) is None:
        s.add(Subscription(device_id=p.device_id, case_id=rec.id))
    feed = FeedWriter()
    emit_bundle(s, feed, rec.id)
    flush_feed(s, feed)
    return {"case_id": rec.id}


def get_case(s: Session, p: Principal, case_id: str) -> dict[str, Any]:
    rec = s.get(Record, ("case", case_id))
    if rec is None or not record_visible(s, p, rec):
        raise ServiceError(404, "not_found", "no such case")
    history = s.scalars(
        select(Record).where(Record.entity == "status_change", Record.case_id == case_id)
    ).all()
    hist = sorted((h.data for h in history), key=lambda d: str(d.get("at") or ""))
    notes = s.scalars(select(Record).where(Record.entity == "notification", Record.case_id == case_id)).all()
    sent = sorted(
        ({k: n.data.get(k) for k in ("id", "status", "channel", "language", "delivery", "sent_at", "created_at",
                                     "delivery_error")}
         for n in notes),
        key=lambda d: str(d.get("created_at") or ""),
    )
    return {"id": rec.id, "revision": rec.revision, "data": rec.data, "status_history": hist,
            "notifications": sent}
