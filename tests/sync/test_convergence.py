"""Laptops keep converging: persons with national numbers, status conflicts kept for a person to decide
(SQLite and PostgreSQL, over HTTP)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select

from desk_app.domain.national_number import make
from desk_app.store.models import Case, Conflict, Notification, Person, StatusChange
from tests.casestore.fixtures import Laptop


def test_persons_with_national_numbers_reach_the_other_laptop(make_laptop: Callable[..., Laptop]) -> None:
    # Two coordinators' laptops: each receives every person the other registers.
    a = make_laptop("laptop-a", "coordinator")
    b = make_laptop("laptop-b", "coordinator")
    numbers_a = [make(dt.date(1980, 1, 1 + i), 11 + 2 * i) for i in range(3)]
    numbers_b = [make(dt.date(1990, 6, 1 + i), 21 + 2 * i) for i in range(2)]
    for i, nn in enumerate(numbers_a):
        a.loket.create_person(surname=f"Peeters{i}", given_names="An", national_number=nn)
    for i, nn in enumerate(numbers_b):
        b.loket.create_person(surname=f"Maes{i}", given_names="Jan", national_number=nn)
    # The same citizen registered on both laptops while offline.
    b.loket.create_person(surname="Peeters0", given_names="An", national_number=numbers_a[0])
    for lap in (a, b, a, b):
        res = lap.client.sync_once()
        assert res.status is not None and res.status.state == "idle", res.status
    for lap in (a, b):
        with lap.loket.store.read() as s:
            have = {p.national_number for p in s.scalars(select(Person))}
        assert set(numbers_a) | set(numbers_b) <= have
        assert lap.client.status().pending == 0
    # The twin is kept on both laptops and surfaced for a person to merge, not lost.
    for lap in (a, b):
        with lap.loket.store.read() as s:
            twins = s.scalars(select(Conflict)).all()
        assert [(c.entity, c.field, c.server_value) for c in twins] == [
            ("person", "national_number", numbers_a[0])
        ]
    # Later syncs keep working: a change made after the pull arrives on the other laptop.
    with a.loket.store.read() as s:
        pid = s.scalars(select(Person.id).where(Person.national_number == numbers_b[0])).one()
    a.loket.update_person(pid, phone="0470 12 34 56")
    for lap in (a, b):
        st = lap.client.sync_once().status
        assert st is not None and st.state == "idle"
    with b.loket.store.read() as s:
        person = s.get(Person, pid)
        assert person is not None and person.phone == "0470 12 34 56"


def _report_case(lap: Laptop) -> str:
    pid, _ = lap.loket.create_person(surname="Claes", given_names="Mira", preferred_channel="email",
                                     email="mira@example.org")
    result, _ref = lap.loket.intake(
        "citizen_report", pid,
        {"category": "road_damage", "description": "Put in het voetpad", "location": "Kerkstraat 1"},
    )
    return str(result.case.id)


def _case_status(lap: Laptop, case_id: str) -> tuple[str, list[str]]:
    with lap.loket.store.read() as s:
        case = s.get(Case, case_id)
        assert case is not None
        history = s.scalars(
            select(StatusChange.status).where(StatusChange.case_id == case_id).order_by(StatusChange.at)
        ).all()
        return case.status, list(history)


def _mails() -> Iterator[Path]:
    return Path(os.environ["LOKET_CASESTORE_OUTBOX"]).glob("*.eml")


def _server_case(db_url: str, case_id: str) -> tuple[str, list[str]]:
    from sqlalchemy import create_engine

    from casestore.db import normalize_url
    from casestore.models import Record

    engine = create_engine(normalize_url(db_url))
    try:
        with engine.connect() as conn:
            data = conn.execute(select(Record.data).where(Record.entity == "case", Record.id == case_id)).scalar_one()
            changes = conn.execute(
                select(Record.data).where(Record.entity == "status_change", Record.case_id == case_id)
            ).scalars().all()
    finally:
        engine.dispose()
    return str(data["status"]), sorted(str(c["status"]) for c in changes)


def test_status_conflict_is_kept_and_decided_by_a_person(
    make_laptop: Callable[..., Laptop], casestore_db: str
) -> None:
    d = make_laptop("laptop-d", "coordinator")
    e = make_laptop("laptop-e", "coordinator")
    case_id = _report_case(d)
    d.client.sync_once()
    e.client.sync_once()
    assert _case_status(e, case_id)[0] == "received"
    # Same base revision on both laptops; E is offline while D syncs.
    d.loket.change_status(case_id, "in_progress")
    e.loket.change_status(case_id, "planned")
    assert d.client.sync_once().new_conflicts == 0
    res = e.client.sync_once()
    assert res.status is not None and res.status.state == "idle" and res.status.pending == 0
    assert res.new_conflicts == 1  # one decision for a person, however many operations carried it
    # "planned" tells the citizen by e-mail: not while the case store keeps another status.
    assert res.rejected == 0 and list(_mails()) == []
    with e.loket.store.read() as s:
        assert [n.state for n in s.scalars(select(Notification))] == ["refused"]
    # The server kept D's status; E's change did not slip in through its status_change.
    assert _server_case(casestore_db, case_id) == ("in_progress", ["in_progress", "received"])
    assert _case_status(e, case_id) == ("in_progress", ["received", "in_progress"])
    rows = e.loket.open_conflicts()
    assert [(r["entity"], r["entity_id"], r["field"], r["local_value"], r["server_value"]) for r in rows] == [
        ("case", case_id, "status", "planned", "in_progress")
    ]
    # Nothing changes until a person decides; syncing again keeps the conflict open.
    e.client.sync_once()
    d.client.sync_once()
    assert _server_case(casestore_db, case_id)[0] == "in_progress"
    assert len(e.loket.open_conflicts()) == 1
    # E's person keeps E's choice: a new status change based on the current status.
    e.loket.resolve_conflict(rows[0]["id"], "local")
    assert e.loket.open_conflicts() == []
    assert e.client.sync_once().new_conflicts == 0
    d.client.sync_once()
    assert _server_case(casestore_db, case_id) == ("planned", ["in_progress", "planned", "received"])
    assert len(list(_mails())) == 1
    for lap in (d, e):
        assert _case_status(lap, case_id) == ("planned", ["received", "in_progress", "planned"])
        assert lap.client.status().pending == 0 and lap.client.status().conflicts == 0
