"""The appointments file (``resources/shop/appointments.yaml``) read into a ``Config``: services, advisors and
their weekly hours, rooms per department, the shop's opening hours and closing days; and ``windows``, when an
advisor can give a service on a day. Apart so that the file's rules and their messages are read in one place,
without the database.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from casestore import validation
from casestore.services.common import ServiceError
from wire.calendar import belgian_public_holidays

CONFIG_FILE = "appointments.yaml"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
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
