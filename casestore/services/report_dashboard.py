"""The city's dashboard of citizen reports (issue 15), computed in SQL over all reports, on PostgreSQL and on
SQLite alike, for coordinators and management (``wire.roles.REPORT_DASHBOARD``).

**Which reports count.** Main reports only: a sub-task (``parent_id`` set) is part of its main report's work
and never counted on its own. The filters (category, main category, department, zone) are the report's current
ones. A period is ``from`` … ``to``, both included, in Belgian local dates (Europe/Brussels), at most five years.

- *reported in the period*: reported (``created_at``) on a day of the period;
- *solved*: status ``afgehandeld`` (every closed status but ``geannuleerd``); a cancelled report is never
  solved, never late, and left out of every share and lead time;
- *solved in the period*: solved, with its closing date (``closed_on``, the Belgian local date it was closed)
  in the period. A reopened report has no closing date until it is closed again.

**Solved within term / within ten working days** — both definitions are given, side by side:

(a) ``within_term`` / ``within_10_working_days``: of the reports *solved in the period*, the share closed on or
    before their deadline (``closed_on <= deadline``), resp. on or before ten working days after they were
    reported (``closed_on <= deadline_10wd``, Belgian public holidays skipped). Open reports do not count.
(b) ``within_term_of_reported`` / ``within_10_working_days_of_reported``: of the reports *reported in the
    period*, as known today: a solved one counts (in time when closed on or before the deadline); an open one
    whose deadline has passed (deadline before today) counts as late; an open one not yet due is left out.

**Lead time**: ``lead_seconds`` (reported → closed) of the reports solved in the period, in days: the median and
the 90th percentile, interpolated linearly between the nearest ranks (PostgreSQL's ``percentile_cont``; on
SQLite the same formula over an ordered scan), rounded to three decimals.

**Hotspots**: reports reported in the period per zone (``wire.geo``: the city's sectors, else a grid cell) or
per category, against the period of equal length just before it; ``change`` is (now − before) / before, none
when there were none before.

**Heat map**: reports reported in the period with a point, counted per square cell of ``cell_m`` metres
(rows of latitude, columns of longitude at the city's mid latitude), with the cell's centre; the densest
``MAX_CELLS`` cells at most (``truncated`` says when there were more).

**Channel mix**: reports reported in the period per Belgian local month and channel group: the city's app and
partner systems (Open311) are *digital*; then *phone*, *counter*, *outreach*; against the city's target
(``resources/reports/channel_target.json``). A month only partly in the period says ``complete: false``.
The desk's cases and contact moments are not counted here (their channel and date live inside the synced
record's JSON, which neither database indexes).

**Kept answers.** Each answer is kept (in this process, at most ``CACHE_SIZE``, for ``CACHE_SECONDS``) under its
question, the day, the database and the reports' version: the newest ``updated_at`` and ``created_at`` of any
report (two index look-ups; migration 0008). Every change of a report through the case store sets
``updated_at``, so a changed report gives a new version and the next answer is computed afresh.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Float, Integer, and_, case, cast, func, literal, or_, select, text, tuple_
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from casestore.models import Change, Record
from casestore.models_reports import Report
from casestore.services.common import Principal, ServiceError
from resources import RESOURCES_DIR
from wire import geo
from wire import reports as catalogue
from wire.roles import REPORT_DASHBOARD

CITY_TZ = ZoneInfo("Europe/Brussels")
MAX_YEARS = 5
DEFAULT_DAYS = 365
CANCELLED = "geannuleerd"
CHANNEL_GROUPS = {"app": "digital", "partner": "digital", "phone": "phone", "counter": "counter",
                  "outreach": "outreach"}
GROUPS = ("digital", "phone", "counter", "outreach")
M_PER_DEG_LAT = geo.M_PER_DEG_LAT
CELL_MIN, CELL_MAX = 50, 5000
MAX_CELLS = 20_000  # the densest cells of a heat map; more: "truncated" (a small cell over years of reports)
ZONE_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
LANGS = ("nl", "fr", "de", "en")

DEFINITIONS = {
    "within_term": (
        "Of the reports solved in the period (by their closing date): the share closed on or before their "
        "deadline. Open and cancelled reports and sub-tasks are not counted."),
    "within_10_working_days": (
        "Of the reports solved in the period (by their closing date): the share closed within ten working days "
        "of being reported (weekends and Belgian public holidays skipped). Open and cancelled reports and "
        "sub-tasks are not counted."),
    "within_term_of_reported": (
        "Of the reports made in the period, as known today: solved ones count, in time when closed on or before "
        "their deadline; an open report past its deadline counts as late; an open report not yet due, cancelled "
        "reports and sub-tasks are left out."),
    "within_10_working_days_of_reported": (
        "Of the reports made in the period, as known today: solved ones count, in time when closed within ten "
        "working days; an open report more than ten working days old counts as late; an open report not yet ten "
        "working days old, cancelled reports and sub-tasks are left out."),
    "lead_time": (
        "Of the reports solved in the period (by their closing date): the time from reported to closed, in days; "
        "the median and the 90th percentile, interpolated linearly between the nearest ranks."),
}


CACHE_SECONDS = 900.0
CACHE_SIZE = 256
_cache: OrderedDict[tuple[Any, ...], tuple[float, dict[str, Any]]] = OrderedDict()
_cache_lock = threading.Lock()


def _version(s: Session) -> tuple[Any, ...]:
    return (str(s.get_bind().engine.url), *s.execute(select(func.max(Report.updated_at)).select_from(Report)).one(),
            *s.execute(select(func.max(Report.created_at)).select_from(Report)).one())


def _kept(s: Session, key: tuple[Any, ...], compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The answer to ``key``, computed once per version of the reports (see the module's docstring)."""
    k = (*key, today(), _version(s))
    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(k)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            _cache.move_to_end(k)
            return hit[1]
    _tune(s)
    value = compute()
    with _cache_lock:
        _cache[k] = (now, value)
        _cache.move_to_end(k)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return value


