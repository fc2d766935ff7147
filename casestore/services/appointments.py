"""Theme-desk appointments (issue 16, server side): the services, advisors, hours and rooms from
``resources/shop/appointments.yaml``; free slots; book, move, cancel (also by the citizen's cancellation
reference) and check in; the confirmation and the reminder the day before; the synced ``appointment`` record.

**Who may.** Counter clerks, theme-desk advisors, coordinators and outreach workers (who plan their own home
visits); administrators get ``403``. A person named in a booking must exist and be in the caller's view (a
booking would otherwise bring a stranger into an advisor's caseload).

**Free slots.** For each advisor who gives the service: within their working hours and the shop's opening
hours (a home visit only within the working hours), not on a Belgian public holiday or a city closing day,
not overlapping the advisor's appointments, with a free room of the service's department (a home visit needs
none), lasting ``minutes + extra_minutes_per_person × (persons - 1)``, starting on the grid (every
``grid_minutes``) and after now. One query per request reads every appointment of those advisors and rooms in
the range; the rest is computed here (``free_slots``).

**Booking twice at once.** A booking (or a move) locks the rows ``advisor:<name>`` of its candidate advisors
and ``rooms:<department>`` in ``cs_appointment_lock`` (``SELECT … FOR UPDATE`` on PostgreSQL, in key order;
on SQLite every writing transaction begins with ``BEGIN IMMEDIATE``, so they run one after the other), then
reads what overlaps under the lock: of two desks booking overlapping times for one advisor or the last room,
exactly one wins; the other gets ``409 slot_taken`` with the next free slot. A request id (per device) makes a
booking idempotent: the same request again answers with the same appointment.

**Messages.** Booking, moving and cancelling queue a message to the citizen in their channel (the person's
``preferred_channel``: e-mail or SMS through the gateway, a letter is kept ``to_print``), in their language;
``due_reminders(now)`` queues the reminder for every appointment of the next day (``python -m casestore.cli
appointments remind``). Each message's id is derived from the appointment, its kind and its time, so a
re-sent request or a second reminder run never sends one twice.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import secrets
import uuid
import zoneinfo
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import String, and_, bindparam, or_, select, type_coerce
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from casestore import roles, validation
from casestore.models import Record, utcnow
from casestore.models_appointments import (
    BOOKED,
    CANCELLED,
    CHECKED_IN,
    OCCUPYING,
    Appointment,
    AppointmentLock,
)
from casestore.services import queue
from casestore.services.common import Principal, ServiceError, outside_caseload
from casestore.services.records import FeedWriter, _new_record, _state, flush_feed, write_records
from casestore.services.visibility import person_visible
from wire.calendar import belgian_public_holidays

CONFIG_FILE = "appointments.yaml"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
BOOKING_ROLES = frozenset({roles.COUNTER_CLERK, roles.THEME_DESK, roles.COORDINATOR, roles.OUTREACH})
MAX_PERSONS = 10
MAX_DAYS = 62
MAX_LIST_DAYS = 92
MAX_REASON = 500
MAX_PLACE = 300
# The citizen's cancellation reference: 8 characters without the look-alikes 0/O and 1/I (and L).
REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REF_LENGTH = 8
_MESSAGE_NS = uuid.UUID("6f1d6c8e-3f0a-4c55-9a57-0c1b8f1e6a10")
LANGUAGES = ("nl", "fr", "de", "en")

# ------------------------------------------------------------------------------------------ the data


class AppointmentConfigError(ValueError):
    """The appointments file cannot be used: the message names the file and what is wrong."""


Hours = tuple[tuple[int, int], ...]  # [from, to) in minutes after local midnight


@dataclass(frozen=True, slots=True)
class Service:
    code: str
    names: dict[str, str]
    minutes: int
    extra_minutes_per_person: int
    department: str
    home_visit: bool
    queue_service: str

    def duration(self, persons: int) -> int:
        return self.minutes + self.extra_minutes_per_person * (persons - 1)


@dataclass(frozen=True, slots=True)
class Advisor:
    username: str
    name: str
    department: str
    services: tuple[str, ...]
    hours: tuple[Hours, ...]  # per weekday, Monday first


@dataclass(frozen=True, slots=True)
class Config:
    timezone: zoneinfo.ZoneInfo
    grid_minutes: int
    horizon_days: int
    closing_days: frozenset[tuple[int, int]]
    check_in_shop: str | None
    opening: tuple[Hours, ...]
    rooms: dict[str, tuple[str, ...]]  # per department
    services: dict[str, Service]
    advisors: dict[str, Advisor]

    def service(self, code: str) -> Service:
        try:
            return self.services[code]
        except KeyError:
            raise ServiceError(404, "unknown_service", f"there is no appointment service {code!r}") from None

    def advisors_for(self, service: str) -> list[Advisor]:
        return [a for a in self.advisors.values() if service in a.services]

    def closed(self, day: dt.date) -> bool:
        return day in belgian_public_holidays(day.year) or (day.month, day.day) in self.closing_days


def _minutes(raw: object, where: str) -> int:
    if not isinstance(raw, str) or len(raw) != 5 or raw[2] != ":" or not (raw[:2] + raw[3:]).isdigit():
        raise AppointmentConfigError(f"{where}: times are written HH:MM, e.g. 08:30")
    h, m = int(raw[:2]), int(raw[3:])
    if h > 24 or m > 59 or (h == 24 and m):
        raise AppointmentConfigError(f"{where}: {raw} is not a time of day")
    return h * 60 + m


def _week(raw: object, where: str) -> tuple[Hours, ...]:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict) or not all(k in WEEKDAYS for k in raw):
        raise AppointmentConfigError(f"{where}: hours map weekdays ({', '.join(WEEKDAYS)}) to [from, to] lists")
    week: list[Hours] = []
    for day in WEEKDAYS:
        ranges = raw.get(day) or []
        if not isinstance(ranges, list):
            raise AppointmentConfigError(f"{where}.{day}: must be a list of [from, to]")
        got: list[tuple[int, int]] = []
        for r in ranges:
            if not isinstance(r, list) or len(r) != 2:
                raise AppointmentConfigError(f"{where}.{day}: each range is [from, to], e.g. [\"09:00\", \"12:00\"]")
            a, b = _minutes(r[0], f"{where}.{day}"), _minutes(r[1], f"{where}.{day}")
            if a >= b:
                raise AppointmentConfigError(f"{where}.{day}: {r[0]}–{r[1]} ends before it starts")
            got.append((a, b))
        got.sort()
        if any(got[i][1] > got[i + 1][0] for i in range(len(got) - 1)):
            raise AppointmentConfigError(f"{where}.{day}: the ranges overlap")
        week.append(tuple(got))
    return tuple(week)


def _code(raw: object, where: str) -> str:
    if not validation.is_id(raw) or len(str(raw)) > 40:
        raise AppointmentConfigError(f"{where}: code must be 1 to 40 letters, digits or . _ : -")
    return str(raw)


def _positive_int(raw: object, where: str, *, zero: bool = False) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < (0 if zero else 1):
        raise AppointmentConfigError(f"{where}: must be a whole number{' (0 or more)' if zero else ' above 0'}")
    return raw


def parse_config(doc: object, where: str = CONFIG_FILE) -> Config:
    if not isinstance(doc, dict):
        raise AppointmentConfigError(f"{where}: needs settings, departments, services and advisors")
    st = doc.get("settings") or {}
    if not isinstance(st, dict):
        raise AppointmentConfigError(f"{where}: settings must be a mapping")
    try:
        tz = zoneinfo.ZoneInfo(str(st.get("timezone") or "Europe/Brussels"))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        raise AppointmentConfigError(f"{where}: unknown timezone {st.get('timezone')!r}") from e
    grid = _positive_int(st.get("grid_minutes", 15), f"{where}: settings.grid_minutes")
    if 60 % grid and grid % 60:
        raise AppointmentConfigError(f"{where}: settings.grid_minutes must divide an hour (5, 10, 15, 20, 30, 60)")
    horizon = _positive_int(st.get("horizon_days", 92), f"{where}: settings.horizon_days")
    closing: set[tuple[int, int]] = set()
    for d in st.get("closing_days") or []:
        try:
            m, day = (int(x) for x in str(d).split("-"))
            dt.date(2024, m, day)
        except ValueError:
            raise AppointmentConfigError(f"{where}: settings.closing_days: {d!r} is not MM-DD") from None
        closing.add((m, day))
    shop = st.get("check_in_shop")
    opening = _week(st.get("opening_hours"), f"{where}: settings.opening_hours")
    rooms: dict[str, tuple[str, ...]] = {}
    deps = doc.get("departments") or {}
    if not isinstance(deps, dict):
        raise AppointmentConfigError(f"{where}: departments must map a department to its rooms")
    seen_rooms: set[str] = set()
    for dep, body in deps.items():
        at = f"{where}: departments.{dep}"
        listed = (body or {}).get("rooms") or [] if isinstance(body, dict) else None
        if not isinstance(listed, list):
            raise AppointmentConfigError(f"{at}: rooms must be a list of room codes")
        codes = tuple(_code(r, f"{at}.rooms") for r in listed)
        if seen_rooms & set(codes) or len(set(codes)) != len(codes):
            raise AppointmentConfigError(f"{at}: a room belongs to one department, listed once")
        seen_rooms |= set(codes)
        rooms[str(dep)] = codes
    services: dict[str, Service] = {}
    for i, raw in enumerate(doc.get("services") or []):
        at = f"{where}: services[{i}]"
        if not isinstance(raw, dict):
            raise AppointmentConfigError(f"{at}: must be a mapping")
        code = _code(raw.get("code"), at)
        names = raw.get("names")
        if not isinstance(names, dict) or not all(isinstance(names.get(lang), str) and names[lang]
                                                  for lang in LANGUAGES):
            raise AppointmentConfigError(f"{at}: names must give the service's name in {', '.join(LANGUAGES)}")
        dep = raw.get("department")
        if dep not in rooms:
            raise AppointmentConfigError(f"{at}: department {dep!r} is not listed under departments")
        home = raw.get("home_visit", False)
        if not isinstance(home, bool):
            raise AppointmentConfigError(f"{at}: home_visit must be true or false")
        if not home and not rooms[dep]:
            raise AppointmentConfigError(f"{at}: department {dep} has no rooms for appointments at the shop")
        if code in services:
            raise AppointmentConfigError(f"{at}: service {code} is listed twice")
        services[code] = Service(
            code, {lang: str(names[lang]) for lang in LANGUAGES},
            _positive_int(raw.get("minutes"), f"{at}.minutes"),
            _positive_int(raw.get("extra_minutes_per_person", 0), f"{at}.extra_minutes_per_person", zero=True),
            str(dep), home, _code(raw.get("queue_service"), f"{at}.queue_service"),
        )
    if not services:
        raise AppointmentConfigError(f"{where}: lists no services")
    advisors: dict[str, Advisor] = {}
    for i, raw in enumerate(doc.get("advisors") or []):
        at = f"{where}: advisors[{i}]"
        if not isinstance(raw, dict):
            raise AppointmentConfigError(f"{at}: must be a mapping")
        name = raw.get("username")
        if not isinstance(name, str) or not validation.is_id(name) or len(name) > 100:
            raise AppointmentConfigError(f"{at}: username must be the advisor's staff account")
        given = raw.get("services")
        if not isinstance(given, list) or not given or any(x not in services for x in given):
            raise AppointmentConfigError(f"{at}: services must list services of this file")
        if name in advisors:
            raise AppointmentConfigError(f"{at}: advisor {name} is listed twice")
        advisors[name] = Advisor(name, str(raw.get("name") or name), str(raw.get("department") or ""),
                                 tuple(given), _week(raw.get("hours"), f"{at}.hours"))
    return Config(tz, grid, horizon, frozenset(closing), str(shop) if shop else None, opening, rooms, services,
                  advisors)


@functools.lru_cache(maxsize=8)
def _load(path: str, _stamp: tuple[int, int]) -> Config:
    try:
        doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise AppointmentConfigError(f"{CONFIG_FILE}: cannot be read: {e}") from e
    return parse_config(doc)


def load_config(folder: Path) -> Config:
    """The appointments file of the shop folder (read again when it changed)."""
    path = Path(folder) / CONFIG_FILE
    try:
        st = path.stat()
    except OSError as e:
        raise AppointmentConfigError(f"{path}: not found ({e.strerror})") from e
    return _load(str(path), (st.st_mtime_ns, st.st_size))


def services_info(cfg: Config) -> list[dict[str, Any]]:
    return [
        {"code": sv.code, "names": dict(sv.names), "minutes": sv.minutes,
         "extra_minutes_per_person": sv.extra_minutes_per_person, "department": sv.department,
         "home_visit": sv.home_visit}
        for sv in cfg.services.values()
    ]


# ------------------------------------------------------------------------------------------ the hours


@functools.lru_cache(maxsize=1024)
def _intersect(a: Hours, b: Hours) -> Hours:
    out = []
    for x0, x1 in a:
        for y0, y1 in b:
            lo, hi = max(x0, y0), min(x1, y1)
            if lo < hi:
                out.append((lo, hi))
    return tuple(sorted(out))


@functools.lru_cache(maxsize=4096)
def _epoch(tz: zoneinfo.ZoneInfo, day: dt.date, minutes: int) -> int:
    """A local wall-clock time (``minutes`` after midnight, up to 24:00) in epoch seconds."""
    if minutes >= 24 * 60:
        day, minutes = day + dt.timedelta(days=1), minutes - 24 * 60
    return int(dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=tz).timestamp())


def windows(cfg: Config, adv: Advisor, sv: Service, day: dt.date) -> list[tuple[int, int]]:
    """When ``adv`` can give ``sv`` on ``day``, as epoch seconds [start, end)."""
    if cfg.closed(day):
        return []
    hours = adv.hours[day.weekday()]
    if not sv.home_visit:
        hours = _intersect(hours, cfg.opening[day.weekday()])
    return [(_epoch(cfg.timezone, day, a), _epoch(cfg.timezone, day, b)) for a, b in hours]


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
    for a few weeks: on SQLite the stored text is read as is and parsed once per distinct time)."""
    who = [Appointment.advisor.in_(list(advisors))]
    if rooms:
        who.append(Appointment.room.in_(list(rooms)))
    sqlite = s.get_bind().dialect.name == "sqlite"
    start: Any = type_coerce(Appointment.starts_at, String()) if sqlite else Appointment.starts_at
    end: Any = type_coerce(Appointment.ends_at, String()) if sqlite else Appointment.ends_at
    q = select(Appointment.advisor, Appointment.room, start, end).where(
        Appointment.starts_at < _utc(hi), Appointment.ends_at > _utc(lo), Appointment.status.in_(OCCUPYING),
        or_(*who))
    if exclude is not None:
        q = q.where(Appointment.id != exclude)
    rows = s.connection().execute(q).all()
    if sqlite:
        return [(a, r, _sqlite_epoch(x), _sqlite_epoch(y)) for a, r, x, y in rows]
    return [(a, r, _ts(x), _ts(y)) for a, r, x, y in rows]


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


