"""Booking appointments at the desk (issue 16): book, and "to book" when the case store is unreachable.

A booking needs the case store (it alone knows which slots are free), so a laptop never books over a slot
that was taken meanwhile. When the case store cannot be reached, the request is kept on the laptop as an
``appointment`` row with status ``to_book`` (its id is the request's idempotency key, ``request_id``; the
row is the request, written in one transaction, with no outbox operation: a request is not a record the
case store merges but a question it answers). ``confirm_pending`` sends the waiting requests with their
``request_id`` when the case store answers again (after a sync, or the page's retry button):

- booked: the row becomes the case store's appointment (its id, slot, advisor, room, reference);
- the slot was taken meanwhile, or the case store refuses (in the past, outside opening hours): the row
  becomes ``not_booked`` with the reason and the next free slot the case store offers, for the clerk to
  see and book again or dismiss. Nothing is lost silently;
- still unreachable: it stays ``to_book``; so does a request for a citizen registered on this laptop whose
  record is still waiting in the outbox (the case store answers ``unknown_reference`` until the sync sends it).

The network part is the case store's appointment API (``sync.appointments.AppointmentsClient``); this
module names what it needs of it (``BookingServer``) and the errors it raises (the client's errors are also
these), so the desk's core imports nothing of the sync package.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desk_app.domain.text import TextInvalid, clean_text
from desk_app.messages import Message
from desk_app.services.changes import ChangeSet
from desk_app.store.db import Store
from desk_app.store.models import Appointment, OutboxOperation, SyncState

TO_BOOK = "to_book"
NOT_BOOKED = "not_booked"
LOCAL_STATES = (TO_BOOK, NOT_BOOKED)  # requests kept on this laptop, not (yet) appointments
BOOKED = "booked"
CANCELLED = "cancelled"
CHECKED_IN = "checked_in"
MAX_REASON = 200
MAX_PERSONS = 10
_NOTE = "booking:"  # sync_state key of a request's last answer (not booked: why, and the next free slot)

# The case store's refusals, as sentences (the desk translates the codes with ui.appointments.page.reason).
REFUSALS = {
    "slot_taken": "the slot was taken",
    "in_the_past": "the time is in the past",
    "outside_opening_hours": "the time is outside the opening hours",
    "unknown_service": "the service is not offered",
    "not_found": "no such appointment",
    "invalid": "the request is not valid",
}


class BookingInvalid(ValueError):
    """Bad input for a booking (``str(e)`` says what, for the clerk; a ``Message`` the desk translates)."""


class BookingError(Exception):
    """A booking the case store did not make. ``code``: the case store's error code."""

    code: str = ""


class Unreachable(BookingError):
    """The case store could not be reached (or was too busy to answer): the request can wait as "to book"."""


class BookingRefused(BookingError):
    """The case store refused the request (``code``: in_the_past, outside_opening_hours, …)."""


class SlotTaken(BookingRefused):
    """Someone else booked the slot first; ``next_free`` is the case store's offer (or None)."""

    code = "slot_taken"
    next_free: Slot | None = None


@dataclass(frozen=True)
class Slot:
    start: dt.datetime  # aware (Europe/Brussels offset as the case store sent it)
    end: dt.datetime
    advisor: str
    room: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "advisor": self.advisor,
                "room": self.room}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Slot:
        return cls(dt.datetime.fromisoformat(str(d["start"])), dt.datetime.fromisoformat(str(d["end"])),
                   str(d["advisor"]), d.get("room") if isinstance(d.get("room"), str) else None)


@dataclass(frozen=True)
class Service:
    code: str
    names: dict[str, str]
    minutes: int
    extra_minutes_per_person: int
    department: str
    home_visit: bool = False

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("nl") or self.names.get("en") or self.code

    def duration(self, persons: int) -> dt.timedelta:
        return dt.timedelta(minutes=self.minutes + self.extra_minutes_per_person * max(0, persons - 1))


@dataclass(frozen=True)
class BookedAppointment:
    """An appointment as the case store answers it (THE CONTRACT's ``Appointment``)."""

    id: str
    service: str
    start: dt.datetime
    end: dt.datetime
    advisor: str
    room: str | None
    place: str | None
    person_id: str | None
    case_id: str | None
    persons: int
    reason: str
    status: str
    cancellation_ref: str | None
    revision: int


@dataclass(frozen=True)
class BookingRequest:
    request_id: str
    service: str
    start: dt.datetime
    persons: int = 1
    person_id: str | None = None
    advisor: str | None = None
    reason: str = ""
    place: str | None = None

    def to_wire(self) -> dict[str, Any]:
        return {"request_id": self.request_id, "service": self.service, "start": self.start.isoformat(),
                "persons": self.persons, "person_id": self.person_id, "advisor": self.advisor,
                "reason": self.reason, "place": self.place}