def _tune(s: Session) -> None:
    """PostgreSQL, this transaction only: sorts in memory (the lead times' percentiles sort a year of solved
    reports: with the default 4 MB they spill to disk) and no JIT compilation (tens of milliseconds per query,
    nothing won back). Settings any user may set."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SET LOCAL work_mem = '64MB'"))
        s.execute(text("SET LOCAL jit = off"))


def may_see(p: Principal) -> None:
    if p.role not in REPORT_DASHBOARD:
        raise ServiceError(403, "forbidden", f"role {p.role} may not see the reports' dashboard "
                                             "(coordinators and management do)")


def _bad(message: str) -> ServiceError:
    return ServiceError(422, "bad_request", message)


@dataclass(frozen=True, slots=True)
class Query:
    """The dashboard's common question: a period (Belgian local dates, both included) and filters."""

    start: dt.date
    end: dt.date
    category: str | None = None
    main_category: str | None = None
    department: str | None = None
    zone: str | None = None
    lang: str = "nl"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def today() -> dt.date:
    return dt.datetime.now(CITY_TZ).date()


def make_query(start: dt.date | None, end: dt.date | None, *, category: str | None = None,
               main_category: str | None = None, department: str | None = None, zone: str | None = None,
               lang: str = "nl", now: dt.date | None = None) -> Query:
    """Check the question: a real period of at most five years, known filters; else 422 with the reason."""
    cats = catalogue.default()
    end = end or (start + dt.timedelta(days=DEFAULT_DAYS - 1) if start else (now or today()))
    start = start or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start.year < 1900 or end.year > 9000:
        raise _bad("the period must lie between the years 1900 and 9000")
    if end < start:
        raise _bad(f"the period ends ({end}) before it begins ({start})")
    if end >= _add_years(start, MAX_YEARS):
        raise _bad(f"the period from {start} to {end} is longer than {MAX_YEARS} years: ask for a shorter one")
    if category is not None and cats.sub(category) is None:
        raise _bad(f"{category[:80]!r} is not a report category")
    if main_category is not None and all(m.code != main_category for m in cats.mains):
        raise _bad(f"{main_category[:80]!r} is not a main category")
    if department is not None and department not in cats.departments:
        raise _bad(f"{department[:80]!r} is not a department")
    if zone is not None and not ZONE_CODE.fullmatch(zone):
        raise _bad("a zone is a sector's code or a grid cell (letters, digits, '_', '.', '-')")
    if lang not in LANGS:
        raise _bad(f"lang must be one of {', '.join(LANGS)}")
    return Query(start, end, category, main_category, department, zone, lang)


