"""Notifications: when a case reaches a status marked ``notify``, the citizen hears about it on the channel
they chose (person.preferred_channel), in their language.

* ``letter``: a letter PDF from the city's templates is stored as an attachment of the case (attachment +
  case_attachment link + outbox op) and the notification waits in state ``to_print``.
* ``email`` / ``sms``: the message is queued to the central case store: an outbox operation with entity
  ``notification`` in the same transaction (the central store hands it to the mail/SMS gateway). State
  ``queued``.
* ``phone``: a call task for a colleague (state ``to_call``), with what to tell the citizen.

An e-mail or SMS without an address or number, or a call without a number, falls back to a letter: the
letter is the channel that always remains. Every message is a ``Notification`` row on the case.

Never twice for the same status change: ``notification.status_change_id`` is unique, the listener looks
first, and the notification id and the outbox ``op_id`` are uuid5 of the status change id, so a retried
sync carries the same operation id and the central store can drop a repeat.

The initial status of an intake made in person (counter, home visit) sends nothing: the citizen takes the
intake receipt home.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app import languages
from desk_app.services import outbox
from desk_app.services.cases import NEW_CASES, local_reference
from desk_app.services.records import to_dict
from desk_app.store.models import Case, CaseAttachment, Notification, OutboxOperation, StatusChange, utcnow

if TYPE_CHECKING:
    from desk_app.app import Loket
    from desk_app.documents.letters import LetterData

log = logging.getLogger(__name__)

NAMESPACE = uuid.UUID("6f6b2c1e-3d4a-5b8c-9e0f-4c6f6b657400")  # Loket notifications
CHANNELS = ("email", "sms", "letter", "phone")
IN_PERSON = ("counter", "home_visit")
STATES = ("to_print", "queued", "to_call", "printed", "done", "failed")
SMS_MAX = 320


def notification_id(status_change_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"notification:{status_change_id}"))


def outbox_op_id(status_change_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"notification-op:{status_change_id}"))


class Notifier:
    """The status listener (one per opened Loket)."""

    def __init__(self, loket: Loket) -> None:
        self.loket = loket

    def __call__(self, session: Session, case: Case, change: StatusChange) -> None:
        catalogue = self.loket.catalogue
        status = catalogue.statuses.get(change.status)
        if status is None or not status.notify or case.person is None:
            return
        new_case = case.id in session.info.get(NEW_CASES, ())  # an intake being saved: nothing prepared yet
        if not new_case and session.scalar(select(Notification.id).where(Notification.status_change_id == change.id)):
            return  # already prepared for this change
        first_status = change.status == catalogue.case_type(case.case_type).initial_status
        if case.channel in IN_PERSON and first_status and (
            new_case or session.scalar(select(func.count()).where(StatusChange.case_id == case.id)) == 1
        ):
            return  # intake in person: the receipt is the proof
        person = case.person
        lang = languages.known(person.language)
        channel = person.preferred_channel if person.preferred_channel in CHANNELS else "letter"
        recipient = {"email": person.email, "sms": person.phone, "phone": person.phone}.get(channel) or ""
        if channel != "letter" and not recipient:
            log.info("case %s: no %s contact for the citizen; a letter instead", case.id, channel)
            channel = "letter"
        data = self._letter_data(case, change, lang)
        note = Notification(
            id=notification_id(change.id), case_id=case.id, status_change_id=change.id, channel=channel,
            language=lang, recipient=recipient[:200], body="", state="prepared", created_at=utcnow(),
        )
        try:
            if channel == "letter":
                self._letter(session, case, change, note, data)
            elif channel in ("email", "sms"):
                self._message(session, case, change, note, data)
            else:
                self._call(note, data)
        except Exception as exc:  # a broken template must not block the status change
            log.exception("notification for case %s failed", case.id)
            note.state = "failed"
            note.body = f"{type(exc).__name__}: {exc}"[:2000]
        session.add(note)

    # ------------------------------------------------------------ channels
    def _letter_data(self, case: Case, change: StatusChange, lang: str) -> LetterData:
        from desk_app.documents.letters import LetterData
        from desk_app.services.persons import snapshot

        return LetterData(
            case=to_dict(case), reference=local_reference(case),
            person=snapshot(case.person) if case.person else None, status=change.status,
            status_text=change.citizen_text, status_at=change.at, staff_name=self.loket.settings.staff_name,
            location=self.loket.settings.location, language=lang,
        )

    def _letter(self, session: Session, case: Case, change: StatusChange, note: Notification, data: LetterData) -> None:
        from desk_app.documents.letters import build_letter, render_letter

        subject, body = render_letter(self.loket.catalogue, data)
        pdf = build_letter(self.loket.catalogue, data)
        filename = f"loket-letter-{change.status}-{local_reference(case)}-{change.id[:8]}.pdf"
        att = self.loket.attachments.put(session, pdf, filename, "application/pdf")
        link = CaseAttachment(id=str(uuid.uuid4()), case_id=case.id, sha256=att.sha256, label=subject[:200],
                              added_by=change.actor)
        session.add(link)
        outbox.record_create(session, "case_attachment", link, change.actor)
        address = "\n".join(_address(case))
        note.recipient = address[:200]
        note.body = f"{subject}\n\n{body}"
        note.attachment_sha256 = att.sha256
        note.state = "to_print"

    def _message(self, session: Session, case: Case, change: StatusChange, note: Notification, data: LetterData) -> None:
        from desk_app.documents.letters import letter_values, render_letter
        from desk_app.domain.text import one_line

        subject, body = render_letter(self.loket.catalogue, data)
        subject = one_line(subject)  # a line break in a subject is refused by mail gateways
        if note.channel == "sms":
            v = letter_values(self.loket.catalogue, data)
            text = f"{v['city.name']}: {v['case.type']} {v['case.reference']}: {v['status.text']} {v['case.track_url']}"
            if len(text) > SMS_MAX:
                text = text[: SMS_MAX - 1 - len(v["case.track_url"])] + "… " + v["case.track_url"]
            subject, body = "", text
        note.body = f"{subject}\n\n{body}" if subject else body
        note.state = "queued"
        payload = {
            "id": note.id,
            "case_id": case.id,
            "case_reference": local_reference(case),
            "track_code": case.track_code,
            "status_change_id": change.id,
            "status": change.status,
            "channel": note.channel,
            "language": note.language,
            "recipient": note.recipient,
            "subject": subject,
            "body": body,
            "created_at": note.created_at.isoformat(),
        }
        session.add(OutboxOperation(
            op_id=outbox_op_id(change.id), entity="notification", entity_id=note.id, action="create",
            base_revision=None, payload=payload, actor=change.actor,
        ))

    def _call(self, note: Notification, data: LetterData) -> None:
        from desk_app.documents.letters import letter_values

        v = letter_values(self.loket.catalogue, data)
        lang_name = {"nl": "Nederlands", "fr": "Frans", "de": "Duits", "en": "Engels"}[note.language]
        note.body = (f"Bel {v['person.full_name']} op {note.recipient} (in het {lang_name}) over dossier "
                     f"{v['case.reference']} ({v['case.type']}), nieuwe status „{v['status.name']}”.\n"
                     f"Zeg: {v['status.text']}")
        note.state = "to_call"


def _address(case: Case) -> list[str]:
    from desk_app.services.persons import current_address

    p = case.person
    if p is None:
        return []
    a = current_address(p)
    name = f"{p.given_names} {p.surname}".strip()
    if a is None:
        return [name]
    return [name, a.street_and_number, f"{a.postal_code} {a.municipality}"]


def install(loket: Loket) -> None:
    """Hook the notification listener into the case service of an opened Loket (once)."""
    if not any(isinstance(x, Notifier) for x in loket.cases.status_listeners):
        loket.cases.status_listeners.append(Notifier(loket))


# ---------------------------------------------------------------- queries and follow-up for the UI
def notifications_for_case(loket: Loket, case_ref: str) -> list[dict[str, Any]]:
    """Every message prepared for a case, oldest first (for the case detail)."""
    with loket.store.read() as s:
        case = loket.cases.find(s, case_ref)
        if case is None:
            return []
        rows = s.scalars(select(Notification).where(Notification.case_id == case.id)
                         .order_by(Notification.created_at))
        return [to_dict(n) for n in rows]


def pending(loket: Loket, state: str = "to_print", limit: int = 500) -> list[dict[str, Any]]:
    """Letters to print (``to_print``) or calls to make (``to_call``), oldest first, with the case reference."""
    with loket.store.read() as s:
        rows = s.execute(
            select(Notification, Case).join(Case, Case.id == Notification.case_id)
            .where(Notification.state == state).order_by(Notification.created_at).limit(limit)
        ).all()
        return [to_dict(n) | {"reference": local_reference(c)} for n, c in rows]


def set_state(loket: Loket, notification_id_: str, state: str) -> None:
    """Mark a letter printed or a call done (audit-logged when printed)."""
    if state not in STATES:
        raise ValueError(f"state must be one of {', '.join(STATES)}")
    from desk_app.services import audit

    with loket.store.write() as s:
        note = s.get(Notification, notification_id_)
        if note is None:
            raise ValueError(f"no notification {notification_id_}")
        note.state = state
        if state == "printed":
            case = s.get(Case, note.case_id)
            audit.log(s, loket.actor, "print", person_id=case.person_id if case else None, case_id=note.case_id,
                      detail=f"letter {note.status_change_id}")
