"""The city shop's walk-in queue (issue 16): tickets, their daily numbers, and the queue's event log.

The shops, their services and desks are data (``resources/shop/*.yaml``, read by
``casestore.services.queue``); the database holds what happens during the day:

- ``cs_queue_ticket``: one row per ticket (status, calls, desk, the linked cases and contacts);
- ``cs_queue_number``: the last number handed out per shop, service and day (numbers wrap in the service's
  range);
- ``cs_queue_event``: append-only, what the event stream (``GET /v1/queue/events``) sends; its ``id`` is
  handed out from the ``cs_counter`` row ``queue_event`` at the end of the writing transaction, under that
  row's lock, so ids are committed in their order and a reader that follows "ids above N" never skips one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, Date, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from casestore.models import Base, JSONType, utcnow

# Where a ticket can be: waiting (or transferred, which waits at its new service or desk) until a desk calls
# it; called (up to 3 calls), then serving; parked while the citizen fetches a document (back to waiting on
# return); no_show and finished end it.
WAITING = "waiting"
CALLED = "called"
SERVING = "serving"
PARKED = "parked"
NO_SHOW = "no_show"
TRANSFERRED = "transferred"
FINISHED = "finished"
STATUSES = (WAITING, CALLED, SERVING, PARKED, NO_SHOW, TRANSFERRED, FINISHED)
CALLABLE = (WAITING, TRANSFERRED)


class QueueTicket(Base):
    __tablename__ = "cs_queue_ticket"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    shop: Mapped[str] = mapped_column(String(40))
    service: Mapped[str] = mapped_column(String(40))
    day: Mapped[dt.date] = mapped_column(Date)  # the shop's local day the number belongs to
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(12))  # prefix + number, e.g. A023
    status: Mapped[str] = mapped_column(String(12))
    person_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)
    arrived_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    appointment_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Only this desk may call it (a transfer to a desk); otherwise any desk handling the service.
    target_desk: Mapped[str | None] = mapped_column(String(40), nullable=True)
    desk: Mapped[str | None] = mapped_column(String(40), nullable=True)  # the desk that called it last
    calls: Mapped[int] = mapped_column(Integer, default=0)
    called_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    first_called_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    case_ids: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    contact_ids: Mapped[list[Any]] = mapped_column(JSONType, default=list)
    issued_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (
        Index("ix_queue_ticket_waiting", "shop", "status", "service", "arrived_at"),
        Index("ix_queue_ticket_finished", "shop", "service", "finished_at"),
        Index("ix_queue_ticket_day", "shop", "day"),  # the shop's measures over a period (migration 0006)
    )


class QueueNumber(Base):
    __tablename__ = "cs_queue_number"
    shop: Mapped[str] = mapped_column(String(40), primary_key=True)
    service: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class QueueEvent(Base):
    __tablename__ = "cs_queue_event"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    shop: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    ticket_id: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (Index("ix_queue_event_shop", "shop", "id"),)
