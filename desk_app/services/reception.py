"""The city shop's walk-in queue at the desk (issue 16), Qt-free: what the desk knows of a shop and its tickets,
and reception's **offline queue**.

The queue itself lives in the case store (``/v1/queue/…``, spoken by ``sync.shop.ShopClient``). When the case
store cannot be reached, reception keeps issuing tickets here:

- a number from the service's *offline range* (``offline_range`` in ``resources/shop/*.yaml``, e.g. A500…A599),
  which the case store never hands out itself, so a paper ticket issued offline never carries a number that
  the case store also gave someone else; numbers run per shop, service and local day (wrapping in the range);
- each ticket gets its request id (the case store's idempotency key for ticket creation) the moment it is
  issued, so pushing it again after a lost answer never makes a second ticket;
- the queue is one file in the laptop's data folder, sealed with a key derived from the store key (AES-GCM,
  like intake drafts: ``desk_app.services.drafts``), written atomically after every ticket (a crash loses
  nothing);
- ``push`` hands the tickets to the case store in the order they were issued, each exactly once; it stops at
  the first that cannot be sent (still unreachable) and keeps it and the rest for the next attempt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import threading
import uuid
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.services.attachments import hkdf_sha256, private_file, private_folder
from resources import RESOURCES_DIR

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from desk_app.app import Loket
    from desk_app.store.db import Store

MAGIC = b"LKR1"
SHOP_DIR = RESOURCES_DIR / "shop"
DEFAULT_TIMEZONE = "Europe/Brussels"

# ------------------------------------------------------------------------------------------- errors


class QueueUnreachable(Exception):
    """The case store cannot be reached (or is too busy): the queue is kept at reception meanwhile."""


class QueueRefused(Exception):
    """The case store refused the queue action; ``message`` says why in words a clerk understands, ``code``
    is the case store's (``conflict``: another desk was first, ``too_many_calls``, ``not_found``, …)."""

    def __init__(self, message: str, code: str = "", status: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status


# ------------------------------------------------------------------------------------------- shops


@dataclass(frozen=True)
class ShopService:
    code: str
    name: dict[str, str]
    prefix: str
    first: int
    last: int
    default_minutes: float
    offline_first: int | None = None
    offline_last: int | None = None


@dataclass(frozen=True)
class ShopDesk:
    code: str
    name: dict[str, str]
    services: tuple[str, ...]


@dataclass(frozen=True)
class ShopInfo:
    code: str
    name: dict[str, str]
    services: tuple[ShopService, ...]
    desks: tuple[ShopDesk, ...]
    timezone: str = DEFAULT_TIMEZONE

    def service(self, code: str) -> ShopService | None:
        return next((s for s in self.services if s.code == code), None)

    def desk(self, code: str) -> ShopDesk | None:
        return next((d for d in self.desks if d.code == code), None)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ShopInfo:
        """From ``to_dict`` (this laptop's own sealed file) or a shop file's ``shop_from_file``."""
        return cls(
            code=str(d["code"]), name=dict(d["name"]),
            services=tuple(ShopService(**{**s, "name": dict(s["name"])}) for s in d["services"]),
            desks=tuple(ShopDesk(str(x["code"]), dict(x["name"]), tuple(x["services"])) for x in d["desks"]),
            timezone=str(d.get("timezone") or DEFAULT_TIMEZONE),
        )


def shop_from_file(code: str, folder: Path = SHOP_DIR) -> ShopInfo | None:
    """The shop ``code`` as the city's shop files describe it (``resources/shop``): what reception numbers
    offline tickets from when it never reached the case store. None when no file describes it."""
    import yaml

    for path in sorted(folder.glob("*.yaml")):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        head = doc.get("shop") if isinstance(doc, dict) else None
        if not isinstance(head, dict) or head.get("code") != code:
            continue
        try:
            services = []
            for s in doc.get("services") or []:
                off = s.get("offline_range") or [None, None]
                services.append(ShopService(str(s["code"]), dict(s["name"]), str(s["prefix"]), int(s["range"][0]),
                                            int(s["range"][1]), float(s.get("default_minutes", 10)), off[0], off[1]))
            desks = [ShopDesk(str(x["code"]), dict(x["name"]), tuple(x["services"])) for x in doc.get("desks") or []]
        except (KeyError, TypeError, ValueError, IndexError):
            return None
        return ShopInfo(code, dict(head.get("name") or {}), tuple(services), tuple(desks),
                        str(head.get("timezone") or DEFAULT_TIMEZONE))
    return None


def name_in(names: Mapping[str, str] | None, lang: str) -> str:
    if not names:
        return ""
    return names.get(lang) or names.get("nl") or names.get("en") or next(iter(names.values()), "")


# ------------------------------------------------------------------------------------------ tickets


@dataclass(frozen=True)
class Ticket:
    """A ticket as the case store answers it (with the waiting list's figures when it comes from there), or
    one issued offline at reception (``offline``: not in the case store yet)."""

    id: str
    shop: str
    number: str
    service: str
    service_name: dict[str, str]
    status: str
    person_id: str | None
    arrived_at: dt.datetime
    note: str | None = None
    appointment_at: dt.datetime | None = None
    target_desk: str | None = None
    desk: str | None = None
    desk_name: dict[str, str] | None = None
    calls: int = 0
    called_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    case_ids: tuple[str, ...] = ()
    contact_ids: tuple[str, ...] = ()
    # the waiting list's figures (None outside it)
    due: bool | None = None
    position: int | None = None
    waited_seconds: int | None = None
    expected_wait_seconds: int | None = None
    offline: bool = False


@dataclass
class PendingTicket:
    """A ticket reception issued while the case store was unreachable, waiting to be pushed."""

    request_id: str
    shop: str
    service: str
    seq: int  # its number in the service's offline range
    number: str  # prefix and number, as printed (A501)
    issued_at: str  # ISO 8601 with offset
    person_id: str | None = None
    note: str | None = None

    @property
    def arrived_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.issued_at)

    def to_ticket(self, shop: ShopInfo | None = None) -> Ticket:
        sv = shop.service(self.service) if shop else None
        return Ticket(id=self.request_id, shop=self.shop, number=self.number, service=self.service,
                      service_name=dict(sv.name) if sv else {}, status="waiting", person_id=self.person_id,
                      arrived_at=self.arrived_at, note=self.note, offline=True)


