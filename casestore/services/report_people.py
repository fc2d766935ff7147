"""People in the reports' dashboard (issue 15): engaged citizens and residents of a zone. Coordinators only
(``wire.roles.REPORT_PEOPLE``); every view is audited.

**Engaged citizens**: reporters with ``min_reports`` (default two) or more reports on one category, or in one
zone, reported within the period (Belgian local dates, both included; by default the last 365 days, and never
more than one year: a longer period is cut to the year that ends on its last day). Only reports on which the
reporter gave consent to be contacted again count; anonymous reporters (no person, e-mail or phone) never do.
A reporter is one identity: the person (``person_id``), else the e-mail address (any case), else the phone
number (spaces ignored). Sub-tasks are not reports of their own.

Each reporter row carries who the reporter is (``ident``) and copies of its report's category, zone, reporting
time and sub-task flag (migration 0011; ``stamp`` on insert, ``follow`` when the report's category or zone
changes), and ``duplicate`` when the same identity already consented on that report. One statement reads a year's
counted rows from the partial index ``ix_reporter_engaged`` alone (each report once per identity), groups them by
identity and category and by identity and zone, and numbers the pairs that reach the minimum in the order shown
(most reports first); a second reads the rows of the identities shown (``ix_reporter_ident``); the reports'
statuses are read for the reports shown. What it found is kept in this process per question and version of the
reports and reporters (the newest ``updated_at``/``created_at`` of a report, the newest reporter), so that a view
repeated while nothing changed is not computed again; statuses, names and the audit row are made per view.

**Residents of a zone**: persons whose place (``cs_person_place``: their current address geocoded against the
city's address register, ``casestore.services.address_register``) lies in a zone (a sector's code or a grid
cell, ``wire.geo``) or in a drawn polygon (WGS84 ``[lat, lon]`` points, 3 to 500, a simple ring: no edge
crosses another). The polygon's bounding box is read on ``ix_person_place_point``, then each point is tested.

**Audit**: each view writes one ``cs_audit`` row in the view's own transaction (nothing shown without it):
the device ``@casestore`` (no laptop can have that id), the next number of that device, the signed-in user as
actor, ``report_people.engaged`` or ``report_people.residents`` as action, and in ``detail`` a JSON text with
the caller's device, the question (period, filters, zone or the polygon's size and bounding box), how many
people were shown and who (person ids, or ``reporter:<id>`` for a reporter known by contact only), so that
"who looked at whom" can be listed (``GET /v1/admin/audit``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import String, and_, case, cast, func, literal, or_, select, text, union_all, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from casestore.models import AuditEntry, Record
from casestore.models_reports import PersonPlace, Report, ReportReporter, reporter_identity
from casestore.services.common import Principal, ServiceError
from wire import geo
from wire import reports as catalogue
from wire.roles import REPORT_PEOPLE

CITY_TZ = ZoneInfo("Europe/Brussels")
DEFAULT_DAYS = 365
MAX_LIMIT = 5_000
MAX_VERTICES = 500
AUDIT_DEVICE = "@casestore"  # outside the wire's id pattern: never a laptop's device id
LANGS = ("nl", "fr", "de", "en")


def _bad(message: str) -> ServiceError:
    return ServiceError(422, "invalid", message)


def may_see_people(p: Principal) -> None:
    if p.role not in REPORT_PEOPLE:
        raise ServiceError(403, "forbidden", f"role {p.role} may not see engaged citizens or residents "
                                             "(coordinators do)")


def _today() -> dt.date:
    return dt.datetime.now(CITY_TZ).date()


def _utc(d: dt.date) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(0), CITY_TZ).astimezone(dt.UTC)


def _year_before(d: dt.date) -> dt.date:
    """The first day of the year that ends on ``d`` (365 days, 366 across a 29 February)."""
    try:
        return d.replace(year=d.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28) + dt.timedelta(days=1)


def period(start: dt.date | None, end: dt.date | None, now: dt.date | None = None) -> tuple[dt.date, dt.date]:
    for d in (start, end):
        if d is not None and not 1900 <= d.year <= 9000:
            raise _bad("the period must lie between the years 1900 and 9000")
    end = end or (now or _today())
    start = start or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if end < start:
        raise _bad(f"the period ends ({end}) before it begins ({start})")
    return max(start, _year_before(end)), end


# ------------------------------------------------------------------------------------------- audit


def audit_view(s: Session, p: Principal, action: str, detail: dict[str, Any]) -> None:
    """One audit row for a view of people, in the view's transaction. Two views at once may pick the same
    number: one fails on the unique (device, number) and its transaction is run again (``Store.run_tx``)."""
    last = s.scalar(select(func.max(AuditEntry.local_id)).where(AuditEntry.device_id == AUDIT_DEVICE))
    s.add(AuditEntry(device_id=AUDIT_DEVICE, local_id=int(last or 0) + 1,
                     at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), actor=p.username, action=action,
                     detail=json.dumps({"device": p.device_id, **detail}, ensure_ascii=False, sort_keys=True)))
    s.flush()


# ---------------------------------------------------------------------------------- engaged citizens


@dataclass(frozen=True, slots=True)
class EngagedQuery:
    start: dt.date
    end: dt.date
    category: str | None = None
    zone: str | None = None
    min_reports: int = 2
    limit: int = 1000
    lang: str = "nl"


def engaged_query(start: dt.date | None, end: dt.date | None, *, category: str | None = None,
                  zone: str | None = None, min_reports: int = 2, limit: int = 1000, lang: str = "nl",
                  now: dt.date | None = None) -> EngagedQuery:
    a, b = period(start, end, now)
    if category is not None and catalogue.default().sub(category) is None:
        raise _bad(f"{category[:80]!r} is not a report category")
    if zone is not None and not geo.CODE.match(zone):
        raise _bad("a zone is a sector's code or a grid cell (letters, digits, '_', '.', '-')")
    if not 2 <= min_reports <= 1000:
        raise _bad("min_reports must lie between 2 and 1000")
    if not 1 <= limit <= MAX_LIMIT:
        raise _bad(f"limit must lie between 1 and {MAX_LIMIT}")
    if lang not in LANGS:
        raise _bad(f"lang must be one of {', '.join(LANGS)}")
    return EngagedQuery(a, b, category, zone, min_reports, limit, lang)


def identity_sql() -> ColumnElement[str | None]:
    """``ReportReporter.ident`` computed in SQL from the row itself (rows inserted in bulk, e.g. the demo's)."""
    r = ReportReporter
    return case(
        (r.person_id.is_not(None) & (r.person_id != ""), literal("p:") + r.person_id),
        (r.email.is_not(None) & (r.email != ""), literal("e:") + func.lower(r.email)),
        (r.phone.is_not(None) & (r.phone != ""), literal("t:") + func.replace(r.phone, " ", "")),
        else_=cast(None, String),
    )


def stamp(s: Session, rep: Report, row: ReportReporter) -> None:
    """A new reporter row of ``rep`` (before it is added): who the reporter is, copies of the report's
    category, zone, reporting time and whether it is a sub-task, and whether the same identity already
    consented on this report (then this row is a duplicate: the report counts once)."""
    rr = ReportReporter
    row.ident = reporter_identity(row.person_id, row.email, row.phone)
    row.report_category, row.report_zone, row.reported_at = rep.category, rep.zone, rep.created_at
    row.on_subtask = rep.parent_id is not None
    row.duplicate = bool(row.consent and row.ident is not None and s.scalar(
        select(rr.id).where(rr.report_id == rep.id, rr.ident == row.ident, rr.consent.expression).limit(1)
    ) is not None)


def follow(s: Session, rep: Report) -> None:
    """The report's category or zone changed: its reporters' copies follow."""
    s.execute(update(ReportReporter).where(ReportReporter.report_id == rep.id)
              .values(report_category=rep.category, report_zone=rep.zone))


def stamp_reporters(s: Session) -> None:
    """``stamp`` for reporter rows inserted in bulk without it (their ``reported_at`` still empty: the
    demo's), in two statements."""
    rr = ReportReporter
    earlier = aliased(ReportReporter, name="earlier")

    def of_report(col: Any) -> Any:
        return select(col).where(Report.id == rr.report_id).scalar_subquery()

    todo = rr.reported_at.is_(None)
    ids = [i for (i,) in s.execute(select(rr.id).where(todo))]
    s.execute(update(rr).where(todo).values(
        ident=identity_sql(), report_category=of_report(Report.category), report_zone=of_report(Report.zone),
        on_subtask=func.coalesce(of_report(Report.parent_id.is_not(None)), False),
        reported_at=of_report(Report.created_at)).execution_options(synchronize_session=False))
    for i in range(0, len(ids), 500):
        s.execute(update(rr).where(rr.id.in_(ids[i : i + 500]), rr.consent.expression, rr.ident.is_not(None),
                                   select(earlier.id).where(earlier.report_id == rr.report_id,
                                                            earlier.ident == rr.ident, earlier.consent.expression,
                                                            earlier.id < rr.id).exists())
                  .values(duplicate=True).execution_options(synchronize_session=False))


def _counted(q: EngagedQuery, *, once: bool) -> list[ColumnElement[bool]]:
    """The reporter rows that count: the predicate of the partial indexes (``once``: each report once per
    identity, ``ix_reporter_engaged``; else with the duplicates, ``ix_reporter_ident``), the period, the
    filters."""
    rr = ReportReporter
    out: list[ColumnElement[bool]] = [
        rr.consent.expression, rr.ident.is_not(None), ~rr.on_subtask,
        rr.reported_at >= _utc(q.start),
        rr.reported_at < _utc(q.end + dt.timedelta(days=1)),
    ]
    if once:
        out.insert(3, ~rr.duplicate)
    if q.category:
        out.append(rr.report_category == q.category)
    if q.zone:
        out.append(rr.report_zone == q.zone)
    return out


def _pairs(q: EngagedQuery, binary: Any) -> Any:
    """One statement over the counted reporter rows (read once from ``ix_reporter_engaged``): the pairs
    (identity, category) and (identity, zone) with ``min_reports`` or more reports, the first ``limit`` in the
    order shown (most reports first, then kind, key, identity), each with the number of all pairs."""
    rr = ReportReporter
    counted = (select(rr.ident, rr.report_category.label("category"), rr.report_zone.label("zone"))
               .where(*_counted(q, once=True))).cte("counted")
    c = counted.c
    n = func.count()
    by_category = (select(c.ident, literal("category").label("kind"), c.category.label("key"), n.label("n"))
                   .group_by(c.ident, c.category).having(n >= q.min_reports))
    by_zone = (select(c.ident, literal("zone").label("kind"), c.zone.label("key"), n.label("n"))
               .where(c.zone.is_not(None)).group_by(c.ident, c.zone).having(n >= q.min_reports))
    pairs = union_all(by_category, by_zone).subquery("pairs")
    pc = pairs.c
    ranked = select(pc.ident, pc.kind, pc.key, pc.n, func.count().over().label("total"),
                    func.row_number().over(order_by=(pc.n.desc(), binary(pc.kind), binary(pc.key),
                                                     binary(pc.ident))).label("rn")).subquery("ranked")
    return select(ranked).where(ranked.c.rn <= q.limit).order_by(ranked.c.rn)


_ROW = (ReportReporter.id, ReportReporter.ident, ReportReporter.report_id, ReportReporter.report_category,
        ReportReporter.report_zone, ReportReporter.reported_at, ReportReporter.person_id, ReportReporter.email,
        ReportReporter.phone, ReportReporter.first_name, ReportReporter.last_name, ReportReporter.language)


CACHE_SECONDS = 900.0
CACHE_SIZE = 32
_Found = tuple[int, list[dict[str, Any]]]
_cache: OrderedDict[tuple[Any, ...], tuple[float, _Found]] = OrderedDict()
_cache_lock = threading.Lock()


def _version(s: Session) -> tuple[Any, ...]:
    """The reports' and reporters' version: a change of a report sets its ``updated_at``; reporters are
    only ever added."""
    return (str(s.get_bind().engine.url), s.scalar(select(func.max(Report.updated_at))),
            s.scalar(select(func.max(Report.created_at))), s.scalar(select(func.max(ReportReporter.id))))


def _found(s: Session, q: EngagedQuery) -> _Found:
    """How many reporter × topic pairs, and the first ``limit`` of them (the reporter's newest row, kind, key,
    reports oldest first), kept in this process per question and version of the reports (as the dashboard's
    answers) for repeated views."""
    key = (q.start, q.end, q.category, q.zone, q.min_reports, q.limit, _today(), _version(s))
    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            _cache.move_to_end(key)
            return hit[1]
    if s.get_bind().dialect.name == "postgresql":
        # A year's counted reporters are grouped in memory (a few MB: the default work_mem would spill them to
        # disk); JIT compiling would cost more than the work. For this transaction only.
        s.execute(text("SET LOCAL jit = off"))
        s.execute(text("SET LOCAL work_mem = '64MB'"))

        def binary(col: Any) -> Any:  # the order of Python's strings (code points), whatever the locale
            return col.collate("C")
    else:
        def binary(col: Any) -> Any:  # SQLite compares text as bytes: UTF-8 keeps the code points' order
            return col

    pairs = list(s.execute(_pairs(q, binary)))
    total = int(pairs[0].total) if pairs else 0
    newest: dict[str, Any] = {}
    on_topic: dict[tuple[str, str, str], dict[str, Any]] = {}  # (identity, kind, key) → report id → row
    idents = sorted({p.ident for p in pairs})
    for i in range(0, len(idents), 500):
        for row in s.execute(select(*_ROW).where(ReportReporter.ident.in_(idents[i : i + 500]),
                                                 *_counted(q, once=False))):
            order = (row.reported_at, row.report_id, row.id)
            if row.ident not in newest or order > newest[row.ident][0]:
                newest[row.ident] = (order, row)
            on_topic.setdefault((row.ident, "category", row.report_category), {}).setdefault(row.report_id, row)
            if row.report_zone is not None:
                on_topic.setdefault((row.ident, "zone", row.report_zone), {}).setdefault(row.report_id, row)
    shown: list[dict[str, Any]] = []
    for p in pairs:
        who = newest[p.ident][1]
        mine = sorted(on_topic[(p.ident, p.kind, p.key)].values(), key=lambda r: (r.reported_at, r.report_id))
        shown.append({
            "who": {"id": who.id, "person_id": who.person_id, "email": who.email, "phone": who.phone,
                    "first_name": who.first_name, "last_name": who.last_name, "language": who.language},
            "kind": p.kind, "key": p.key,
            "reports": [{"id": r.report_id, "category": r.report_category, "created_at": _iso(r.reported_at)}
                        for r in mine]})
    found = (total, shown)
    with _cache_lock:
        _cache[key] = (now, found)
        _cache.move_to_end(key)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def _statuses(s: Session, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    uniq = sorted(set(ids))
    for i in range(0, len(uniq), 2000):
        for rid, status in s.execute(select(Report.id, Report.status).where(Report.id.in_(uniq[i : i + 2000]))):
            out[rid] = status
    return out


def engaged(s: Session, p: Principal, q: EngagedQuery) -> dict[str, Any]:
    may_see_people(p)
    total, shown = _found(s, q)
    names = _person_names(s, sorted({t["who"]["person_id"] for t in shown if t["who"]["person_id"]}))
    status = _statuses(s, [r["id"] for t in shown for r in t["reports"]])  # now, not kept
    cats, zones = catalogue.default(), geo.default()
    items = []
    for pair in shown:
        rr, kind, key = pair["who"], pair["kind"], pair["key"]
        if kind == "category":
            sub = cats.sub(key)
            topic_name = (sub.names.get(q.lang) or sub.names.get("nl") or key) if sub is not None else key
        else:
            topic_name = zones.name_of(key)
        name = " ".join(x for x in (rr["first_name"], rr["last_name"]) if x) or names.get(rr["person_id"] or "", "")
        items.append({
            "reporter": {"person_id": rr["person_id"], "name": name, "email": rr["email"], "phone": rr["phone"],
                         "language": rr["language"]},
            "topic": {"kind": kind, "key": key, "name": topic_name},
            "reports": [{**r, "status": status.get(r["id"], "")} for r in pair["reports"]],
        })
    audit_view(s, p, "report_people.engaged", {
        "period": [q.start.isoformat(), q.end.isoformat()], "category": q.category, "zone": q.zone,
        "min_reports": q.min_reports, "shown": len(items), "total": total,
        "people": sorted({t["who"]["person_id"] or f"reporter:{t['who']['id']}" for t in shown}),
    })
    return {"items": items, "total": total, "period": {"from": q.start.isoformat(), "to": q.end.isoformat()}}


def _iso(t: dt.datetime | None) -> str | None:
    if t is None:
        return None
    return (t if t.tzinfo else t.replace(tzinfo=dt.UTC)).isoformat()


def _person_names(s: Session, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    uniq = sorted(set(ids))
    for i in range(0, len(uniq), 500):
        # the two names only (a person's record is much larger)
        for rid, given, surname in s.execute(
                select(Record.id, Record.data["given_names"], Record.data["surname"])
                .where(Record.entity == "person", Record.id.in_(uniq[i : i + 500]))):
            out[rid] = " ".join(x.strip() for x in (given, surname) if isinstance(x, str) and x.strip())
    return out


# ----------------------------------------------------------------------------------------- residents


def check_polygon(points: Sequence[Sequence[float]]) -> geo.Ring:
    """A drawn polygon as a ring of (lat, lon): 3 to 500 distinct WGS84 points (the closing point may repeat
    the first), a simple ring (no edge crosses another) with an area; else 422 naming the problem."""
    pts: list[tuple[float, float]] = []
    for i, pt in enumerate(points):
        if len(pt) != 2:
            raise _bad(f"polygon point {i + 1}: a point is [lat, lon]")
        lat, lon = float(pt[0]), float(pt[1])
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            raise _bad(f"polygon point {i + 1}: [{pt[0]}, {pt[1]}] is not a WGS84 [lat, lon] point")
        pts.append((lat, lon))
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    if len(pts) > MAX_VERTICES:
        raise _bad(f"a polygon has at most {MAX_VERTICES} points ({len(pts)} given)")
    if len(pts) < 3:
        raise _bad("a polygon needs at least three points")
    if len(set(pts)) != len(pts):
        raise _bad("the polygon passes twice through the same point")
    crossing = _self_crossing(pts)
    if crossing is not None:
        a, b = crossing
        raise _bad(f"the polygon crosses itself (edge {a + 1} crosses edge {b + 1}): draw it without crossings")
    area2 = sum(pts[i][1] * pts[(i + 1) % len(pts)][0] - pts[(i + 1) % len(pts)][1] * pts[i][0]
                for i in range(len(pts)))
    if abs(area2) < 1e-14:
        raise _bad("the polygon has no area")
    return tuple(pts)


def _orient(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> int:
    v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return 0 if v == 0 else (1 if v > 0 else -1)


def _on_segment(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> bool:
    return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])


def _intersect(p1: tuple[float, float], p2: tuple[float, float], q1: tuple[float, float],
               q2: tuple[float, float]) -> bool:
    o1, o2, o3, o4 = _orient(p1, p2, q1), _orient(p1, p2, q2), _orient(q1, q2, p1), _orient(q1, q2, p2)
    if o1 != o2 and o3 != o4:
        return True
    return ((o1 == 0 and _on_segment(p1, p2, q1)) or (o2 == 0 and _on_segment(p1, p2, q2))
            or (o3 == 0 and _on_segment(q1, q2, p1)) or (o4 == 0 and _on_segment(q1, q2, p2)))


def _self_crossing(pts: Sequence[tuple[float, float]]) -> tuple[int, int] | None:
    """The first two non-adjacent edges that touch or cross (at most 500 points: 125,000 pairs, bounding
    boxes first)."""
    n = len(pts)
    edges = [(pts[i], pts[(i + 1) % n]) for i in range(n)]
    boxes = [(min(a[0], b[0]), max(a[0], b[0]), min(a[1], b[1]), max(a[1], b[1])) for a, b in edges]
    for i in range(n):
        a0, a1, b0, b1 = boxes[i]
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue  # adjacent through the closing point
            c0, c1, d0, d1 = boxes[j]
            if c0 > a1 or c1 < a0 or d0 > b1 or d1 < b0:
                continue
            if _intersect(edges[i][0], edges[i][1], edges[j][0], edges[j][1]):
                return i, j
    return None


_PLACE = (PersonPlace.person_id, PersonPlace.address, PersonPlace.lat, PersonPlace.lon)


def residents(s: Session, p: Principal, *, zone: str | None = None, polygon: Sequence[Sequence[float]] | None = None,
              limit: int = 1000) -> dict[str, Any]:
    may_see_people(p)
    if (zone is None) == (polygon is None):
        raise _bad("give either a zone or a polygon")
    if not 1 <= limit <= MAX_LIMIT:
        raise _bad(f"limit must lie between 1 and {MAX_LIMIT}")
    zones = geo.default()
    question: dict[str, Any]
    if zone is not None:
        if not geo.CODE.match(zone):
            raise _bad("a zone is a sector's code or a grid cell (letters, digits, '_', '.', '-')")
        if zones.sector(zone) is None:
            try:
                geo.grid_polygon(zone, zones.grid_m)
            except ValueError:
                raise _bad(f"{zone[:80]!r} is not one of the city's zones") from None
        total = int(s.scalar(select(func.count()).select_from(PersonPlace).where(PersonPlace.zone == zone)) or 0)
        shown_rows = list(s.execute(select(*_PLACE).where(PersonPlace.zone == zone)
                                    .order_by(PersonPlace.address, PersonPlace.person_id).limit(limit)))
        question = {"zone": zone}
    else:
        assert polygon is not None
        ring = check_polygon(polygon)
        inside = BandedRing(ring)
        lat0, lat1, lon0, lon1 = inside.bbox
        total, shown_rows = _in_polygon(s, inside, limit)
        question = {"polygon": {"points": len(ring), "bbox": [lat0, lat1, lon0, lon1]}}
    names = _person_names(s, [r.person_id for r in shown_rows])
    shown = [{"person_id": r.person_id, "name": names.get(r.person_id, ""), "address": r.address, "lat": r.lat,
              "lon": r.lon} for r in shown_rows]
    audit_view(s, p, "report_people.residents", {**question, "limit": limit, "shown": len(shown), "total": total,
                                                 "people": sorted(it["person_id"] for it in shown)})
    return {"items": shown, "total": total}


def _order(r: Any) -> tuple[str, str]:
    return r.address, r.person_id


def _in_polygon(s: Session, inside: BandedRing, limit: int) -> tuple[int, list[Any]]:
    """How many places lie in the polygon, and the first ``limit`` in address order. The bounding box is cut
    into a grid: cells no edge touches are wholly inside or wholly outside (their centre tells), and the
    database counts and orders the inside ones itself; only the places in cells an edge crosses travel here
    to be tested one by one."""
    grid = inside.grid(GRID_CELLS)
    if grid is None:  # too ragged for rectangles: every place in the bounding box is tested
        lat0, lat1, lon0, lon1 = inside.bbox
        rows = s.execute(select(*_PLACE).where(PersonPlace.lat >= lat0, PersonPlace.lat <= lat1,
                                               PersonPlace.lon >= lon0, PersonPlace.lon <= lon1))
        found = sorted((r for r in rows if inside.contains(r.lat, r.lon)), key=_order)
        return len(found), found[:limit]
    interior, boundary = grid
    total, best = 0, []
    if interior:
        cond = or_(*(_rect(r) for r in interior))
        best = list(s.execute(select(*_PLACE, func.count().over().label("n")).where(cond)  # one scan: all counted
                              .order_by(PersonPlace.address, PersonPlace.person_id).limit(limit)))
        total = int(best[0].n) if best else 0
    edge = [r for r in s.execute(select(*_PLACE).where(or_(*(_rect(r) for r in boundary))))
            if inside.contains(r.lat, r.lon)] if boundary else []
    return total + len(edge), sorted([*best, *edge], key=_order)[:limit]


Rect = tuple[float, float, bool, float, float, bool]  # lat from, lat to, to included, lon from, lon to, to included
GRID_CELLS = 32
MAX_RECTS = 400


def _rect(r: Rect) -> ColumnElement[bool]:
    lat0, lat1, lat_closed, lon0, lon1, lon_closed = r
    return and_(PersonPlace.lat >= lat0, PersonPlace.lat <= lat1 if lat_closed else PersonPlace.lat < lat1,
                PersonPlace.lon >= lon0, PersonPlace.lon <= lon1 if lon_closed else PersonPlace.lon < lon1)


class BandedRing:
    """Point in a ring (even-odd, as ``wire.geo.point_in_ring``) with its edges sorted into latitude bands, so
    that a point meets only the few edges of its band (a 500-point polygon over 200,000 places)."""

    def __init__(self, ring: geo.Ring, bands: int = 64) -> None:
        self.ring = ring
        lats = [p[0] for p in ring]
        lons = [p[1] for p in ring]
        self.bbox = (min(lats), max(lats), min(lons), max(lons))
        self.lat0 = self.bbox[0]
        self.n = bands
        self.step = (self.bbox[1] - self.bbox[0]) / bands or 1.0
        self.bands: list[list[tuple[float, float, float, float]]] = [[] for _ in range(bands)]
        m = len(ring)
        for i in range(m):
            (yi, xi), (yj, xj) = ring[i], ring[i - 1]
            if yi == yj:
                continue  # a horizontal edge never crosses the ray
            a, b = self._band(min(yi, yj)), self._band(max(yi, yj))
            for k in range(a, b + 1):
                self.bands[k].append((yi, xi, yj, xj))

    def _band(self, lat: float) -> int:
        return min(self.n - 1, max(0, int((lat - self.lat0) / self.step)))

    def grid(self, n: int) -> tuple[list[Rect], list[Rect]] | None:
        """The bounding box as an n × n grid of half-open cells (the last row and column closed), merged into
        runs per row: (runs wholly inside, runs an edge touches); None when that needs more than ``MAX_RECTS``
        rectangles. An edge marks every cell of each row it passes through (closed bounds: on a cell's border
        it marks both sides)."""
        lat0, lat1, lon0, lon1 = self.bbox
        h, w = (lat1 - lat0) / n, (lon1 - lon0) / n
        if h <= 0 or w <= 0:
            return None
        edge = [[False] * n for _ in range(n)]
        ring = self.ring
        for k in range(len(ring)):
            (ya, xa), (yb, xb) = ring[k - 1], ring[k]
            r0 = max(0, min(n - 1, int((min(ya, yb) - lat0) / h)))
            r1 = max(0, min(n - 1, int((max(ya, yb) - lat0) / h)))
            for i in range(max(0, r0 - 1), min(n - 1, r1 + 1) + 1):
                a, b = lat0 + i * h, lat0 + (i + 1) * h
                lo, hi = max(a, min(ya, yb)), min(b, max(ya, yb))
                if lo > hi:
                    continue
                xs = (xa, xb) if ya == yb else (xa + (xb - xa) * (lo - ya) / (yb - ya),
                                                 xa + (xb - xa) * (hi - ya) / (yb - ya))
                c0 = max(0, min(n - 1, int((min(xs) - lon0) / w)))
                c1 = max(0, min(n - 1, int((max(xs) - lon0) / w)))
                for j in range(max(0, c0 - 1), min(n - 1, c1 + 1) + 1):
                    edge[i][j] = True
        interior: list[Rect] = []
        boundary: list[Rect] = []
        for i in range(n):
            a, b = lat0 + i * h, (lat0 + (i + 1) * h if i < n - 1 else lat1)
            j = 0
            while j < n:
                kind = "edge" if edge[i][j] else ("in" if self.contains(a + h / 2, lon0 + (j + 0.5) * w) else "out")
                k = j
                while k + 1 < n and ("edge" if edge[i][k + 1] else (
                        "in" if self.contains(a + h / 2, lon0 + (k + 1.5) * w) else "out")) == kind:
                    k += 1
                if kind != "out":
                    right = lon0 + (k + 1) * w if k < n - 1 else lon1
                    (boundary if kind == "edge" else interior).append((a, b, i == n - 1, lon0 + j * w, right,
                                                                       k == n - 1))
                j = k + 1
        if len(interior) + len(boundary) > MAX_RECTS:
            return None
        return interior, boundary

    def contains(self, lat: float, lon: float) -> bool:
        inside = False
        for yi, xi, yj, xj in self.bands[self._band(lat)]:
            if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                inside = not inside
        return inside


# --------------------------------------------------------------------------------------------- zones


def zones_view() -> dict[str, Any]:
    z = geo.default()
    return {
        "zones": [{"code": sec.code, "name": sec.name,
                   "polygons": [[[lat, lon] for lat, lon in poly.outer] for poly in sec.polygons]}
                  for sec in z.sectors],
        "boundary": [[[lat, lon] for lat, lon in poly.outer] for poly in z.boundary],
        "grid_m": round(z.grid_m),
    }
