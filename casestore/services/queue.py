"""The city shop's walk-in queue (issue 16): shops, services and desks from ``resources/shop/*.yaml``;
tickets issued, called, recalled, parked, transferred and finished; the queue's events.

**Who may.** Counter clerks, theme-desk advisors and coordinators (``wire.roles``); outreach workers and
administrators get ``403``.

**Numbers.** A ticket's number is its service's prefix and the next number of the service's range for the
shop's local day (``A001`` … ``A499``, then ``A001`` again), from ``cs_queue_number`` (an upsert, so two
receptions never get the same number).

**Call next.** The desk gets the longest-waiting ticket among the services it handles (or transferred to it):
appointments whose time has come first (by appointment time), then walk-ins by arrival; an appointment
before its time is not called yet. Two desks calling at once never get the same ticket and never skip one:
the candidate is read with ``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL (a desk passes over the ticket
another desk is taking and takes the next) and taken with a conditional ``UPDATE … WHERE status IN
('waiting', 'transferred')`` whose row count says whether this desk got it (on SQLite every writing
transaction begins with ``BEGIN IMMEDIATE``, so they run one after the other anyway).

**Expected wait.** For a waiting ticket: the median service time (first call to finish) of the last
``SERVICE_SAMPLE`` finished tickets of its service (the service's ``default_minutes`` before any finished)
× its position among the tickets waiting for that service / the open desks handling the service (desks that
called a ticket of the shop in the last ``OPEN_DESK_WINDOW``, at least one). A simple estimate: it ignores
the ticket already at a desk and the other services a desk also handles.

**Events.** Every change appends one event to ``cs_queue_event`` (``ticket_issued``, ``ticket_called`` —
also on a recall —, ``ticket_updated``); its id comes from the ``cs_counter`` row ``queue_event``, locked
until the commit, so ids are committed in order. An event carries what a call display may show (number,
service, status, desk and its names), never the person. On PostgreSQL the transaction also sends
``NOTIFY loket_queue`` (delivered at the commit) so that streams in other server processes wake at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import statistics
import uuid
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import case, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from casestore import roles, validation
from casestore.models import Counter
from casestore.models_queue import (
    CALLABLE,
    CALLED,
    FINISHED,
    NO_SHOW,
    PARKED,
    SERVING,
    TRANSFERRED,
    WAITING,
    QueueEvent,
    QueueNumber,
    QueueTicket,
)
from casestore.services.common import Principal, ServiceError
from resources import RESOURCES_DIR

DEFAULT_SHOP_DIR = RESOURCES_DIR / "shop"
MAX_CALLS = 3
SERVICE_SAMPLE = 20
OPEN_DESK_WINDOW = dt.timedelta(minutes=30)
EVENT_COUNTER = "queue_event"
NOTIFY_CHANNEL = "loket_queue"
QUEUE_ROLES = frozenset({roles.COUNTER_CLERK, roles.THEME_DESK, roles.COORDINATOR})
MAX_LINKED = 50  # case or contact ids linked at finish
MAX_NOTE = 500
# a ticket issued offline at reception (arrived_at): at most this old, at most this far ahead (clocks)
OFFLINE_MAX_AGE = dt.timedelta(hours=24)
OFFLINE_CLOCK_SKEW = dt.timedelta(minutes=5)
# Files of the shop folder that are not shops: the theme-desk appointments (casestore.services.appointments).
NOT_SHOPS = frozenset({"appointments.yaml"})

# ------------------------------------------------------------------------------------ the shops (data)


@dataclass(frozen=True, slots=True)
class Service:
    code: str
    name: dict[str, str]
    prefix: str
    first: int
    last: int
    default_minutes: float
    # the numbers reception hands out while the case store is unreachable (offline_range; None: none)
    offline_first: int | None = None
    offline_last: int | None = None


@dataclass(frozen=True, slots=True)
class Desk:
    code: str
    name: dict[str, str]
    services: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Shop:
    code: str
    name: dict[str, str]
    timezone: zoneinfo.ZoneInfo
    services: dict[str, Service]
    desks: dict[str, Desk]

    def service(self, code: str) -> Service:
        try:
            return self.services[code]
        except KeyError:
            raise ServiceError(404, "not_found", f"the shop {self.code} has no service {code!r}") from None

    def desk(self, code: str) -> Desk:
        try:
            return self.desks[code]
        except KeyError:
            raise ServiceError(404, "not_found", f"the shop {self.code} has no desk {code!r}") from None

    def desks_for(self, service: str) -> list[Desk]:
        return [d for d in self.desks.values() if service in d.services]


class ShopConfigError(ValueError):
    """A shop file that cannot be used: the message names the file and what is wrong."""


_CODE = validation.ID_PATTERN


def _names(raw: object, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not raw or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in raw.items()
    ):
        raise ShopConfigError(f"{where}: name must map languages to texts, e.g. {{nl: Balie 1}}")
    return dict(raw)


def _code(raw: object, where: str) -> str:
    if not validation.is_id(raw) or len(str(raw)) > 40:
        raise ShopConfigError(f"{where}: code must be 1 to 40 letters, digits or . _ : -")
    return str(raw)


def _load_shop(path: Path) -> Shop:
    where = path.name
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ShopConfigError(f"{where}: cannot be read: {e}") from e
    if not isinstance(doc, dict) or not isinstance(doc.get("shop"), dict):
        raise ShopConfigError(f"{where}: needs a 'shop' with its code and name")
    head = doc["shop"]
    code = _code(head.get("code"), f"{where}: shop")
    try:
        tz = zoneinfo.ZoneInfo(str(head.get("timezone") or "Europe/Brussels"))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        raise ShopConfigError(f"{where}: unknown timezone {head.get('timezone')!r}") from e
    services: dict[str, Service] = {}
    for i, raw in enumerate(doc.get("services") or []):
        at = f"{where}: services[{i}]"
        if not isinstance(raw, dict):
            raise ShopConfigError(f"{at}: must be a mapping")
        sc = _code(raw.get("code"), at)
        rng = raw.get("range")
        if (not isinstance(rng, list) or len(rng) != 2 or not all(isinstance(n, int) for n in rng)
                or not 0 <= rng[0] <= rng[1] <= 9999):
            raise ShopConfigError(f"{at}: range must be [first, last] with 0 <= first <= last <= 9999")
        prefix = raw.get("prefix")
        if not isinstance(prefix, str) or not prefix.isalnum() or len(prefix) > 3:
            raise ShopConfigError(f"{at}: prefix must be 1 to 3 letters or digits")
        minutes = raw.get("default_minutes", 10)
        if not isinstance(minutes, int | float) or minutes <= 0:
            raise ShopConfigError(f"{at}: default_minutes must be a positive number")
        if sc in services:
            raise ShopConfigError(f"{at}: service {sc} is listed twice")
        off = raw.get("offline_range")
        if off is not None and (
                not isinstance(off, list) or len(off) != 2 or not all(isinstance(n, int) for n in off)
                or not 0 <= off[0] <= off[1] <= 9999 or not (off[1] < rng[0] or off[0] > rng[1])):
            raise ShopConfigError(f"{at}: offline_range must be [first, last] within 0…9999, apart from range")
        services[sc] = Service(sc, _names(raw.get("name"), at), prefix, rng[0], rng[1], float(minutes),
                               off[0] if off else None, off[1] if off else None)
    if not services:
        raise ShopConfigError(f"{where}: lists no services")
    desks: dict[str, Desk] = {}
    for i, raw in enumerate(doc.get("desks") or []):
        at = f"{where}: desks[{i}]"
        if not isinstance(raw, dict):
            raise ShopConfigError(f"{at}: must be a mapping")
        dc = _code(raw.get("code"), at)
        handled = raw.get("services")
        if not isinstance(handled, list) or not handled:
            raise ShopConfigError(f"{at}: services must list the services the desk handles")
        unknown = [x for x in handled if x not in services]
        if unknown:
            raise ShopConfigError(f"{at}: unknown service(s) {', '.join(map(str, unknown))}")
        if dc in desks:
            raise ShopConfigError(f"{at}: desk {dc} is listed twice")
        desks[dc] = Desk(dc, _names(raw.get("name"), at), tuple(handled))
    if not desks:
        raise ShopConfigError(f"{where}: lists no desks")
    return Shop(code, _names(head.get("name"), f"{where}: shop"), tz, services, desks)


@functools.lru_cache(maxsize=8)
def load_shops(folder: Path = DEFAULT_SHOP_DIR) -> dict[str, Shop]:
    """Every shop in ``folder`` (one ``*.yaml`` each), by code; a bad file raises ``ShopConfigError``."""
    shops: dict[str, Shop] = {}
    for path in sorted(Path(folder).glob("*.yaml")):
        if path.name in NOT_SHOPS:
            continue
        shop = _load_shop(path)
        if shop.code in shops:
            raise ShopConfigError(f"{path.name}: shop {shop.code} is defined twice")
        shops[shop.code] = shop
    return shops


def shop_of(shops: dict[str, Shop], code: str) -> Shop:
    try:
        return shops[code]
    except KeyError:
        raise ServiceError(404, "not_found", f"there is no shop {code!r}") from None


def shop_info(shop: Shop) -> dict[str, Any]:
    return {
        "code": shop.code,
        "name": shop.name,
        "services": [
            {"code": sv.code, "name": sv.name, "prefix": sv.prefix, "first": sv.first, "last": sv.last,
             "default_minutes": sv.default_minutes, "offline_first": sv.offline_first,
             "offline_last": sv.offline_last}
            for sv in shop.services.values()
        ],
        "desks": [{"code": d.code, "name": d.name, "services": list(d.services)} for d in shop.desks.values()],
    }


# ---------------------------------------------------------------------------------------------- tickets


def require_staff(p: Principal) -> None:
    if p.role not in QUEUE_ROLES:
        raise ServiceError(403, "forbidden", "only counter clerks, theme-desk advisors and coordinators work "
                                             "with the shop's queue")


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def ticket_view(t: QueueTicket, shop: Shop) -> dict[str, Any]:
    desk = shop.desks.get(t.desk) if t.desk else None
    sv = shop.services.get(t.service)
    return {
        "id": t.id,
        "shop": t.shop,
        "number": t.number,
        "service": t.service,
        "service_name": sv.name if sv else {},
        "status": t.status,
        "person_id": t.person_id,
        "note": t.note,
        "arrived_at": _aware(t.arrived_at),
        "appointment_at": _aware(t.appointment_at) if t.appointment_at else None,
        "target_desk": t.target_desk,
        "desk": t.desk,
        "desk_name": desk.name if desk else None,
        "calls": t.calls,
        "called_at": _aware(t.called_at) if t.called_at else None,
        "finished_at": _aware(t.finished_at) if t.finished_at else None,
        "case_ids": list(t.case_ids or []),
        "contact_ids": list(t.contact_ids or []),
    }


def _public(t: QueueTicket, shop: Shop) -> dict[str, Any]:
    """What an event carries: what a call display may show. Never the person."""
    desk = shop.desks.get(t.desk) if t.desk else None
    return {
        "ticket_id": t.id,
        "number": t.number,
        "service": t.service,
        "status": t.status,
        "desk": t.desk,
        "desk_name": desk.name if desk else None,
        "target_desk": t.target_desk,
        "calls": t.calls,
    }


def _next_event_id(s: Session) -> int:
    got = s.execute(
        update(Counter).where(Counter.name == EVENT_COUNTER).values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if got is None:  # a database created before this row existed; a race ends in a retried transaction
        s.add(Counter(name=EVENT_COUNTER, value=1))
        s.flush()
        return 1
    return int(got)


def _emit(s: Session, shop: Shop, kind: str, t: QueueTicket, now: dt.datetime) -> None:
    """Append the event last in the transaction: the counter row stays locked only until the commit."""
    s.flush()
    eid = _next_event_id(s)
    s.add(QueueEvent(id=eid, shop=shop.code, kind=kind, ticket_id=t.id, data=_public(t, shop), at=now))
    s.flush()
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": NOTIFY_CHANNEL, "payload": str(eid)})


def _next_number(session: Session, shop: Shop, sv: Service, day: dt.date) -> int:
    """The next number of the service's range for the day (an upsert: concurrent issues never share one)."""
    dialect = session.get_bind().dialect.name
    table: Any = QueueNumber.__table__
    wrapped = case((table.c.last >= sv.last, sv.first), else_=table.c.last + 1)
    ins: Any = (postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)).values(
        shop=shop.code, service=sv.code, day=day, last=sv.first)
    stmt = ins.on_conflict_do_update(index_elements=["shop", "service", "day"], set_={"last": wrapped})
    return int(session.execute(stmt.returning(table.c.last)).scalar_one())


