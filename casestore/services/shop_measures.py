"""The city shop's measures (issue 16): waiting and service times, no-shows, walk-ins against appointments and
visits, over the queue's tickets (``cs_queue_ticket``, ``casestore.models_queue``) of one shop and a period,
per service, per hour of the day, per day and per month.

**Which tickets.** Every ticket of the shop whose day (the shop's local day it was issued on, ``day``) lies in
the period ``from`` … ``to`` (both included, at most ``MAX_DAYS`` days). One ticket is one **visit**, however
often it was called, parked or transferred. Appointments that were never checked in have no ticket: they are
the appointments' own ``no_show`` status, not a visit here.

**Where a ticket counts.**

- *service*: the service it has now: a ticket transferred to another service counts once, under the service
  it was transferred to (the one that finished it); a transfer to a desk keeps its service;
- *hour*: the hour (the shop's local time, 0–23) its wait began (below);
- *day*: its ``day``; *month*: the month of its ``day``.

**The figures** (each breakdown row and the total carry all of them):

- ``visits``: tickets; ``walk_ins``: those without an appointment time; ``appointments``: those checked in
  for an appointment (``appointment_at`` set); ``appointment_share`` = appointments / visits;
- ``served``: tickets finished at a desk; ``no_shows``: tickets marked as not shown up after their calls;
  ``open``: the others (still waiting, called, serving, parked or transferred when asked: a ticket left
  waiting at closing time stays here); ``no_show_rate`` = no_shows / (served + no_shows), the share of the
  ended visits whose citizen did not come when called;
- **waiting time** (``waiting_median_s``, ``waiting_p90_s``, seconds): from the start of the wait to the
  ticket's *first* call (``first_called_at``), over every ticket called at least once (no-shows included:
  they waited in the queue too). The wait starts at the arrival (``arrived_at``), or at the appointment time
  when the citizen came for an appointment and arrived before it (the later of the two): an early visitor
  does not make the queue look slow. A recall does not end or extend it (the first call ended the wait); the
  second wait of a parked-and-returned or transferred ticket is not in it (it is part of the same visit,
  after its first call). Negative spans (a ticket called before its appointment time) count as 0;
- **service time** (``service_median_s``, ``service_p90_s``, seconds): from the *last* call to the finish,
  over the served tickets: the time at the desk that finished the visit. A recall restarts it (the missed
  calls were not service); for a parked-and-returned or transferred ticket it is the time at the desk that
  called it after the return or transfer (the earlier desk's time and the second wait are not in it);
- the median and the 90th percentile are interpolated linearly between the two nearest ranks (as
  PostgreSQL's ``percentile_cont``), computed in Python from one query, so both databases give the same
  figures; ``null`` when no ticket has the span.

**Visits per day**: ``by_day`` lists each day with visits; ``visits_per_day`` is the mean over those days (days
without any ticket, the shop closed, do not lower it).

**The channel mix** ("20 % at the counter"): ``counter_visits_per_month`` gives, per calendar month in the
period, the visits *served at the counter* (``served``: a no-show or a ticket never called was no contact),
with ``complete`` false when the period covers only part of the month. A channel-mix dashboard asks each shop
for whole months and divides the sum of their ``visits`` by the contacts of every channel in the same month.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casestore.models_queue import FINISHED, NO_SHOW, QueueTicket
from casestore.services.common import Principal, ServiceError
from casestore.services.queue import Shop
from wire.roles import SHOP_MEASURES

MAX_DAYS = 366
MEASURE_ROLES = SHOP_MEASURES

# The figures of every row, in this order (the CSV's columns after breakdown and key).
FIGURES = ("visits", "walk_ins", "appointments", "appointment_share", "served", "no_shows", "no_show_rate",
           "open", "waiting_median_s", "waiting_p90_s", "service_median_s", "service_p90_s")


def require_coordinator(p: Principal) -> None:
    if p.role not in MEASURE_ROLES:
        raise ServiceError(403, "forbidden", "only coordinators and administrators see the shop's measures")


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ServiceError(400, "bad_request", f"the period ends ({end}) before it begins ({start})")
    days = (end - start).days + 1
    if days > MAX_DAYS:
        raise ServiceError(400, "bad_request", f"the period is {days} days long: at most {MAX_DAYS} days at a time")


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q`` quantile (0…1) of sorted ``values``, interpolated linearly between the nearest ranks (as
    PostgreSQL's ``percentile_cont``); None for no values."""
    if not values:
        return None
    pos = (len(values) - 1) * q
    lo = math.floor(pos)
    hi = math.ceil(pos)
    return values[lo] + (values[hi] - values[lo]) * (pos - lo)


_EPOCH = dt.datetime(1970, 1, 1)


def _seconds(t: dt.datetime) -> float:
    """Seconds since the epoch; a time without offset (SQLite) is UTC. (Cheaper than making it aware.)"""
    return t.timestamp() if t.tzinfo is not None else (t - _EPOCH).total_seconds()


