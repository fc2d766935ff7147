"""Book, move, cancel (also by the citizen's cancellation reference) and check in, and the listing: the
booking rules (the 422 codes), the lock rows against booking twice at once, the request id that makes a
booking idempotent (the package docstring's **Booking twice at once**), and the synced ``appointment`` record
the laptops pull. Apart because this is where the database is written.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from casestore import roles, validation
from casestore.models import Record, utcnow
from casestore.models_appointments import BOOKED, CANCELLED, CHECKED_IN, Appointment, AppointmentLock
from casestore.services import queue
from casestore.services.appointments.config import Advisor, Config, Hours, Service, _epoch, windows
from casestore.services.appointments.messages import _message, _person_record
from casestore.services.appointments.slot_search import (
    MAX_DAYS,
    MAX_PERSONS,
    _advisors,
    _aware,
    _occupied,
    _ts,
    _utc,
    free_slots,
    require_booker,
    slot_view,
)
from casestore.services.common import Principal, ServiceError, outside_caseload
from casestore.services.records import FeedWriter, _new_record, _state, flush_feed, write_records
from casestore.services.visibility import person_visible

MAX_LIST_DAYS = 92
MAX_REASON = 500
MAX_PLACE = 300
# The citizen's cancellation reference: 8 characters without the look-alikes 0/O and 1/I (and L).
REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REF_LENGTH = 8


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