def check_text(value: str | None, field: str, limit: int = MAX_NOTE) -> str | None:
    if value is None:
        return None
    if len(value) > limit:
        raise ServiceError(400, "bad_request", f"{field}: text longer than {limit} characters")
    why = validation.text_problem(value)
    if why:
        raise ServiceError(400, "bad_request", f"{field}: {why}")
    return value.strip() or None


def issue(
    s: Session,
    p: Principal,
    shop: Shop,
    service: str,
    *,
    person_id: str | None = None,
    appointment_at: dt.datetime | None = None,
    note: str | None = None,
    request_id: str | None = None,
    number: int | None = None,
    arrived_at: dt.datetime | None = None,
    now: dt.datetime,
) -> dict[str, Any]:
    """A new ticket. ``request_id`` (the caller's idempotency key) becomes the ticket's id: the same request
    again answers the ticket it made. A ticket reception issued while the case store was unreachable comes
    with its ``number`` (from the service's ``offline_range``, never handed out here) and ``arrived_at``."""
    require_staff(p)
    sv = shop.service(service)
    note = check_text(note, "note")
    if person_id is not None and not validation.is_id(person_id):
        raise ServiceError(400, "bad_request", "person_id: must be an id of 1 to 64 letters, digits or . _ : -")
    if request_id is not None:
        if not validation.is_id(request_id) or len(request_id) > 32:
            raise ServiceError(400, "bad_request", "request_id: must be 1 to 32 letters, digits or . _ : -")
        known = s.get(QueueTicket, request_id)
        if known is not None:
            if known.shop != shop.code or known.service != sv.code:
                raise ServiceError(409, "conflict", "request_id: already used for another ticket")
            return ticket_view(known, shop)
    arrived = now
    if arrived_at is not None:
        arrived = _aware(arrived_at).astimezone(dt.UTC)
        if arrived > now + OFFLINE_CLOCK_SKEW or arrived < now - OFFLINE_MAX_AGE:
            raise ServiceError(400, "bad_request", "arrived_at: must lie within the last day, not in the future")
    day = arrived.astimezone(shop.timezone).date()
    if number is not None:
        if sv.offline_first is None or sv.offline_last is None or not sv.offline_first <= number <= sv.offline_last:
            raise ServiceError(400, "bad_request", f"number: not in the offline range of the service {sv.code}")
        n = number
    else:
        n = _next_number(s, shop, sv, day)
    t = QueueTicket(
        id=request_id or uuid.uuid4().hex, shop=shop.code, service=sv.code, day=day, seq=n,
        number=f"{sv.prefix}{n:03d}", status=WAITING, person_id=person_id, note=note, arrived_at=arrived,
        # in UTC: SQLite keeps no offset, and every time is read back as UTC
        appointment_at=_aware(appointment_at).astimezone(dt.UTC) if appointment_at else None, calls=0, case_ids=[],
        contact_ids=[], issued_by=p.username, updated_at=now,
    )
    s.add(t)
    _emit(s, shop, "ticket_issued", t, now)
    return ticket_view(t, shop)