@dataclass
class CheckIn:
    """The queue ticket an appointment became at reception."""

    ticket_id: str
    number: str
    shop: str


class BookingServer(Protocol):
    """What the booking needs of the case store (``sync.appointments.AppointmentsClient``)."""

    def book(self, request: BookingRequest) -> BookedAppointment: ...


def new_request(service: str, start: dt.datetime, *, persons: int = 1, person_id: str | None = None,
                advisor: str | None = None, reason: str = "", place: str | None = None,
                now: dt.datetime | None = None) -> BookingRequest:
    """A checked request with a fresh ``request_id``; ``BookingInvalid`` says what is wrong."""
    if not service:
        raise BookingInvalid(Message("Choose a service."))
    if start.tzinfo is None:
        raise BookingInvalid(Message("The time has no time zone."))
    if isinstance(persons, bool) or not 1 <= persons <= MAX_PERSONS:
        raise BookingInvalid(Message("The number of persons must be 1 to {max}.", max=MAX_PERSONS))
    if start <= (now or dt.datetime.now(dt.UTC)):
        raise BookingInvalid(Message("The time is in the past."))
    try:
        reason = clean_text(reason.strip(), max_length=MAX_REASON)
    except TextInvalid as e:
        raise BookingInvalid(Message("Reason: {reason}.", reason=Message(str(e)))) from None
    try:
        place = clean_text(place.strip(), max_length=300) or None if place else None
    except TextInvalid as e:
        raise BookingInvalid(Message("Place: {reason}.", reason=Message(str(e)))) from None
    return BookingRequest(str(uuid.uuid4()), service, start, persons, person_id or None, advisor or None,
                          reason, place)


# ------------------------------------------------------------------------------------------ the store


def _note_key(request_id: str) -> str:
    return _NOTE + request_id


def _set_note(s: Session, request_id: str, note: dict[str, Any] | None) -> None:
    row = s.get(SyncState, _note_key(request_id))
    if note is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(SyncState(key=_note_key(request_id), value=json.dumps(note)))
    else:
        row.value = json.dumps(note)


def save_to_book(store: Store, request: BookingRequest, service: Service | None = None) -> ChangeSet:
    """Keep ``request`` on this laptop as "to book" (one transaction; repeating it changes nothing)."""
    duration = service.duration(request.persons) if service else dt.timedelta(0)
    with store.write() as s:
        if s.get(Appointment, request.request_id) is None:
            s.add(Appointment(
                id=request.request_id, person_id=request.person_id, case_id=None,
                desk=service.department if service else request.service, starts_at=request.start,
                ends_at=request.start + duration, advisor=request.advisor or "", subject=request.reason,
                service=request.service, room=None, place=request.place, status=TO_BOOK,
                persons=request.persons, cancellation_ref=None, revision=0,
            ))
    return ChangeSet(appointments={request.request_id})


def _request_of(row: Appointment) -> BookingRequest:
    return BookingRequest(row.id, row.service or "", row.starts_at, row.persons, row.person_id,
                          row.advisor or None, row.subject, row.place)


def _put(s: Session, appt: BookedAppointment, department: str | None) -> None:
    row = s.get(Appointment, appt.id)
    values = dict(person_id=appt.person_id, case_id=appt.case_id, starts_at=appt.start, ends_at=appt.end,
                  advisor=appt.advisor, subject=appt.reason[:MAX_REASON], service=appt.service, room=appt.room,
                  place=appt.place, status=appt.status, persons=appt.persons,
                  cancellation_ref=appt.cancellation_ref)
    if row is None:
        s.add(Appointment(id=appt.id, desk=department or appt.service, revision=appt.revision, **values))
        return
    if row.status not in LOCAL_STATES and row.revision > appt.revision:
        return  # the change feed brought a newer version already
    for k, v in values.items():
        setattr(row, k, v)
    if department:
        row.desk = department
    row.revision = appt.revision


def store_appointment(store: Store, appt: BookedAppointment, *, department: str | None = None,
                      replaces: str | None = None) -> ChangeSet:
    """Keep the case store's answer on this laptop (the change feed brings the same record later);
    ``replaces``: the request it answers (its "to book" row goes, in the same transaction)."""
    changes = ChangeSet(appointments={appt.id})
    with store.write() as s:
        if replaces and replaces != appt.id:
            s.execute(delete(Appointment).where(Appointment.id == replaces, Appointment.status.in_(LOCAL_STATES)))
            changes.appointments.add(replaces)
        if replaces:
            _set_note(s, replaces, None)
        s.flush()
        _put(s, appt, department)
    return changes


@dataclass
class Outcome:
    """What became of a booking: ``booked`` (``appointment``) or ``to_book`` (kept on this laptop)."""

    state: str
    request: BookingRequest
    appointment: BookedAppointment | None = None
    changes: ChangeSet = field(default_factory=ChangeSet)


