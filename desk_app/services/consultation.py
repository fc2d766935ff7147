"""The advisor's consultation (issue 16): an appointment opened at a theme desk or on a home visit, and its
**finish** — one transaction that records the contact (channel by the appointment's kind, duration, outcome,
follow-up date) in the citizen's history, the advisor's notes as a note (private: the advisor's department
only), and marks the appointment done; the records and their outbox operations together.

The notes are typed into a sealed draft (``desk_app.services.drafts``; its own folder, so the home screen's
list of unfinished intakes does not show it): a crash loses nothing. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.text import TextInvalid, clean_text, one_line
from desk_app.messages import Message
from desk_app.services import outbox
from desk_app.services.cases import local_reference
from desk_app.services.changes import ChangeSet
from desk_app.services.records import to_dict
from desk_app.store.models import Appointment, Case, ContactMoment, Note, utcnow

CONTACT_CHANNELS = ("counter", "home_visit", "phone")
MAX_MINUTES = 12 * 60
DONE = "done"
CLOSED = ("cancelled", "done", "no_show")  # an appointment in one of these cannot be finished (again)
CLOSED_AS = {  # a closed appointment's status in words ("This appointment is … already"), translated by the desk
    "cancelled": Message("cancelled"),
    "done": Message("done"),
    "no_show": Message("marked as a no-show"),
}


def closed_as(status: str) -> Message:
    """A closed appointment's status in words (a ``Message``: the desk translates it)."""
    return CLOSED_AS.get(status) or Message(status)


class ConsultationInvalid(ValueError):
    """What the advisor gave cannot be saved (``args[0]``: a ``Message`` the desk translates); nothing was."""


@dataclass
class Finish:
    """What the advisor fills in to finish a consultation."""

    notes: str = ""
    private: bool = False  # the notes: "private: my department only"
    duration_minutes: int | None = None
    outcome: str = ""
    follow_up_on: dt.date | None = None
    channel: str | None = None  # None: by the appointment's kind (``channel_of``)


@dataclass
class Finished:
    contact_id: str
    note_id: str | None
    changes: ChangeSet = field(default_factory=ChangeSet)


def channel_of(appointment: Appointment | dict[str, Any]) -> str:
    """The contact's channel by the appointment's kind: a home visit (its desk, or a place to go to), a phone
    appointment (its service or desk says phone), else a consultation at the counter."""
    get = appointment.get if isinstance(appointment, dict) else lambda k: getattr(appointment, k, None)
    desk, service = str(get("desk") or ""), str(get("service") or "")
    if desk == "home_visit" or get("place"):
        return "home_visit"
    if "phone" in desk.lower() or "phone" in service.lower():
        return "phone"
    return "counter"


def opening(session: Session, appointment_id: str) -> dict[str, Any]:
    """The appointment as the consultation view shows it (its reason, the citizen, the contact's channel)."""
    appt = session.get(Appointment, appointment_id)
    if appt is None:
        raise ConsultationInvalid(Message("This appointment is not on this laptop."))
    data = to_dict(appt)
    data["channel"] = channel_of(appt)
    data["reason"] = appt.subject or ""
    return data


def started_cases(session: Session, person_id: str, since: dt.datetime, case_ids: set[str] | list[str],
                  created_by: str | None = None) -> list[dict[str, Any]]:
    """Of ``case_ids`` (what the change sets named while the consultation was open), the cases of this
    citizen opened since it was opened (by ``created_by``: not a colleague's that a sync brought), oldest first."""
    if not case_ids:
        return []
    q = select(Case).where(Case.id.in_(list(case_ids)), Case.person_id == person_id, Case.created_at >= since)
    if created_by is not None:
        q = q.where(Case.created_by == created_by)
    rows = session.scalars(q.order_by(Case.created_at)).all()
    return [{"id": c.id, "reference": local_reference(c), "case_type": c.case_type, "status": c.status,
             "created_at": c.created_at} for c in rows]