def _ticket(s: Session, shop: Shop, ticket_id: str, *, lock: bool = True) -> QueueTicket:
    q = select(QueueTicket).where(QueueTicket.id == ticket_id, QueueTicket.shop == shop.code)
    t = s.scalars(q.with_for_update() if lock else q).one_or_none()
    if t is None:
        raise ServiceError(404, "not_found", f"the shop {shop.code} has no ticket {ticket_id}")
    return t


def get_ticket(s: Session, p: Principal, shop: Shop, ticket_id: str) -> dict[str, Any]:
    require_staff(p)
    return ticket_view(_ticket(s, shop, ticket_id, lock=False), shop)


def _callable_by(desk: Desk, now: dt.datetime, *, due_only: bool = True) -> list[Any]:
    conds: list[Any] = [
        QueueTicket.status.in_(CALLABLE),
        ((QueueTicket.target_desk == desk.code)
         | (QueueTicket.target_desk.is_(None) & QueueTicket.service.in_(desk.services))),
    ]
    if due_only:
        conds.append(QueueTicket.appointment_at.is_(None) | (QueueTicket.appointment_at <= now))
    return conds


def _rank(now: dt.datetime) -> tuple[Any, ...]:
    """Appointments whose time has come first (by their time), then walk-ins by arrival."""
    due = QueueTicket.appointment_at.is_not(None) & (QueueTicket.appointment_at <= now)
    return (case((due, 0), else_=1), func.coalesce(QueueTicket.appointment_at, QueueTicket.arrived_at),
            QueueTicket.arrived_at, QueueTicket.id)


