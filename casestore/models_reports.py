"""Citizen reports (meldingen) in the case store: the report, its reporters, its status history, and the
Open311 systems allowed to send reports (their API keys, hashed). Imported at the end of
``casestore.models`` so the metadata (and Alembic's comparison) sees these tables; migration 0003.

A report's category, department and deadlines come from ``resources/reports/categories.json``
(``wire.reports``); the deadlines are stored when the category is set or changed. The duplicate look-up
reads the index on (category, open, lat, lon): a bounding box first, the exact distance after.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from casestore.models import Base, BigIntPK, utcnow


def _solved_by(first: str) -> list[str]:  # the columns of migration 0010's two indexes of solved reports
    rest = ["closed_on", "status", "created_at", "lead_seconds", "category", "department", "zone", "deadline",
            "deadline_10wd", "is_open"]
    return [first, *[c for c in rest if c != first]]


class Report(Base):
    """One citizen report. ``id`` is its reference (``M2026-000123``), also its Open311 service_request_id.
    ``parent_id``: a sub-task of another report (a sub-task never has sub-tasks of its own)."""

    __tablename__ = "cs_report"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    category: Mapped[str] = mapped_column(String(64))
    main_category: Mapped[str] = mapped_column(String(64))
    department: Mapped[str] = mapped_column(String(100))
    priority: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)  # WGS84; none: an address only (Open311)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(30))
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("cs_report.id"), nullable=True)
    deadline: Mapped[dt.date] = mapped_column(Date)
    deadline_3x: Mapped[dt.date] = mapped_column(Date)
    media_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a photo, in cs_blob
    media_url: Mapped[str | None] = mapped_column(Text, nullable=True)  # a photo elsewhere (Open311 media_url)
    created_by: Mapped[str] = mapped_column(String(100))  # a staff user, or "open311:<system>"
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # migration 0007: dispatch, follow-up and the dashboard
    intake_id: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a laptop's record id
    zone: Mapped[str | None] = mapped_column(String(64), nullable=True)  # wire.geo: sector code or grid cell
    assigned_to: Mapped[str | None] = mapped_column(String(100), nullable=True)  # a person, by a rule or by hand
    external_party: Mapped[str | None] = mapped_column(String(200), nullable=True)  # forwarded to (not the city)
    route_pinned: Mapped[bool] = mapped_column(Boolean, default=False)  # a coordinator chose: rules stay off
    reopened: Mapped[int] = mapped_column(Integer, default=0)  # times reopened
    deadline_10wd: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # ten working days after reporting
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # Belgian local date it was closed
    lead_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)  # reported → closed

    __table_args__ = (
        Index("ix_report_nearby", "category", "is_open", "lat", "lon"),
        Index("ix_report_zone_created", "zone", "created_at"),
        Index("ix_report_category_created", "category", "created_at"),
        Index("ix_report_closed_on", "closed_on"),
        Index("ix_report_open_deadline", "is_open", "deadline"),
        UniqueConstraint("intake_id", name="uq_cs_report_intake_id"),
        Index("ix_report_created", "created_at"),
        # migration 0009: the coordinator's lists, each page from an index in id order
        Index("ix_report_status_id", "status", "id"),
        Index("ix_report_open_id", "is_open", "id"),
        Index("ix_report_created_by_id", "created_by", "id"),
        Index("ix_report_assigned_id", "assigned_to", "id"),
        Index("ix_report_parent", "parent_id"),
        Index("ix_report_updated", "updated_at"),  # migration 0008: the dashboard's answers' version
        # migration 0010: hotspots and the channel mix read this index alone (main reports only)
        Index("ix_report_main_created", "created_at", "zone", "category", "channel",
              postgresql_where=text("parent_id IS NULL"), sqlite_where=text("parent_id IS NULL")),
        # and a zone's or a category's summary: the solved ones' lead times and counts from the index alone
        Index("ix_report_zone_solved", *_solved_by("zone"), postgresql_where=text("parent_id IS NULL"),
              sqlite_where=text("parent_id IS NULL")),
        Index("ix_report_category_solved", *_solved_by("category"), postgresql_where=text("parent_id IS NULL"),
              sqlite_where=text("parent_id IS NULL")),
    )


class ReportReporter(Base):
    """Who reported it: a known person (``person_id``), a contact (e-mail/phone/name, e.g. from Open311) or
    nobody known (anonymous: no follow-up). ``me_too``: added later to an existing report."""

    __tablename__ = "cs_report_reporter"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("cs_report.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    first_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    last_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    language: Mapped[str] = mapped_column(String(8))
    contact_channel: Mapped[str | None] = mapped_column(String(10), nullable=True)  # mail | sms | letter | phone
    consent: Mapped[bool] = mapped_column(Boolean, default=False)  # may be contacted again on this topic
    me_too: Mapped[bool] = mapped_column(Boolean, default=False)
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # migration 0011, for the engaged citizens (casestore.services.report_people): who this reporter is
    # (``reporter_identity``; none when anonymous), copies of the report's category, zone and reporting time and
    # whether it is a sub-task (kept when the report's category or zone changes), and ``duplicate``: an earlier
    # consenting row of the same identity is on the same report (that report counts once)
    ident: Mapped[str | None] = mapped_column(String(300), nullable=True)
    report_category: Mapped[str | None] = mapped_column(String(64), nullable=True)
    report_zone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reported_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    on_subtask: Mapped[bool] = mapped_column(Boolean, default=False)
    duplicate: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        # A year's counted reporters read from an index alone, in reporting order, each report once (partial
        # on PostgreSQL: the counted rows only; SQLite indexes every row) ...
        Index("ix_reporter_engaged", "reported_at", "ident", "report_category", "report_zone",
              postgresql_where=text("consent AND ident IS NOT NULL AND NOT on_subtask AND NOT duplicate")),
        # ... and the rows of the reporters shown, by identity
        Index("ix_reporter_ident", "ident", "reported_at",
              postgresql_where=text("consent AND ident IS NOT NULL AND NOT on_subtask")),
    )


def reporter_identity(person_id: str | None, email: str | None, phone: str | None) -> str | None:
    """Who a reporter is (``ReportReporter.ident``): the person, else the e-mail (any case), else the phone
    (spaces ignored); None for an anonymous reporter."""
    if person_id:
        return f"p:{person_id}"
    if email:
        return f"e:{email.lower()}"
    if phone:
        return "t:" + phone.replace(" ", "")
    return None


class ReportStatusChange(Base):
    """The status history of a report (the first row: its creation)."""

    __tablename__ = "cs_report_status"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("cs_report.id"), index=True)
    previous: Mapped[str | None] = mapped_column(String(30), nullable=True)
    status: Mapped[str] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    tell_citizen: Mapped[bool] = mapped_column(Boolean, default=False)
    by: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # migration 0007: the client's id of this change, so a change sent twice (a laptop syncing again) is one
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (UniqueConstraint("request_id", name="uq_cs_report_status_request_id"),)


class ReportMedia(Base):
    """A photo (or other file) of a report, its content in ``cs_blob``; where and when it was taken when
    its EXIF said so. Migration 0007."""

    __tablename__ = "cs_report_media"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("cs_report.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    content_type: Mapped[str] = mapped_column(String(100), default="image/jpeg")
    taken_lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    taken_lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReportMessage(Base):
    """A message to one reporter about one status change, in the reporter's language and channel: an
    e-mail or SMS handed to the gateway, a letter to print, a call to make. One per (status change,
    reporter): a change applied twice never tells anyone twice. Migration 0007."""

    __tablename__ = "cs_report_message"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("cs_report.id"), index=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("cs_report_reporter.id"))
    status_change_id: Mapped[int] = mapped_column(ForeignKey("cs_report_status.id"))
    status: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(10))  # mail | sms | letter | phone
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))  # queued | sent | failed | to_print | printed | to_call | called
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    done_by: Mapped[str | None] = mapped_column(String(100), nullable=True)

    __table_args__ = (
        UniqueConstraint("status_change_id", "reporter_id", name="uq_report_message_once"),
        Index("ix_report_message_state", "state"),
    )


class PersonPlace(Base):
    """Where a person lives, as a point: their address geocoded against the city's address register
    (``cs_address_point``), for "residents of a zone". Kept up to date when a person's address arrives.
    Migration 0007."""

    __tablename__ = "cs_person_place"
    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    address: Mapped[str] = mapped_column(Text)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    zone: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (Index("ix_person_place_point", "lat", "lon"),)


class AddressPoint(Base):
    """The city's address register on the case store (``casestore addresses import FILE``): one address
    and its WGS84 point. ``key``: the normalised street + number + box + postcode (``wire.geo.address_key``).
    Migration 0007."""

    __tablename__ = "cs_address_point"
    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(300), index=True)
    street: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(20))
    box: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(10))
    municipality: Mapped[str] = mapped_column(String(100))
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)


class Open311Key(Base):
    """A system allowed to use the Open311 API (a citizen app, a partner): only the key's SHA-256 is kept."""

    __tablename__ = "cs_open311_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(20), default="app")  # its reports' channel: app | partner
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