def finish(
    session: Session,
    actor: str,
    department: str | None,
    appointment_id: str,
    f: Finish,
    today: dt.date | None = None,
) -> Finished:
    """Finish the consultation of ``appointment_id``: the contact, the note (when there are notes) and the
    appointment marked done, with their outbox operations, in the caller's one transaction. Checks
    everything before it writes anything."""
    appt = session.get(Appointment, appointment_id)
    if appt is None:
        raise ConsultationInvalid(Message("This appointment is not on this laptop."))
    status = getattr(appt, "status", None)
    if status in CLOSED:
        raise ConsultationInvalid(Message("This appointment is {status} already; it cannot be finished again.",
                                          status=closed_as(status)))
    channel = f.channel or channel_of(appt)
    if channel not in CONTACT_CHANNELS:
        raise ConsultationInvalid(Message("The channel must be one of {channels}.",
                                          channels=", ".join(CONTACT_CHANNELS)))
    minutes = f.duration_minutes
    if minutes is None or isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        raise ConsultationInvalid(Message("The duration must be between 1 and {max} minutes.", max=MAX_MINUTES))
    try:
        outcome = clean_text(f.outcome or "", multiline=True, max_length=2000).strip()
    except TextInvalid as exc:
        raise ConsultationInvalid(Message("Outcome: {reason}.", reason=Message(str(exc)))) from None
    try:
        notes = clean_text(f.notes or "", multiline=True).strip()
    except TextInvalid as exc:
        raise ConsultationInvalid(Message("Notes: {reason}.", reason=Message(str(exc)))) from None
    today = today or dt.date.today()
    if f.follow_up_on is not None:
        if not isinstance(f.follow_up_on, dt.date):
            raise ConsultationInvalid(Message("The follow-up date is not a date."))
        if f.follow_up_on < today:
            raise ConsultationInvalid(Message("The follow-up date is in the past."))
    if f.private and notes and not department:
        raise ConsultationInvalid(Message(
            "Your account has no department, so the notes cannot be kept private to it. Untick \"private\" or "
            "ask the administrator to set your department."))
    for entity, action in (("contact_moment", "create"), ("note", "create"), ("appointment", "update")):
        outbox.require(session, entity, action)  # before anything is written

    now = utcnow()
    subject = one_line(appt.subject or appt.service or "consultation")[:200]  # a synced record's: made fit
    contact = ContactMoment(
        id=str(uuid.uuid4()), person_id=appt.person_id, case_id=appt.case_id, channel=channel, subject=subject,
        summary=outcome, staff=actor, at=now, duration_minutes=minutes, outcome=outcome or None,
        follow_up_on=f.follow_up_on.isoformat() if f.follow_up_on else None, appointment_id=appt.id,
    )
    session.add(contact)
    outbox.record_create(session, "contact_moment", contact, actor)
    changes = ChangeSet(contacts={contact.id}, outbox=1)
    if appt.person_id:
        changes.persons.add(appt.person_id)
    note_id = None
    if notes:
        note = Note(id=str(uuid.uuid4()), person_id=appt.person_id, case_id=appt.case_id, text=notes,
                    author=actor, at=now, private=bool(f.private), department=department if f.private else None)
        session.add(note)
        outbox.record_create(session, "note", note, actor)
        note_id = note.id
        changes.notes.add(note.id)
        changes.outbox += 1
    if status is not None:
        appt.status = DONE
        outbox.record_update(session, "appointment", appt.id, {"status": DONE}, {"status": status},
                             appt.revision, actor)
        changes.appointments.add(appt.id)
        changes.outbox += 1
    return Finished(contact.id, note_id, changes)


def draft_id(appointment_id: str) -> str:
    """The one draft of an appointment's consultation (a file name whatever characters the id has)."""
    return "consultation-" + hashlib.sha256(appointment_id.encode()).hexdigest()[:32]