def call_next(s: Session, p: Principal, shop: Shop, desk_code: str, *, now: dt.datetime) -> dict[str, Any] | None:
    """The longest-waiting ticket for the desk, now called to it; None when nobody waits for it."""
    require_staff(p)
    desk = shop.desk(desk_code)
    for _ in range(20):
        cand = s.scalars(
            select(QueueTicket.id).where(QueueTicket.shop == shop.code, *_callable_by(desk, now))
            .order_by(*_rank(now)).limit(1).with_for_update(skip_locked=True)
        ).first()
        if cand is None:
            return None
        taken = s.execute(
            update(QueueTicket)
            .where(QueueTicket.id == cand, QueueTicket.status.in_(CALLABLE))
            .values(status=CALLED, desk=desk.code, target_desk=None, calls=1, called_at=now,
                    first_called_at=func.coalesce(QueueTicket.first_called_at, now), updated_at=now)
            .execution_options(synchronize_session=False)
        )
        if getattr(taken, "rowcount", 0) == 1:
            t = _ticket(s, shop, cand, lock=False)
            s.refresh(t)
            _emit(s, shop, "ticket_called", t, now)
            return ticket_view(t, shop)
        # another desk took it between the read and the update (READ COMMITTED): take the next one
    raise ServiceError(503, "busy", "the queue is too busy right now; call again")


