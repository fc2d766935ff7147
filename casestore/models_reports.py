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
)
from sqlalchemy.orm import Mapped, mapped_column

from casestore.models import Base, BigIntPK, utcnow


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

    __table_args__ = (
        Index("ix_report_nearby", "category", "is_open", "lat", "lon"),
        Index("ix_report_created", "created_at"),
        Index("ix_report_status", "status"),
        Index("ix_report_parent", "parent_id"),
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


class Open311Key(Base):
    """A system allowed to use the Open311 API (a citizen app, a partner): only the key's SHA-256 is kept."""

    __tablename__ = "cs_open311_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(20), default="app")  # its reports' channel: app | partner
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