def book(store: Store, server: BookingServer, request: BookingRequest, service: Service | None = None) -> Outcome:
    """Book now; when the case store cannot be reached, keep the request as "to book". ``SlotTaken`` (with
    the next free slot) and ``BookingRefused`` reach the caller: the clerk is there to choose again."""
    try:
        appt = server.book(request)
    except Unreachable:
        return Outcome(TO_BOOK, request, None, save_to_book(store, request, service))
    except BookingRefused as e:
        if not _waits_for_person(store, request, e):
            raise
        return Outcome(TO_BOOK, request, None, save_to_book(store, request, service))
    department = service.department if service else None
    return Outcome(BOOKED, request, appt, store_appointment(store, appt, department=department,
                                                             replaces=request.request_id))


@dataclass
class Confirmed:
    """What ``confirm_pending`` did: booked, not booked (request ids), still waiting, problems."""

    booked: list[BookedAppointment] = field(default_factory=list)
    not_booked: list[str] = field(default_factory=list)
    waiting: int = 0
    problems: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)


def confirm_pending(store: Store, server: BookingServer,
                    departments: Mapping[str, str] | None = None) -> Confirmed:
    """Send every "to book" request (oldest slot first) with its ``request_id`` (repeating one the case store
    already booked answers the same appointment). Stops at the first unreachable answer."""
    out = Confirmed()
    with store.read() as s:
        rows = list(s.scalars(select(Appointment).where(Appointment.status == TO_BOOK)
                              .order_by(Appointment.starts_at)))
        requests = [(_request_of(r), r.desk) for r in rows]
    for i, (req, desk) in enumerate(requests):
        try:
            appt = server.book(req)
        except Unreachable:
            out.waiting = len(requests) - i
            break
        except BookingRefused as e:
            if _waits_for_person(store, req, e):
                out.waiting += 1
                continue
            out.changes.merge(_not_booked(store, req.request_id, e))
            out.not_booked.append(req.request_id)
            continue
        except Exception as e:  # anything else: the request waits, the problem is reported
            out.problems.append(f"{req.request_id}: {e}")
            out.waiting += 1
            continue
        department = (departments or {}).get(appt.service) or desk
        out.changes.merge(store_appointment(store, appt, department=department, replaces=req.request_id))
        out.booked.append(appt)
    return out


def _waits_for_person(store: Store, request: BookingRequest, e: BookingRefused) -> bool:
    """The case store does not know the citizen yet because their record registered here is still waiting to
    be sent: the request waits for the sync that sends it (then it is confirmed)."""
    if e.code != "unknown_reference" or not request.person_id:
        return False
    with store.read() as s:
        return s.scalar(select(OutboxOperation.seq).where(
            OutboxOperation.entity == "person", OutboxOperation.entity_id == request.person_id,
            OutboxOperation.state == "pending").limit(1)) is not None


def _not_booked(store: Store, request_id: str, e: BookingRefused) -> ChangeSet:
    next_free = getattr(e, "next_free", None)
    note = {"code": e.code or "refused", "message": str(e),
            "next_free": next_free.to_json() if isinstance(next_free, Slot) else None}
    with store.write() as s:
        row = s.get(Appointment, request_id)
        if row is None or row.status != TO_BOOK:
            return ChangeSet()
        row.status = NOT_BOOKED
        _set_note(s, request_id, note)
    return ChangeSet(appointments={request_id})


@dataclass(frozen=True)
class Request:
    """A request kept on this laptop, for the page: to book, or not booked with why and the next free slot."""

    request_id: str
    state: str
    service: str
    start: dt.datetime
    persons: int
    person_id: str | None
    advisor: str
    reason: str
    place: str | None
    code: str = ""
    message: str = ""
    next_free: Slot | None = None


def requests(store: Store) -> list[Request]:
    """Every request kept on this laptop (to book and not booked), by time."""
    with store.read() as s:
        rows = list(s.scalars(select(Appointment).where(Appointment.status.in_(LOCAL_STATES))
                              .order_by(Appointment.starts_at)))
        notes = {r.key[len(_NOTE):]: r.value for r in s.scalars(
            select(SyncState).where(SyncState.key.in_([_note_key(x.id) for x in rows])))}
    out = []
    for r in rows:
        note = json.loads(notes[r.id]) if r.id in notes else {}
        nf = note.get("next_free")
        try:
            slot = Slot.from_json(nf) if isinstance(nf, dict) else None
        except (KeyError, ValueError):
            slot = None
        out.append(Request(r.id, r.status, r.service or "", r.starts_at, r.persons, r.person_id, r.advisor,
                           r.subject, r.place, str(note.get("code", "")), str(note.get("message", "")), slot))
    return out


