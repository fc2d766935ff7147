"""The citizen's messages (the package docstring's **Messages**): the confirmation, the move and the
cancellation in their channel and language, and the reminder the day before (``due_reminders``, sent by
``send_reminders`` from the running case store or ``run_reminders`` from the CLI). Apart because the texts
and the channels change for other reasons than the bookings.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, sessionmaker

from casestore.models import Record
from casestore.models_appointments import BOOKED, Appointment
from casestore.services import queue
from casestore.services.appointments.config import LANGUAGES, Config, load_config
from casestore.services.appointments.slot_search import _aware, _ts, _utc
from casestore.services.common import Principal

_MESSAGE_NS = uuid.UUID("6f1d6c8e-3f0a-4c55-9a57-0c1b8f1e6a10")


def _person_record(s: Session, a: Appointment) -> Record | None:
    return s.get(Record, ("person", a.person_id)) if a.person_id else None


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