def _move(t: QueueTicket, allowed: Iterable[str], action: str) -> None:
    if t.status not in allowed:
        raise ServiceError(409, "conflict", f"ticket {t.number} is {t.status.replace('_', ' ')}: it cannot be "
                                            f"{action} now")


def recall(s: Session, p: Principal, shop: Shop, ticket_id: str, *, now: dt.datetime) -> dict[str, Any]:
    require_staff(p)
    t = _ticket(s, shop, ticket_id)
    _move(t, (CALLED,), "called again")
    if t.calls >= MAX_CALLS:
        raise ServiceError(409, "too_many_calls", f"ticket {t.number} was called {MAX_CALLS} times already: "
                                                  "mark it as not shown up, or park it")
    t.calls += 1
    t.called_at = now
    t.updated_at = now
    _emit(s, shop, "ticket_called", t, now)
    return ticket_view(t, shop)


def _update(s: Session, shop: Shop, t: QueueTicket, now: dt.datetime) -> dict[str, Any]:
    t.updated_at = now
    _emit(s, shop, "ticket_updated", t, now)
    return ticket_view(t, shop)


def serve(s: Session, p: Principal, shop: Shop, ticket_id: str, *, now: dt.datetime) -> dict[str, Any]:
    require_staff(p)
    t = _ticket(s, shop, ticket_id)
    _move(t, (CALLED,), "served")
    t.status = SERVING
    return _update(s, shop, t, now)


