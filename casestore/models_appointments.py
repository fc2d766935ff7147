"""Theme-desk appointments (issue 16): the bookings and the advisors' lock rows.

The services, advisors, working hours, rooms and the shop's opening hours are data
(``resources/shop/appointments.yaml``, read by ``casestore.services.appointments``); the database holds:

- ``cs_appointment``: one row per booking (its time, advisor, room, status, cancellation reference, and the
  device and request id that booked it: a re-sent request gets the same appointment);
- ``cs_appointment_lock``: one row per lock key (``advisor:<name>``, ``rooms:<department>``), taken with
  ``SELECT … FOR UPDATE`` while a booking or move checks that its time is still free (PostgreSQL; SQLite's
  writers run one after the other anyway), so two desks booking overlapping times never both win.

Every booking, move and cancellation is also the synced record ``appointment`` (``cs_record`` and the change
feed), which the laptops of the advisor and of those who see the person pull.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casestore.models import Base, utcnow

BOOKED = "booked"
CANCELLED = "cancelled"
CHECKED_IN = "checked_in"
DONE = "done"
NO_SHOW = "no_show"
STATUSES = (BOOKED, CANCELLED, CHECKED_IN, DONE, NO_SHOW)
OCCUPYING = (BOOKED, CHECKED_IN, DONE)  # an appointment in one of these holds its advisor and room


class Appointment(Base):
    __tablename__ = "cs_appointment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    request_device: Mapped[str] = mapped_column(String(64))
    request_id: Mapped[str] = mapped_column(String(64))
    service: Mapped[str] = mapped_column(String(40))
    department: Mapped[str] = mapped_column(String(100))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    advisor: Mapped[str] = mapped_column(String(100))
    room: Mapped[str | None] = mapped_column(String(40), nullable=True)
    place: Mapped[str | None] = mapped_column(String(300), nullable=True)
    person_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    case_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    persons: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(12), default=BOOKED)
    cancellation_ref: Mapped[str] = mapped_column(String(8), unique=True)
    cancel_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    ticket_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        UniqueConstraint("request_device", "request_id", name="uq_appointment_request"),
        # Free slots and bookings read an advisor's (or a room's) appointments over a time range.
        Index("ix_appointment_advisor_start", "advisor", "starts_at"),
        Index("ix_appointment_room_start", "room", "starts_at"),
        Index("ix_appointment_start", "starts_at"),
    )


class AppointmentLock(Base):
    __tablename__ = "cs_appointment_lock"
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
