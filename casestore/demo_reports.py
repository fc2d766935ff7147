"""A year of synthetic citizen reports for the demo city Meerhoven, so the dashboard has something to show
(issue 15). Synthetic people only (made-up names, ``example.org`` addresses, ``demo-reporter-…`` ids).

What it makes (``n`` reports over the 365 days up to ``today``, more on working days and in working hours):

- hotspots: litter (``zwerfvuil``) around the station in Stationswijk (MH10), speeding (``snelheid``) along one
  road (the Ringlaan across the north), rats (``ratten``) along the canal in Scheldeoever; the rest spread over
  the city and every category;
- statuses and lead times: about 70 % solved within ten working days, the rest later; 4 % cancelled; some waiting
  on a third party (Fluvius, De Watergroep, De Lijn …), some reopened (a few still open again); the last weeks'
  reports mostly still open;
- channels near the city's 50/25/20/5 target but not on it (digital ~46 %, phone ~28 %, counter ~19 %,
  outreach ~7 %);
- reporters: mostly one citizen with a contact channel, some anonymous, some "me too"; a few engaged reporters
  (the same person reporting one topic again and again, with consent to be contacted).

``seed_demo_reports`` is idempotent: it does nothing when demo reports exist (``created_by = "demo"``). It writes
with bulk inserts and takes report numbers from the same counters as ``services.reports`` (no clash later).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session, sessionmaker

from casestore.db import make_engine, make_sessionmaker
from casestore.models_reports import Report, ReportReporter, ReportStatusChange
from casestore.services.records import bump_counters
from wire import geo
from wire import reports as catalogue
from wire.calendar import WorkingCalendar, term_end

CITY_TZ = ZoneInfo("Europe/Brussels")
DEMO_BY = "demo"
CALENDAR = WorkingCalendar()

STATION = (51.0262, 3.8330)  # Stationswijk, the station square
ROAD = ((51.0480, 3.8230), (51.0470, 3.9200))  # the Ringlaan, west to east across the north
CANAL = ((51.0205, 3.8990), (51.0350, 3.9230))  # the canal along Scheldeoever
CHANNEL_WEIGHTS = {"app": 0.40, "partner": 0.06, "phone": 0.28, "counter": 0.19, "outreach": 0.07}
PARTIES = ("Fluvius", "De Watergroep", "De Lijn", "Infrabel", "Agentschap Wegen en Verkeer", "Telenet")
FIRST = ("An", "Bart", "Chloé", "Dirk", "Els", "Fatima", "Geert", "Hanne", "Ilse", "Jan", "Karim", "Lotte",
         "Marc", "Nadia", "Olivier", "Pieter", "Rita", "Sofie", "Tom", "Yasmine")
LAST = ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
        "De Smet", "Dubois", "Lambert", "El Amrani", "Vermeulen", "Van Damme")
# The engaged reporters: (topic category, where, how many reports)
ENGAGED = (("snelheid", ROAD, 9), ("ratten", CANAL, 7), ("zwerfvuil", STATION, 12), ("speeltuin", None, 5),
           ("straatverlichting", None, 4), ("hondenpoep", None, 6))


def _meters(lat: float, dn: float, de: float) -> tuple[float, float]:
    return dn / geo.M_PER_DEG_LAT, de / (geo.M_PER_DEG_LAT * math.cos(math.radians(lat)))


def _near(rng: random.Random, p: tuple[float, float], sd_m: float) -> tuple[float, float]:
    dlat, dlon = _meters(p[0], rng.gauss(0, sd_m), rng.gauss(0, sd_m))
    return p[0] + dlat, p[1] + dlon


def _along(rng: random.Random, line: tuple[tuple[float, float], tuple[float, float]], sd_m: float
           ) -> tuple[float, float]:
    t = rng.random()
    a, b = line
    return _near(rng, (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), sd_m)


def _anywhere(rng: random.Random, zones: geo.Zones) -> tuple[float, float]:
    box = zones.bbox or (51.0, 51.055, 3.818, 3.926)
    for _ in range(100):
        lat, lon = rng.uniform(box[0], box[1]), rng.uniform(box[2], box[3])
        if zones.in_city(lat, lon):
            return lat, lon
    return (box[0] + box[1]) / 2, (box[2] + box[3]) / 2


def _when(rng: random.Random, first: dt.date, days: int) -> dt.datetime:
    """A moment of the year: working days three times as likely, mostly 8-20 h (Brussels)."""
    while True:
        day = first + dt.timedelta(days=rng.randrange(days))
        if CALENDAR.is_working_day(day) or rng.random() < 0.33:
            break
    minute = int(rng.triangular(7 * 60, 22 * 60, 11 * 60))
    local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randrange(60)), CITY_TZ)
    return local.astimezone(dt.UTC)


def _local(t: dt.datetime) -> dt.date:
    return t.astimezone(CITY_TZ).date()


def _person(rng: random.Random, i: int, channel: str) -> dict[str, Any]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    contact = {"app": "mail", "partner": "mail", "phone": "phone", "counter": rng.choice(("letter", "mail")),
               "outreach": rng.choice(("letter", "phone", "sms"))}[channel]
    return {"person_id": f"demo-reporter-{i:05d}" if contact == "letter" or rng.random() < 0.5 else None,
            "first_name": first, "last_name": last,
            "email": f"{first}.{last}.{i}@example.org".lower().replace(" ", "").replace("é", "e"),
            "phone": f"+32 470 {i // 1000 % 100:02d} {i % 1000:03d}", "language": rng.choices(
                ("nl", "fr", "en", "de"), (0.82, 0.12, 0.05, 0.01))[0], "contact_channel": contact,
            "consent": rng.random() < 0.3}


def seed_demo_reports(session_factory_or_url: str | sessionmaker[Session], n: int = 4000, seed: int = 15,
                      today: dt.date | None = None) -> int:
    """Write ``n`` synthetic reports over the year up to ``today`` (Belgian local date; default today);
    returns how many were written: 0 when demo reports exist already."""
    if isinstance(session_factory_or_url, str):
        engine = make_engine(session_factory_or_url)
        try:
            return seed_demo_reports(make_sessionmaker(engine), n, seed, today)
        finally:
            engine.dispose()
    with session_factory_or_url.begin() as s:
        if s.scalar(select(exists().where(Report.created_by == DEMO_BY))):
            return 0
        return _seed(s, n, seed, today or dt.datetime.now(CITY_TZ).date())


def _plan(rng: random.Random, n: int, zones: geo.Zones, cats: catalogue.Categories
          ) -> list[tuple[str, tuple[float, float], int | None]]:
    """(category, point, engaged reporter index or None) for each report."""
    subs = list(cats.subs)
    plan: list[tuple[str, tuple[float, float], int | None]] = []
    for i, (cat, where, k) in enumerate(ENGAGED):
        for _ in range(k):
            if where is None:
                pt = _anywhere(rng, zones) if not plan or plan[-1][0] != cat else _near(rng, plan[-1][1], 60)
            elif where is STATION:
                pt = _near(rng, STATION, 150)
            else:
                pt = _along(rng, where, 40)  # type: ignore[arg-type]
            plan.append((cat, pt, i))
    hot = [("zwerfvuil", lambda: _near(rng, STATION, 220), 0.11), ("snelheid", lambda: _along(rng, ROAD, 60), 0.05),
           ("ratten", lambda: _along(rng, CANAL, 50), 0.05), ("sluikstort", lambda: _near(rng, STATION, 300), 0.02)]
    for cat, where_fn, share in hot:
        plan += [(cat, where_fn(), None) for _ in range(int(n * share))]
    while len(plan) < n:
        plan.append((rng.choice(subs), _anywhere(rng, zones), None))
    return plan[:n]


def _seed(s: Session, n: int, seed: int, today: dt.date) -> int:
    rng = random.Random(seed)
    cats, zones = catalogue.default(), geo.default()
    first_day = today - dt.timedelta(days=364)
    plan = _plan(rng, n, zones, cats)
    moments = sorted(_when(rng, first_day, 365) for _ in plan)
    rng.shuffle(plan)
    # numbers from the same counters as the service: per year of reporting
    per_year: dict[int, int] = {}
    for t in moments:
        per_year[_local(t).year] = per_year.get(_local(t).year, 0) + 1
    top = bump_counters(s, {f"report:{y}": k for y, k in per_year.items()})
    next_no = {y: top[f"report:{y}"] - k + 1 for y, k in per_year.items()}
    now = dt.datetime.now(dt.UTC)
    engaged_people = [_person(rng, 90000 + i, "app") | {"person_id": f"demo-engaged-{i:02d}", "consent": True,
                                                         "contact_channel": "mail"} for i in range(len(ENGAGED))]
    reports: list[dict[str, Any]] = []
    reporters: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    for i, ((cat, (lat, lon), engaged), created) in enumerate(zip(plan, moments, strict=True)):
        sub = cats.subs[cat]
        year = _local(created).year
        rid = f"M{year}-{next_no[year]:06d}"
        next_no[year] += 1
        start = _local(created)
        channel = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()))[0]
        row: dict[str, Any] = {
            "id": rid, "category": cat, "main_category": sub.main, "department": sub.department,
            "priority": sub.priority, "description": f"{sub.names['nl']} (demo)", "lat": round(lat, 6),
            "lon": round(lon, 6), "address": None, "channel": channel, "status": cats.first_status, "is_open": True,
            "parent_id": None, "deadline": sub.term.deadline(CALENDAR, start),
            "deadline_3x": sub.term.deadline(CALENDAR, start, factor=3),
            "deadline_10wd": term_end(CALENDAR, start, 10, "working_days"), "media_sha256": None, "media_url": None,
            "created_by": DEMO_BY, "created_at": created, "updated_at": created, "closed_at": None,
            "intake_id": None, "zone": zones.zone_of(lat, lon), "assigned_to": None, "external_party": None,
            "route_pinned": False, "reopened": 0, "closed_on": None, "lead_seconds": None,
        }
        history.append({"report_id": rid, "previous": None, "status": cats.first_status, "note": None,
                        "tell_citizen": True, "by": DEMO_BY, "at": created, "request_id": None})
        _outcome(rng, row, today, now, history)
        reports.append(row)
        if engaged is not None:
            who = engaged_people[engaged]
            reporters.append(who | {"report_id": rid, "me_too": False, "added_by": DEMO_BY, "added_at": created})
        elif rng.random() >= 0.08:
            reporters.append(_person(rng, i, channel) | {"report_id": rid, "me_too": False, "added_by": DEMO_BY,
                                                          "added_at": created})
            if rng.random() < 0.06:  # someone else reported the same ("me too")
                reporters.append(_person(rng, n + i, "phone") | {"report_id": rid, "me_too": True,
                                                                  "added_by": DEMO_BY,
                                                                  "added_at": created + dt.timedelta(days=1)})
    for chunk in range(0, len(reports), 1000):
        s.execute(insert(Report), reports[chunk:chunk + 1000])
    for chunk in range(0, len(reporters), 1000):
        s.execute(insert(ReportReporter), reporters[chunk:chunk + 1000])
    from casestore.services.report_people import stamp_reporters  # who they are, their report's topic (0011)

    stamp_reporters(s)
    for chunk in range(0, len(history), 1000):
        s.execute(insert(ReportStatusChange), history[chunk:chunk + 1000])
    return len(reports)


def _close(row: dict[str, Any], status: str, at: dt.datetime, history: list[dict[str, Any]], previous: str,
           note: str | None = None) -> None:
    row.update(status=status, is_open=False, closed_at=at, updated_at=at, closed_on=_local(at),
               lead_seconds=(at - row["created_at"]).total_seconds())
    history.append({"report_id": row["id"], "previous": previous, "status": status, "note": note,
                    "tell_citizen": True, "by": DEMO_BY, "at": at, "request_id": None})


def _step(row: dict[str, Any], status: str, at: dt.datetime, history: list[dict[str, Any]], note: str | None = None
          ) -> None:
    history.append({"report_id": row["id"], "previous": row["status"], "status": status, "note": note,
                    "tell_citizen": status != "in_behandeling", "by": DEMO_BY, "at": at, "request_id": None})
    row.update(status=status, is_open=True, updated_at=at, closed_at=None, closed_on=None, lead_seconds=None)


def _closing_moment(rng: random.Random, start: dt.date, created: dt.datetime, wd: int) -> dt.datetime:
    day = start if wd == 0 else term_end(CALENDAR, start, wd, "working_days")
    at = dt.datetime.combine(day, dt.time(rng.randrange(8, 17), rng.randrange(60)), CITY_TZ).astimezone(dt.UTC)
    return at if at > created else created + dt.timedelta(hours=rng.uniform(1, 5))


def _outcome(rng: random.Random, row: dict[str, Any], today: dt.date, now: dt.datetime,
             history: list[dict[str, Any]]) -> None:
    """Where the report stands today: solved (about 70 % within ten working days), cancelled, waiting on a
    third party, reopened, or still open."""
    created: dt.datetime = row["created_at"]
    start = _local(created)
    r = rng.random()
    if r < 0.04:
        _close(row, "geannuleerd", _closing_moment(rng, start, created, rng.randrange(0, 3)), history, "gemeld",
               "dubbele melding")
        return
    wd = rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10)) if rng.random() < 0.72 else rng.randrange(11, 45)
    waiting = rng.random() < 0.07
    at = _closing_moment(rng, start, created, wd)
    first_step = created + (at - created) * 0.3
    if waiting:
        party = rng.choice(PARTIES)
        row["external_party"] = party
        _step(row, "wacht_op_derde", first_step, history, f"doorgestuurd naar {party}")
    else:
        _step(row, rng.choice(("ingepland", "in_behandeling")), first_step, history)
    if _local(at) >= today or at >= now:  # not done yet
        if first_step >= now:
            row.update(status="gemeld", external_party=None)
            del history[-1]
        return
    _close(row, "afgehandeld", at, history, row["status"])
    if rng.random() < 0.04:  # the citizen says it is not fixed
        again = at + dt.timedelta(days=rng.uniform(1, 10))
        if _local(again) >= today:
            return
        row["reopened"] = 1
        _step(row, "heropend", again, history, "de melder meldt dat het probleem blijft")
        fixed = again + dt.timedelta(days=rng.uniform(1, 15))
        if _local(fixed) < today and rng.random() < 0.6:
            _close(row, "afgehandeld", fixed, history, "heropend")
