"""Typed ORM models of the local store.

Every record that syncs carries ``revision`` (the server's revision it was last based on; 0 = created
here and not yet acknowledged). Local changes are written, in the same transaction, to
``outbox_operation`` (see desk_app.services.outbox).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes stored as ISO text (sorts correctly, survives SQLite)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: use UTC-aware datetimes")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return dt.datetime.fromisoformat(value) if value else None


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime, dict[str, Any]: JSON}


class Person(Base):
    __tablename__ = "person"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rid: Mapped[int] = mapped_column(Integer, unique=True)  # row id of the person in the search index
    national_number: Mapped[str | None] = mapped_column(String(11), unique=True)
    surname: Mapped[str] = mapped_column(String(120))
    given_names: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[str | None] = mapped_column(String(10))  # ISO, possibly partial
    birth_place: Mapped[str | None] = mapped_column(String(120))
    sex: Mapped[str | None] = mapped_column(String(1))
    nationality: Mapped[str | None] = mapped_column(String(80))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    preferred_channel: Mapped[str] = mapped_column(String(10), default="letter")
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    card_number: Mapped[str | None] = mapped_column(String(20))
    card_valid_until: Mapped[str | None] = mapped_column(String(10))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    addresses: Mapped[list[Address]] = relationship(back_populates="person", order_by="Address.valid_from.desc()")
    cases: Mapped[list[Case]] = relationship(back_populates="person")


class Address(Base):
    __tablename__ = "address"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    street_and_number: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(10))
    municipality: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2), default="BE")
    source: Mapped[str] = mapped_column(String(10))  # card | declared | registry
    valid_from: Mapped[str | None] = mapped_column(String(10))
    valid_until: Mapped[str | None] = mapped_column(String(10))
    person: Mapped[Person] = relationship(back_populates="addresses")


class Case(Base):
    __tablename__ = "case"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    track_code: Mapped[str] = mapped_column(String(12), unique=True)
    case_type: Mapped[str] = mapped_column(String(40), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))  # indexed by ix_case_person_created
    channel: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(30), index=True)
    department: Mapped[str] = mapped_column(String(40), index=True)
    assignee: Mapped[str | None] = mapped_column(String(80))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    fee_paid: Mapped[bool] = mapped_column(Boolean, default=False)
    expected_date: Mapped[str | None] = mapped_column(String(10), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    person: Mapped[Person | None] = relationship(back_populates="cases")
    history: Mapped[list[StatusChange]] = relationship(order_by="StatusChange.at", back_populates="case")
    attachments: Mapped[list[CaseAttachment]] = relationship(back_populates="case")

    __table_args__ = (Index("ix_case_person_created", "person_id", "created_at"),)


class StatusChange(Base):
    __tablename__ = "status_change"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    citizen_text: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="history")


class Attachment(Base):
    """Content-addressed: the id is the SHA-256 of the plaintext; the file is stored encrypted."""

    __tablename__ = "attachment"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    uploaded: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseAttachment(Base):
    __tablename__ = "case_attachment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment.sha256"))
    label: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    added_by: Mapped[str] = mapped_column(String(80), default="")
    case: Mapped[Case] = relationship(back_populates="attachments")
    attachment: Mapped[Attachment] = relationship()


class ContactMoment(Base):
    __tablename__ = "contact_moment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    channel: Mapped[str] = mapped_column(String(12))
    subject: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    staff: Mapped[str] = mapped_column(String(80))
    on_behalf_of: Mapped[str | None] = mapped_column(String(200))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # a consultation's contact (laptop migration 0005): how long, what came of it, when to follow up, which appointment
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[str | None] = mapped_column(String(10))  # ISO date
    appointment_id: Mapped[str | None] = mapped_column(String(64))


class Appointment(Base):
    __tablename__ = "appointment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"))
    desk: Mapped[str] = mapped_column(String(80))  # theme desk or "home_visit"
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime]
    advisor: Mapped[str] = mapped_column(String(80))
    subject: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # as booked at the case store (laptop migration 0004); status "to_book" / "not_booked": a request made
    # offline, waiting for the case store / refused by it (desk_app.services.bookings)
    service: Mapped[str | None] = mapped_column(String(40))
    room: Mapped[str | None] = mapped_column(String(80))
    place: Mapped[str | None] = mapped_column(String(300))  # a home visit: the citizen's address
    status: Mapped[str] = mapped_column(String(12), default="booked")
    persons: Mapped[int] = mapped_column(Integer, default=1)
    cancellation_ref: Mapped[str | None] = mapped_column(String(40))


class Note(Base):
    __tablename__ = "note"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(80))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # private: seen only by users of ``department`` (the author's), on the laptop and at the case store (migration 0005)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    department: Mapped[str | None] = mapped_column(String(40))


class AuditEntry(Base):
    """Append-only (triggers refuse UPDATE and DELETE): who looked at whom, when."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(20))  # open | search | print | export | card_read
    person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    case_id: Mapped[str | None] = mapped_column(String(36))
    contact_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(Text, default="")