@dataclass
class Refused:
    """A pending ticket the case store refused for good (kept, with its reason, for a person to see)."""

    ticket: PendingTicket
    reason: str


@dataclass
class PushResult:
    pushed: list[Ticket] = field(default_factory=list)  # in the order they were issued
    refused: list[Refused] = field(default_factory=list)
    waiting: int = 0  # still kept (the case store became unreachable again)


class NoOfflineRange(ValueError):
    """The service has no offline range: reception cannot issue its tickets without the case store."""


class ReceptionQueue:
    """Reception's offline queue in ``folder`` (see the module's description). Safe to use from several
    worker threads at once."""

    FILE = "reception-queue.sealed"

    def __init__(self, folder: Path, key: bytes | None) -> None:
        self.folder = folder
        self._key = hkdf_sha256(key, b"loket-reception", b"aead") if key else None
        self._cipher: AESGCM | None = None
        self._lock = threading.RLock()  # the file
        self._pushing = threading.Lock()  # one push at a time (tickets are issued meanwhile)

    @classmethod
    def for_loket(cls, loket: Loket) -> ReceptionQueue:
        """Sealed with the store's own key (the key the store was opened with), like drafts."""
        return cls(loket.paths.data / "reception", loket.store_key)

    @property
    def path(self) -> Path:
        return self.folder / self.FILE

    @property
    def _aead(self) -> AESGCM | None:
        if self._cipher is None and self._key is not None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            self._cipher = AESGCM(self._key)
        return self._cipher

    # ------------------------------------------------------------------------------ the file
    def _read(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {"pending": [], "counters": {}, "shops": {}, "refused": []}
        if raw.startswith(MAGIC):
            if self._aead is None:
                raise ValueError("the reception queue is sealed and this store has no key")
            raw = self._aead.decrypt(raw[4:16], raw[16:], MAGIC)
        state: dict[str, Any] = json.loads(raw)
        for k, empty in (("pending", []), ("counters", {}), ("shops", {}), ("refused", [])):
            state.setdefault(k, empty)
        return state

    def _write(self, state: dict[str, Any]) -> None:
        private_folder(self.folder)
        raw = json.dumps(state, ensure_ascii=False, sort_keys=True).encode()
        if self._aead is not None:
            nonce = os.urandom(12)
            raw = MAGIC + nonce + self._aead.encrypt(nonce, raw, MAGIC)
        tmp = self.path.with_suffix(".tmp")
        with private_file(tmp) as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    # ------------------------------------------------------------------------------ shops
    def remember_shop(self, shop: ShopInfo) -> None:
        """Keep what the case store said of the shop: offline tickets are numbered from it."""
        with self._lock:
            state = self._read()
            if state["shops"].get(shop.code) != shop.to_dict():
                state["shops"][shop.code] = shop.to_dict()
                self._write(state)

    def known_shop(self, code: str) -> ShopInfo | None:
        """The shop as last heard from the case store, else as the city's shop files describe it."""
        with self._lock:
            raw = self._read()["shops"].get(code)
        if raw is not None:
            return ShopInfo.from_dict(raw)
        return shop_from_file(code)

    # ------------------------------------------------------------------------------ tickets
    def issue_offline(self, shop: ShopInfo, service: str, person_id: str | None = None, note: str | None = None,
                      now: dt.datetime | None = None, request_id: str | None = None) -> PendingTicket:
        """A ticket numbered from the service's offline range, kept (on disk) until ``push``. ``request_id``:
        the one an online attempt that got no answer used (had it reached the case store, pushing this one
        answers that ticket instead of making a second)."""
        sv = shop.service(service)
        if sv is None:
            raise NoOfflineRange(f"the shop {shop.code} has no service {service!r}")
        if sv.offline_first is None or sv.offline_last is None:
            raise NoOfflineRange(f"the service {service} has no numbers for offline tickets")
        now = (now or dt.datetime.now(dt.UTC)).astimezone(_zone(shop.timezone))
        with self._lock:
            state = self._read()
            key = f"{shop.code}/{sv.code}/{now.date().isoformat()}"
            last = state["counters"].get(key)
            seq = sv.offline_first if last is None or last >= sv.offline_last else int(last) + 1
            state["counters"] = {k: v for k, v in state["counters"].items() if k.endswith(now.date().isoformat())}
            state["counters"][key] = seq
            ticket = PendingTicket(request_id=request_id or uuid.uuid4().hex, shop=shop.code, service=sv.code, seq=seq,
                                   number=f"{sv.prefix}{seq:03d}", issued_at=now.isoformat(), person_id=person_id,
                                   note=note)
            state["pending"].append(dataclasses.asdict(ticket))
            self._write(state)
        return ticket

    def pending(self, shop: str | None = None) -> list[PendingTicket]:
        with self._lock:
            items = [PendingTicket(**x) for x in self._read()["pending"]]
        return [t for t in items if shop is None or t.shop == shop]

    def refused(self) -> list[Refused]:
        with self._lock:
            return [Refused(PendingTicket(**x["ticket"]), str(x["reason"])) for x in self._read()["refused"]]

    def push(self, send: Callable[[PendingTicket], Ticket]) -> PushResult:
        """Send the pending tickets in the order issued (``send`` is ``ShopClient.push_offline``). A ticket
        leaves the file only once the case store answered it; a refusal for good sets it aside with its
        reason; an unreachable case store ends the push, keeping it and the rest."""
        result = PushResult()
        with self._pushing:
            for ticket in self.pending():
                try:
                    answered = send(ticket)
                except QueueUnreachable:
                    break
                except QueueRefused as e:
                    self._settle(ticket, {"ticket": dataclasses.asdict(ticket), "reason": e.message})
                    result.refused.append(Refused(ticket, e.message))
                    continue
                self._settle(ticket, None)
                result.pushed.append(answered)
            result.waiting = len(self.pending())
        return result

    def _settle(self, ticket: PendingTicket, refused: dict[str, Any] | None) -> None:
        with self._lock:
            state = self._read()
            state["pending"] = [x for x in state["pending"] if x["request_id"] != ticket.request_id]
            if refused is not None:
                state["refused"].append(refused)
            self._write(state)


def _zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)