# ------------------------------------------------------------------------------------- the bookings


class SlotTaken(ServiceError):
    """409: the time is no longer free; ``next_free`` is the first free slot after it (or None)."""

    def __init__(self, message: str, next_free: dict[str, Any] | None) -> None:
        super().__init__(409, "slot_taken", message)
        self.next_free = next_free


def _lock(s: Session, keys: Iterable[str]) -> None:
    """Hold the lock rows ``keys`` until the commit (created on first use), in key order."""
    wanted = sorted(set(keys))
    dialect = s.get_bind().dialect.name
    table: Any = AppointmentLock.__table__
    ins: Any = (postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table))
    s.execute(ins.values([{"key": k} for k in wanted]).on_conflict_do_nothing(index_elements=["key"]))
    s.execute(select(AppointmentLock.key).where(AppointmentLock.key.in_(wanted))
              .order_by(AppointmentLock.key).with_for_update())


def _start(cfg: Config, start: dt.datetime, now: dt.datetime) -> dt.datetime:
    """The requested start in UTC; a time at the ends of the calendar (year 1, year 9999) is refused before any
    arithmetic on it could overflow."""
    try:
        got = _utc(start)
        got + dt.timedelta(days=cfg.horizon_days + 2)  # room for the end and the checks
    except OverflowError:
        got = None
    if got is None:
        raise ServiceError(422, "in_the_past" if start.year < now.year else "too_far_ahead",
                           "choose a time in the future" if start.year < now.year
                           else f"appointments can be booked up to {cfg.horizon_days} days ahead")
    return got