@dataclass
class _Tally:
    visits: int = 0
    appointments: int = 0
    served: int = 0
    no_shows: int = 0
    waits: list[float] = field(default_factory=list)
    services: list[float] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        ended = self.served + self.no_shows
        self.waits.sort()
        self.services.sort()

        def secs(v: float | None) -> float | None:
            return None if v is None else round(v, 1)

        return {
            "visits": self.visits,
            "walk_ins": self.visits - self.appointments,
            "appointments": self.appointments,
            "appointment_share": round(self.appointments / self.visits, 4) if self.visits else None,
            "served": self.served,
            "no_shows": self.no_shows,
            "no_show_rate": round(self.no_shows / ended, 4) if ended else None,
            "open": self.visits - ended,
            "waiting_median_s": secs(percentile(self.waits, 0.5)),
            "waiting_p90_s": secs(percentile(self.waits, 0.9)),
            "service_median_s": secs(percentile(self.services, 0.5)),
            "service_p90_s": secs(percentile(self.services, 0.9)),
        }


def _rows(s: Session, shop: Shop, start: dt.date, end: dt.date) -> Iterable[Any]:
    """One query: what the figures need of every ticket of the period (index ``ix_queue_ticket_day``)."""
    t = QueueTicket
    return s.execute(
        select(t.service, t.day, t.status, t.arrived_at, t.appointment_at, t.first_called_at, t.called_at,
               t.finished_at)
        .where(t.shop == shop.code, t.day >= start, t.day <= end)
    )


def compute(s: Session, shop: Shop, start: dt.date, end: dt.date) -> dict[str, Any]:
    """The measures of ``shop`` over the days ``start`` … ``end`` (see the module's description); no role check."""
    check_period(start, end)
    tz = shop.timezone
    total = _Tally()
    by_service: dict[str, _Tally] = defaultdict(_Tally)
    by_hour: dict[int, _Tally] = defaultdict(_Tally)
    by_day: dict[dt.date, _Tally] = defaultdict(_Tally)
    by_month: dict[str, _Tally] = defaultdict(_Tally)
    hours: dict[int, int] = {}  # UTC hour since the epoch -> the shop's local hour of the day

    def local_hour(at: float) -> int:
        key = int(at // 3600)
        if key not in hours:
            hours[key] = dt.datetime.fromtimestamp(key * 3600, tz).hour
        return hours[key]

    for service, day, status, arrived, appointment, first_call, last_call, finished in _rows(s, shop, start, end):
        wait_from = _seconds(arrived)
        if appointment is not None:
            wait_from = max(wait_from, _seconds(appointment))
        hour = local_hour(wait_from)
        wait = None
        if first_call is not None:
            wait = max(0.0, _seconds(first_call) - wait_from)
        service_time = None
        if status == FINISHED and last_call is not None and finished is not None:
            service_time = max(0.0, _seconds(finished) - _seconds(last_call))
        for tally in (total, by_service[service], by_hour[hour], by_day[day], by_month[f"{day:%Y-%m}"]):
            tally.visits += 1
            if appointment is not None:
                tally.appointments += 1
            if status == FINISHED:
                tally.served += 1
            elif status == NO_SHOW:
                tally.no_shows += 1
            if wait is not None:
                tally.waits.append(wait)
            if service_time is not None:
                tally.services.append(service_time)

    def names(code: str) -> dict[str, str]:
        sv = shop.services.get(code)
        return dict(sv.name) if sv else {}

    months = []
    for month in sorted(by_month):
        first = dt.date.fromisoformat(f"{month}-01")
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        months.append({"month": month, "visits": by_month[month].served,
                       "complete": start <= first and last <= end})
    return {
        "shop": shop.code,
        "from": start,
        "to": end,
        "timezone": str(tz),
        "total": total.figures(),
        "by_service": [{"service": code, "name": names(code), **by_service[code].figures()}
                       for code in [c for c in shop.services if c in by_service]
                       + sorted(set(by_service) - set(shop.services))],
        "by_hour": [{"hour": h, **by_hour[h].figures()} for h in sorted(by_hour)],
        "by_day": [{"day": d, **by_day[d].figures()} for d in sorted(by_day)],
        "by_month": [{"month": m, **by_month[m].figures()} for m in sorted(by_month)],
        "visits_per_day": round(total.visits / len(by_day), 1) if by_day else None,
        "counter_visits_per_month": months,
    }


def measures(s: Session, p: Principal, shop: Shop, start: dt.date, end: dt.date) -> dict[str, Any]:
    require_coordinator(p)
    return compute(s, shop, start, end)


def to_csv(m: dict[str, Any]) -> str:
    """The measures as CSV (comma-separated, a header row): one row per breakdown row, ``breakdown`` naming it
    (total, service, hour, day, month) and ``key`` its service code, hour, day or month. Codes and numbers
    only: no text a spreadsheet could take for a formula."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(("breakdown", "key", *FIGURES))

    def row(kind: str, key: object, figures: dict[str, Any]) -> None:
        w.writerow((kind, key, *("" if figures[f] is None else figures[f] for f in FIGURES)))

    row("total", "", m["total"])
    for r in m["by_service"]:
        row("service", r["service"], r)
    for r in m["by_hour"]:
        row("hour", f"{r['hour']:02d}", r)
    for r in m["by_day"]:
        row("day", r["day"].isoformat() if isinstance(r["day"], dt.date) else r["day"], r)
    for r in m["by_month"]:
        row("month", r["month"], r)
    return out.getvalue()