def no_show(s: Session, p: Principal, shop: Shop, ticket_id: str, *, now: dt.datetime) -> dict[str, Any]:
    require_staff(p)
    t = _ticket(s, shop, ticket_id)
    _move(t, (CALLED,), "marked as not shown up")
    t.status = NO_SHOW
    t.finished_at = now
    return _update(s, shop, t, now)


def park(
    s: Session, p: Principal, shop: Shop, ticket_id: str, *, note: str | None = None, now: dt.datetime
) -> dict[str, Any]:
    require_staff(p)
    note = check_text(note, "note")
    t = _ticket(s, shop, ticket_id)
    _move(t, (CALLED, SERVING), "parked")
    t.status = PARKED
    if note:
        t.note = note
    return _update(s, shop, t, now)


def return_(s: Session, p: Principal, shop: Shop, ticket_id: str, *, now: dt.datetime) -> dict[str, Any]:
    """A parked citizen is back: the ticket waits again, at its first arrival's place, for its last desk."""
    require_staff(p)
    t = _ticket(s, shop, ticket_id)
    _move(t, (PARKED,), "returned to the queue")
    t.status = WAITING
    t.target_desk = t.desk
    t.calls = 0
    return _update(s, shop, t, now)


def transfer(
    s: Session,
    p: Principal,
    shop: Shop,
    ticket_id: str,
    *,
    service: str | None = None,
    desk: str | None = None,
    note: str | None = None,
    now: dt.datetime,
) -> dict[str, Any]:
    require_staff(p)
    if (service is None) == (desk is None):
        raise ServiceError(400, "bad_request", "transfer to either a service or a desk")
    note = check_text(note, "note")
    if service is not None and service not in shop.services:
        raise ServiceError(400, "bad_request", f"the shop {shop.code} does not offer the service {service!r}")
    target = shop.desk(desk) if desk is not None else None
    t = _ticket(s, shop, ticket_id)
    _move(t, (WAITING, TRANSFERRED, CALLED, SERVING, PARKED), "transferred")
    if service is not None:
        t.service = service
        t.target_desk = None
    else:
        assert target is not None
        t.target_desk = target.code
    t.status = TRANSFERRED
    t.calls = 0
    if note:
        t.note = note
    return _update(s, shop, t, now)


def finish(
    s: Session,
    p: Principal,
    shop: Shop,
    ticket_id: str,
    *,
    case_ids: Sequence[str] = (),
    contact_ids: Sequence[str] = (),
    now: dt.datetime,
) -> dict[str, Any]:
    require_staff(p)
    for field, ids in (("case_ids", case_ids), ("contact_ids", contact_ids)):
        if len(ids) > MAX_LINKED:
            raise ServiceError(400, "bad_request", f"{field}: at most {MAX_LINKED} ids")
        if not all(validation.is_id(i) for i in ids):
            raise ServiceError(400, "bad_request", f"{field}: every id must be 1 to 64 letters, digits or . _ : -")
    t = _ticket(s, shop, ticket_id)
    _move(t, (CALLED, SERVING), "finished")
    t.status = FINISHED
    t.finished_at = now
    t.case_ids = list(dict.fromkeys(case_ids))
    t.contact_ids = list(dict.fromkeys(contact_ids))
    return _update(s, shop, t, now)