def _refuse_time(cfg: Config, sv: Service, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> None:
    """422 for a time no advisor could give: in the past, too far ahead, off the grid, a closed day, outside
    the shop's opening hours."""
    local = start.astimezone(cfg.timezone)
    if start <= now:
        raise ServiceError(422, "in_the_past", f"{local:%d/%m/%Y %H:%M} has passed: choose a time in the future")
    if local.date() > now.astimezone(cfg.timezone).date() + dt.timedelta(days=cfg.horizon_days):
        raise ServiceError(422, "too_far_ahead", f"appointments can be booked up to {cfg.horizon_days} days ahead")
    if local.second or local.microsecond or (local.hour * 60 + local.minute) % cfg.grid_minutes:
        raise ServiceError(422, "off_grid", f"appointments start every {cfg.grid_minutes} minutes "
                                            f"(e.g. 09:00, 09:{cfg.grid_minutes:02d})")
    if cfg.closed(local.date()):
        raise ServiceError(422, "closed_day", f"{local:%d/%m/%Y} is a public holiday or a closing day of the city")
    if sv.home_visit:
        return
    lo, hi = _ts(start), _ts(end)
    if not any(a <= lo and hi <= b for a, b in _opening(cfg, local.date())):
        raise ServiceError(422, "outside_opening_hours",
                           f"the shop is not open for the whole appointment {local:%d/%m/%Y %H:%M}–"
                           f"{end.astimezone(cfg.timezone):%H:%M} ({_hours_text(cfg.opening[local.weekday()])})")


def _opening(cfg: Config, day: dt.date) -> list[tuple[int, int]]:
    return [(_epoch(cfg.timezone, day, a), _epoch(cfg.timezone, day, b)) for a, b in cfg.opening[day.weekday()]]


def _hours_text(hours: Hours) -> str:
    if not hours:
        return "closed that day"
    return "open " + ", ".join(f"{a // 60:02d}:{a % 60:02d}–{b // 60:02d}:{b % 60:02d}" for a, b in hours)


def _working(cfg: Config, adv: Advisor, sv: Service, start: dt.datetime, end: dt.datetime) -> bool:
    lo, hi = _ts(start), _ts(end)
    return any(a <= lo and hi <= b for a, b in windows(cfg, adv, sv, start.astimezone(cfg.timezone).date()))


def _candidates(cfg: Config, sv: Service, advisor: str | None, start: dt.datetime,
                end: dt.datetime) -> list[Advisor]:
    advisors = _advisors(cfg, sv, advisor)
    working = [a for a in advisors if _working(cfg, a, sv, start, end)]
    if not working:
        local = start.astimezone(cfg.timezone)
        who = advisor if advisor is not None else f"no advisor for {sv.names['en']}"
        raise ServiceError(422, "outside_working_hours",
                           f"{who} works at {local:%d/%m/%Y %H:%M}–{end.astimezone(cfg.timezone):%H:%M}"
                           if advisor is None else
                           f"{who} does not work at {local:%d/%m/%Y %H:%M}–{end.astimezone(cfg.timezone):%H:%M}")
    return working


def _place(sv: Service, place: str | None) -> str | None:
    place = _text(place, "place", MAX_PLACE)
    if sv.home_visit and not place:
        raise ServiceError(422, "place_required", "a home visit needs the place: the citizen's address")
    if not sv.home_visit and place:
        raise ServiceError(422, "place_not_expected", f"{sv.names['en']} takes place at the shop: leave place empty")
    return place


def _text(value: str | None, field: str, limit: int) -> str | None:
    if value is None:
        return None
    if len(value) > limit:
        raise ServiceError(422, "bad_request", f"{field}: text longer than {limit} characters")
    why = validation.text_problem(value)
    if why:
        raise ServiceError(422, "bad_request", f"{field}: {why}")
    return value.strip() or None


def _pick(cfg: Config, sv: Service, candidates: Sequence[Advisor], start: dt.datetime, end: dt.datetime,
          taken: list[tuple[str, str | None, int, int]]) -> tuple[str, str | None] | None:
    """The first candidate advisor free at [start, end) with a free room (None: the time is taken)."""
    lo, hi = _ts(start), _ts(end)
    busy_rooms = {r for _a, r, a, b in taken if r is not None and a < hi and b > lo}
    busy_advisors = {adv for adv, _r, a, b in taken if a < hi and b > lo}
    for adv in candidates:
        if adv.username in busy_advisors:
            continue
        if sv.home_visit:
            return adv.username, None
        for room in cfg.rooms[sv.department]:
            if room not in busy_rooms:
                return adv.username, room
        return None
    return None


def _next_free(s: Session, cfg: Config, sv: Service, candidates: Sequence[Advisor], persons: int,
               after: dt.datetime, now: dt.datetime) -> dict[str, Any] | None:
    first = after.astimezone(cfg.timezone).date()
    today = now.astimezone(cfg.timezone).date()
    last = min(first + dt.timedelta(days=MAX_DAYS), today + dt.timedelta(days=cfg.horizon_days + 1))
    if last <= first:
        return None
    lo = dt.datetime.combine(first, dt.time(0), tzinfo=cfg.timezone)
    hi = dt.datetime.combine(last, dt.time(0), tzinfo=cfg.timezone)
    rooms = () if sv.home_visit else cfg.rooms[sv.department]
    taken = _occupied(s, [a.username for a in candidates], rooms, lo, hi)
    found = free_slots(cfg, sv, candidates, first, (last - first).days, persons, taken,
                       max(_ts(after), _ts(now) + 1), limit=1)
    return slot_view(cfg, found[0]) if found else None


def _lock_keys(sv: Service, advisors: Iterable[Advisor]) -> list[str]:
    keys = [f"advisor:{a.username}" for a in advisors]
    if not sv.home_visit:
        keys.append(f"rooms:{sv.department}")
    return keys


def _new_ref(s: Session) -> str:
    for _ in range(20):
        ref = "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))
        if s.scalar(select(Appointment.id).where(Appointment.cancellation_ref == ref)) is None:
            return ref
    raise ServiceError(503, "busy", "no free cancellation reference; try again")  # 31^8: never in practice


def normalise_ref(ref: str) -> str:
    """What the citizen read out or typed: case, spaces and dashes do not matter."""
    return "".join(c for c in ref.upper() if c not in " -")


def appointment_view(cfg: Config, a: Appointment) -> dict[str, Any]:
    return {
        "id": a.id,
        "service": a.service,
        "start": _aware(a.starts_at).astimezone(cfg.timezone),
        "end": _aware(a.ends_at).astimezone(cfg.timezone),
        "advisor": a.advisor,
        "room": a.room,
        "place": a.place,
        "person_id": a.person_id,
        "case_id": a.case_id,
        "persons": a.persons,
        "reason": a.reason,
        "status": a.status,
        "cancellation_ref": a.cancellation_ref,
        "revision": a.revision,
    }


def _local_iso(cfg: Config, t: dt.datetime) -> str:
    return _aware(t).astimezone(cfg.timezone).isoformat()


def record_data(cfg: Config, a: Appointment) -> dict[str, Any]:
    """The synced ``appointment`` record's data (what the laptops pull)."""
    return {
        "id": a.id, "person_id": a.person_id, "case_id": a.case_id, "desk": a.department,
        "starts_at": _local_iso(cfg, a.starts_at), "ends_at": _local_iso(cfg, a.ends_at), "advisor": a.advisor,
        "subject": a.reason, "service": a.service, "room": a.room, "place": a.place, "status": a.status,
        "persons": a.persons, "cancellation_ref": a.cancellation_ref,
    }


def _sync_record(s: Session, p: Principal, cfg: Config, a: Appointment, *, new: bool) -> None:
    """Write the ``appointment`` record and its change in the feed. The advisor is its assignee: their
    laptop (and, for a home visit, their caseload) gets it with the person it is for."""
    feed = FeedWriter()
    data = record_data(cfg, a)
    cols = {"case_id": a.case_id, "person_id": a.person_id, "department": a.department, "assignee": a.advisor}
    rec = _state(s, feed, "appointment", a.id) if not new else None
    if rec is None:
        rec = _new_record(feed, p, "appointment", a.id, data, cols)
        rec.revision = a.revision
    else:
        gained = rec.assignee != a.advisor
        rec.data = data
        rec.revision = a.revision
        rec.updated_at = utcnow()
        for k, v in cols.items():
            setattr(rec, k, v)
        rec.changed = True
        new = gained
    if new and a.person_id:
        # The advisor may not have the person yet: send the person and their own records (addresses,
        # notes without a case) along, before the appointment (the feed puts persons first).
        for other in feed.load(s.connection().execute(_PERSON_RECORDS, {"person_id": a.person_id})):
            feed.touch(other, bundle=True)
    feed.touch(rec)
    write_records(s, feed)
    flush_feed(s, feed)


_PERSON_RECORDS = select(*(Record.__table__.c[c] for c in (
    "entity", "id", "revision", "data", "case_id", "person_id", "department", "assignee", "created_by",
    "updated_at"))).where(Record.person_id == bindparam("person_id"), Record.case_id.is_(None),
                          Record.entity.in_(("person", "address")))


def _person(s: Session, p: Principal, person_id: str | None) -> Record | None:
    if person_id is None:
        return None
    rec = s.get(Record, ("person", person_id))
    if rec is None:
        raise ServiceError(422, "unknown_reference", f"person {person_id} does not exist")
    if not person_visible(s, p, person_id):
        raise outside_caseload()
    return rec


def book(
    s: Session, p: Principal, cfg: Config, *, request_id: str, service: str, start: dt.datetime, persons: int,
    person_id: str | None, advisor: str | None, reason: str, place: str | None, now: dt.datetime,
) -> tuple[dict[str, Any], list[str]]:
    now = _utc(now)
    """Book; returns the appointment and the ids of the messages queued for the gateway."""
    require_booker(p)
    done = s.scalar(select(Appointment).where(Appointment.request_device == p.device_id,
                                              Appointment.request_id == request_id))
    if done is not None:  # the same request again (an answer that got lost): the same appointment
        return appointment_view(cfg, done), []
    sv = cfg.service(service)
    if not 1 <= persons <= MAX_PERSONS:
        raise ServiceError(422, "bad_request", f"persons: 1 to {MAX_PERSONS}")
    start = _start(cfg, start, now)
    end = start + dt.timedelta(minutes=sv.duration(persons))
    _refuse_time(cfg, sv, start, end, now)
    candidates = _candidates(cfg, sv, advisor, start, end)
    place = _place(sv, place)
    reason = _text(reason, "reason", MAX_REASON) or ""
    person = _person(s, p, person_id)
    _lock(s, _lock_keys(sv, candidates))
    done = s.scalar(select(Appointment).where(Appointment.request_device == p.device_id,
                                              Appointment.request_id == request_id))
    if done is not None:  # the same request, sent twice at once: the other one booked it while this one waited
        return appointment_view(cfg, done), []
    rooms = () if sv.home_visit else cfg.rooms[sv.department]
    taken = _occupied(s, [a.username for a in candidates], rooms, start, end)
    chosen = _pick(cfg, sv, candidates, start, end, taken)
    if chosen is None:
        local = start.astimezone(cfg.timezone)
        raise SlotTaken(f"{local:%d/%m/%Y %H:%M} was booked meanwhile: choose another time",
                        _next_free(s, cfg, sv, candidates if advisor else cfg.advisors_for(sv.code), persons,
                                   start, now))
    a = Appointment(
        id=str(uuid.uuid4()), request_device=p.device_id, request_id=request_id, service=sv.code,
        department=sv.department, starts_at=start, ends_at=end, advisor=chosen[0], room=chosen[1], place=place,
        person_id=person_id, case_id=None, persons=persons, reason=reason, status=BOOKED,
        cancellation_ref=_new_ref(s), revision=1, created_by=p.username, created_at=now, updated_at=now,
    )
    s.add(a)
    s.flush()
    _sync_record(s, p, cfg, a, new=True)
    sent = _message(s, p, cfg, a, person, "confirmation", now)
    return appointment_view(cfg, a), sent


def _appointment(s: Session, aid: str, *, lock: bool = True) -> Appointment:
    q = select(Appointment).where(Appointment.id == aid)
    a = s.scalars(q.with_for_update() if lock else q).one_or_none()
    if a is None:
        raise ServiceError(404, "not_found", f"there is no appointment {aid}")
    return a


def _may_change(p: Principal, a: Appointment) -> None:
    if p.role == roles.OUTREACH and p.username not in (a.advisor, a.created_by):
        raise ServiceError(403, "forbidden", "outreach workers change only their own appointments")


def _still_booked(a: Appointment, action: str) -> None:
    if a.status != BOOKED:
        raise ServiceError(409, "conflict", f"the appointment is {a.status.replace('_', ' ')}: it cannot be "
                                            f"{action}")


def move(
    s: Session, p: Principal, cfg: Config, aid: str, *, start: dt.datetime, advisor: str | None, now: dt.datetime,
) -> tuple[dict[str, Any], list[str]]:
    now = _utc(now)
    require_booker(p)
    a = _appointment(s, aid)
    _may_change(p, a)
    _still_booked(a, "moved")
    sv = cfg.service(a.service)
    start = _start(cfg, start, now)
    end = start + dt.timedelta(minutes=sv.duration(a.persons))
    if start == _aware(a.starts_at) and advisor in (None, a.advisor):
        return appointment_view(cfg, a), []  # already there (a re-sent move)
    _refuse_time(cfg, sv, start, end, now)
    candidates = _candidates(cfg, sv, advisor, start, end)
    _lock(s, _lock_keys(sv, candidates))
    rooms = () if sv.home_visit else cfg.rooms[sv.department]
    taken = _occupied(s, [x.username for x in candidates], rooms, start, end, exclude=a.id)
    # The same advisor first, when free: a move keeps the citizen with their advisor if it can.
    ordered = sorted(candidates, key=lambda x: x.username != a.advisor)
    chosen = _pick(cfg, sv, ordered, start, end, taken)
    if chosen is None:
        local = start.astimezone(cfg.timezone)
        raise SlotTaken(f"{local:%d/%m/%Y %H:%M} is not free: choose another time",
                        _next_free(s, cfg, sv, candidates if advisor else cfg.advisors_for(sv.code), a.persons,
                                   start, now))
    a.starts_at, a.ends_at, a.advisor, a.room = start, end, chosen[0], chosen[1]
    a.revision += 1
    a.updated_at = now
    s.flush()
    _sync_record(s, p, cfg, a, new=False)
    sent = _message(s, p, cfg, a, _person_record(s, a), "moved", now)
    return appointment_view(cfg, a), sent


def _person_record(s: Session, a: Appointment) -> Record | None:
    return s.get(Record, ("person", a.person_id)) if a.person_id else None


def cancel(
    s: Session, p: Principal, cfg: Config, aid: str | None = None, *, ref: str | None = None, reason: str | None,
    now: dt.datetime,
) -> tuple[dict[str, Any], list[str]]:
    now = _utc(now)
    require_booker(p)
    if ref is not None:
        got = s.scalar(select(Appointment.id).where(Appointment.cancellation_ref == normalise_ref(ref)))
        if got is None:
            raise ServiceError(404, "not_found", f"no appointment has the cancellation reference {ref}")
        aid = got
    assert aid is not None
    a = _appointment(s, aid)
    if ref is None:
        _may_change(p, a)
    if a.status == CANCELLED:
        return appointment_view(cfg, a), []  # cancelled already (a re-sent request)
    _still_booked(a, "cancelled")
    a.status = CANCELLED
    a.cancel_reason = _text(reason, "reason", MAX_REASON)
    a.revision += 1
    a.updated_at = now
    s.flush()
    _sync_record(s, p, cfg, a, new=False)
    sent = _message(s, p, cfg, a, _person_record(s, a), "cancelled", now)
    return appointment_view(cfg, a), sent


def check_in(
    s: Session, p: Principal, cfg: Config, shops: dict[str, queue.Shop], aid: str, shop_code: str | None, *,
    now: dt.datetime,
) -> dict[str, Any]:
    """The citizen arrived: a queue ticket for the service's walk-in queue, called from the appointment's
    time on, before walk-ins (``casestore.services.queue``)."""
    now = _utc(now)
    queue.require_staff(p)
    code = shop_code or cfg.check_in_shop
    if code is None:
        raise ServiceError(422, "bad_request", "shop: name the shop the citizen arrived at")
    shop = queue.shop_of(shops, code)
    a = _appointment(s, aid)
    if a.status == CHECKED_IN and a.ticket_id:
        return queue.get_ticket(s, p, shop, a.ticket_id)
    _still_booked(a, "checked in")
    sv = cfg.service(a.service)
    if _aware(a.starts_at).astimezone(cfg.timezone).date() != now.astimezone(cfg.timezone).date():
        day = _aware(a.starts_at).astimezone(cfg.timezone)
        raise ServiceError(422, "not_today", f"the appointment is on {day:%d/%m/%Y}: it can be checked in that "
                                             "day only")
    if sv.queue_service not in shop.services:
        raise ServiceError(422, "bad_request", f"the shop {shop.code} has no queue for {sv.names['en']}")
    ticket = queue.issue(s, p, shop, sv.queue_service, person_id=a.person_id, appointment_at=_aware(a.starts_at),
                         now=now)
    a.status = CHECKED_IN
    a.ticket_id = ticket["id"]
    a.revision += 1
    a.updated_at = now
    s.flush()
    _sync_record(s, p, cfg, a, new=False)
    return ticket


_FIRST_DAY = dt.date(1, 1, 2)
_LAST_DAY = dt.date(9999, 12, 29)


def listing(
    s: Session, p: Principal, cfg: Config, first: dt.date, last: dt.date, advisor: str | None, service: str | None,
) -> list[dict[str, Any]]:
    """The appointments starting between the local days ``first`` and ``last`` (both included)."""
    require_booker(p)
    if last < first:
        raise ServiceError(422, "bad_request", "to: must not be before from")
    if (last - first).days >= MAX_LIST_DAYS:
        raise ServiceError(422, "bad_request", f"at most {MAX_LIST_DAYS} days at a time")
    # Days at the calendar's ends hold no appointment: clamped, so that no date arithmetic overflows.
    first, last = max(first, _FIRST_DAY), min(last, _LAST_DAY)
    lo = dt.datetime.combine(first, dt.time(0), tzinfo=cfg.timezone)
    hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=cfg.timezone)
    q = select(Appointment).where(Appointment.starts_at >= _utc(lo), Appointment.starts_at < _utc(hi))
    if advisor is not None:
        q = q.where(Appointment.advisor == advisor)
    if service is not None:
        q = q.where(Appointment.service == service)
    if p.role == roles.OUTREACH:  # their own calendar and the visits they planned
        q = q.where(or_(Appointment.advisor == p.username, Appointment.created_by == p.username))
    return [appointment_view(cfg, a) for a in s.scalars(q.order_by(Appointment.starts_at, Appointment.advisor))]


