"""Citizen reports (meldingen): create, change status along the flow, change category (deadlines
recomputed), add a reporter ("me too"), split into sub-tasks, and the duplicate look-up.

The categories, terms, statuses and their flow are data (``resources/reports/categories.json``, loaded by
``wire.reports``). A report's deadline and 3× deadline are stored whenever its category is set or changed,
counted from the day it was reported (Belgian local date) with the working-day calendar
(``wire.calendar``: weekends and Belgian public holidays skipped) or in calendar days, as its term says.

Dispatch (issue 15): on create a report gets its ``zone`` (``wire.geo``: the city's sector, else a grid
cell), its ``deadline_10wd`` (ten working days, the city's second measure) and its route: department and
person from the routing rules (``casestore.services.report_routing``), applied again when its category or
location changes, unless a coordinator chose the route by hand (``route_pinned``; ``unroute`` lets the
rules decide again). A report forwarded to an external party waits on that party (``wacht_op_derde``).
Closing it stores ``closed_on`` (Belgian local date) and ``lead_seconds``; reopening it counts
``reopened`` and clears both, its deadlines stay the original ones. A status change may carry the client's
``request_id``: the same id again answers the first change, writes nothing; the id with another change: 409.

Every function runs inside the caller's transaction and raises ``ServiceError`` with a clear message;
nothing is written when it refuses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from casestore import roles
from casestore.models import utcnow
from casestore.models_reports import Report, ReportReporter, ReportStatusChange
from casestore.services import report_people, report_routing
from casestore.services.common import Principal, ServiceError, _aware
from casestore.services.records import bump_counter
from wire import geo
from wire import reports as catalogue
from wire.calendar import WorkingCalendar

CITY_TZ = ZoneInfo("Europe/Brussels")
CALENDAR = WorkingCalendar()
CREATORS = (roles.COUNTER_CLERK, roles.OUTREACH, roles.THEME_DESK, roles.COORDINATOR)
DISPATCHERS = (roles.COORDINATOR,)
CONTACT_CHANNELS = ("mail", "sms", "letter", "phone")
TEN_WORKING_DAYS = 10
WAITING_STATUS = "wacht_op_derde"  # waits on a third party (forward)


def categories() -> catalogue.Categories:
    return catalogue.default()


@dataclass(frozen=True, slots=True)
class ReporterIn:
    """Who reports: a known person, a contact (e-mail / phone / name), or nobody (anonymous)."""

    person_id: str | None = None
    email: str | None = None
    phone: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    language: str = "nl"
    contact_channel: str | None = None  # mail | sms | letter | phone; None: not to be told
    consent: bool = False  # may be contacted again about this topic

    @property
    def anonymous(self) -> bool:
        return not (self.person_id or self.email or self.phone)


def may_create(p: Principal) -> None:
    if p.role not in CREATORS:
        raise ServiceError(403, "forbidden", f"role {p.role} may not take or read citizen reports")


def may_dispatch(p: Principal) -> None:
    if p.role not in DISPATCHERS:
        raise ServiceError(403, "forbidden", f"role {p.role} may not dispatch citizen reports (coordinators do)")


def _local_date(t: dt.datetime) -> dt.date:
    return _aware(t).astimezone(CITY_TZ).date()


def _sub(code: str) -> catalogue.SubCategory:
    sub = categories().sub(code)
    if sub is None:
        raise ServiceError(400, "unknown_category", f"{code!r} is not a report category")
    return sub


def _set_category(rep: Report, sub: catalogue.SubCategory) -> None:
    start = _local_date(rep.created_at)
    rep.category, rep.main_category = sub.code, sub.main
    rep.priority = sub.priority
    if not rep.route_pinned:
        rep.department = sub.department
    rep.deadline = sub.term.deadline(CALENDAR, start)
    rep.deadline_3x = sub.term.deadline(CALENDAR, start, factor=3)


def _zone(lat: float | None, lon: float | None) -> str | None:
    return geo.default().zone_of(lat, lon) if lat is not None and lon is not None else None


def _apply_routing(rep: Report) -> None:
    """Department and person from the routing rules, unless a coordinator pinned the route."""
    if rep.route_pinned:
        return
    route = report_routing.default().route(rep.category, rep.zone)
    rep.department, rep.assigned_to = route.department, route.assigned_to


def _check_point(lat: float, lon: float) -> None:
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or lat != lat or lon != lon:
        raise ServiceError(400, "bad_location", "the location must be a WGS84 latitude (-90..90) and longitude "
                                                "(-180..180)")


def _check_reporter(r: ReporterIn) -> None:
    if r.language not in categories().languages:
        raise ServiceError(400, "bad_reporter",
                           f"language {r.language!r} is not one of {', '.join(categories().languages)}")
    if r.contact_channel is not None and r.contact_channel not in CONTACT_CHANNELS:
        raise ServiceError(400, "bad_reporter", f"contact channel must be one of {', '.join(CONTACT_CHANNELS)}")
    if r.anonymous and (r.consent or r.contact_channel):
        raise ServiceError(400, "bad_reporter",
                           "an anonymous reporter cannot be told or contacted again: give a person, e-mail "
                           "or phone number, or no contact channel and no consent")
    if r.person_id is None:
        needs = {"mail": r.email, "sms": r.phone, "phone": r.phone, "letter": None}
        if r.contact_channel is not None and not needs[r.contact_channel]:
            what = {"mail": "an e-mail address", "sms": "a phone number", "phone": "a phone number",
                    "letter": "a known person (for the address)"}[r.contact_channel]
            raise ServiceError(400, "bad_reporter", f"contact by {r.contact_channel} needs {what}")


def _add_reporter(s: Session, rep: Report, r: ReporterIn, by: str, *, me_too: bool) -> ReportReporter:
    _check_reporter(r)
    row = ReportReporter(report_id=rep.id, person_id=r.person_id, email=r.email, phone=r.phone,
                         first_name=r.first_name, last_name=r.last_name, language=r.language,
                         contact_channel=r.contact_channel, consent=r.consent, me_too=me_too, added_by=by,
                         added_at=utcnow())
    report_people.stamp(s, rep, row)  # who the reporter is, the report's topic (the engaged citizens)
    s.add(row)
    return row


def _history(s: Session, rep: Report, previous: str | None, status: str, by: str, note: str | None,
             at: dt.datetime, request_id: str | None = None) -> ReportStatusChange:
    row = ReportStatusChange(report_id=rep.id, previous=previous, status=status, note=note,
                             tell_citizen=categories().statuses[status].tell_citizen, by=by, at=at,
                             request_id=request_id)
    s.add(row)
    # Messages to the reporters when this status tells the citizen (once per change and reporter; e-mail
    # and SMS to the gateway after the commit): casestore.services.report_messages.
    from casestore.services import report_messages

    s.flush()
    report_messages.tell_reporters(s, rep, row)
    return row


def _new_id(s: Session, at: dt.datetime) -> str:
    year = _local_date(at).year
    return f"M{year}-{bump_counter(s, f'report:{year}'):06d}"


def create_report(
    s: Session,
    by: str,
    *,
    category: str,
    description: str,
    lat: float | None,
    lon: float | None,
    channel: str,
    address: str | None = None,
    reporters: list[ReporterIn] | None = None,
    reported_at: dt.datetime | None = None,
    media_sha256: str | None = None,
    media_url: str | None = None,
    parent: Report | None = None,
) -> Report:
    """A new report in the first status of the flow (``gemeld``), with its deadlines and reporters (none or
    an anonymous one: nobody is told). A location is a WGS84 point, else at least an address (a report from
    Open311 may have only that). ``reported_at``: when the citizen reported it (a report taken on paper
    or offline), never in the future; by default now."""
    sub = _sub(category)
    if lat is not None and lon is not None:
        _check_point(lat, lon)
    elif lat is not None or lon is not None or not (address or "").strip():
        raise ServiceError(400, "bad_location", "a report needs its location: latitude and longitude, or an "
                                                "address")
    if channel not in catalogue.CHANNELS:
        raise ServiceError(400, "bad_channel", f"channel must be one of {', '.join(catalogue.CHANNELS)}")
    now = utcnow()
    at = _aware(reported_at).astimezone(dt.UTC) if reported_at is not None else now
    if at > now + dt.timedelta(minutes=5):
        raise ServiceError(400, "bad_date", "reported_at lies in the future")
    for r in reporters or []:
        _check_reporter(r)
    first = categories().first_status
    rep = Report(id=_new_id(s, at), description=description, lat=lat, lon=lon, address=address, channel=channel,
                 status=first, is_open=True, parent_id=parent.id if parent else None, media_sha256=media_sha256,
                 media_url=media_url,
                 created_by=by, created_at=at, updated_at=now, zone=_zone(lat, lon), route_pinned=False,
                 reopened=0, deadline_10wd=CALENDAR.add_working_days(_local_date(at), TEN_WORKING_DAYS))
    _set_category(rep, sub)
    _apply_routing(rep)
    s.add(rep)
    s.flush()
    for r in reporters or []:
        _add_reporter(s, rep, r, by, me_too=False)
    _history(s, rep, None, first, by, None, at)
    s.flush()
    return rep


def get_report(s: Session, report_id: str) -> Report:
    rep = s.get(Report, report_id)
    if rep is None:
        raise ServiceError(404, "not_found", f"no report {report_id}")
    return rep


def _locked(s: Session, report_id: str) -> Report:
    rep = s.scalar(select(Report).where(Report.id == report_id).with_for_update())
    if rep is None:
        raise ServiceError(404, "not_found", f"no report {report_id}")
    return rep


def _earlier_request(s: Session, report_id: str, status: str, note: str | None,
                     request_id: str | None) -> ReportStatusChange | None:
    """The change already made under ``request_id`` (the same change sent again), or ``None``; the id
    used for another change: 409."""
    if request_id is None:
        return None
    done = s.scalar(select(ReportStatusChange).where(ReportStatusChange.request_id == request_id))
    if done is None:
        return None
    if (done.report_id, done.status, done.note) != (report_id, status, note):
        raise ServiceError(409, "request_id_reused",
                           f"request id {request_id!r} was used for another change ({done.report_id} became "
                           f"{done.status}); give every change its own request id")
    return done


def change_status(s: Session, by: str, report_id: str, status: str, note: str | None = None,
                  request_id: str | None = None) -> Report:
    """Move a report along the flow; a step the flow does not allow is refused (409), nothing written.
    Closing stores ``closed_on`` (Belgian local date) and ``lead_seconds``; reopening counts ``reopened``
    and clears them (the deadlines stay). ``request_id``: the same change sent again answers the report
    as it is, without a new step; the id with another change: 409."""
    cats = categories()
    if status not in cats.statuses:
        raise ServiceError(400, "unknown_status", f"{status!r} is not a report status")
    rep = _locked(s, report_id)
    if _earlier_request(s, report_id, status, note, request_id) is not None:
        return rep
    if not cats.may_change(rep.status, status):
        allowed = ", ".join(cats.statuses[rep.status].next) or "none"
        raise ServiceError(409, "transition_refused",
                           f"a report that is {rep.status} cannot become {status} (allowed: {allowed})")
    now = utcnow()
    previous, was_open, rep.status = rep.status, rep.is_open, status
    rep.is_open = cats.statuses[status].open
    if status == cats.reopen_status:
        rep.reopened = (rep.reopened or 0) + 1
    if rep.is_open:
        rep.closed_at = rep.closed_on = rep.lead_seconds = None
    elif was_open:
        rep.closed_at, rep.closed_on = now, _local_date(now)
        rep.lead_seconds = max(0.0, (now - _aware(rep.created_at)).total_seconds())
    rep.updated_at = now
    _history(s, rep, previous, status, by, note, now, request_id)
    s.flush()
    return rep


def change_category(s: Session, by: str, report_id: str, category: str) -> Report:
    """Give a report another category: department, priority and both deadlines follow it."""
    sub = _sub(category)
    rep = _locked(s, report_id)
    _set_category(rep, sub)
    _apply_routing(rep)
    rep.updated_at = utcnow()
    s.flush()
    report_people.follow(s, rep)  # the reporters' copies of its category and zone
    return rep


def change_location(s: Session, by: str, report_id: str, lat: float, lon: float,
                    address: str | None = None) -> Report:
    """Another point (and address, when given): the zone is recomputed and the routing rules apply again,
    unless the route was chosen by hand."""
    _check_point(lat, lon)
    rep = _locked(s, report_id)
    rep.lat, rep.lon = lat, lon
    if address is not None:
        rep.address = address
    rep.zone = _zone(lat, lon)
    _apply_routing(rep)
    rep.updated_at = utcnow()
    s.flush()
    report_people.follow(s, rep)  # the reporters' copies of its category and zone
    return rep


def route_by_hand(s: Session, by: str, report_id: str, department: str, assigned_to: str | None = None) -> Report:
    """A coordinator chooses the department (and person): the rules leave the report alone from now on,
    also when its category or location changes, until ``unroute``."""
    if department not in categories().departments:
        raise ServiceError(400, "unknown_department",
                           f"{department!r} is not a department (known: {', '.join(categories().departments)})")
    rep = _locked(s, report_id)
    rep.department, rep.assigned_to, rep.route_pinned = department, assigned_to, True
    rep.updated_at = utcnow()
    s.flush()
    return rep


def unroute(s: Session, by: str, report_id: str) -> Report:
    """Undo a route chosen by hand: the routing rules (or the category's department) decide again."""
    rep = _locked(s, report_id)
    rep.route_pinned = False
    rep.department = _sub(rep.category).department
    _apply_routing(rep)
    rep.updated_at = utcnow()
    s.flush()
    return rep


def forward(s: Session, by: str, report_id: str, party: str, note: str | None = None) -> Report:
    """Hand a report to an external party (a utility, the region, the police): it waits on that party
    (``wacht_op_derde``, a step of the status flow; refused as any other step the flow does not allow)."""
    party = " ".join(party.split())
    if not party or len(party) > 200:
        raise ServiceError(400, "bad_party", "the external party must be a name of 1 to 200 characters")
    rep = _locked(s, report_id)
    if rep.status == WAITING_STATUS:
        raise ServiceError(409, "already_waiting",
                           f"{rep.id} waits on {rep.external_party or 'a third party'} already; change its status "
                           "first to forward it elsewhere")
    rep.external_party = party
    text = f"forwarded to {party}" + (f": {note}" if note else "")
    return change_status(s, by, report_id, WAITING_STATUS, text)


def add_reporter(s: Session, by: str, report_id: str, reporter: ReporterIn) -> Report:
    """Another citizen reports the same thing ("me too"): added to the report, told of its outcome."""
    rep = _locked(s, report_id)
    row = _add_reporter(s, rep, reporter, by, me_too=True)
    rep.updated_at = utcnow()
    s.flush()
    # they hear that their report was received (casestore.services.report_messages)
    from casestore.services import report_messages

    report_messages.tell_new_reporter(s, rep, row)
    return rep


def split(s: Session, by: str, report_id: str, category: str, description: str) -> Report:
    """A sub-task of a report for (usually) another department; a sub-task never has sub-tasks of its own."""
    parent = _locked(s, report_id)
    if parent.parent_id is not None:
        raise ServiceError(409, "subtask_of_subtask",
                           f"{parent.id} is itself a sub-task of {parent.parent_id}: split that report instead")
    return create_report(s, by, category=category, description=description, lat=parent.lat, lon=parent.lon,
                         channel=parent.channel, address=parent.address, parent=parent)


def nearby_open(
    s: Session,
    category: str,
    lat: float,
    lon: float,
    *,
    radius_m: float = catalogue.DUPLICATE_RADIUS_M,
    window: dt.timedelta = catalogue.DUPLICATE_WINDOW,
    now: dt.datetime | None = None,
) -> list[tuple[Report, float]]:
    """Open reports (not sub-tasks) of ``category`` within ``radius_m`` of the point, reported in the last
    ``window``, nearest first: a bounding box on the indexed (category, open, lat, lon) columns, then the
    exact great-circle distance."""
    _sub(category)
    _check_point(lat, lon)
    lat0, lat1, lon0, lon1 = catalogue.bounding_box(lat, lon, radius_m)
    since = (now or utcnow()) - window
    rows = s.scalars(
        select(Report).where(
            Report.category == category,
            Report.is_open.is_(True),
            Report.lat.between(lat0, lat1),
            Report.lon.between(lon0, lon1),
            Report.created_at >= since,
            Report.parent_id.is_(None),
        )
    ).all()
    found = [(r, catalogue.haversine_m(lat, lon, r.lat, r.lon)) for r in rows if r.lat is not None and r.lon is not None]
    return sorted(((r, d) for r, d in found if d <= radius_m), key=lambda x: (x[1], x[0].id))


def _iso(t: dt.datetime | None) -> str | None:
    return _aware(t).isoformat() if t is not None else None


def reporter_view(r: ReportReporter) -> dict[str, Any]:
    return {"person_id": r.person_id, "email": r.email, "phone": r.phone, "first_name": r.first_name,
            "last_name": r.last_name, "language": r.language, "contact_channel": r.contact_channel,
            "consent": r.consent, "me_too": r.me_too, "anonymous": not (r.person_id or r.email or r.phone),
            "added_at": _iso(r.added_at)}


def report_view(s: Session, rep: Report) -> dict[str, Any]:
    return report_views(s, [rep])[0]


def report_views(s: Session, reps: Sequence[Report]) -> list[dict[str, Any]]:
    """The views of several reports with three queries in all (reporters, histories, sub-tasks), e.g. the
    duplicates found near a point."""
    ids = [r.id for r in reps]
    reporters: dict[str, list[ReportReporter]] = {i: [] for i in ids}
    history: dict[str, list[ReportStatusChange]] = {i: [] for i in ids}
    children: dict[str, list[str]] = {i: [] for i in ids}
    if ids:
        for r in s.scalars(select(ReportReporter).where(ReportReporter.report_id.in_(ids))
                           .order_by(ReportReporter.id)):
            reporters[r.report_id].append(r)
        for h in s.scalars(select(ReportStatusChange).where(ReportStatusChange.report_id.in_(ids))
                           .order_by(ReportStatusChange.id)):
            history[h.report_id].append(h)
        for cid, pid in s.execute(select(Report.id, Report.parent_id).where(Report.parent_id.in_(ids))
                                  .order_by(Report.id)):
            children[str(pid)].append(cid)
    return [_view(rep, reporters[rep.id], history[rep.id], children[rep.id]) for rep in reps]


def _view(rep: Report, reporters: Sequence[ReportReporter], history: Sequence[ReportStatusChange],
          children: Sequence[str]) -> dict[str, Any]:
    return {
        "id": rep.id, "category": rep.category, "main_category": rep.main_category,
        "department": rep.department, "priority": rep.priority, "description": rep.description,
        "lat": rep.lat, "lon": rep.lon, "address": rep.address, "channel": rep.channel, "status": rep.status,
        "open": rep.is_open, "parent_id": rep.parent_id, "children": list(children),
        "deadline": rep.deadline.isoformat(), "deadline_3x": rep.deadline_3x.isoformat(),
        "media_sha256": rep.media_sha256, "media_url": rep.media_url, "created_by": rep.created_by, "created_at": _iso(rep.created_at),
        "updated_at": _iso(rep.updated_at), "closed_at": _iso(rep.closed_at),
        "zone": rep.zone, "assigned_to": rep.assigned_to, "external_party": rep.external_party,
        "route_pinned": bool(rep.route_pinned), "reopened": rep.reopened or 0,
        "deadline_10wd": rep.deadline_10wd.isoformat() if rep.deadline_10wd else None,
        "closed_on": rep.closed_on.isoformat() if rep.closed_on else None, "lead_seconds": rep.lead_seconds,
        "reporters": [reporter_view(r) for r in reporters],
        "history": [{"previous": h.previous, "status": h.status, "note": h.note, "tell_citizen": h.tell_citizen,
                     "by": h.by, "at": _iso(h.at)} for h in history],
    }