# ------------------------------------------------------------------------------ what a visit recorded


def created_during_visit(store: Store, actor: str, since: dt.datetime, case_ids: Iterable[str],
                         contact_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """Of the cases and contacts the desk's change sets named since the call (``case_ids``, ``contact_ids``),
    those this clerk created since then: what ``finish`` links to the ticket (a sync that brought other
    people's cases meanwhile adds nothing)."""
    from sqlalchemy import select

    from desk_app.store.models import Case, ContactMoment

    cases, contacts = sorted(set(case_ids)), sorted(set(contact_ids))
    since_naive = since.astimezone(dt.UTC).replace(tzinfo=None)
    with store.read() as s:
        found_cases = [c.id for c in s.scalars(select(Case).where(Case.id.in_(cases))) if c.created_by == actor
                       and _naive(c.created_at) >= since_naive] if cases else []
        found_contacts = [c.id for c in s.scalars(select(ContactMoment).where(ContactMoment.id.in_(contacts)))
                          if c.staff == actor and _naive(c.at) >= since_naive] if contacts else []
    return sorted(found_cases), sorted(found_contacts)


def _naive(t: dt.datetime) -> dt.datetime:
    return t.astimezone(dt.UTC).replace(tzinfo=None) if t.tzinfo is not None else t


def person_briefs(store: Store, person_ids: Iterable[str | None]) -> dict[str, tuple[str, str]]:
    """Name and language of the citizens this laptop knows, by id (a queue's names, a ticket's language)."""
    from sqlalchemy import select

    from desk_app.store.models import Person

    ids = sorted({i for i in person_ids if i})
    if not ids:
        return {}
    with store.read() as s:
        return {p.id: (f"{p.given_names} {p.surname}".strip(), p.language)
                for p in s.scalars(select(Person).where(Person.id.in_(ids)))}
