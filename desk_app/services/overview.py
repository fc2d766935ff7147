"""What a home screen shows: today's appointments and walk-ins, prepared visits, the work queue per
department. Read in one short read transaction with Core statements (no ORM entities: this runs at every
start of the desk, before anything else needs the ORM's mapper set-up)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Table, func, or_, select

from desk_app.store.db import Store
from desk_app.store.models import Appointment, Case, OutboxOperation, Person

_appointment: Table = Appointment.__table__  # type: ignore[assignment]
_case: Table = Case.__table__  # type: ignore[assignment]
_person: Table = Person.__table__  # type: ignore[assignment]
_outbox: Table = OutboxOperation.__table__  # type: ignore[assignment]
# cancelled ones, and booking requests not (yet) booked (desk_app.services.bookings): not today's appointments
_NOT_APPOINTMENTS = ("cancelled", "to_book", "not_booked")


def _name(row: Any) -> str:
    return f"{row.given_names} {row.surname}" if row.person_id else ""


def home_overview(store: Store, final_statuses: list[str], today: dt.date | None = None) -> dict[str, Any]:
    today = today or dt.date.today()
    start = dt.datetime.combine(today, dt.time.min, tzinfo=dt.UTC)
    end = start + dt.timedelta(days=1)
    a, c, p = _appointment.c, _case.c, _person.c
    open_case = c.status.not_in(final_statuses)
    out: dict[str, Any] = {}
    with store.read() as s:
        appts = s.execute(
            select(a.id, a.starts_at, a.desk, a.subject, a.advisor, a.case_id, p.id.label("person_id"),
                   p.given_names, p.surname)
            .select_from(_appointment.outerjoin(_person, p.id == a.person_id))
            .where(a.starts_at >= start, a.starts_at < end, a.status.not_in(_NOT_APPOINTMENTS)).order_by(a.starts_at)
        ).all()
        out["appointments"] = [
            {"id": r.id, "at": r.starts_at, "desk": r.desk, "subject": r.subject, "advisor": r.advisor,
             "person_id": r.person_id, "person": _name(r), "case_id": r.case_id}
            for r in appts
        ]
        case_cols = (c.id, c.created_at, c.case_type, c.status, p.id.label("person_id"), p.given_names, p.surname)
        cases_with_person = _case.outerjoin(_person, p.id == c.person_id)
        walkins = s.execute(
            select(*case_cols).select_from(cases_with_person)
            .where(c.created_at >= start, c.created_at < end, c.channel == "counter")
            .order_by(c.created_at.desc()).limit(50)
        ).all()
        linked = [x["case_id"] for x in out["appointments"] if x["case_id"]]
        prepared = s.execute(
            select(*case_cols).select_from(cases_with_person)
            .where(open_case, or_(c.channel == "home_visit", c.id.in_(linked)))
            .order_by(c.expected_date).limit(50)
        ).all()
        for key, rows in (("walkins", walkins), ("prepared", prepared)):
            out[key] = [
                {"id": r.id, "at": r.created_at, "case_type": r.case_type, "status": r.status,
                 "person_id": r.person_id, "person": _name(r)}
                for r in rows
            ]
        out["by_department"] = dict(
            s.execute(select(c.department, func.count()).where(open_case).group_by(c.department)).all()
        )
        out["overdue"] = dict(
            s.execute(select(c.department, func.count())
                      .where(open_case, c.expected_date < today.isoformat()).group_by(c.department)).all()
        )
        out["open_total"] = sum(out["by_department"].values())
        out["persons"] = s.scalar(select(func.count()).select_from(_person)) or 0
        out["waiting"] = s.scalar(select(func.count()).select_from(_outbox).where(_outbox.c.state == "pending")) or 0
    return out