class OutboxOperation(Base):
    """Transactional outbox: one row per local change, written in the change's own transaction."""

    __tablename__ = "outbox_operation"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(10))  # create | update
    base_revision: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    state: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncState(Base):
    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Conflict(Base):
    """Both versions of a field that two people changed; a person decides."""

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    local_value: Mapped[Any] = mapped_column(JSON)
    server_value: Mapped[Any] = mapped_column(JSON)
    base_revision: Mapped[int | None] = mapped_column(Integer)
    server_revision: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(10))  # local | server
    resolved_by: Mapped[str | None] = mapped_column(String(80))


class Notification(Base):
    """A message prepared for the citizen when a case reaches a status marked "notify"."""

    __tablename__ = "notification"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    status_change_id: Mapped[str] = mapped_column(String(36), unique=True)  # never twice per change
    channel: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(12), default="prepared")  # prepared|queued|sent|refused|to_print|printed|to_call|done
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    attachment_sha256: Mapped[str | None] = mapped_column(String(64))


class AddressPoint(Base):
    """The city's address register on the laptop (``desk-app addresses import``; laptop migration 0006): one row
    per address, WGS84, for offline geocoding and address suggestions. Replaced as a whole by an import."""

    __tablename__ = "address_point"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # wire.geo.address_key
    street: Mapped[str] = mapped_column(String(200))
    street_key: Mapped[str] = mapped_column(String(200), index=True)  # the street, normalised (prefix search)
    number: Mapped[str] = mapped_column(String(20), default="")
    box: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    municipality: Mapped[str] = mapped_column(String(120), default="")
    lat: Mapped[float]
    lon: Mapped[float]

    __table_args__ = (Index("ix_address_point_lat_lon", "lat", "lon"),)


class ReportPoint(Base):
    """The case store's open citizen reports of the last 12 weeks (``GET /v1/reports/points``), cached for the
    offline duplicate check at intake; no personal data."""

    __tablename__ = "report_point"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    category: Mapped[str] = mapped_column(String(64))
    lat: Mapped[float]
    lon: Mapped[float]
    created_at: Mapped[dt.datetime]
    open: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(30), default="")
    description: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_report_point_category_lat_lon", "category", "lat", "lon"),)


class ReportIntake(Base):
    """A citizen report taken on this laptop (``desk_app.services.reports``): pushed as the ``report_intake``
    record (never in the change feed); ``reference`` is the case store's report id once it answered."""

    __tablename__ = "report_intake"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    category: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    address: Mapped[str | None] = mapped_column(String(300))
    channel: Mapped[str] = mapped_column(String(12))
    person_id: Mapped[str | None] = mapped_column(String(36))
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    contact_channel: Mapped[str | None] = mapped_column(String(10))  # mail | sms | letter | phone
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    duplicate_of: Mapped[str | None] = mapped_column(String(64))  # "me too" on this report
    outside_city: Mapped[bool] = mapped_column(Boolean, default=False)  # confirmed by the clerk
    photos: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # sha256, name, content_type, …
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    created_by: Mapped[str] = mapped_column(String(80))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str | None] = mapped_column(String(64))  # laptop only (not pushed): the report's id

    __table_args__ = (Index("ix_report_intake_category_lat_lon", "category", "lat", "lon"),)


# The local model of each record type of the change feed (``wire.schema.FEED_ENTITIES``): the sync client
# stores what it receives here (``sync/local.py``). A new synced record type gets its model above and a line
# here (``tests/test_wire_schema.py`` checks that every feed type has one).
SYNCED: dict[str, type[Base]] = {
    "person": Person,
    "address": Address,
    "case": Case,
    "status_change": StatusChange,
    "contact_moment": ContactMoment,
    "appointment": Appointment,
    "note": Note,
    "case_attachment": CaseAttachment,
}
