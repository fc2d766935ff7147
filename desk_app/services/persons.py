"""Persons: create, update from a card, addresses, and the 360° view."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.domain import national_number as nn
from desk_app.domain.text import TextInvalid, clean_text
from desk_app.languages import LANGUAGES
from desk_app.messages import Message
from desk_app.services import outbox
from desk_app.services.changes import ChangeSet
from desk_app.services.records import to_dict
from desk_app.services.search import index_person
from desk_app.store.models import Address, Person, utcnow

CHANNELS = ("email", "sms", "letter", "phone")
ADDRESS_SOURCES = ("card", "declared", "registry")
EDITABLE = ("surname", "given_names", "birth_date", "birth_place", "sex", "nationality", "language",
            "preferred_channel", "email", "phone", "card_number", "card_valid_until")


class PersonInvalid(ValueError):
    pass


@dataclass
class CardData:
    """Identity and address as read from an eID card (the UI maps the eid result onto this)."""

    national_number: str
    surname: str
    given_names: str = ""
    birth_date: str | None = None
    birth_place: str | None = None
    sex: str | None = None
    nationality: str | None = None
    card_number: str | None = None
    card_valid_until: str | None = None
    street_and_number: str | None = None
    postal_code: str | None = None
    municipality: str | None = None
    third_initial: str | None = None  # the card's third initial, kept apart from the given names (not stored)


@dataclass(frozen=True)
class FieldDiff:
    field: str
    old: str | None
    new: str


def _next_rid(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(Person.rid), 0))) or 0) + 1


def current_address(person: Person) -> Address | None:
    live = [a for a in person.addresses if a.valid_until is None]
    return live[0] if live else (person.addresses[0] if person.addresses else None)


def by_national_number(session: Session, number: str) -> Person | None:
    return session.scalar(select(Person).where(Person.national_number == nn.normalise(number)))


def create(session: Session, actor: str, card: CardData | None = None, **values: Any) -> tuple[Person, ChangeSet]:
    data = dict(values)
    if card is not None:
        data = {f.name: getattr(card, f.name) for f in fields(card)} | data
    _check_text(data)
    number = data.pop("national_number", None)
    if number:
        try:
            number = nn.validate(number)
        except nn.NationalNumberError as exc:
            raise PersonInvalid(exc.message) from None  # its message, with its code
        if by_national_number(session, number) is not None:
            raise PersonInvalid(Message("A person with national number {number} already exists.",
                                        number=nn.parse(number).formatted))
    if not str(data.get("surname") or "").strip():
        raise PersonInvalid(Message("A person needs a surname."))
    street = data.pop("street_and_number", None)
    postal = data.pop("postal_code", None)
    muni = data.pop("municipality", None)
    source = data.pop("address_source", "card" if card else "declared")
    _check_contact(data)
    person = Person(id=str(uuid.uuid4()), rid=_next_rid(session), national_number=number or None,
                    **{k: v for k, v in data.items() if k in EDITABLE})
    if number and not person.sex:
        person.sex = nn.parse(number).sex
    session.add(person)
    outbox.record_create(session, "person", person, actor)
    changes = ChangeSet(persons={person.id}, outbox=1)
    if street and postal and muni:
        changes.merge(add_address(session, actor, person, street, postal, muni, source, reindex=False))
    session.flush()
    index_person(session, person, person.addresses)
    return person, changes


_LABELS = {"surname": "Surname", "given_names": "Given names", "birth_place": "Place of birth",
           "nationality": "Nationality", "email": "E-mail", "phone": "Phone", "card_number": "Card number",
           "street_and_number": "Street and number", "postal_code": "Postal code", "municipality": "Municipality"}


def _check_text(data: dict[str, Any]) -> None:
    """Every text of a person is one line without control characters (what the case store and a mail
    gateway accept); nothing is written otherwise."""
    for key, value in data.items():
        if isinstance(value, str):
            try:
                clean_text(value)
            except TextInvalid as exc:
                raise PersonInvalid(f"{_LABELS.get(key, key.replace('_', ' ').capitalize())}: {exc}.") from None


def _check_contact(data: dict[str, Any]) -> None:
    if data.get("preferred_channel") and data["preferred_channel"] not in CHANNELS:
        raise PersonInvalid(f"Preferred channel must be one of {', '.join(CHANNELS)}.")
    if data.get("language") and data["language"] not in LANGUAGES:
        raise PersonInvalid(f"Language must be one of {', '.join(LANGUAGES)}.")
    if data.get("preferred_channel") == "email" and not data.get("email"):
        raise PersonInvalid("E-mail is the preferred channel, but no e-mail address is given.")
    if data.get("preferred_channel") == "sms" and not data.get("phone"):
        raise PersonInvalid("SMS is the preferred channel, but no mobile number is given.")


def update(session: Session, actor: str, person: Person, **values: Any) -> ChangeSet:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise PersonInvalid(f"Cannot change {', '.join(sorted(unknown))} of a person.")
    merged = {k: getattr(person, k) for k in EDITABLE} | values
    _check_text(values)
    _check_contact(merged)
    changes = {k: v for k, v in values.items() if getattr(person, k) != v}
    if not changes:
        return ChangeSet()
    previous = {k: getattr(person, k) for k in changes}
    for k, v in changes.items():
        setattr(person, k, v)
    person.updated_at = utcnow()
    outbox.record_update(session, "person", person.id, changes, previous, person.revision, actor)
    session.flush()
    index_person(session, person, person.addresses)
    return ChangeSet(persons={person.id}, outbox=1)


def add_address(
    session: Session, actor: str, person: Person, street: str, postal_code: str, municipality: str,
    source: str = "declared", valid_from: str | None = None, reindex: bool = True,
) -> ChangeSet:
    if source not in ADDRESS_SOURCES:
        raise PersonInvalid(f"Address source must be one of {', '.join(ADDRESS_SOURCES)}.")
    _check_text({"street_and_number": street, "postal_code": postal_code, "municipality": municipality})
    today = valid_from or dt.date.today().isoformat()
    changes = ChangeSet(persons={person.id})
    for old in person.addresses:
        if old.valid_until is None:
            old.valid_until = today
    address = Address(id=str(uuid.uuid4()), person_id=person.id, street_and_number=street.strip(),
                      postal_code=postal_code.strip(), municipality=municipality.strip(), source=source,
                      valid_from=today)
    session.add(address)
    person.addresses.insert(0, address)
    outbox.record_create(session, "address", address, actor)
    changes.outbox += 1
    if reindex:
        session.flush()
        index_person(session, person, person.addresses)
    return changes


def card_diff(person: Person, card: CardData) -> list[FieldDiff]:
    """Field by field "old → new" for a known person whose card shows other data."""
    diffs = []
    for name in ("surname", "given_names", "birth_date", "birth_place", "sex", "nationality",
                 "card_number", "card_valid_until"):
        new = getattr(card, name)
        if new and getattr(person, name) != new:
            diffs.append(FieldDiff(name, getattr(person, name), new))
    addr = current_address(person)
    card_addr = (card.street_and_number, card.postal_code, card.municipality)
    if all(card_addr):
        old = (addr.street_and_number, addr.postal_code, addr.municipality) if addr else None
        if old is None or tuple(x.casefold() for x in old) != tuple(str(x).casefold() for x in card_addr):
            diffs.append(FieldDiff("address", ", ".join(old) if old else None, ", ".join(str(x) for x in card_addr)))
    return diffs


def apply_card(session: Session, actor: str, person: Person, card: CardData, accept: set[str]) -> ChangeSet:
    """Apply the accepted fields of a card diff (address changes get source "card")."""
    values = {d.field: d.new for d in card_diff(person, card) if d.field in accept and d.field != "address"}
    changes = update(session, actor, person, **values) if values else ChangeSet()
    if "address" in accept and card.street_and_number and card.postal_code and card.municipality:
        changes.merge(add_address(session, actor, person, card.street_and_number, card.postal_code,
                                  card.municipality, "card"))
    return changes


_HISTORY_SQL = text(
    """
    SELECT 'case' AS kind, c.id, c.created_at AS at, c.case_type AS title, c.status AS status,
           c.case_number AS ref, c.expected_date AS due
      FROM "case" c WHERE c.person_id = :pid
    UNION ALL
    SELECT 'contact', m.id, m.at, m.subject, m.channel, CASE WHEN m.confidential THEN 'confidential' END, NULL
      FROM contact_moment m WHERE m.person_id = :pid
    UNION ALL
    SELECT 'appointment', a.id, a.starts_at, a.subject, a.desk, a.advisor, a.ends_at
      FROM appointment a WHERE a.person_id = :pid
    UNION ALL
    SELECT 'note', n.id, n.at, substr(n.text, 1, 120), NULL, n.author, NULL
      FROM note n WHERE n.person_id = :pid AND (NOT n.private OR n.department = :dept)
    ORDER BY at DESC
    """
)


@dataclass(frozen=True)
class HistoryItem:
    kind: str
    id: str
    at: str
    title: str
    status: str | None
    ref: str | None
    due: str | None


def history(session: Session, person_id: str, department: str | None = None) -> list[HistoryItem]:
    """All cases, contacts, appointments and notes of a person, newest first, in one query; private notes
    only for a user of their ``department``."""
    return [HistoryItem(*row) for row in session.execute(_HISTORY_SQL, {"pid": person_id, "dept": department})]


def snapshot(person: Person) -> dict[str, Any]:
    data = to_dict(person)
    addr = current_address(person)
    data["address"] = to_dict(addr) if addr else None
    if person.national_number:
        data["national_number_formatted"] = nn.parse(person.national_number).formatted
    return data
