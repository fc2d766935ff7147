"""Free slots (the package docstring's **Free slots**): the busy intervals of advisors and rooms, read in one
query (``_occupied``) and searched by bisection (``_Busy``, ``free_slots``), the times written as ISO text for
thousands of slots at a time (``_iso``); also who may work with appointments (``require_booker``) and the time
helpers (``_aware``, ``_utc``, ``_ts``) the bookings and messages share. Apart because it is the hot path
(``bench/bench_slots.py``) and changes on its own.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import zoneinfo
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import BigInteger, String, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from casestore import roles
from casestore.models_appointments import OCCUPYING, Appointment
from casestore.services.appointments.config import Advisor, Config, Service, windows
from casestore.services.common import Principal, ServiceError

BOOKING_ROLES = frozenset({roles.COUNTER_CLERK, roles.THEME_DESK, roles.COORDINATOR, roles.OUTREACH})
MAX_PERSONS = 10
MAX_DAYS = 62


class _Busy:
    """A resource's taken intervals, merged and sorted: ``free(a, b)`` by bisection."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.ends, a)  # the first interval ending after a
        return i == len(self.ends) or self.starts[i] >= b

    def gaps(self, w0: int, w1: int) -> Iterator[tuple[int, int]]:
        """The free stretches of [w0, w1)."""
        i = bisect.bisect_right(self.ends, w0)
        g0 = w0
        while g0 < w1:
            if i < len(self.starts) and self.starts[i] < w1:
                yield g0, max(g0, self.starts[i])
                g0 = max(g0, self.ends[i])
                i += 1
            else:
                yield g0, w1
                return


Slot = tuple[int, int, str, str | None]  # start, end (epoch seconds), advisor, room


def _ts(t: dt.datetime) -> int:
    return int(_aware(t).timestamp())


def _aware(t: dt.datetime) -> dt.datetime:
    """A time read back (SQLite keeps no offset: every time is stored in UTC)."""
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def _utc(t: dt.datetime) -> dt.datetime:
    """A time to store or compare with stored ones: in UTC (SQLite drops the offset and keeps the digits)."""
    return _aware(t).astimezone(dt.UTC)


@functools.lru_cache(maxsize=65536)
def _sqlite_epoch(stored: str) -> int:
    """A time as SQLite keeps it (UTC digits, e.g. ``2026-12-03 08:30:00.000000``) in epoch seconds; the
    same quarter hours come back again and again, so they are parsed once."""
    return int(dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).timestamp())


def _occupied(s: Session, advisors: Sequence[str], rooms: Sequence[str], lo: dt.datetime, hi: dt.datetime,
              exclude: str | None = None) -> list[tuple[str, str | None, int, int]]:
    """Every appointment holding one of these advisors or rooms in [lo, hi): one query (thousands of rows
    for a few weeks: on SQLite the stored text is read as is and parsed once per distinct time; PostgreSQL
    answers epoch seconds)."""
    who = [Appointment.advisor.in_(list(advisors))]
    if rooms:
        who.append(Appointment.room.in_(list(rooms)))
    sqlite = s.get_bind().dialect.name == "sqlite"
    if sqlite:
        start: Any = type_coerce(Appointment.starts_at, String())
        end: Any = type_coerce(Appointment.ends_at, String())
    else:  # epoch seconds computed by PostgreSQL: no time-zone-aware datetime built per row
        start = cast(func.extract("epoch", Appointment.starts_at), BigInteger)
        end = cast(func.extract("epoch", Appointment.ends_at), BigInteger)
    q = select(Appointment.advisor, Appointment.room, start, end).where(
        Appointment.starts_at < _utc(hi), Appointment.ends_at > _utc(lo), Appointment.status.in_(OCCUPYING),
        or_(*who))
    if exclude is not None:
        q = q.where(Appointment.id != exclude)
    rows = s.connection().execute(q).all()
    if sqlite:
        return [(a, r, _sqlite_epoch(x), _sqlite_epoch(y)) for a, r, x, y in rows]
    return [(a, r, int(x), int(y)) for a, r, x, y in rows]