def dismiss(store: Store, request_id: str) -> ChangeSet:
    """Forget a request kept on this laptop (not booked, or a "to book" the citizen no longer wants)."""
    with store.write() as s:
        row = s.get(Appointment, request_id)
        gone = row is not None and row.status in LOCAL_STATES
        if gone:
            s.delete(row)
        _set_note(s, request_id, None)
    return ChangeSet(appointments={request_id}) if gone else ChangeSet()


def appointments_of(store: Store, person_id: str) -> list[dict[str, Any]]:
    """A citizen's appointments on this laptop (booked ones and requests), newest first."""
    with store.read() as s:
        rows = s.scalars(select(Appointment).where(Appointment.person_id == person_id)
                         .order_by(Appointment.starts_at.desc()).limit(200))
        return [{"id": r.id, "service": r.service, "start": r.starts_at, "end": r.ends_at, "advisor": r.advisor,
                 "room": r.room, "place": r.place, "status": r.status, "persons": r.persons,
                 "reason": r.subject, "cancellation_ref": r.cancellation_ref} for r in rows]


# ------------------------------------------------------------------------------------ the confirmation

_PDF_TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "Bevestiging van uw afspraak", "fr": "Confirmation de votre rendez-vous",
              "de": "Bestätigung Ihres Termins", "en": "Confirmation of your appointment"},
    "service": {"nl": "Dienst", "fr": "Service", "de": "Dienst", "en": "Service"},
    "date": {"nl": "Datum", "fr": "Date", "de": "Datum", "en": "Date"},
    "time": {"nl": "Uur", "fr": "Heure", "de": "Uhrzeit", "en": "Time"},
    "place": {"nl": "Plaats", "fr": "Lieu", "de": "Ort", "en": "Place"},
    "advisor": {"nl": "Consulent", "fr": "Conseiller", "de": "Berater", "en": "Advisor"},
    "persons": {"nl": "Aantal personen", "fr": "Nombre de personnes", "de": "Anzahl Personen",
                "en": "Number of persons"},
    "reference": {"nl": "Annuleringsreferentie", "fr": "Référence d'annulation", "de": "Stornierungsnummer",
                  "en": "Cancellation reference"},
    "cancel": {"nl": "Kunt u niet komen? Bel ons of meld het aan de balie met deze referentie.",
               "fr": "Vous ne pouvez pas venir ? Appelez-nous ou dites-le au guichet avec cette référence.",
               "de": "Können Sie nicht kommen? Rufen Sie uns an oder melden Sie es am Schalter mit dieser Nummer.",
               "en": "Cannot come? Call us or tell the desk, quoting this reference."},
}


def confirmation_pdf(city: Mapping[str, Any], appt: BookedAppointment, *, service_name: str, person_name: str = "",
                     lang: str = "nl", location: str = "", tz: dt.tzinfo | None = None) -> bytes:
    """The citizen's confirmation as PDF bytes: date, time, place or room, advisor and the cancellation
    reference (``city``: the catalogue's city, for the letterhead; times in ``tz``, else as booked)."""
    from reportlab.platypus import Paragraph, Spacer, Table

    from desk_app.documents.common import (
        Branding,
        DocumentInfo,
        build_pdf,
        esc,
        format_date,
        style_for,
        tstyle,
    )

    def t(key: str) -> str:
        return _PDF_TEXTS[key].get(lang) or _PDF_TEXTS[key]["nl"]

    branding = Branding.from_city(city)
    st = style_for(branding)
    start, end = (appt.start.astimezone(tz), appt.end.astimezone(tz)) if tz else (appt.start, appt.end)
    where = appt.place or ", ".join(x for x in (location, appt.room) if x)
    rows = [(t("service"), service_name), (t("date"), format_date(start.date().isoformat(), lang)),
            (t("time"), f"{start:%H:%M} – {end:%H:%M}"), (t("place"), where), (t("advisor"), appt.advisor),
            (t("persons"), str(appt.persons))]
    table = Table([[Paragraph(esc(k), st["label"]), Paragraph(esc(v), st["value"])] for k, v in rows if v],
                  colWidths=[45 * 2.8346, None])
    table.setStyle(tstyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story = [Paragraph(esc(t("title")), st["title"])]
    if person_name:
        story.append(Paragraph(esc(person_name), st["subtitle"]))
    story += [Spacer(1, 6), table, Spacer(1, 10), Paragraph(esc(t("reference")), st["label"]),
              Paragraph(esc(appt.cancellation_ref or ""), st["big"]), Spacer(1, 6),
              Paragraph(esc(t("cancel")), st["body"])]
    info = DocumentInfo(title=f"{t('title')} {appt.cancellation_ref or ''}".strip(), subject=service_name,
                        lang=lang, reference=appt.cancellation_ref or "", author=branding.name(lang),
                        keywords=appt.cancellation_ref or "")
    return build_pdf(story, branding, info)