# ------------------------------------------------------------------------------------------ messages

_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "confirmation": {
        "nl": ("Bevestiging van uw afspraak", "Uw afspraak voor {service} is vastgelegd op {when}{where}."),
        "fr": ("Confirmation de votre rendez-vous", "Votre rendez-vous pour {service} est fixé au {when}{where}."),
        "de": ("Bestätigung Ihres Termins", "Ihr Termin für {service} ist am {when}{where}."),
        "en": ("Your appointment is confirmed", "Your appointment for {service} is on {when}{where}."),
    },
    "moved": {
        "nl": ("Uw afspraak is verplaatst", "Uw afspraak voor {service} is verplaatst naar {when}{where}."),
        "fr": ("Votre rendez-vous a été déplacé", "Votre rendez-vous pour {service} est déplacé au {when}{where}."),
        "de": ("Ihr Termin wurde verschoben", "Ihr Termin für {service} wurde auf {when}{where} verschoben."),
        "en": ("Your appointment was moved", "Your appointment for {service} was moved to {when}{where}."),
    },
    "cancelled": {
        "nl": ("Uw afspraak is geannuleerd", "Uw afspraak voor {service} op {when} is geannuleerd."),
        "fr": ("Votre rendez-vous est annulé", "Votre rendez-vous pour {service} du {when} est annulé."),
        "de": ("Ihr Termin wurde abgesagt", "Ihr Termin für {service} am {when} wurde abgesagt."),
        "en": ("Your appointment was cancelled", "Your appointment for {service} on {when} was cancelled."),
    },
    "reminder": {
        "nl": ("Herinnering: uw afspraak morgen", "Herinnering: morgen, {when}, hebt u een afspraak voor "
                                                  "{service}{where}."),
        "fr": ("Rappel : votre rendez-vous demain", "Rappel : demain, {when}, vous avez rendez-vous pour "
                                                    "{service}{where}."),
        "de": ("Erinnerung: Ihr Termin morgen", "Erinnerung: morgen, {when}, haben Sie einen Termin für "
                                                "{service}{where}."),
        "en": ("Reminder: your appointment tomorrow", "Reminder: tomorrow, {when}, you have an appointment for "
                                                      "{service}{where}."),
    },
}
_REF_LINE = {
    "nl": "Kunt u niet komen? Annuleer met de referentie {ref}.",
    "fr": "Vous ne pouvez pas venir ? Annulez avec la référence {ref}.",
    "de": "Können Sie nicht kommen? Sagen Sie mit der Referenz {ref} ab.",
    "en": "Cannot come? Cancel with the reference {ref}.",
}
_AT_HOME = {"nl": " bij u thuis ({place})", "fr": " à votre domicile ({place})",
            "de": " bei Ihnen zu Hause ({place})", "en": " at your home ({place})"}
