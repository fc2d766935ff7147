"""The coordinator's lists of citizen reports (issue 15), each a page of report summaries ordered by
reference, paged by keyset (``after`` = the last reference of the previous page), with optional filters
on department, sub-category, main category and zone:

- ``new``: reports in the first status of the flow (``gemeld``): the queue to dispatch;
- ``overdue``: open reports past their deadline (the deadline's day itself is still in time);
- ``past_3x``: open reports past three times their term;
- ``reopened``: open reports reopened at least once;
- ``waiting``: reports waiting on a third party (``wacht_op_derde``);
- ``open``: every open report;
- ``mine``: the caller's own reports: those they took and those assigned to them, open or not.

"Today" is the Belgian local date. Sub-tasks are listed as reports of their own (their department works
them). Coordinators (``wire.roles.REPORT_DISPATCHERS``) read every list; front-line staff who take reports
(``REPORT_TAKERS``) read ``mine`` only.

Index use (``casestore/models_reports.py``, migration 0009): each page is read in id order from an index
whose leading column is the list's filter: ``new`` and ``waiting`` from (status, id); ``overdue``,
``past_3x`` (which also asks ``deadline < today``: ``deadline_3x`` is never earlier), ``reopened`` and ``open``
from (is_open, id); ``mine`` from (created_by, id) and (assigned_to, id).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from casestore.models import utcnow
from casestore.models_reports import Report, ReportReporter
from casestore.services import report_routing, reports
from casestore.services.common import Principal, ServiceError, _aware
from wire import geo
from wire import roles as wire_roles

LISTS = ("new", "overdue", "past_3x", "reopened", "waiting", "open", "mine")
DEFAULT_LIMIT = 100
MAX_LIMIT = 500


def may_read(p: Principal, name: str) -> None:
    if p.role in wire_roles.REPORT_DISPATCHERS:
        return
    if p.role in wire_roles.REPORT_TAKERS:
        if name == "mine":
            return
        raise ServiceError(403, "forbidden", f"the list {name!r} is the coordinators'; front-line staff read "
                                             "'mine' (the reports they took)")
    raise ServiceError(403, "forbidden", f"role {p.role} may not read lists of citizen reports")


def _conditions(name: str, p: Principal, today: dt.date) -> list[ColumnElement[bool]]:
    cats = reports.categories()
    if name == "new":
        return [Report.status == cats.first_status]
    if name == "overdue":
        return [Report.is_open.is_(True), Report.deadline < today]
    if name == "past_3x":
        return [Report.is_open.is_(True), Report.deadline < today, Report.deadline_3x < today]
    if name == "reopened":
        return [Report.is_open.is_(True), Report.reopened > 0]
    if name == "waiting":
        return [Report.status == reports.WAITING_STATUS]
    if name == "open":
        return [Report.is_open.is_(True)]
    if name == "mine":
        return [or_(Report.created_by == p.username, Report.assigned_to == p.username)]
    raise ServiceError(404, "unknown_list", f"there is no list {name!r} (lists: {', '.join(LISTS)})")


def _filters(department: str | None, category: str | None, main_category: str | None,
             zone: str | None) -> list[ColumnElement[bool]]:
    cats = reports.categories()
    out: list[ColumnElement[bool]] = []
    if department is not None:
        if department not in cats.departments:
            raise ServiceError(400, "unknown_department",
                               f"{department!r} is not a department (known: {', '.join(cats.departments)})")
        out.append(Report.department == department)
    if category is not None:
        if cats.sub(category) is None:
            raise ServiceError(400, "unknown_category", f"{category!r} is not a report category")
        out.append(Report.category == category)
    if main_category is not None:
        if main_category not in {m.code for m in cats.mains}:
            raise ServiceError(400, "unknown_category", f"{main_category!r} is not a main report category")
        out.append(Report.main_category == main_category)
    if zone is not None:
        if geo.default().sector(zone) is None and not report_routing.GRID_CELL.match(zone):
            raise ServiceError(400, "unknown_zone", f"{zone!r} is not a zone of the city nor a grid cell")
        out.append(Report.zone == zone)
    return out


def summary(rep: Report, reporters: int) -> dict[str, Any]:
    return {
        "id": rep.id, "category": rep.category, "main_category": rep.main_category,
        "department": rep.department, "assigned_to": rep.assigned_to, "external_party": rep.external_party,
        "priority": rep.priority, "status": rep.status, "open": rep.is_open, "zone": rep.zone,
        "address": rep.address, "lat": rep.lat, "lon": rep.lon, "created_at": _aware(rep.created_at).isoformat(),
        "deadline": rep.deadline.isoformat(), "deadline_3x": rep.deadline_3x.isoformat(),
        "reopened": rep.reopened or 0, "reporters": reporters, "channel": rep.channel, "parent_id": rep.parent_id,
        "description": rep.description,
    }


def report_list(
    s: Session,
    p: Principal,
    name: str,
    *,
    department: str | None = None,
    category: str | None = None,
    main_category: str | None = None,
    zone: str | None = None,
    limit: int = DEFAULT_LIMIT,
    after: str | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """One page of a list: ``{"items": [summary…], "next": <the reference to ask after> | None, "total": n}``
    (``total``: the whole list with its filters, every page)."""
    if name not in LISTS:
        raise ServiceError(404, "unknown_list", f"there is no list {name!r} (lists: {', '.join(LISTS)})")
    may_read(p, name)
    if not 1 <= limit <= MAX_LIMIT:
        raise ServiceError(400, "bad_limit", f"limit must be 1 to {MAX_LIMIT}")
    day = today or reports._local_date(utcnow())
    where = _conditions(name, p, day) + _filters(department, category, main_category, zone)
    total = s.scalar(select(func.count()).select_from(Report).where(*where)) or 0
    page_where = [*where, Report.id > after] if after is not None else where
    rows = list(s.scalars(select(Report).where(*page_where).order_by(Report.id).limit(limit + 1)).all())
    more = len(rows) > limit
    rows = rows[:limit]
    counts: dict[str, int] = {}
    if rows:
        counts = {rid: n for rid, n in s.execute(
            select(ReportReporter.report_id, func.count()).where(ReportReporter.report_id.in_([r.id for r in rows]))
            .group_by(ReportReporter.report_id)).all()}
    return {"items": [summary(r, counts.get(r.id, 0)) for r in rows],
            "next": rows[-1].id if more else None, "total": total}