def free_slots(
    cfg: Config,
    sv: Service,
    advisors: Sequence[Advisor],
    first: dt.date,
    days: int,
    persons: int,
    taken: Iterable[tuple[str, str | None, int, int]],
    not_before: int,
    *,
    limit: int | None = None,
) -> list[Slot]:
    """The free slots of ``sv`` for ``advisors`` over ``days`` days from ``first``, by start then advisor."""
    by_adv: dict[str, list[tuple[int, int]]] = {}
    by_room: dict[str, list[tuple[int, int]]] = {}
    for who, room, a, b in taken:
        by_adv.setdefault(who, []).append((a, b))
        if room is not None:
            by_room.setdefault(room, []).append((a, b))
    adv_busy = {a.username: _Busy(by_adv.get(a.username, ())) for a in advisors}
    rooms = () if sv.home_visit else cfg.rooms.get(sv.department, ())
    room_busy = [(r, _Busy(by_room.get(r, ()))) for r in rooms]
    length = sv.duration(persons) * 60
    step = cfg.grid_minutes * 60
    home = sv.home_visit
    nrooms, last_room = len(room_busy), 0
    room_names = [r for r, _b in room_busy]
    room_starts = [b.starts for _r, b in room_busy]
    room_ends = [b.ends for _r, b in room_busy]
    bisect_right = bisect.bisect_right
    out: list[Slot] = []
    for n in range(days):
        day = first + dt.timedelta(days=n)
        found: list[Slot] = []
        for adv in advisors:
            name = adv.username
            busy = adv_busy[name]
            for w0, w1 in windows(cfg, adv, sv, day):
                for g0, g1 in busy.gaps(max(w0, not_before), w1):
                    t = g0 + -g0 % step  # on the grid (local quarter hours are UTC quarter hours in Belgium)
                    while t + length <= g1:
                        end = t + length
                        if home:
                            found.append((t, end, name, None))
                        else:
                            # The room that was free last first: along a free stretch it mostly still is.
                            for k in range(nrooms):
                                r = (last_room + k) % nrooms
                                ends = room_ends[r]
                                i = bisect_right(ends, t)  # the room's first booking ending after t
                                if i == len(ends) or room_starts[r][i] >= end:
                                    found.append((t, end, name, room_names[r]))
                                    last_room = r
                                    break
                        t += step
        found.sort()
        out.extend(found)
        if limit is not None and len(out) >= limit:
            return out[:limit]
    return out


@functools.lru_cache(maxsize=65536)
def _offset(tz: zoneinfo.ZoneInfo, hour: int) -> int:
    """The zone's UTC offset (seconds) during the UTC hour ``hour`` (the zones of the city change on the hour)."""
    off = dt.datetime.fromtimestamp(hour * 3600, tz).utcoffset()
    return int(off.total_seconds()) if off is not None else 0


@functools.lru_cache(maxsize=4096)
def _day_text(day: int) -> str:
    return (dt.date(1970, 1, 1) + dt.timedelta(days=day)).isoformat()


def _iso(cfg: Config, t: int) -> str:
    """``datetime.fromtimestamp(t, zone).isoformat()``, for thousands of slots at a time."""
    off = _offset(cfg.timezone, t // 3600)
    lt = t + off
    sec = lt % 86400
    sign, o = ("+", off) if off >= 0 else ("-", -off)
    return (f"{_day_text(lt // 86400)}T{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}"
            f"{sign}{o // 3600:02d}:{o % 3600 // 60:02d}")


def slot_view(cfg: Config, slot: Slot) -> dict[str, Any]:
    return {"start": _iso(cfg, slot[0]), "end": _iso(cfg, slot[1]), "advisor": slot[2], "room": slot[3]}


def require_booker(p: Principal) -> None:
    if p.role not in BOOKING_ROLES:
        raise ServiceError(403, "forbidden", "only counter clerks, theme-desk advisors, outreach workers and "
                                             "coordinators work with appointments")


def _advisors(cfg: Config, sv: Service, advisor: str | None) -> list[Advisor]:
    if advisor is None:
        return cfg.advisors_for(sv.code)
    adv = cfg.advisors.get(advisor)
    if adv is None or sv.code not in adv.services:
        raise ServiceError(404, "unknown_advisor", f"{advisor} does not give appointments for {sv.names['en']}")
    return [adv]


def slots(
    s: Session, p: Principal, cfg: Config, service: str, first: dt.date, days: int, persons: int,
    advisor: str | None, *, now: dt.datetime,
) -> list[dict[str, Any]]:
    require_booker(p)
    sv = cfg.service(service)
    if not 1 <= persons <= MAX_PERSONS:
        raise ServiceError(422, "bad_request", f"persons: 1 to {MAX_PERSONS}")
    if not 1 <= days <= MAX_DAYS:
        raise ServiceError(422, "bad_request", f"days: 1 to {MAX_DAYS}")
    advisors = _advisors(cfg, sv, advisor)
    today = now.astimezone(cfg.timezone).date()
    horizon = today + dt.timedelta(days=cfg.horizon_days + 1)
    if first >= horizon:  # beyond what can be booked (also a date at the calendar's end)
        return []
    last = min(first + dt.timedelta(days=days), horizon)
    first = max(first, today)
    if last <= first:
        return []
    lo = dt.datetime.combine(first, dt.time(0), tzinfo=cfg.timezone)
    hi = dt.datetime.combine(last, dt.time(0), tzinfo=cfg.timezone)
    rooms = () if sv.home_visit else cfg.rooms[sv.department]
    taken = _occupied(s, [a.username for a in advisors], rooms, lo, hi)
    found = free_slots(cfg, sv, advisors, first, (last - first).days, persons, taken, _ts(now) + 1)
    text: dict[int, str] = {}  # advisors share their times: each written once

    def iso(t: int) -> str:
        got = text.get(t)
        if got is None:
            got = text[t] = _iso(cfg, t)
        return got

    return [{"start": iso(a), "end": iso(b), "advisor": adv, "room": room} for a, b, adv, room in found]
