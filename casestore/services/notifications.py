"""E-mails and SMS for citizens: queued by a push, handed to the gateway after the commit."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casestore import gateway
from casestore.models import Record, utcnow
from casestore.services import report_messages
from casestore.services.common import Principal, ServiceError, outside_caseload
from casestore.services.records import FeedWriter, RecordState, _new_record, _state
from casestore.services.visibility import case_visible

log = logging.getLogger(__name__)


def _queue_notification(
    s: Session, p: Principal, feed: FeedWriter, op: dict[str, Any]
) -> tuple[str, list[RecordState], list[dict[str, Any]]]:
    """Store an e-mail/SMS for the gateway (``delivery: queued``); ``deliver_notifications`` hands it over
    after the commit. It is not a synced record: it never enters the change feed."""
    rid = op["entity_id"]
    if not gateway.valid_id(rid):  # the gateway names its files after it
        raise ServiceError(422, "bad_notification", "a notification's id must be a UUID")
    if _state(s, feed, "notification", rid) is not None:  # the same message queued again: keep the first
        return "applied", [], []
    data = {k: v for k, v in op["payload"].items() if k != "revision"}
    data["id"] = rid
    why = gateway.check(data)
    if why:
        raise ServiceError(422, "bad_notification", why)
    case_id = str(data["case_id"])
    if _state(s, feed, "case", case_id) is None:
        raise ServiceError(422, "unknown_reference", f"case {case_id} does not exist")
    if not case_visible(s, p, case_id, feed):
        raise outside_caseload()
    change_id = data.get("status_change_id")
    if isinstance(change_id, str) and _state(s, feed, "status_change", change_id) is None:
        # Its status change was not applied (a conflict, or refused): the citizen is not told of it.
        raise ServiceError(422, "status_not_applied", f"status change {change_id} was not applied")
    data["delivery"] = "queued"
    cols = {"case_id": case_id, "person_id": None, "department": None, "assignee": None}
    _new_record(feed, p, "notification", rid, data, cols)
    return "applied", [], []


def queued_notifications(s: Session, ids: Iterable[str] | None = None) -> list[str]:
    """Ids of notifications not yet handed to the gateway (all of them, or among ``ids``)."""
    q = select(Record.id).where(Record.entity == "notification",
                                Record.data["delivery"].as_string() == "queued")
    if ids is not None:
        wanted = list(ids)
        if not wanted:
            return []
        q = q.where(Record.id.in_(wanted))
    return list(s.scalars(q))


def deliver_notification(s: Session, gw: gateway.Gateway, nid: str) -> bool:
    """Hand one queued notification to the gateway and mark it sent (call in its own transaction).

    A message the gateway cannot take (any error but ``OSError``: e.g. a header it refuses) is parked:
    marked ``failed`` with the reason and logged, so that the messages after it are still delivered. An
    ``OSError`` (the gateway or its folder unreachable) leaves it queued and is raised: the next round
    tries again."""
    rec = s.get(Record, ("notification", nid), with_for_update=True)
    if rec is None or rec.data.get("delivery") != "queued":
        return False
    try:
        gw.send(rec.data)
    except OSError:
        raise
    except Exception as e:  # this message, not the gateway: park it
        reason = f"{type(e).__name__}: {e}"[:500]
        log.error("notification %s (case %s) cannot be delivered and is parked as failed: %s",
                  nid, rec.case_id, reason)
        rec.data = {**rec.data, "delivery": "failed", "delivery_error": reason, "failed_at": utcnow().isoformat()}
        rec.updated_at = utcnow()
        report_messages.notification_delivered(s, rec.data, "failed")
        return False
    rec.data = {**rec.data, "delivery": "sent", "sent_at": utcnow().isoformat()}
    rec.updated_at = utcnow()
    report_messages.notification_delivered(s, rec.data, "sent")  # a message to a citizen report's reporter
    return True