_AT_ROOM = {"nl": ", lokaal {room}", "fr": ", local {room}", "de": ", Raum {room}", "en": ", room {room}"}


def message_id(a: Appointment, kind: str) -> str:
    """The message's id: one per appointment, kind and time (a moved appointment is reminded at its new
    time), so a re-run or a re-sent request never queues it twice."""
    return str(uuid.uuid5(_MESSAGE_NS, f"{a.id}:{kind}:{_ts(a.starts_at)}"))


def _compose(cfg: Config, a: Appointment, kind: str, lang: str) -> tuple[str, str]:
    sv = cfg.services.get(a.service)
    service = sv.names.get(lang, a.service) if sv else a.service
    when = _aware(a.starts_at).astimezone(cfg.timezone).strftime("%d/%m/%Y %H:%M")
    where = (_AT_HOME[lang].format(place=a.place) if a.place
             else _AT_ROOM[lang].format(room=a.room) if a.room else "")
    subject, body = _TEXTS[kind][lang]
    text = body.format(service=service, when=when, where=where)
    if kind != "cancelled":
        text += "\n" + _REF_LINE[lang].format(ref=a.cancellation_ref)
    return subject, text


def _message(s: Session, p: Principal | None, cfg: Config, a: Appointment, person: Record | None, kind: str,
             now: dt.datetime) -> list[str]:
    """Queue the message ``kind`` for the citizen in their channel; [] when there is nobody to tell or it
    was queued before. E-mail and SMS go to the gateway (``delivery: queued``), a letter waits to be printed
    (``delivery: to_print``). Not a synced record: never in the change feed."""
    if person is None:
        return []
    nid = message_id(a, kind)
    if s.get(Record, ("notification", nid)) is not None:
        return []
    pdata = person.data or {}
    lang = pdata.get("language") if pdata.get("language") in LANGUAGES else "nl"
    channel = pdata.get("preferred_channel")
    recipient = pdata.get("email") if channel == "email" else pdata.get("phone") if channel == "sms" else None
    if channel not in ("email", "sms") or not isinstance(recipient, str) or not recipient.strip():
        channel, recipient = "letter", None
    subject, body = _compose(cfg, a, kind, str(lang))
    data = {
        "id": nid, "channel": channel, "recipient": recipient, "subject": subject, "body": body, "language": lang,
        "appointment_id": a.id, "kind": kind, "person_id": a.person_id, "case_id": a.case_id,
        "case_reference": a.cancellation_ref, "created_at": now.isoformat(),
        "delivery": "queued" if channel != "letter" else "to_print",
    }
    s.add(Record(entity="notification", id=nid, revision=1, data=data, case_id=a.case_id, person_id=None,
                 department=None, assignee=None, created_by=p.username if p else "casestore", updated_at=now))
    s.flush()
    return [nid] if channel != "letter" else []