# ------------------------------------------------------------------------------------- the desk's view


def _median_service_seconds(s: Session, shop: Shop, sv: Service) -> float:
    rows = s.execute(
        select(QueueTicket.first_called_at, QueueTicket.finished_at)
        .where(QueueTicket.shop == shop.code, QueueTicket.service == sv.code, QueueTicket.status == FINISHED,
               QueueTicket.first_called_at.is_not(None), QueueTicket.finished_at.is_not(None))
        .order_by(QueueTicket.finished_at.desc()).limit(SERVICE_SAMPLE)
    ).all()
    times = [(_aware(b) - _aware(a)).total_seconds() for a, b in rows if a is not None and b is not None]
    return statistics.median(times) if times else sv.default_minutes * 60


def _open_desks(s: Session, shop: Shop, now: dt.datetime) -> set[str]:
    return set(s.scalars(
        select(QueueTicket.desk).distinct()
        .where(QueueTicket.shop == shop.code, QueueTicket.desk.is_not(None),
               QueueTicket.called_at >= now - OPEN_DESK_WINDOW)
    ))


def waiting(s: Session, p: Principal, shop: Shop, desk_code: str, *, now: dt.datetime) -> list[dict[str, Any]]:
    """Who waits for the desk, in the order call next takes them (appointments not due yet last), with the
    time waited and the expected wait (see the module's description)."""
    require_staff(p)
    desk = shop.desk(desk_code)
    mine = s.scalars(
        select(QueueTicket).where(QueueTicket.shop == shop.code, *_callable_by(desk, now, due_only=False))
        .order_by(*_rank(now))
    ).all()
    if not mine:
        return []
    services = {t.service for t in mine}
    everyone = s.scalars(
        select(QueueTicket).where(QueueTicket.shop == shop.code, QueueTicket.status.in_(CALLABLE),
                                  QueueTicket.service.in_(services))
        .order_by(*_rank(now))
    ).all()
    positions: dict[str, int] = {}
    counts: dict[str, int] = {}
    for t in everyone:
        counts[t.service] = counts.get(t.service, 0) + 1
        positions[t.id] = counts[t.service]
    active = _open_desks(s, shop, now)
    per_service: dict[str, tuple[float, int]] = {}
    for code in services:
        sv = shop.services.get(code)
        if sv is None:
            continue
        handling = {d.code for d in shop.desks_for(code)}
        per_service[code] = (_median_service_seconds(s, shop, sv), max(1, len(handling & active)))
    out = []
    for t in mine:
        start = _aware(t.appointment_at) if t.appointment_at else _aware(t.arrived_at)
        due = t.appointment_at is None or _aware(t.appointment_at) <= now
        median, desks = per_service.get(t.service, (600.0, 1))
        position = positions.get(t.id, 1)
        out.append({
            **ticket_view(t, shop),
            "due": due,
            "position": position,
            "waited_seconds": max(0, int((now - start).total_seconds())) if due else 0,
            "expected_wait_seconds": int(median * position / desks),
            "service_median_seconds": int(median),
            "open_desks": desks,
        })
    return out


# ----------------------------------------------------------------------------------------------- events


def head_event_id(s: Session) -> int:
    return int(s.scalar(select(Counter.value).where(Counter.name == EVENT_COUNTER)) or 0)


def events_after(s: Session, shop: str | None, after: int, limit: int = 200) -> list[dict[str, Any]]:
    q = select(QueueEvent).where(QueueEvent.id > after)
    if shop is not None:
        q = q.where(QueueEvent.shop == shop)
    return [
        {"id": e.id, "kind": e.kind, "shop": e.shop, "at": _aware(e.at).isoformat(), **e.data}
        for e in s.scalars(q.order_by(QueueEvent.id).limit(limit))
    ]
