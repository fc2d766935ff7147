"""Routes of open citizen reports as points, for the laptops' offline duplicate check (issue 15), and which
report a laptop's intakes became.

- ``GET /v1/reports/points?since=&after=&limit=`` — the open reports (not sub-tasks) reported in the last
  12 weeks, as points without personal data; with ``since``, only those changed since then, with the ones
  that closed (``open: false``) so the laptop drops them. Pages by report id (``after`` = the previous page's
  ``next``); ``as_of`` is the case store's time when the first page was read: the next ``since``.
- ``GET /v1/reports/intakes?ids=a,b`` — the report each of the caller's pushed ``report_intake`` records
  became (its reference, status).

Everyone who takes reports (``wire.roles.REPORT_TAKERS``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from casestore import validation
from casestore.api_models import ERRORS
from casestore.deps import Auth, Tx
from casestore.models import utcnow
from casestore.models_reports import Report
from casestore.services import reports
from casestore.services.common import ServiceError, _aware
from casestore.services.report_intake import reference_of
from wire.reports import DUPLICATE_WINDOW

router = APIRouter()
IDS_PATTERN = r"^[A-Za-z0-9._:-]{1,64}(,[A-Za-z0-9._:-]{1,64}){0,99}$"
DESCRIPTION_CHARS = 120
MAX_LIMIT = 5000


class ReportPoint(BaseModel):
    id: str
    category: str
    lat: float
    lon: float
    created_at: dt.datetime
    open: bool
    status: str
    description: str


class ReportPoints(BaseModel):
    items: list[ReportPoint]
    next: str | None
    as_of: dt.datetime


class IntakeReference(BaseModel):
    intake_id: str
    id: str
    status: str | None
    open: bool | None


class IntakeReferences(BaseModel):
    items: list[IntakeReference]


def points(s: Session, since: dt.datetime | None, after: str | None, limit: int,
           now: dt.datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    q = select(Report.id, Report.category, Report.lat, Report.lon, Report.created_at, Report.is_open, Report.status,
               Report.description).where(
        Report.created_at >= now - DUPLICATE_WINDOW, Report.parent_id.is_(None), Report.lat.is_not(None),
        Report.lon.is_not(None))
    q = q.where(Report.is_open.is_(True) if since is None else Report.updated_at >= since)
    if after is not None:
        q = q.where(Report.id > after)
    rows = s.execute(q.order_by(Report.id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [{"id": r[0], "category": r[1], "lat": r[2], "lon": r[3], "created_at": _aware(r[4]), "open": bool(r[5]),
              "status": r[6], "description": (r[7] or "")[:DESCRIPTION_CHARS]} for r in rows]
    return {"items": items, "next": rows[-1][0] if more and rows else None, "as_of": now}


def _when(raw: str | None) -> dt.datetime | None:
    """An RFC 3339 date-time with its offset; 422 otherwise."""
    if raw is None:
        return None
    text = re.sub(r"(T\d\d:\d\d):60", r"\1:59", raw.strip().upper())  # a leap second: the second before it
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ServiceError(422, "bad_since", "since must be a date and time such as 2026-12-02T10:00:00+01:00") \
            from None
    if value.tzinfo is None:
        raise ServiceError(422, "bad_since", "since needs its UTC offset (Z or e.g. +01:00)")
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:  # year 1 with a positive offset
        return dt.datetime.min.replace(tzinfo=dt.UTC)


@router.get("/v1/reports/points", response_model=ReportPoints, responses=ERRORS, tags=["reports"])
def list_points(
    caller: Auth,
    store: Tx,
    since: Annotated[str | None, Query(max_length=64, description="only reports changed since (ISO 8601 / RFC 3339, "
                                              "with its offset)", json_schema_extra={"format": "date-time"})] = None,
    after: Annotated[str | None, Query(pattern=validation.ID_PATTERN, description="the previous page's next")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 1000,
) -> dict[str, Any]:
    """Open reports of the last 12 weeks as points (no personal data), for the laptops' duplicate check."""
    changed_since = _when(since)

    def work(s: Session) -> dict[str, Any]:
        reports.may_create(caller.principal(s))
        return points(s, changed_since, after, limit)

    return store.run_tx(work)


@router.get("/v1/reports/intakes", response_model=IntakeReferences, responses=ERRORS, tags=["reports"])
def intake_references(
    caller: Auth,
    store: Tx,
    ids: Annotated[str, Query(max_length=100 * 65, pattern=IDS_PATTERN,
                              description="intake (record) ids, comma-separated, at most 100")],
) -> dict[str, Any]:
    """Which report each of the caller's pushed intakes became (left out: not here, or someone else's)."""
    wanted = [i for i in ids.split(",") if i]
    if len(wanted) > 100 or not all(validation.is_id(i) for i in wanted):
        raise ServiceError(422, "bad_ids", "ids: at most 100 record ids, comma-separated")

    def work(s: Session) -> dict[str, Any]:
        return {"items": reference_of(s, caller.principal(s), wanted)}

    return store.run_tx(work)