def _utc(d: dt.date) -> dt.datetime:
    """The first moment of a Belgian local day, in UTC (how ``created_at`` is stored)."""
    return dt.datetime.combine(d, dt.time(0), CITY_TZ).astimezone(dt.UTC)


def _filters(q: Query) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = [Report.parent_id.is_(None)]
    if q.category:
        out.append(Report.category == q.category)
    if q.main_category:
        out.append(Report.main_category == q.main_category)
    if q.department:
        out.append(Report.department == q.department)
    if q.zone:
        out.append(Report.zone == q.zone)
    return out


def _reported(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return and_(Report.created_at >= _utc(start), Report.created_at < _utc(end + dt.timedelta(days=1)))


def _solved() -> ColumnElement[bool]:
    cats = catalogue.default()
    return Report.status.in_(sorted(c for c, st in cats.statuses.items() if not st.open and c != CANCELLED))


def _solved_in(q: Query) -> ColumnElement[bool]:
    return and_(_solved(), Report.closed_on >= q.start, Report.closed_on <= q.end)


def _n(cond: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _percentile(values: Sequence[float], f: float) -> float | None:
    """As PostgreSQL's ``percentile_cont``: linear between the nearest ranks of the sorted values."""
    if not values:
        return None
    pos = (len(values) - 1) * f
    lo, hi = math.floor(pos), math.ceil(pos)
    return values[lo] + (values[hi] - values[lo]) * (pos - lo)


def _days(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 86400.0, 3)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


_COUNTS = ("reports", "open", "closed", "cancelled", "a_n", "a_term", "a_10", "bt_n", "bt_in", "b10_n", "b10_in")


def _count_columns(q: Query, now: dt.date) -> list[Any]:
    rep, solved, solved_in = _reported(q.start, q.end), _solved(), _solved_in(q)
    late_open = and_(Report.is_open.is_(True), Report.deadline < now)
    late_open_10 = and_(Report.is_open.is_(True), Report.deadline_10wd < now)
    has_10 = Report.deadline_10wd.is_not(None)
    return [
        _n(rep),
        _n(and_(rep, Report.is_open.is_(True))),
        _n(and_(rep, Report.is_open.is_(False))),
        _n(and_(rep, Report.status == CANCELLED)),
        _n(solved_in),
        _n(and_(solved_in, Report.closed_on <= Report.deadline)),
        _n(and_(solved_in, has_10, Report.closed_on <= Report.deadline_10wd)),
        _n(and_(rep, or_(solved, late_open))),
        _n(and_(rep, solved, Report.closed_on <= Report.deadline)),
        _n(and_(rep, has_10, or_(solved, late_open_10))),
        _n(and_(rep, solved, Report.closed_on <= Report.deadline_10wd)),
    ]


_DIMS = ("category", "department", "zone")


def _counts(s: Session, q: Query, now: dt.date) -> dict[str | None, dict[Any, dict[str, int]]]:
    """The counts in all (key None) and per category, department and zone: one scan grouped by the three,
    added up here (a few thousand groups at most)."""
    cols = _count_columns(q, now)
    keys = [_KEYS[d] for d in _DIMS]
    out: dict[str | None, dict[Any, dict[str, int]]] = {None: {None: dict.fromkeys(_COUNTS, 0)}}
    out.update({d: {} for d in _DIMS})
    if q.zone or q.category:
        # Two questions, each report once: reported in the period, and solved in the period but reported
        # outside it; on PostgreSQL both read the zone's or category's index of migration 0010 alone
        # (ix_report_zone_solved, ix_report_category_solved); one OR of the two read the table.
        # The second reads only what its counts need (all others are 0 outside the period), from the index
        # alone on PostgreSQL (ix_report_zone_solved, ix_report_category_solved).
        lo, hi = _utc(q.start), _utc(q.end + dt.timedelta(days=1))
        solved_in = _solved_in(q)
        only = {"a_n": _n(solved_in), "a_term": _n(and_(solved_in, Report.closed_on <= Report.deadline)),
                "a_10": _n(and_(solved_in, Report.deadline_10wd.is_not(None),
                                Report.closed_on <= Report.deadline_10wd))}
        outside = [only.get(name, literal(0)) for name in _COUNTS]
        stmts = [select(*keys, *cols).where(*_filters(q), _reported(q.start, q.end)),
                 select(*keys, *outside).where(*_filters(q), solved_in,
                                               or_(Report.created_at < lo, Report.created_at >= hi))]
    else:  # the whole city: one parallel scan of the table beats two index ranges
        stmts = [select(*keys, *cols).where(*_filters(q), or_(_reported(q.start, q.end), _solved_in(q)))]
    rows = [r for stmt in stmts for r in s.execute(stmt.group_by(*keys))]
    for r in rows:
        values = [int(v or 0) for v in r[len(keys):]]
        for dim, key in ((None, None), *zip(_DIMS, r[:len(keys)], strict=True)):
            acc = out[dim].setdefault(key, dict.fromkeys(_COUNTS, 0))
            for name, v in zip(_COUNTS, values, strict=True):
                acc[name] += v
    return out


def _lead(s: Session, q: Query) -> dict[str | None, dict[Any, tuple[float | None, float | None]]]:
    """Median and p90 of the lead time (seconds) of the reports solved in the period, in all and per
    category, department and zone. PostgreSQL: percentile_cont over grouping sets (one scan); SQLite: the same
    formula over one ordered scan."""
    where = and_(*_filters(q), _solved_in(q), Report.lead_seconds.is_not(None))
    keys = [_KEYS[d] for d in _DIMS]
    out: dict[str | None, dict[Any, tuple[float | None, float | None]]] = {None: {}, **{d: {} for d in _DIMS}}
    if s.get_bind().dialect.name == "postgresql":
        pcts = func.percentile_cont(literal([0.5, 0.9], ARRAY(Float))).within_group(Report.lead_seconds)
        sets = func.grouping_sets(tuple_(), *[tuple_(k) for k in keys])
        which = func.grouping(*keys)  # bit set per key left out of the group
        stmt = select(which, *keys, pcts).where(where).group_by(sets)
        for r in s.execute(stmt):
            mask, kv, p = r[0], r[1:1 + len(keys)], r[-1]
            if p is None:
                continue
            present = [i for i in range(len(keys)) if not mask & (1 << (len(keys) - 1 - i))]
            if not present:
                out[None][None] = (p[0], p[1])
            else:
                out[_DIMS[present[0]]][kv[present[0]]] = (p[0], p[1])
        return out
    values: dict[str | None, dict[Any, list[float]]] = {None: {None: []}, **{d: {} for d in _DIMS}}
    row: Any
    for row in s.execute(select(*keys, Report.lead_seconds).where(where).order_by(Report.lead_seconds)):
        secs, vals = float(row[-1]), tuple(row)
        values[None][None].append(secs)
        for d, kv in zip(_DIMS, vals[:len(keys)], strict=True):
            values[d].setdefault(kv, []).append(secs)
    for dim, groups in values.items():
        for kv, v in groups.items():
            if v:
                out[dim][kv] = (_percentile(v, 0.5), _percentile(v, 0.9))
    return out


def _figure(name: str, part: int, whole: int, basis: str) -> dict[str, Any]:
    return {"share": _share(part, whole), "closed_in_time": part, "counted": whole, "basis": basis,
            "definition": DEFINITIONS[name]}


def _names(q: Query, kind: str) -> Any:
    cats = catalogue.default()
    if kind == "category":
        return lambda k: cats.subs[k].names.get(q.lang, k) if k in cats.subs else k
    if kind == "main_category":
        return lambda k: next((m.names.get(q.lang, k) for m in cats.mains if m.code == k), k)
    if kind == "department":
        return lambda k: cats.departments.get(k, {}).get(q.lang, k)
    return lambda k: geo.default().name_of(k) if k else "(no zone)"


_KEYS = {"category": Report.category, "main_category": Report.main_category, "department": Report.department,
         "zone": Report.zone}


def summary(s: Session, p: Principal, q: Query) -> dict[str, Any]:
    may_see(p)
    return _kept(s, ("summary", q), lambda: _summary(s, q, today()))


def _summary(s: Session, q: Query, now: dt.date) -> dict[str, Any]:
    all_counts, all_leads = _counts(s, q, now), _lead(s, q)
    c = all_counts[None][None]
    med, p90 = all_leads[None].get(None, (None, None))
    by: dict[str, list[dict[str, Any]]] = {}
    for kind in _DIMS:
        counts, leads, name = all_counts[kind], all_leads[kind], _names(q, kind)
        items = []
        for key, g in counts.items():
            if not g["reports"] and not g["a_n"]:
                continue
            items.append({
                "key": key or "", "name": name(key), "reports": g["reports"], "solved": g["a_n"],
                "within_term_share": _share(g["a_term"], g["a_n"]),
                "within_10_working_days_share": _share(g["a_10"], g["a_n"]),
                "median_days": _days(leads.get(key, (None, None))[0]),
                "p90_days": _days(leads.get(key, (None, None))[1]),
            })
        by[kind] = sorted(items, key=lambda i: (-i["reports"], i["key"]))
    return {
        "period": {"from": q.start.isoformat(), "to": q.end.isoformat()},
        "reports": c["reports"], "closed": c["closed"], "open": c["open"], "cancelled": c["cancelled"],
        "solved_in_period": c["a_n"],
        "within_term": _figure("within_term", c["a_term"], c["a_n"], "solved_in_period"),
        "within_10_working_days": _figure("within_10_working_days", c["a_10"], c["a_n"], "solved_in_period"),
        "within_term_of_reported": _figure("within_term_of_reported", c["bt_in"], c["bt_n"], "reported_in_period"),
        "within_10_working_days_of_reported": _figure("within_10_working_days_of_reported", c["b10_in"],
                                                      c["b10_n"], "reported_in_period"),
        "lead_time_days": {"median": _days(med), "p90": _days(p90), "counted": c["a_n"],
                           "definition": DEFINITIONS["lead_time"]},
        "by": by,
    }


def hotspots(s: Session, p: Principal, q: Query, by: str) -> dict[str, Any]:
    may_see(p)
    if by not in ("zone", "category", "main_category", "department"):
        raise _bad("by must be zone or category")
    return _kept(s, ("hotspots", q, by), lambda: _hotspots(s, q, by))


def _hotspots(s: Session, q: Query, by: str) -> dict[str, Any]:
    col = _KEYS[by]
    prev_end = q.start - dt.timedelta(days=1)
    prev_start = q.start - dt.timedelta(days=q.days)
    # one range over both periods (the previous one ends where this one begins)
    rows = s.execute(
        select(col, _n(Report.created_at >= _utc(q.start)), _n(Report.created_at < _utc(q.start)))
        .where(*_filters(q), _reported(prev_start, q.end)).group_by(col)
    ).all()
    name = _names(q, by)
    items = []
    for key, n, before in rows:
        n, before = int(n or 0), int(before or 0)
        items.append({"key": key or "", "name": name(key), "reports": n, "previous": before, "delta": n - before,
                      "change": round((n - before) / before, 4) if before else None})
    items.sort(key=lambda i: (-i["reports"], -i["delta"], i["key"]))
    return {"by": by, "period": {"from": q.start.isoformat(), "to": q.end.isoformat()},
            "previous_period": {"from": prev_start.isoformat(), "to": prev_end.isoformat()}, "items": items}


def _mid_lat() -> float:
    box = geo.default().bbox
    return (box[0] + box[1]) / 2 if box else 51.0


def _floor(s: Session, x: Any) -> Any:
    if s.get_bind().dialect.name == "postgresql":
        return cast(func.floor(x), Integer)
    t = cast(x, Integer)  # SQLite truncates toward zero
    return t - case((x < t, 1), else_=0)


def heat(s: Session, p: Principal, q: Query, cell_m: int = 250) -> dict[str, Any]:
    may_see(p)
    if not CELL_MIN <= cell_m <= CELL_MAX:
        raise _bad(f"cell_m must be {CELL_MIN} to {CELL_MAX} metres")
    return _kept(s, ("heat", q, cell_m), lambda: _heat(s, q, cell_m))


def _heat(s: Session, q: Query, cell_m: int) -> dict[str, Any]:
    k_lat = M_PER_DEG_LAT / cell_m
    k_lon = M_PER_DEG_LAT * math.cos(math.radians(_mid_lat())) / cell_m
    row, col = _floor(s, Report.lat * k_lat), _floor(s, Report.lon * k_lon)
    rows = s.execute(
        select(row, col, func.count()).where(*_filters(q), _reported(q.start, q.end), Report.lat.is_not(None),
                                             Report.lon.is_not(None)).group_by(row, col)
    ).all()
    cells = [{"lat": round((r + 0.5) / k_lat, 6), "lon": round((c + 0.5) / k_lon, 6), "n": int(n)}
             for r, c, n in rows]
    cells.sort(key=lambda x: (-x["n"], x["lat"], x["lon"]))
    return {"cell_m": cell_m, "period": {"from": q.start.isoformat(), "to": q.end.isoformat()},
            "cells": cells[:MAX_CELLS], "truncated": len(cells) > MAX_CELLS}


@lru_cache(maxsize=1)
def channel_target() -> dict[str, float]:
    """The city's target channel mix (``resources/reports/channel_target.json``): shares per group, sum 1."""
    doc = json.loads((RESOURCES_DIR / "reports" / "channel_target.json").read_text(encoding="utf-8"))
    target = {g: float(doc["target"][g]) for g in GROUPS}
    if abs(sum(target.values()) - 1.0) > 1e-6:
        raise ValueError("channel_target.json: the target shares must add up to 1")
    return target


def _months(start: dt.date, end: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    out = []
    d = start.replace(day=1)
    while d <= end:
        nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        out.append((f"{d.year:04d}-{d.month:02d}", max(d, start), min(nxt - dt.timedelta(days=1), end)))
        d = nxt
    return out


def channels(s: Session, p: Principal, q: Query) -> dict[str, Any]:
    may_see(p)
    desk_version = s.scalar(select(func.max(Change.seq)))  # a case or contact moment written
    return _kept(s, ("channels", q, desk_version), lambda: _channels(s, q))


def _channels(s: Session, q: Query) -> dict[str, Any]:
    months = _months(q.start, q.end)
    # The month of a report, by Belgian local time: the months' first moments in UTC, as one CASE.
    month = case(*[(Report.created_at < _utc(last + dt.timedelta(days=1)), literal(code))
                   for code, _first, last in months], else_=literal(None))
    rows = s.execute(
        select(month, Report.channel, func.count()).where(*_filters(q), _reported(q.start, q.end))
        .group_by(month, Report.channel)
    ).all()
    counts: dict[str, dict[str, int]] = {code: dict.fromkeys(GROUPS, 0) for code, _f, _l in months}
    for m, ch, n in rows:
        if m in counts:
            counts[m][CHANNEL_GROUPS.get(ch, "digital")] += int(n)
    out: list[dict[str, Any]] = []
    total = dict.fromkeys(GROUPS, 0)
    for code, first, last in months:
        c = counts[code]
        n = sum(c.values())
        for g in GROUPS:
            total[g] += c[g]
        complete = first.day == 1 and (last + dt.timedelta(days=1)).day == 1
        out.append({"month": code, "complete": complete, "total": n, "counts": c,
                    "shares": {g: _share(c[g], n) for g in GROUPS}})
    n_all = sum(total.values())
    filtered = any((q.category, q.main_category, q.department, q.zone))
    desk = None if filtered else _desk_contacts(s, q, months)
    all_contacts = None
    if desk is not None:
        all_months = []
        all_total = dict.fromkeys(GROUPS, 0)
        for mo in out:
            c = {g: mo["counts"][g] + desk["counts"][mo["month"]][g] for g in GROUPS}
            n = sum(c.values())
            for g in GROUPS:
                all_total[g] += c[g]
            all_months.append({"month": mo["month"], "complete": mo["complete"], "total": n, "counts": c,
                               "shares": {g: _share(c[g], n) for g in GROUPS}, "reports": mo["total"],
                               "cases": desk["cases"][mo["month"]],
                               "contact_moments": desk["contact_moments"][mo["month"]]})
        n_every = sum(all_total.values())
        all_contacts = {"months": all_months, "total": {"counts": all_total, "shares": {
            g: _share(all_total[g], n_every) for g in GROUPS}}}
    return {"target": channel_target(), "period": {"from": q.start.isoformat(), "to": q.end.isoformat()},
            "months": out, "total": {"counts": total, "shares": {g: _share(total[g], n_all) for g in GROUPS}},
            "all_contacts": all_contacts,
            "scope": "months/total: citizen reports (app and partner systems count as digital); all_contacts: "
                     "the reports with the desk's cases (by their intake channel) and contact moments, each "
                     "counted once (none when a report filter is given)"}


DESK_GROUPS = {"counter": "counter", "phone": "phone", "email": "digital", "digital": "digital", "app": "digital",
               "home_visit": "outreach", "outreach": "outreach"}
DESK_ENTITIES = (("cases", "case", "created_at"), ("contact_moments", "contact_moment", "at"))


def _desk_contacts(s: Session, q: Query, months: list[tuple[str, dt.date, dt.date]]) -> dict[str, Any]:
    """The desk's cases and contact moments per Belgian month and channel group, read from the synced records
    (their channel and UTC ISO time inside the record's JSON; a channel outside ``DESK_GROUPS`` is left out)."""
    codes = [code for code, _f, _l in months]
    out: dict[str, Any] = {"counts": {c: dict.fromkeys(GROUPS, 0) for c in codes},
                           "cases": dict.fromkeys(codes, 0), "contact_moments": dict.fromkeys(codes, 0)}
    lo, hi = _utc(q.start).isoformat(), _utc(q.end + dt.timedelta(days=1)).isoformat()
    for name, entity, field in DESK_ENTITIES:
        channel, at = Record.data["channel"].as_string(), Record.data[field].as_string()
        for ch, when in s.execute(select(channel, at).where(Record.entity == entity, at >= lo, at < hi)):
            group = DESK_GROUPS.get(ch or "")
            try:
                local = dt.datetime.fromisoformat(when).astimezone(CITY_TZ)
            except (TypeError, ValueError):
                continue
            month = f"{local.year:04d}-{local.month:02d}"
            if group is None or month not in out[name]:
                continue
            out["counts"][month][group] += 1
            out[name][month] += 1
    return out