def due_reminders(s: Session, cfg: Config, now: dt.datetime) -> list[str]:
    """Queue the reminder for every booked appointment of tomorrow (local day after ``now``) that has none
    yet; returns the ids of the messages for the gateway. Run it as often as you like."""
    now = _utc(now)
    tomorrow = now.astimezone(cfg.timezone).date() + dt.timedelta(days=1)
    lo = dt.datetime.combine(tomorrow, dt.time(0), tzinfo=cfg.timezone)
    hi = dt.datetime.combine(tomorrow + dt.timedelta(days=1), dt.time(0), tzinfo=cfg.timezone)
    sent: list[str] = []
    for a in s.scalars(select(Appointment).where(
            and_(Appointment.starts_at >= _utc(lo), Appointment.starts_at < _utc(hi), Appointment.status == BOOKED))
            .order_by(Appointment.starts_at)):
        sent += _message(s, None, cfg, a, _person_record(s, a), "reminder", now)
    return sent


def send_reminders(sessions: sessionmaker[Session], cfg: Config, gateway: Any,
                   now: dt.datetime) -> tuple[int, int]:
    """Queue tomorrow's reminders (once each: ``due_reminders``) and hand the e-mails and SMS to ``gateway``
    (letters wait to be printed). Returns (queued for the gateway, handed over)."""
    from casestore.services.notifications import deliver_notification

    with sessions.begin() as s:
        queued = due_reminders(s, cfg, _aware(now))
    handed = 0
    for nid in queued:
        with sessions.begin() as s:
            handed += deliver_notification(s, gateway, nid)
    return len(queued), handed


def run_reminders(db_url: str, now: dt.datetime | None = None) -> tuple[int, int]:
    """``python -m casestore.cli appointments remind``: queue tomorrow's reminders and hand the e-mails and
    SMS to the gateway (the letters wait to be printed). Returns (queued for the gateway, handed over). A
    running case store also does this by itself (``LOKET_CASESTORE_REMINDER_INTERVAL``)."""
    from casestore.db import make_engine, make_sessionmaker
    from casestore.gateway import OutboxFolderGateway, default_folder
    from casestore.settings import Settings

    settings = Settings.from_env()
    cfg = load_config(Path(settings.shop_dir or queue.DEFAULT_SHOP_DIR))
    when = _aware(now) if now is not None else dt.datetime.now(dt.UTC)
    gateway = OutboxFolderGateway(default_folder(db_url, settings.outbox), settings.sender)
    engine = make_engine(db_url)
    try:
        return send_reminders(make_sessionmaker(engine), cfg, gateway, when)
    finally:
        engine.dispose()
